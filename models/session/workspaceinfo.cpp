#include "models/session/workspaceinfo.h"

#include "models/client/edgesclient.h"

#include <QJsonArray>
#include <QJsonObject>

WorkspaceInfo::WorkspaceInfo(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void WorkspaceInfo::load()
{
    if (!m_name.isEmpty() || m_pending)
        return;
    m_pending = m_client->workspaces();
    m_pending->then(this, [this](const ApiResult &result) {
        if (!result.succeeded())
            return;
        // A key sees its own workspace only: the first is the one.
        const QString name = result.json.toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString()
                                 .trimmed();
        if (name.isEmpty() || name == m_name)
            return;
        m_name = name;
        emit nameChanged(m_name);
    });
}
