#pragma once

#include "sandbox/http/apiresponse.h"
#include "sandbox/store/identityrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

class SandboxStore;

// The workspace's identities (contract section 9): the two built-in ones
// (one standard, one engagement, both with LinkedIn connected) and any
// created through POST /identities, kept in the store.
class IdentityRegistry final
{
public:
    using Identity = IdentityRow;

    explicit IdentityRegistry(SandboxStore &store);

    // Adds the built-in identities to a store that lacks them.
    void ensureBuiltIns() const;
    std::optional<Identity> find(const QString &uid) const;
    // Identities whose name contains `query` (case-insensitive), oldest first.
    QList<Identity> list(const QString &query) const;
    // POST /identities and PUT /identities/{uid}; 400 naming the field on
    // bad input, 404 for an unknown uid.
    std::variant<Identity, ApiResponse> create(const QJsonObject &body, qint64 nowMs) const;
    std::variant<Identity, ApiResponse> update(const QString &uid, const QJsonObject &body,
                                               qint64 nowMs) const;

    static QJsonObject toJson(const Identity &identity);

private:
    SandboxStore &m_store;
};
