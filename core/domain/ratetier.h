#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A plan tier's rate limits (contract section 1.7): per workspace, the
// live route and the shared /runs bucket each have a short window and a
// one-minute window, and async runs have a concurrency. The sandbox
// enforces them; the client paces itself by them.
struct RateTier
{
    struct Window
    {
        int count = 0;
        qint64 lengthMs = 0;
    };

    QString name;
    QList<Window> live;
    QList<Window> runs;
    // Concurrent async runs (section 1.7's last column).
    int concurrency = 0;

    bool isUnlimited() const { return live.isEmpty() && runs.isEmpty(); }

    // trial, bronze, silver, gold, platinum, diamond, titanium, unlimited
    // (case-insensitive). Trial's "below 1" per second is 1 per 2 s and
    // Silver's 2.5 per second is 5 per 2 s; unlimited has no windows.
    static std::optional<RateTier> find(QStringView name);
    static QStringList names();
};
