#pragma once

#include <QString>
#include <QUrl>

#include <functional>

// Where and how EdgesClient talks: a base URL (https://api.edges.run/v1 or
// a sandbox's), the plan tier it paces itself by, and its patience.
struct ConnectionSettings
{
    QUrl baseUrl;
    QString tier = QStringLiteral("silver");
    int timeoutMs = 30000;
    // Attempts after the first, for requests that may be retried.
    int maxRetries = 4;
    // The first backoff step and the longest wait between attempts.
    int backoffBaseMs = 1000;
    int backoffCapMs = 30000;
};

// Hands out the API key when a request is sent, so the key lives in one
// place (the keychain) and never in a settings value or a log line.
using ApiKeyProvider = std::function<QString()>;
