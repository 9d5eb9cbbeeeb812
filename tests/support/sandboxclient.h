#pragma once

#include "models/client/edgesclient.h"
#include "tests/support/sandboxfixture.h"

#include <QNetworkAccessManager>

// An EdgesClient on a test's sandbox: its own network manager, the
// "unlimited" tier (tests do not wait for pacing) and the sandbox's key.
struct SandboxClient
{
    explicit SandboxClient(SandboxFixture &sandbox, const QString &key = QStringLiteral("sandbox"))
        : client(&network, settingsFor(sandbox), [key] { return key; })
    {}

    static ConnectionSettings settingsFor(SandboxFixture &sandbox)
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(sandbox.baseUrl());
        settings.tier = QStringLiteral("unlimited");
        return settings;
    }

    QNetworkAccessManager network;
    EdgesClient client;
};
