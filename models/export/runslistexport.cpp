#include "models/export/runslistexport.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kPageSize = 100;

} // namespace

RunsListExport::RunsListExport(EdgesClient *client, Request request, ListParameters query,
                               QObject *parent)
    : RecordsExport(std::move(request), parent)
    , m_client(client)
    , m_query(std::move(query))
{}

void RunsListExport::produce()
{
    fetch(0);
}

void RunsListExport::stopProducing()
{
    if (m_pending)
        m_pending->cancel();
}

void RunsListExport::fetch(int offset)
{
    if (!m_client) {
        failInput(tr("The connection was closed."));
        return;
    }
    ListParameters parameters = m_query;
    parameters.limit = kPageSize;
    parameters.offset = offset;
    m_pending = m_client->listRuns(parameters)->then(this, [this, offset](const ApiResult &result) {
        m_pending = nullptr;
        if (result.cancelled())
            return;
        if (!result.succeeded()) {
            failInput(tr("Could not read the runs from %1 on: %2")
                          .arg(offset)
                          .arg(result.error.message()));
            return;
        }
        const QJsonArray runs = result.json.toArray();
        if (!runs.isEmpty())
            addPage(QJsonDocument(runs).toJson(QJsonDocument::Compact));
        // The contract has no total: a short page is the last (3.1).
        if (runs.size() < kPageSize)
            endInput();
        else
            fetch(offset + kPageSize);
    });
}
