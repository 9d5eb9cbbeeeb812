#include "ui/common/statusstyle.h"

#include "ui/common/icons.h"

#include <QCoreApplication>

QColor StatusStyle::color(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return QColor(0x2e, 0x9d, 0x4f);
    case RunStatus::PartialSucceeded:
        return QColor(0x9a, 0xb5, 0x2a);
    case RunStatus::Failed:
    case RunStatus::Invalid:
        return QColor(0xd0, 0x3a, 0x3a);
    case RunStatus::Blocked:
        return QColor(0xe0, 0x8a, 0x1e);
    case RunStatus::Running:
        return QColor(0x2f, 0x7c, 0xd8);
    case RunStatus::Stopped:
        return QColor(0x7a, 0x7a, 0x7a);
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Unknown:
        break;
    }
    return QColor(0x8e, 0x7c, 0xc3);
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

QIcon StatusStyle::icon(RunStatus status)
{
    // One drawing per family, its colour baked in and matching color();
    // Icons caches them.
    switch (status) {
    case RunStatus::Running:
        return Icons::get(QStringLiteral("status-running"));
    case RunStatus::Blocked:
        return Icons::get(QStringLiteral("status-blocked"));
    case RunStatus::Stopped:
        return Icons::get(QStringLiteral("status-stopped"));
    case RunStatus::Succeeded:
        return Icons::get(QStringLiteral("status-succeeded"));
    case RunStatus::PartialSucceeded:
        return Icons::get(QStringLiteral("status-partial"));
    case RunStatus::Failed:
        return Icons::get(QStringLiteral("status-failed"));
    case RunStatus::Invalid:
        return Icons::get(QStringLiteral("status-invalid"));
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Unknown:
        break;
    }
    return Icons::get(QStringLiteral("status-waiting"));
}
