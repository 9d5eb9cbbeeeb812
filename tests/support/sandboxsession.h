#pragma once

#include "models/session/session.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxclient.h"

#include <QNetworkAccessManager>

// A Session on a test's sandbox, as the dashboard makes one per connection:
// its own network manager, the "unlimited" tier and the sandbox's key. No
// cache, so tests leave the user's data directory alone.
struct SandboxSession
{
    explicit SandboxSession(SandboxFixture &sandbox, const QString &key = QStringLiteral("sandbox"))
        : session(&network, SandboxClient::settingsFor(sandbox), [key] { return key; })
    {}

    QNetworkAccessManager network;
    Session session;
};

// Makes the sandbox's virtual clock the session's "now", as a real
// service's time is the dashboard's; the sandbox must outlive the session.
inline void followSandboxClock(Session &session, SandboxFixture &sandbox)
{
    SandboxFixture *source = &sandbox;
    session.clock()->setSource([source] {
        return QDateTime::fromMSecsSinceEpoch(source->engine().clock().nowMs(), Qt::UTC);
    });
}
