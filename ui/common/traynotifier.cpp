#include "ui/common/traynotifier.h"

#include "core/domain/run.h"
#include "ui/common/icons.h"

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    ensureTray();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::ensureTray()
{
    // A tray can appear after start-up (a panel restarted), so this is
    // asked again before each message.
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(Icons::get(QStringLiteral("runboard")), this);
    m_tray->setObjectName(QStringLiteral("runboardTrayIcon"));
    m_tray->setToolTip(QStringLiteral("Runboard"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::onMessageClicked);
    m_tray->setVisible(m_enabled);
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_tray)
        m_tray->setVisible(enabled);
}

void TrayNotifier::runFinished(const Run &run)
{
    if (!m_enabled)
        return;
    ensureTray();
    const QString title = messageTitle(run.status);
    const QString body = messageBody(run);
    ++m_count;
    m_lastTitle = title;
    m_lastBody = body;
    m_lastRunUid = run.uid;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, body, messageIcon(run.status));
    emit messageShown(title, body);
}

void TrayNotifier::onMessageClicked()
{
    if (!m_lastRunUid.isEmpty())
        emit runActivated(m_lastRunUid);
}

QString TrayNotifier::messageTitle(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return tr("Run succeeded");
    case RunStatus::PartialSucceeded:
        return tr("Run partially succeeded");
    case RunStatus::Failed:
        return tr("Run failed");
    case RunStatus::Invalid:
        return tr("Run invalid");
    case RunStatus::Stopped:
        return tr("Run stopped");
    case RunStatus::Blocked:
        return tr("Run blocked");
    case RunStatus::Running:
        return tr("Run running");
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Unknown:
        break;
    }
    return tr("Run updated");
}

QString TrayNotifier::messageBody(const Run &run)
{
    const QString name = !run.name.trimmed().isEmpty() ? run.name.trimmed()
                         : !run.uid.isEmpty()          ? run.uid
                                                       : tr("(unnamed)");
    QString text;
    switch (run.status) {
    case RunStatus::Succeeded:
        text = tr("Run “%1” succeeded").arg(name);
        break;
    case RunStatus::PartialSucceeded:
        text = tr("Run “%1” partially succeeded").arg(name);
        break;
    case RunStatus::Failed:
        text = tr("Run “%1” failed").arg(name);
        break;
    case RunStatus::Invalid:
        text = tr("Run “%1” is invalid").arg(name);
        break;
    case RunStatus::Stopped:
        text = tr("Run “%1” was stopped").arg(name);
        break;
    case RunStatus::Blocked:
        text = tr("Run “%1” is blocked and needs attention").arg(name);
        break;
    case RunStatus::Running:
        text = tr("Run “%1” is running").arg(name);
        break;
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
        text = tr("Run “%1” is %2").arg(name, QString(toApiString(run.status)).toLower());
        break;
    case RunStatus::Unknown:
        // Show what the server said rather than a word this build invented.
        text = run.statusText.isEmpty() ? tr("Run “%1” changed to an unknown status").arg(name)
                                        : tr("Run “%1” changed to %2").arg(name, run.statusText);
        break;
    }
    const bool explains = run.status == RunStatus::Failed || run.status == RunStatus::Invalid ||
                          run.status == RunStatus::Blocked ||
                          run.status == RunStatus::PartialSucceeded;
    if (explains && run.lastError && !run.lastError->message.trimmed().isEmpty())
        text += QLatin1String(": ") % run.lastError->message.trimmed();
    return text;
}

QSystemTrayIcon::MessageIcon TrayNotifier::messageIcon(RunStatus status)
{
    switch (status) {
    case RunStatus::Failed:
    case RunStatus::Invalid:
        return QSystemTrayIcon::Critical;
    case RunStatus::PartialSucceeded:
    case RunStatus::Blocked:
        return QSystemTrayIcon::Warning;
    case RunStatus::Succeeded:
    case RunStatus::Stopped:
    case RunStatus::Running:
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Unknown:
        break;
    }
    return QSystemTrayIcon::Information;
}
