// The cron parser and the schedule built on it (`runboard cron`, schedule
// editing, the sandbox's firing). Input: a cron expression, optionally
// followed by a line with an IANA zone name; without one, the zone and the
// start instant are picked from fixed lists near daylight-saving changes.
// Checks: parse() answers an expression or an error with a field and a
// reason, never both, never a crash; a parsed expression re-parses from its
// own text; its description is not empty; fire times come strictly after
// the start, strictly increasing, at whole seconds; previous() of a fire
// time is before it; an expression that can never match has no fire time.
#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronneverfires.h"
#include "core/cron/cronschedule.h"
#include "core/cron/firetimenotes.h"
#include "core/time/ianazone.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <iterator>
#include <variant>

namespace {

// Zones with the odd cases: a 30-minute shift (Lord Howe), a southern
// summer (Santiago), a 45-minute offset (Chatham), none at all (UTC).
const char *const kZones[] = {"UTC",
                              "Europe/Paris",
                              "America/New_York",
                              "Australia/Lord_Howe",
                              "America/Santiago",
                              "Pacific/Chatham"};
// Seconds since the epoch: just before the 2026 spring-forward and
// fall-back in Europe and the US, a leap day, the year's end.
const qint64 kStarts[] = {1774744200, 1792456200, 1772931600, 1792987200, 1709164800, 1798761599};

void checkSchedule(const CronExpression &expression, const QTimeZone &zone, qint64 start)
{
    const CronSchedule schedule(expression, zone);
    const QDateTime after = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    const QList<QDateTime> fires = schedule.next(after, 4);
    if (!expression.canEverMatch())
        FUZZ_CHECK(fires.isEmpty());
    QDateTime previous = after;
    for (const QDateTime &fire : fires) {
        FUZZ_CHECK(fire.isValid());
        FUZZ_CHECK(fire > previous);
        FUZZ_CHECK(fire.toMSecsSinceEpoch() % 1000 == 0);
        previous = fire;
    }
    if (!fires.isEmpty()) {
        const std::optional<QDateTime> before = schedule.previous(fires.constFirst());
        if (before)
            FUZZ_CHECK(*before < fires.constFirst());
        const std::optional<qint64> next = schedule.nextSecsSinceEpoch(start);
        FUZZ_CHECK(next && *next == fires.constFirst().toSecsSinceEpoch());
    }
    const QList<FireTimeNotes::FireTime> noted = FireTimeNotes(schedule).next(after, 4);
    FUZZ_CHECK(noted.size() == fires.size());
    for (qsizetype i = 0; i < noted.size(); ++i) {
        FUZZ_CHECK(noted.at(i).at == fires.at(i));
        FUZZ_CHECK((noted.at(i).kind == FireTimeNotes::Kind::None) == noted.at(i).reason.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Expressions are short; a long input only slows the search down.
    if (size > 512)
        return 0;
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const QString text = newline < 0 ? input : input.left(newline);
    const QString zoneName = newline < 0 ? QString() : input.mid(newline + 1).trimmed();

    auto parsed = CronExpression::parse(text);
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        FUZZ_CHECK(!error->field.isEmpty());
        FUZZ_CHECK(!error->reason.isEmpty());
        return 0;
    }
    const CronExpression &expression = std::get<CronExpression>(parsed);
    FUZZ_CHECK(std::holds_alternative<CronExpression>(CronExpression::parse(expression.text())));
    FUZZ_CHECK(!describeCron(expression).isEmpty());
    const std::optional<CronError> never = cronNeverFiresError(expression);
    FUZZ_CHECK(never.has_value() == !expression.canEverMatch());

    QTimeZone zone;
    if (!zoneName.isEmpty() && !IanaZone::check(zoneName))
        zone = QTimeZone(zoneName.toUtf8());
    else
        zone = QTimeZone(kZones[size % std::size(kZones)]);
    FUZZ_CHECK(zone.isValid());
    checkSchedule(expression, zone, kStarts[(size / 7) % std::size(kStarts)]);
    return 0;
}
