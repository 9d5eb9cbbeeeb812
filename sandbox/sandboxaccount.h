#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Who the sandbox's API keys belong to: each key to one workspace and one
// user (contract 1.2), and the definitions of the two built-in identities
// of contract section 9 (IdentityRegistry stores them with any others;
// every workspace shares them, docs/api-decisions.md).
class SandboxAccount final
{
public:
    struct Identity
    {
        QString uid;
        QString name;
        QString type;
    };
    // The uid follows from the name, so a later start with the same name
    // finds the same rows in the store.
    struct Workspace
    {
        QString uid;
        QString name;
    };
    // What a run or schedule records of whoever created it.
    struct Owner
    {
        QString workspaceUid;
        QString userUid;
    };

    // The workspace of a plain --api-key KEY, and of every row stored
    // before there were several.
    static QString workspaceUid();
    static Workspace defaultWorkspace();
    static Workspace workspace(const QString &name);
    // The demo's second, smaller workspace and the key that reaches it.
    static Workspace demoWorkspace();
    static QString demoKey();
    static QString userUid(const QString &apiKey);
    // The owner a key's launches get in workspace `workspace`.
    static Owner owner(const QString &apiKey, const Workspace &workspace);
    static const QList<Identity> &identities();
    static const Identity *identity(QStringView uid);
    // GET /workspaces: the key's own workspace, the only one it sees.
    static QJsonArray workspacesJson(const Workspace &workspace, qint64 createdAtMs);
};
