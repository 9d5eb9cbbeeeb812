#include "core/domain/identity.h"

#include "core/domain/jsonfields.h"

Identity Identity::fromJson(const QJsonObject &object)
{
    using namespace JsonFields;
    Identity identity;
    identity.uid = string(object, QLatin1String("uid"));
    identity.createdAt = timestamp(object, QLatin1String("created_at"));
    identity.workspaceUid = string(object, QLatin1String("workspace_uid"));
    identity.name = string(object, QLatin1String("name"));
    identity.type = string(object, QLatin1String("type"));
    identity.timezone = string(object, QLatin1String("timezone"));
    identity.isActive = boolean(object, QLatin1String("is_active")).value_or(true);
    identity.integrations = array(object, QLatin1String("integrations"));
    identity.identityLoginLinks = JsonFields::object(object, QLatin1String("identity_login_links"));
    return identity;
}
