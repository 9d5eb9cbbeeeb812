#pragma once

#include "core/domain/runstatus.h"

#include <QObject>
#include <QString>
#include <QSystemTrayIcon>

struct Run;

// Tells the operator, through the desktop's notification area, that a run
// has finished, so a long extraction can run while they work elsewhere.
// Where the desktop has no tray (some Wayland sessions, offscreen tests)
// it only counts and remembers the message, and messageShown() still
// fires, so the window can put the text in its status bar instead.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Whether a tray exists to show messages in.
    bool isAvailable() const { return m_tray != nullptr; }
    // The switch in the window's settings; on by default. Off hides the
    // tray icon and drops notifications.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Notifies about `run`, which has reached `run.status`; does nothing
    // when switched off.
    void runFinished(const Run &run);

    // Null without a tray; the window may give it a menu or a tooltip.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Notifications handled so far (whether a tray showed them or not),
    // and the last of them.
    int notificationCount() const { return m_count; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }

    // "Run succeeded", "Run failed", ...
    static QString messageTitle(RunStatus status);
    // "Run “Weekly leads” failed: Quota exceeded". The run's name, else its
    // uid; the server's message is added for the statuses that have one.
    static QString messageBody(const Run &run);
    static QSystemTrayIcon::MessageIcon messageIcon(RunStatus status);

signals:
    // Emitted for every notification handled, with or without a tray.
    void messageShown(const QString &title, const QString &body);
    // The operator clicked the last notification; the window may select
    // the run.
    void runActivated(const QString &runUid);

private:
    void ensureTray();
    void onMessageClicked();

    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    int m_count = 0;
    QString m_lastTitle;
    QString m_lastBody;
    QString m_lastRunUid;
};
