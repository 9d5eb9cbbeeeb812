#pragma once

#include "core/launch/launchproblem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

// The callback of an async or schedule launch (contract 5.1): where the
// service posts results, on which events, with which extra headers. Header
// values usually carry a shared secret: nothing here logs or keeps them.
struct LaunchCallback
{
    enum class On
    {
        // Left out: the service's default, "all" (open question 7).
        Unset,
        // A delivery per batch of results, then a final one.
        All,
        // One delivery when the run ends.
        Final,
    };

    QString url;
    On on = On::Unset;
    // In the user's order; names are unique regardless of case.
    QList<std::pair<QString, QString>> headers;

    // Problems named "callback.url", "callback.headers.<name>".
    QList<LaunchProblem> problems() const;
    // {url, on?, headers?} as the body carries it.
    QJsonObject toJson() const;
};
