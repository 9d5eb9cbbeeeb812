#pragma once

#include <QDateTime>

#include <functional>

// "Now" for the dashboard. A session owns one and hands it to whatever
// shows or records times, so a screenshot, a test or a sandbox on a
// virtual clock sets it in one place instead of on every widget.
class Clock final
{
public:
    QDateTime now() const { return m_source ? m_source() : QDateTime::currentDateTimeUtc(); }
    // Where "now" comes from; an empty function is the machine's clock.
    void setSource(std::function<QDateTime()> source) { m_source = std::move(source); }

    // The machine's clock, for code given no clock of its own.
    static const Clock &system()
    {
        static const Clock clock;
        return clock;
    }

private:
    std::function<QDateTime()> m_source;
};
