#pragma once

#include "core/export/flatrow.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// An XLSX workbook written with libxlsxwriter in its constant-memory mode:
// rows go to disk as they come, in order. A sheet holds 1,048,576 rows;
// past that the rows continue on a new sheet ("Outputs 2", ...) under the
// same header. Numbers that a double holds exactly are written as numbers
// (1.50 and 2^53 are; 12345678901234567890 and 2^53 + 1 go in as text, so
// the sheet never shows a number the server did not send), booleans as
// booleans, everything else as text (never as a formula). Nothing is cut:
// a text longer than a cell holds (32,767 characters) or holding a NUL
// fails the export with the row and column named. The header row is bold
// and frozen; temporary files go in the output's folder.
class XlsxExportWriter final
{
public:
    XlsxExportWriter();
    // The libxlsxwriter this was built with, e.g. "1.1.4".
    static QString libraryVersion();
    ~XlsxExportWriter();

    // Creates the file; false with a message on failure.
    bool open(const QString &path, const QStringList &header, QString *error);
    // One row: cells[i] of kind kinds[i] goes to column i; an empty cell
    // stays blank. The message names the row (from 1) and the column.
    bool addRow(const QList<QByteArrayView> &cells, const QList<CellKind> &kinds, QString *error);
    // Writes the workbook out; false with a message on failure.
    bool close(QString *error);
    qint64 rowsWritten() const { return m_rows; }

    // Data rows per sheet; lowered by tests to see the overflow without
    // writing a million rows.
    void setRowsPerSheet(qint64 rows) { m_rowsPerSheet = rows; }

private:
    struct Workbook;
    bool startSheet(QString *error);
    QString columnName(qsizetype column) const;

    std::unique_ptr<Workbook> m_book;
    QStringList m_header;
    qint64 m_rows = 0;
    qint64 m_rowInSheet = 0;
    qint64 m_rowsPerSheet = 1048575;
    int m_sheets = 0;
};
