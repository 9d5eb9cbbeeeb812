#pragma once

#include "models/client/listparameters.h"
#include "models/export/recordsexport.h"

#include <QPointer>

class ApiReply;
class EdgesClient;

// Exports the runs list of a filter, every page of it (GET /runs by
// offset, 100 at a time, contract 3.1), one row per run.
class RunsListExport final : public RecordsExport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsListExport)

public:
    // `query`: the filter and sort; its limit and offset are the export's.
    RunsListExport(EdgesClient *client, Request request, ListParameters query,
                   QObject *parent = nullptr);

protected:
    void produce() override;
    void stopProducing() override;

private:
    void fetch(int offset);

    QPointer<EdgesClient> m_client;
    ListParameters m_query;
    QPointer<ApiReply> m_pending;
};
