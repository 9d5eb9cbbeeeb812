#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Who the sandbox's API keys belong to: one workspace, one user per key,
// and the two fixed identities of contract section 9 (one standard, one
// engagement, both with LinkedIn connected).
class SandboxAccount final
{
public:
    struct Identity
    {
        QString uid;
        QString name;
        QString type;
    };

    static QString workspaceUid();
    static QString userUid(const QString &apiKey);
    static const QList<Identity> &identities();
    static const Identity *identity(QStringView uid);
    static QJsonArray identitiesJson(qint64 createdAtMs);
    static QJsonArray workspacesJson(qint64 createdAtMs);
};
