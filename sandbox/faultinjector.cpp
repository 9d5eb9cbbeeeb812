#include "sandbox/faultinjector.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <utility>

namespace {

constexpr int MinStatus = 400;
constexpr int MaxStatus = 599;
constexpr double MaxDelayMs = 60000;
// Rates written as decimals rarely add up exactly (0.34 + 0.56 + 0.1 > 1 in
// binary), so a sum this close to 1 still counts as 1.
constexpr double SumTolerance = 1e-9;

QString quoted(QStringView text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A plain decimal: no exponent, no "nan"/"inf", no hex, nothing that
// QString::toDouble would accept but a person would not write as a rate.
bool isDecimal(QStringView text)
{
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)$"));
    return decimal.match(text).hasMatch();
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// "500ms", "2s", "1.5s" (unit case-insensitive) to milliseconds; nullopt when
// it is not a number followed by a unit. The range is checked by the caller.
std::optional<double> durationMs(QStringView text)
{
    double scale = 1;
    QStringView number;
    if (text.endsWith(QLatin1String("ms"), Qt::CaseInsensitive)) {
        number = text.chopped(2);
    } else if (text.endsWith(QLatin1Char('s'), Qt::CaseInsensitive)) {
        number = text.chopped(1);
        scale = 1000;
    } else {
        return std::nullopt;
    }
    if (!isDecimal(number))
        return std::nullopt;
    return number.toDouble() * scale;
}

QString nameOf(const FaultInjector::Fault &fault)
{
    using Kind = FaultInjector::Fault::Kind;
    switch (fault.kind) {
    case Kind::Status:
        return QString::number(fault.status);
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Slow:
        return QStringLiteral("slow");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::None:
        break;
    }
    return QString();
}

} // namespace

std::optional<FaultInjector> FaultInjector::parse(QStringView spec, quint64 seed, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<FaultInjector> {
        if (error)
            *error = QStringLiteral("faults: ") + message;
        return std::nullopt;
    };

    FaultInjector injector;
    // Two 32-bit words so every bit of the seed matters.
    const quint32 seedWords[2] = {quint32(seed), quint32(seed >> 32)};
    injector.m_random = QRandomGenerator(seedWords, 2);

    const QStringView trimmedSpec = spec.trimmed();
    injector.m_spec = trimmedSpec.toString();
    if (trimmedSpec.isEmpty()) {
        if (error)
            error->clear();
        return injector;
    }

    // Each kind once: statuses by value, the named kinds by their enum.
    QSet<int> seenStatuses;
    QSet<int> seenKinds;
    double sum = 0;

    for (QStringView rawItem : trimmedSpec.split(QLatin1Char(','))) {
        const QStringView item = rawItem.trimmed();
        if (item.isEmpty())
            return fail(QStringLiteral("empty item in ") + quoted(trimmedSpec));

        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QStringView kindText = equals < 0 ? item : item.left(equals).trimmed();
        if (equals < 0 || kindText.isEmpty())
            return fail(quoted(item) + QStringLiteral(" is not KIND=RATE"));

        // RATE, or RATE:DURATION for slow.
        const QStringView value = item.mid(equals + 1);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const QStringView rateText = (colon < 0 ? value : value.left(colon)).trimmed();
        const std::optional<QStringView> durationText =
            colon < 0 ? std::nullopt : std::optional(value.mid(colon + 1).trimmed());

        Fault fault;
        if (isDigits(kindText)) {
            bool ok = false;
            const int status = kindText.toInt(&ok);
            if (!ok || status < MinStatus || status > MaxStatus) {
                return fail(QStringLiteral("status ") + kindText + QStringLiteral(" in ") +
                            quoted(item) + QStringLiteral(" is not between 400 and 599"));
            }
            if (seenStatuses.contains(status)) {
                return fail(QStringLiteral("duplicate fault ") + quoted(kindText) +
                            QStringLiteral(" in ") + quoted(item));
            }
            seenStatuses.insert(status);
            fault.kind = Fault::Kind::Status;
            fault.status = status;
        } else {
            if (kindText.compare(QLatin1String("drop"), Qt::CaseInsensitive) == 0) {
                fault.kind = Fault::Kind::Drop;
            } else if (kindText.compare(QLatin1String("slow"), Qt::CaseInsensitive) == 0) {
                fault.kind = Fault::Kind::Slow;
            } else if (kindText.compare(QLatin1String("truncate"), Qt::CaseInsensitive) == 0) {
                fault.kind = Fault::Kind::Truncate;
            } else {
                return fail(QStringLiteral("unknown fault ") + quoted(kindText) +
                            QStringLiteral(" in ") + quoted(item));
            }
            if (seenKinds.contains(int(fault.kind))) {
                return fail(QStringLiteral("duplicate fault ") + quoted(kindText) +
                            QStringLiteral(" in ") + quoted(item));
            }
            seenKinds.insert(int(fault.kind));
        }

        if (rateText.isEmpty())
            return fail(quoted(item) + QStringLiteral(" has no rate"));
        if (!isDecimal(rateText)) {
            return fail(QStringLiteral("rate ") + quoted(rateText) + QStringLiteral(" in ") +
                        quoted(item) + QStringLiteral(" is not a number"));
        }
        const double rate = rateText.toDouble();
        if (rate < 0 || rate > 1) {
            return fail(QStringLiteral("rate ") + rateText + QStringLiteral(" in ") + quoted(item) +
                        QStringLiteral(" is not between 0 and 1"));
        }

        if (fault.kind == Fault::Kind::Slow) {
            if (!durationText || durationText->isEmpty()) {
                return fail(quoted(item) +
                            QStringLiteral(" needs a duration (slow=RATE:DURATION)"));
            }
            const std::optional<double> delay = durationMs(*durationText);
            if (!delay) {
                return fail(QStringLiteral("duration ") + quoted(*durationText) +
                            QStringLiteral(" in ") + quoted(item) +
                            QStringLiteral(" is not like 500ms or 2s"));
            }
            const double roundedMs = std::round(*delay);
            if (roundedMs < 1 || roundedMs > MaxDelayMs) {
                return fail(QStringLiteral("duration ") + *durationText + QStringLiteral(" in ") +
                            quoted(item) + QStringLiteral(" is not between 1ms and 60s"));
            }
            fault.delayMs = int(roundedMs);
        } else if (durationText) {
            return fail(quoted(item) + QStringLiteral(" takes no duration (only slow does)"));
        }

        sum += rate;
        injector.m_entries.append(Entry{rate, fault});
    }

    if (sum > 1 + SumTolerance) {
        return fail(QStringLiteral("rates in ") + quoted(trimmedSpec) +
                    QStringLiteral(" add up to ") + QString::number(sum, 'g', 12) +
                    QStringLiteral(", more than 1"));
    }

    if (error)
        error->clear();
    return injector;
}

FaultInjector::Fault FaultInjector::draw()
{
    // Always one number per request, so the sequence of faults for a seed
    // does not depend on which requests happened to draw one.
    const double sample = m_random.generateDouble();
    double cumulative = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        cumulative += entry.rate;
        if (sample < cumulative) {
            ++m_drawn[nameOf(entry.fault)];
            return entry.fault;
        }
    }
    return {};
}
