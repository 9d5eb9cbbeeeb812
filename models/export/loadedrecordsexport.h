#pragma once

#include "models/export/recordsexport.h"

#include <QJsonArray>

// Exports records already in memory, such as the live panel's results:
// handed to the writer in pages of 500.
class LoadedRecordsExport final : public RecordsExport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadedRecordsExport)

public:
    LoadedRecordsExport(Request request, QJsonArray records, QObject *parent = nullptr);

protected:
    void produce() override;

private:
    QJsonArray m_records;
};
