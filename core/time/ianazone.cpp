#include "core/time/ianazone.h"

#include <QSet>
#include <QStringBuilder>
#include <QTimeZone>

#include <algorithm>

namespace {

// The contract's limit for a zone name (2.4). Messages show no more of a
// name than this, so a pasted megabyte does not become a megabyte of
// error text.
constexpr qsizetype kShownLength = 64;

struct KnownZones
{
    QStringList sorted;
    QSet<QString> set;
    qsizetype longest = 0;
};

// Qt lists "UTC+05:30" and the like next to the database's names.
bool isQtOffsetId(const QByteArray &id)
{
    return id.startsWith("UTC") && id.size() > 3;
}

// The tz database's "etcetera" zones; zone.tab lists none of them, yet
// Etc/UTC and Etc/GMT+5 are what many systems store.
QStringList etcNames()
{
    QStringList names = {
        QStringLiteral("Etc/UTC"),   QStringLiteral("Etc/UCT"),   QStringLiteral("Etc/Universal"),
        QStringLiteral("Etc/Zulu"),  QStringLiteral("Etc/GMT"),   QStringLiteral("Etc/GMT0"),
        QStringLiteral("Etc/GMT+0"), QStringLiteral("Etc/GMT-0"), QStringLiteral("Etc/Greenwich")};
    for (int hours = 1; hours <= 14; ++hours) {
        names.append(QStringLiteral("Etc/GMT-") + QString::number(hours));
        if (hours <= 12)
            names.append(QStringLiteral("Etc/GMT+") + QString::number(hours));
    }
    return names;
}

const KnownZones &known()
{
    static const KnownZones zones = [] {
        KnownZones result;
        result.sorted.append(QStringLiteral("UTC"));
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            if (!isQtOffsetId(id))
                result.sorted.append(QString::fromLatin1(id));
        }
        // Only those this machine's database holds: a name QTimeZone
        // cannot load would be accepted and then read as UTC.
        for (const QString &name : etcNames()) {
            if (QTimeZone(name.toLatin1()).isValid())
                result.sorted.append(name);
        }
        std::sort(result.sorted.begin(), result.sorted.end());
        result.sorted.erase(std::unique(result.sorted.begin(), result.sorted.end()),
                            result.sorted.end());
        result.set = QSet<QString>(result.sorted.cbegin(), result.sorted.cend());
        for (const QString &name : result.sorted)
            result.longest = std::max(result.longest, name.size());
        return result;
    }();
    return zones;
}

QStringView lastPart(QStringView name)
{
    return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
}

// The name quoted for a one-line message: control characters replaced,
// and cut short, with its length, when it is longer than any zone name.
QString shown(QStringView name)
{
    QString text = name.left(kShownLength).toString();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (name.size() <= kShownLength)
        return QLatin1Char('\'') % text % QLatin1Char('\'');
    return QLatin1Char('\'') % text % QChar(0x2026) % QLatin1String("' (") %
           QString::number(name.size()) % QLatin1String(" characters)");
}

} // namespace

std::optional<CronError> IanaZone::check(QStringView name, const QString &field)
{
    if (isKnown(name))
        return std::nullopt;
    QString reason = shown(name) % QLatin1String(" is not an IANA time zone");
    const QString suggested = suggestion(name);
    if (!suggested.isEmpty())
        reason += QLatin1String("; did you mean '") % suggested % QLatin1String("'?");
    return CronError{field, name.toString(), reason};
}

bool IanaZone::isKnown(QStringView name)
{
    const KnownZones &zones = known();
    return name.size() <= zones.longest && zones.set.contains(name.toString());
}

QString IanaZone::suggestion(QStringView name)
{
    // Blanks where the database has underscores: "New York".
    const QString wanted = name.trimmed().toString().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (wanted.isEmpty() || wanted.size() > kShownLength)
        return {};
    const QStringView wantedLast = lastPart(wanted);
    QStringList sameName;
    QStringList sameLastPart;
    for (const QString &candidate : names()) {
        if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            sameName.append(candidate);
        else if (lastPart(candidate).compare(wantedLast, Qt::CaseInsensitive) == 0)
            sameLastPart.append(candidate);
    }
    if (sameName.size() == 1)
        return sameName.first();
    if (sameName.isEmpty() && sameLastPart.size() == 1)
        return sameLastPart.first();
    return {};
}

const QStringList &IanaZone::names()
{
    return known().sorted;
}
