#pragma once

#include <QFrame>
#include <QTimer>
#include <QUrl>

class Clock;
class ConnectionHealth;
class QLabel;
class QPushButton;

// The strip above every page while the server does not answer as it
// should: what happened (unreachable, no answer in time, key refused, rate
// limited, failing), when the last good answer came, and what Runboard is
// doing about it (the next attempt's countdown, and Retry now). Hidden
// while all is well.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    ConnectionBanner(ConnectionHealth *health, const Clock *clock, QUrl server,
                     QWidget *parent = nullptr);

    // The sentence the banner shows for the current state.
    QString text() const;

private:
    void refresh();

    ConnectionHealth *m_health;
    const Clock *m_clock;
    QUrl m_server;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QTimer m_tick;
};
