#include "sandbox/sandboxaccount.h"

#include "sandbox/store/storejson.h"

#include <QCryptographicHash>
#include <QUuid>

namespace {

QString uidFrom(const QByteArray &text)
{
    QByteArray bytes = QCryptographicHash::hash(text, QCryptographicHash::Sha1).left(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

QString SandboxAccount::workspaceUid()
{
    static const QString uid = uidFrom("runboard-sandbox:workspace");
    return uid;
}

SandboxAccount::Workspace SandboxAccount::defaultWorkspace()
{
    return {workspaceUid(), QStringLiteral("Sandbox workspace")};
}

SandboxAccount::Workspace SandboxAccount::workspace(const QString &name)
{
    // The default workspace's uid predates names: a key given with its
    // name reaches the rows stored before workspaces had names.
    const Workspace fallback = defaultWorkspace();
    if (name.isEmpty() || name == fallback.name)
        return fallback;
    return {uidFrom("runboard-sandbox:workspace:" + name.toUtf8()), name};
}

SandboxAccount::Workspace SandboxAccount::demoWorkspace()
{
    return workspace(QStringLiteral("Acme workspace"));
}

QString SandboxAccount::demoKey()
{
    return QStringLiteral("sandbox-acme");
}

SandboxAccount::Owner SandboxAccount::owner(const QString &apiKey, const Workspace &workspace)
{
    return {workspace.uid, userUid(apiKey)};
}

QString SandboxAccount::userUid(const QString &apiKey)
{
    return uidFrom("runboard-sandbox:user:" + apiKey.toUtf8());
}

const QList<SandboxAccount::Identity> &SandboxAccount::identities()
{
    static const QList<Identity> list = {
        {uidFrom("runboard-sandbox:identity:standard"), QStringLiteral("Sandbox Standard"),
         QStringLiteral("standard")},
        {uidFrom("runboard-sandbox:identity:engagement"), QStringLiteral("Sandbox Engagement"),
         QStringLiteral("engagement")},
    };
    return list;
}

const SandboxAccount::Identity *SandboxAccount::identity(QStringView uid)
{
    for (const Identity &candidate : identities()) {
        if (candidate.uid.compare(uid, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QJsonArray SandboxAccount::workspacesJson(const Workspace &workspace, qint64 createdAtMs)
{
    return QJsonArray{QJsonObject{{QStringLiteral("uid"), workspace.uid},
                                  {QStringLiteral("name"), workspace.name},
                                  {QStringLiteral("created_at"), StoreJson::isoTime(createdAtMs)}}};
}
