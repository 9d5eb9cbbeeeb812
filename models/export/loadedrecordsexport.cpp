#include "models/export/loadedrecordsexport.h"

#include <QJsonDocument>

namespace {

constexpr qsizetype kPageSize = 500;

} // namespace

LoadedRecordsExport::LoadedRecordsExport(Request request, QJsonArray records, QObject *parent)
    : RecordsExport(std::move(request), parent)
    , m_records(std::move(records))
{}

void LoadedRecordsExport::produce()
{
    setExpectedRows(m_records.size());
    for (qsizetype first = 0; first < m_records.size(); first += kPageSize) {
        QJsonArray page;
        for (qsizetype i = first; i < std::min(first + kPageSize, m_records.size()); ++i)
            page.append(m_records.at(i));
        addPage(QJsonDocument(page).toJson(QJsonDocument::Compact));
    }
    m_records = {};
    endInput();
}
