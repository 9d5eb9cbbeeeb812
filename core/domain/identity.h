#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// An identity of the workspace (contract section 9): the account actions
// run as, for identity pickers.
struct Identity
{
    QString uid;
    QDateTime createdAt;
    QString workspaceUid;
    QString name;
    // "standard" or "engagement"; kept as text so an unknown type still shows.
    QString type;
    // IANA zone name.
    QString timezone;
    // An identity the server does not say is inactive counts as active.
    bool isActive = true;
    // The connected accounts, passed through as the server sends them.
    QJsonArray integrations;
    // {linkedin: url}
    QJsonObject identityLoginLinks;

    static Identity fromJson(const QJsonObject &object);

    bool operator==(const Identity &) const = default;
};
