#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Who the sandbox's API keys belong to: one workspace, one user per key,
// and the definitions of the two built-in identities of contract section 9
// (IdentityRegistry stores them with any others).
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
    static QJsonArray workspacesJson(qint64 createdAtMs);
};
