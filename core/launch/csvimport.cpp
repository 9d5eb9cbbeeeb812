#include "core/launch/csvimport.h"

#include <QStringList>

#include <algorithm>
#include <utility>

bool CsvImport::Row::hasErrors() const
{
    return LaunchProblem::anyError(problems);
}

QString CsvImport::Row::describe(const LaunchProblem &problem) const
{
    const QString where = QStringLiteral("row %1 (line %2)").arg(row).arg(line);
    if (problem.field.isEmpty())
        return where + QLatin1String(": ") + problem.reason;
    return where + QLatin1String(", ") + problem.field + QLatin1String(": ") + problem.reason;
}

CsvImport::CsvImport(const ActionSpec &action, char delimiter)
    : m_action(action)
    , m_reader(delimiter)
{}

CsvImport::CsvImport(const ActionSpec &action, const ColumnMapping &mapping, char delimiter)
    : m_action(action)
    , m_reader(delimiter)
    , m_mapping(mapping)
    , m_mappingGiven(true)
{}

void CsvImport::feed(QByteArrayView bytes)
{
    if (m_error)
        return;
    m_reader.feed(bytes);
    readRecords();
}

void CsvImport::finish()
{
    if (m_error)
        return;
    m_reader.finish();
    readRecords();
    if (!m_error && m_reader.error())
        m_error = m_reader.error();
    if (!m_error && !m_headerSeen)
        m_error = CsvError{1, QStringLiteral("the file is empty: no header line")};
}

QList<CsvImport::Row> CsvImport::takeRows()
{
    return std::exchange(m_rows, {});
}

void CsvImport::readRecords()
{
    QList<CsvReader::Record> records = m_reader.takeRecords();
    for (auto it = records.begin(); it != records.end() && !m_error; ++it) {
        CsvReader::Record &record = *it;
        if (!m_headerSeen) {
            m_headerSeen = true;
            if (!acceptHeader(record))
                return;
            continue;
        }
        const qsizetype row = m_rowCount + m_blankRows + 1;
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &cell) { return cell.isEmpty(); })) {
            ++m_blankRows;
            continue;
        }
        Row imported;
        imported.row = row;
        imported.line = record.line;
        const qsizetype index = m_rowCount;
        imported.input = m_mapping->input(record.fields, index, &imported.problems);
        imported.problems.append(imported.input.problems(m_action, index));
        m_rows.append(std::move(imported));
        ++m_rowCount;
    }
}

bool CsvImport::acceptHeader(const CsvReader::Record &header)
{
    if (m_mappingGiven && m_mapping->header() != header.fields) {
        m_error = CsvError{header.line, QStringLiteral("the header is not the one the columns "
                                                       "were mapped for")};
        return false;
    }
    if (!m_mappingGiven)
        m_mapping = ColumnMapping(header.fields, m_action);
    for (const LaunchProblem &problem : m_mapping->problems()) {
        if (problem.isError()) {
            m_error = CsvError{header.line, problem.message()};
            return false;
        }
    }
    return true;
}
