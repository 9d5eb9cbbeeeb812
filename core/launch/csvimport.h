#pragma once

#include "core/csv/csverror.h"
#include "core/csv/csvreader.h"
#include "core/domain/actionspec.h"
#include "core/launch/columnmapping.h"
#include "core/launch/inputdraft.h"
#include "core/launch/launchproblem.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

// A CSV file read into launch inputs, incrementally: bytes in, checked rows
// out, so a worker thread can import 100,000 rows with progress and stop
// between chunks. The first record is the header; it is mapped
// automatically unless a mapping the user adjusted is given. Each data row
// keeps its number (1 = the first data row) and the line it starts on, so
// every problem can be shown as "row 12 (line 14), linkedin_profile_url:
// ...". Rows whose cells are all empty are skipped and counted, as the
// reader skips and counts empty lines: nothing is dropped unsaid.
class CsvImport final
{
public:
    struct Row
    {
        InputDraft input;
        // From 1: the row's place among the file's data rows.
        qsizetype row = 0;
        qint64 line = 0;
        // Reading and checking problems; their `input` is the row's index
        // among the rows imported (row - 1 less the blank rows before it).
        QList<LaunchProblem> problems;

        bool hasErrors() const;
        // "row 12 (line 14), linkedin_profile_url: required, but empty"
        QString describe(const LaunchProblem &problem) const;
    };

    explicit CsvImport(const ActionSpec &action, char delimiter = CsvReader::kSniff);
    // Uses this mapping instead of the automatic one; the file's header must
    // be the one it was made for.
    CsvImport(const ActionSpec &action, const ColumnMapping &mapping,
              char delimiter = CsvReader::kSniff);

    void feed(QByteArrayView bytes);
    void finish();
    QList<Row> takeRows();

    // Set once the header has been read.
    const std::optional<ColumnMapping> &mapping() const { return m_mapping; }
    // The file cannot be read, or the header cannot be mapped; rows taken
    // before it stay valid.
    const std::optional<CsvError> &error() const { return m_error; }
    qsizetype rowCount() const { return m_rowCount; }
    qsizetype blankRows() const { return m_blankRows; }
    qint64 emptyLines() const { return m_reader.emptyLines(); }

private:
    void readRecords();
    bool acceptHeader(const CsvReader::Record &header);

    ActionSpec m_action;
    CsvReader m_reader;
    std::optional<ColumnMapping> m_mapping;
    bool m_mappingGiven = false;
    bool m_headerSeen = false;
    std::optional<CsvError> m_error;
    QList<Row> m_rows;
    qsizetype m_rowCount = 0;
    qsizetype m_blankRows = 0;
};
