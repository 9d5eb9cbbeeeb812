#pragma once

#include "core/export/columnset.h"
#include "core/export/csvwriter.h"
#include "core/export/exportsettings.h"
#include "core/export/flatrow.h"
#include "core/export/outputflattener.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

// The file an export writes, fed one page of outputs at a time, on a
// worker thread. It writes FILE.part as the pages come and, after a page
// (at most every 250 ms) and when it stops, FILE.resume.json: where the
// part ends and the caller's mark (its cursor), so an export that fails
// or is killed resumes after its last whole page instead of starting
// over. finish() renames the part to FILE.
//
// CSV is written straight to its final form, under a header made from the
// first page and the action's documented fields. Should a later page bring
// a column the header lacks, its rows get the extra field at the end and
// finish() rewrites the file once under the full header (docs/export.md):
// no column is ever lost, and the common case costs one pass.
// JSON Lines writes each output as received, one per line. XLSX spools
// the outputs as JSON lines, then builds the workbook at the end, when
// every column is known (libxlsxwriter writes rows in order only).
class ExportFile final
{
public:
    ExportFile(QString path, ExportSettings settings, QStringList documentedFields);
    ~ExportFile();

    static QString partPath(const QString &path);
    static QString statePath(const QString &path);
    // True when FILE has an interrupted export to resume.
    static bool canResume(const QString &path);
    // The rows an interrupted export of FILE has written; -1 when none.
    static qint64 interruptedRows(const QString &path);

    // Starts a new part file, replacing an interrupted one.
    bool create(QString *error);
    // Reopens an interrupted export where its state file says it ended,
    // with the mark saved with its last page. Refused when the settings
    // differ from those it began with, or the part file is shorter.
    bool resume(QJsonObject *mark, QString *error);
    // One page: the JSON array text of outputs of run `runUid`. `mark` is
    // kept with it in the state file.
    bool writePage(QByteArrayView page, const QString &runUid, const QJsonObject &mark,
                   QString *error);
    // Cells every row of a run gets (its input's custom_data), as column
    // name and text; set before its pages.
    void setRunCells(const QString &runUid, const QList<QPair<QByteArray, QByteArray>> &cells);
    // Settles the file and renames it into place; `progress` hears the rows
    // of a rewrite or a workbook as they go.
    bool finish(const std::function<void(qint64 rows)> &progress, QString *error);
    // Stops: the part file and its state stay (to resume) or go.
    void abandon(bool keepPartial);

    qint64 rows() const { return m_rows; }
    // Rows written of each run, by uid: what is compared with its
    // output_count, kept across a resume.
    qint64 rowsOf(const QString &runUid) const { return m_rowsByRun.value(runUid); }
    qint64 bytes() const { return m_bytes; }
    qsizetype columnCount() const;
    const ExportSettings &settings() const { return m_settings; }

private:
    bool openPart(QIODevice::OpenMode mode, QString *error);
    bool writeCsvPage(QByteArrayView page, const QString &runUid, qint64 *rows, QString *error);
    bool flattenItem(QByteArrayView json, const QString &runUid, QString *error);
    void addRunCells(const QString &runUid);
    void mapNewColumns();
    QList<int> finalLayout() const;
    QStringList headerOf(const QList<int> &layout) const;
    bool rewriteCsv(const std::function<void(qint64)> &progress, QString *error);
    bool buildWorkbook(const std::function<void(qint64)> &progress, QString *error);
    bool saveState(const QJsonObject &mark, QString *error);
    bool flushBuffer(QString *error);

    QString m_path;
    ExportSettings m_settings;
    QStringList m_documented;
    OutputFlattener m_flattener;
    CsvWriter m_csv;
    QFile m_part;
    QByteArray m_buffer;
    QList<OutputFlattener::Item> m_items;
    FlatRow m_row;
    ColumnSet m_columns;
    // CSV: the columns written, in order (header first, then any added at
    // the end), and the field of each column (-1: left out).
    QList<int> m_layout;
    qsizetype m_headerWidth = 0;
    QList<int> m_slotOfColumn;
    bool m_headerWritten = false;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    QHash<QString, qint64> m_rowsByRun;
    QHash<QString, QList<QPair<int, QByteArray>>> m_runCells;
    QJsonObject m_lastMark;
    QElapsedTimer m_sinceState;
    bool m_stateDirty = false;
};
