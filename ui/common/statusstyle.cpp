#include "ui/common/statusstyle.h"

#include "ui/common/icons.h"

#include <QCoreApplication>

namespace {

struct Look
{
    QRgb colour;
    const char *icon;
};

// Ten colours, one per status, chosen so every pair stays at least 20
// CIEDE2000 apart for normal vision and 10 apart after simulating
// protanopia, deuteranopia and tritanopia (Machado 2009, severity 1), and
// so each reads on the light and the dark palette (lightness 35 to 80);
// tst_desktop checks both. Unknown is a neutral grey, painted hatched, so
// it never reads as a status. Each icon has its colour baked in.
Look lookOf(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
        return {0xe197d0, "status-created"};
    case RunStatus::Queued:
        return {0x7b89f4, "status-queued"};
    case RunStatus::Scheduled:
        return {0x1d8c96, "status-scheduled"};
    case RunStatus::Running:
        return {0x0249d2, "status-running"};
    case RunStatus::Blocked:
        return {0xd77b42, "status-blocked"};
    case RunStatus::Stopped:
        return {0x535356, "status-stopped"};
    case RunStatus::Failed:
        return {0xbc1516, "status-failed"};
    case RunStatus::Invalid:
        return {0x91267a, "status-invalid"};
    case RunStatus::PartialSucceeded:
        return {0xa0cf06, "status-partial"};
    case RunStatus::Succeeded:
        return {0x237346, "status-succeeded"};
    case RunStatus::Unknown:
        break;
    }
    return {0xa6a6a6, "status-unknown"};
}

} // namespace

QColor StatusStyle::color(RunStatus status)
{
    return QColor::fromRgb(lookOf(status).colour);
}

QBrush StatusStyle::brush(RunStatus status)
{
    if (status == RunStatus::Unknown)
        return QBrush(color(status), Qt::BDiagPattern);
    return QBrush(color(status));
}

QString StatusStyle::label(RunStatus status)
{
    if (status == RunStatus::Unknown)
        return QCoreApplication::translate("StatusStyle", "Unknown");
    QString text =
        QString(toApiString(status)).toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString StatusStyle::iconName(RunStatus status)
{
    return QLatin1String(lookOf(status).icon);
}

QIcon StatusStyle::icon(RunStatus status)
{
    // Icons caches the drawings.
    return Icons::get(iconName(status));
}
