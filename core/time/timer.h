#pragma once

#include <QObject>
#include <QTimer>

class Timeline;

// A QTimer that can follow a manual Timeline instead of the machine's
// time, for the cadences a test must play through quickly (list refreshes,
// status polls). Only what those use: single-shot or repeating, start,
// stop, remaining time. On the system timeline it is a plain QTimer.
class Timer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timer)

public:
    explicit Timer(QObject *parent = nullptr);
    ~Timer() override;

    // The timeline to follow; nullptr is the system's. An active timer
    // stays active, restarted for a whole interval on the new timeline.
    void setTimeline(Timeline *timeline);
    Timeline *timeline() const { return m_timeline; }

    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    int interval() const { return m_intervalMs; }
    // (Re)starts with `ms` as the interval from now on.
    void start(int ms);
    void stop();
    bool isActive() const;
    // Until the next timeout; -1 when inactive.
    qint64 remainingTime() const;

signals:
    void timeout();

private:
    friend class Timeline;
    // A manual timeline's timeout: re-arms a repeating timer, then tells.
    void fire();

    Timeline *m_timeline;
    QTimer m_timer;
    int m_intervalMs = 0;
    bool m_singleShot = false;
    // On a manual timeline (the QTimer keeps its own on the system one).
    bool m_active = false;
    qint64 m_dueAtMs = 0;
};
