#include "core/time/utctimestamp.h"

namespace {

constexpr qint64 kSecondsPerDay = 86400;
// 0000-03-01T00:00:00Z. Counting days from a March puts each leap day at
// the end of its year, which keeps the arithmetic below branch-free.
constexpr qint64 kOriginSecs = -62162035200;

void twoDigits(int value, char *out)
{
    out[0] = static_cast<char>('0' + value / 10);
    out[1] = static_cast<char>('0' + value % 10);
}

} // namespace

bool UtcTimestamp::write(qint64 secsSinceEpoch, char *out)
{
    if (secsSinceEpoch < kFirstSecs || secsSinceEpoch >= kEndSecs)
        return false;
    const qint64 sinceOrigin = secsSinceEpoch - kOriginSecs;
    const qint64 days = sinceOrigin / kSecondsPerDay;
    const int secondOfDay = static_cast<int>(sinceOrigin % kSecondsPerDay);

    // Civil date from the day count in 400-year cycles of 146,097 days
    // (proleptic Gregorian, as QDate counts).
    const qint64 era = days / 146097;
    const int dayOfEra = static_cast<int>(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    const int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const int year = static_cast<int>(era * 400) + yearOfEra + (month <= 2 ? 1 : 0);

    twoDigits(year / 100, out);
    twoDigits(year % 100, out + 2);
    out[4] = '-';
    twoDigits(month, out + 5);
    out[7] = '-';
    twoDigits(day, out + 8);
    out[10] = 'T';
    twoDigits(secondOfDay / 3600, out + 11);
    out[13] = ':';
    twoDigits(secondOfDay / 60 % 60, out + 14);
    out[16] = ':';
    twoDigits(secondOfDay % 60, out + 17);
    out[19] = 'Z';
    return true;
}
