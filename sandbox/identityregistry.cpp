#include "sandbox/identityregistry.h"

#include "core/time/ianazone.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/store/identityrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QJsonArray>

namespace {

// The built-in identities exist "since" 2025-01-01T00:00:00Z.
constexpr qint64 kBuiltInCreatedMs = 1735689600000LL;

std::optional<ApiResponse> nameError(const QJsonValue &name)
{
    if (!name.isString() || name.toString().trimmed().size() < 3 || name.toString().size() > 255)
        return ApiResponse::badInput(
            QStringLiteral("name must be a string of 3 to 255 characters"));
    return std::nullopt;
}

std::optional<ApiResponse> timezoneError(const QJsonValue &timezone)
{
    if (!timezone.isString())
        return ApiResponse::badInput(QStringLiteral("timezone must be a string"));
    if (const auto error = IanaZone::check(timezone.toString()))
        return ApiResponse::badInput(error->message());
    return std::nullopt;
}

} // namespace

IdentityRegistry::IdentityRegistry(SandboxStore &store)
    : m_store(store)
{}

void IdentityRegistry::ensureBuiltIns() const
{
    for (const SandboxAccount::Identity &identity : SandboxAccount::identities()) {
        m_store.identities().insertIfMissing({identity.uid, identity.name, identity.type,
                                              QStringLiteral("Europe/Paris"), kBuiltInCreatedMs,
                                              kBuiltInCreatedMs});
    }
}

std::optional<IdentityRegistry::Identity> IdentityRegistry::find(const QString &uid) const
{
    return m_store.identities().find(uid.toLower());
}

QList<IdentityRegistry::Identity> IdentityRegistry::list(const QString &query) const
{
    return m_store.identities().search(query);
}

std::variant<IdentityRegistry::Identity, ApiResponse>
IdentityRegistry::create(const QJsonObject &body, qint64 nowMs) const
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("timezone") &&
            it.key() != QLatin1String("type"))
            return ApiResponse::badInput(
                QStringLiteral("body must not have additional properties (%1)").arg(it.key()));
    }
    if (auto error = nameError(body.value(QStringLiteral("name"))))
        return *error;
    const QJsonValue timezone =
        body.value(QStringLiteral("timezone")).toString(QStringLiteral("Europe/Paris"));
    if (auto error = timezoneError(timezone))
        return *error;
    const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("standard"));
    if (type != QLatin1String("standard") && type != QLatin1String("engagement"))
        return ApiResponse::badInput(QStringLiteral("type must be \"standard\" or \"engagement\""));
    const Identity identity{m_store.newUid(),
                            body.value(QStringLiteral("name")).toString().trimmed(),
                            type,
                            timezone.toString(),
                            nowMs,
                            nowMs};
    m_store.identities().insert(identity);
    return identity;
}

std::variant<IdentityRegistry::Identity, ApiResponse>
IdentityRegistry::update(const QString &uid, const QJsonObject &body, qint64 nowMs) const
{
    auto identity = find(uid);
    if (!identity)
        return ApiResponse::notFound(QStringLiteral("identity %1 does not exist").arg(uid));
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() == QLatin1String("type"))
            return ApiResponse::badInput(QStringLiteral("type cannot be changed after creation"));
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("timezone"))
            return ApiResponse::badInput(
                QStringLiteral("body must not have additional properties (%1)").arg(it.key()));
    }
    if (body.contains(QStringLiteral("name"))) {
        if (auto error = nameError(body.value(QStringLiteral("name"))))
            return *error;
        identity->name = body.value(QStringLiteral("name")).toString().trimmed();
    }
    if (body.contains(QStringLiteral("timezone"))) {
        if (auto error = timezoneError(body.value(QStringLiteral("timezone"))))
            return *error;
        identity->timezone = body.value(QStringLiteral("timezone")).toString();
    }
    m_store.identities().rename(identity->uid, identity->name, identity->timezone, nowMs);
    identity->updatedAt = nowMs;
    return *identity;
}

QJsonObject IdentityRegistry::toJson(const Identity &identity)
{
    QJsonObject linkedIn;
    linkedIn.insert(QStringLiteral("type"), QStringLiteral("linkedin"));
    linkedIn.insert(QStringLiteral("status"), QStringLiteral("connected"));
    QJsonObject links;
    links.insert(QStringLiteral("linkedin"),
                 QString(QStringLiteral("https://app.edges.run/login/") + identity.uid));
    QJsonObject object;
    object.insert(QStringLiteral("uid"), identity.uid);
    object.insert(QStringLiteral("created_at"), StoreJson::isoTime(identity.createdAt));
    object.insert(QStringLiteral("workspace_uid"), SandboxAccount::workspaceUid());
    object.insert(QStringLiteral("name"), identity.name);
    object.insert(QStringLiteral("type"), identity.type);
    object.insert(QStringLiteral("timezone"), identity.timezone);
    object.insert(QStringLiteral("is_active"), true);
    object.insert(QStringLiteral("integrations"), QJsonArray{linkedIn});
    object.insert(QStringLiteral("identity_login_links"), links);
    return object;
}
