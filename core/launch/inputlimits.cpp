#include "core/launch/inputlimits.h"

#include <QLocale>

namespace {

QString modeName(LaunchMode mode)
{
    switch (mode) {
    case LaunchMode::Live:
        return QStringLiteral("A live query");
    case LaunchMode::Async:
        return QStringLiteral("An async run");
    case LaunchMode::Schedule:
        return QStringLiteral("A schedule");
    }
    return {};
}

// Counts as people read them: 100,000 (the contract's own spelling).
QString number(qsizetype count)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(count));
}

} // namespace

qsizetype InputLimits::maximum(LaunchMode mode)
{
    switch (mode) {
    case LaunchMode::Live:
        return kLive;
    case LaunchMode::Async:
        return kAsync;
    case LaunchMode::Schedule:
        return kSchedule;
    }
    return 0;
}

std::optional<QString> InputLimits::problem(LaunchMode mode, qsizetype count)
{
    if (count < 1)
        return QStringLiteral("%1 needs at least one input.").arg(modeName(mode));
    const qsizetype limit = maximum(mode);
    if (count <= limit)
        return std::nullopt;
    if (limit == 1)
        return QStringLiteral("%1 takes one input; this one has %2.")
            .arg(modeName(mode), number(count));
    return QStringLiteral("%1 takes at most %2 inputs; this one has %3.")
        .arg(modeName(mode), number(limit), number(count));
}
