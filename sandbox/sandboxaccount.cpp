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

QJsonArray SandboxAccount::workspacesJson(qint64 createdAtMs)
{
    return QJsonArray{QJsonObject{{QStringLiteral("uid"), workspaceUid()},
                                  {QStringLiteral("name"), QStringLiteral("Sandbox workspace")},
                                  {QStringLiteral("created_at"), StoreJson::isoTime(createdAtMs)}}};
}
