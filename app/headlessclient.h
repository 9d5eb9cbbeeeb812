#pragma once

#include "core/domain/identity.h"
#include "core/launch/launchmode.h"
#include "models/client/apierror.h"
#include "models/client/connectionsettings.h"
#include "models/client/edgesclient.h"
#include "models/launch/launchservice.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <variant>

// The dashboard's client for a command that runs from a script: each call
// waits for its answer in an event loop of its own and returns it as a
// value. A QCoreApplication must exist. The launch goes through
// LaunchService, so a lost answer is reported as uncertain and never sent
// again, exactly as in the dialog.
class HeadlessClient final
{
    Q_DISABLE_COPY_MOVE(HeadlessClient)

public:
    struct LaunchOutcome
    {
        enum class Kind
        {
            Launched,
            // Nothing was created: the server said no, or was not reached.
            Refused,
            // The run or schedule may or may not exist.
            Uncertain,
        };

        Kind kind = Kind::Refused;
        // The new run's or schedule's uid.
        QString uid;
        ApiError error;
    };

    // `key` is handed to the client only, never printed.
    HeadlessClient(const ConnectionSettings &settings, const QString &key);
    ~HeadlessClient();

    // GET /identities: the workspace's identities, or why not.
    std::variant<QList<Identity>, ApiError> identities();
    LaunchOutcome launch(LaunchMode mode, const QString &action, const QJsonObject &body);

private:
    QNetworkAccessManager m_network;
    EdgesClient m_client;
    LaunchService m_launcher;
};
