#include "core/export/exportfile.h"

#include "core/csv/csvreader.h"
#include "core/export/columnorder.h"
#include "core/export/xlsxexportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr int kStateVersion = 1;
constexpr qint64 kReadChunk = 1 << 20;
constexpr qint64 kStateEveryMs = 250;
const QByteArray kRunUidColumn = QByteArrayLiteral("run_uid");

bool choiceCovers(const ExportColumnChoice &choice, const QByteArray &column)
{
    const QByteArray source = choice.source.toUtf8();
    return column == source || (column.startsWith(source) && column.size() > source.size() &&
                                column.at(source.size()) == '.');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportFile", text);
}

QString fileError(const QFileDevice &file)
{
    return QCoreApplication::translate("ExportFile", "%1: %2")
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

// Reads a file of '\n'-ended lines a chunk at a time: the spool of an XLSX
// export and the rewrite of a CSV one never hold more than a chunk.
class LineReader
{
public:
    explicit LineReader(QFile &file)
        : m_file(file)
    {}

    // The next line without its '\n'; false at the end.
    bool next(QByteArray *line)
    {
        for (;;) {
            const qsizetype end = m_data.indexOf('\n', m_at);
            if (end >= 0) {
                *line = m_data.mid(m_at, end - m_at);
                m_at = end + 1;
                return true;
            }
            m_data.remove(0, m_at);
            m_at = 0;
            const QByteArray more = m_file.read(kReadChunk);
            if (more.isEmpty()) {
                if (m_data.isEmpty())
                    return false;
                *line = std::exchange(m_data, {});
                return true;
            }
            m_data += more;
        }
    }

private:
    QFile &m_file;
    QByteArray m_data;
    qsizetype m_at = 0;
};

} // namespace

ExportFile::ExportFile(QString path, ExportSettings settings, QStringList documentedFields)
    : m_path(std::move(path))
    , m_settings(std::move(settings))
    , m_documented(std::move(documentedFields))
    , m_flattener(m_settings.arrays)
    , m_csv(m_settings.dialect)
{
    if (m_settings.runUidColumn)
        m_columns.indexOf(kRunUidColumn);
}

ExportFile::~ExportFile() = default;

QString ExportFile::partPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

QString ExportFile::statePath(const QString &path)
{
    return path + QStringLiteral(".resume.json");
}

bool ExportFile::canResume(const QString &path)
{
    return QFileInfo::exists(partPath(path)) && QFileInfo::exists(statePath(path));
}

qint64 ExportFile::interruptedRows(const QString &path)
{
    QFile file(statePath(path));
    if (!canResume(path) || !file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("rows"))
        .toInteger(-1);
}

qsizetype ExportFile::columnCount() const
{
    return m_settings.format == ExportFormat::Csv ? m_layout.size() : m_columns.size();
}

bool ExportFile::openPart(QIODevice::OpenMode mode, QString *error)
{
    m_part.setFileName(partPath(m_path));
    if (!m_part.open(mode)) {
        *error = tr("Cannot write %1").arg(fileError(m_part));
        return false;
    }
    return true;
}

bool ExportFile::create(QString *error)
{
    QFile::remove(statePath(m_path));
    if (!openPart(QIODevice::WriteOnly | QIODevice::Truncate, error))
        return false;
    return saveState({}, error);
}

bool ExportFile::resume(QJsonObject *mark, QString *error)
{
    QFile stateFile(statePath(m_path));
    if (!stateFile.open(QIODevice::ReadOnly)) {
        *error = tr("No interrupted export to resume: %1").arg(fileError(stateFile));
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
    if (state.value(QLatin1String("version")).toInt() != kStateVersion) {
        *error = tr("%1 is not a state file this version can resume.")
                     .arg(QDir::toNativeSeparators(stateFile.fileName()));
        return false;
    }
    if (!(ExportSettings::fromJson(state.value(QLatin1String("settings")).toObject()) ==
          m_settings)) {
        *error = tr("The interrupted export was started with other settings; resume it with "
                    "the same ones, or start over.");
        return false;
    }
    const qint64 partBytes = state.value(QLatin1String("part_bytes")).toInteger(-1);
    if (!openPart(QIODevice::ReadWrite, error))
        return false;
    if (partBytes < 0 || m_part.size() < partBytes) {
        *error = tr("%1 is shorter than its state file says; start over.")
                     .arg(QDir::toNativeSeparators(m_part.fileName()));
        m_part.close();
        return false;
    }
    // What came after the last whole page is dropped and fetched again.
    if (!m_part.resize(partBytes) || !m_part.seek(partBytes)) {
        *error = tr("Cannot write %1").arg(fileError(m_part));
        return false;
    }
    m_bytes = partBytes;
    m_rows = state.value(QLatin1String("rows")).toInteger();
    m_headerWritten = state.value(QLatin1String("header_written")).toBool();
    m_headerWidth = state.value(QLatin1String("header_width")).toInt();
    m_columns = ColumnSet();
    for (const QJsonValue &name : state.value(QLatin1String("columns")).toArray())
        m_columns.indexOf(name.toString().toUtf8());
    m_layout.clear();
    for (const QJsonValue &column : state.value(QLatin1String("layout")).toArray())
        m_layout.append(column.toInt());
    m_slotOfColumn.fill(-1, m_columns.size());
    for (qsizetype slot = 0; slot < m_layout.size(); ++slot)
        m_slotOfColumn[m_layout.at(slot)] = int(slot);
    const QJsonObject runRows = state.value(QLatin1String("run_rows")).toObject();
    for (auto it = runRows.constBegin(); it != runRows.constEnd(); ++it)
        m_rowsByRun.insert(it.key(), it.value().toInteger());
    *mark = state.value(QLatin1String("mark")).toObject();
    return true;
}

bool ExportFile::saveState(const QJsonObject &mark, QString *error)
{
    m_sinceState.start();
    m_stateDirty = false;
    QJsonArray columns;
    for (const QByteArray &name : m_columns.names())
        columns.append(QString::fromUtf8(name));
    QJsonObject runRows;
    for (auto it = m_rowsByRun.cbegin(); it != m_rowsByRun.cend(); ++it)
        runRows.insert(it.key(), it.value());
    const QJsonObject state{
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("file"), QFileInfo(m_path).fileName()},
        {QStringLiteral("settings"), m_settings.toJson()},
        {QStringLiteral("part_bytes"), m_bytes},
        {QStringLiteral("rows"), m_rows},
        {QStringLiteral("header_written"), m_headerWritten},
        {QStringLiteral("header_width"), m_headerWidth},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("layout"), intArray(m_layout)},
        {QStringLiteral("run_rows"), runRows},
        {QStringLiteral("mark"), mark},
    };
    // Written beside and renamed over: a kill mid-write leaves the last
    // whole state, never half of one. No fsync: the part file has none
    // either, and a state ahead of its part is caught by resume().
    const QString target = statePath(m_path);
    const QString temporary = target + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0) {
        *error = tr("Cannot save the export's state: %1").arg(fileError(file));
        return false;
    }
    file.close();
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        *error = tr("Cannot save the export's state to %1").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

bool ExportFile::flushBuffer(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (m_part.write(m_buffer) != m_buffer.size() || !m_part.flush()) {
        *error = tr("Cannot write %1").arg(fileError(m_part));
        return false;
    }
    m_bytes += m_buffer.size();
    m_buffer.resize(0);
    return true;
}

bool ExportFile::writePage(QByteArrayView page, const QString &runUid, const QJsonObject &mark,
                           QString *error)
{
    m_buffer.resize(0);
    qint64 rows = 0;
    if (m_settings.format == ExportFormat::Csv) {
        if (!writeCsvPage(page, runUid, &rows, error))
            return false;
    } else {
        m_items.clear();
        if (!OutputFlattener::splitArray(page, &m_items, error))
            return false;
        // XLSX spools each line as the run's uid, a tab, the output.
        const QByteArray prefix =
            m_settings.format == ExportFormat::Xlsx ? runUid.toLatin1() + '\t' : QByteArray();
        for (const OutputFlattener::Item &item : std::as_const(m_items)) {
            m_buffer += prefix;
            OutputFlattener::appendJsonLine(page.sliced(item.begin, item.end - item.begin),
                                            m_buffer);
        }
        rows = m_items.size();
    }
    m_rows += rows;
    m_rowsByRun[runUid] += rows;
    if (!flushBuffer(error))
        return false;
    // The state at most every kStateEveryMs: a resume after a kill fetches
    // a few pages again, and a page costs no file rename (a few per cent of
    // an export over loopback). A stop saves the last whole page's state.
    m_lastMark = mark;
    m_stateDirty = true;
    if (m_sinceState.isValid() && m_sinceState.elapsed() < kStateEveryMs)
        return true;
    return saveState(mark, error);
}

bool ExportFile::flattenItem(QByteArrayView json, const QString &runUid, QString *error)
{
    if (!m_flattener.flatten(json, m_columns, m_row, error))
        return false;
    if (m_settings.runUidColumn)
        m_row.append(m_columns.find(kRunUidColumn), CellKind::String, runUid.toLatin1());
    addRunCells(runUid);
    return true;
}

void ExportFile::setRunCells(const QString &runUid,
                             const QList<QPair<QByteArray, QByteArray>> &cells)
{
    QList<QPair<int, QByteArray>> &indexed = m_runCells[runUid];
    indexed.clear();
    for (const auto &[name, text] : cells)
        indexed.append({m_columns.indexOf(name), text});
}

void ExportFile::addRunCells(const QString &runUid)
{
    const auto found = m_runCells.constFind(runUid);
    if (found == m_runCells.cend())
        return;
    for (const auto &[column, text] : *found)
        m_row.append(column, CellKind::String, text);
}

bool ExportFile::writeCsvPage(QByteArrayView page, const QString &runUid, qint64 *rows,
                              QString *error)
{
    const QByteArray uid = runUid.toLatin1();
    const int uidColumn = m_settings.runUidColumn ? m_columns.find(kRunUidColumn) : -1;
    if (!m_headerWritten) {
        // The header comes from the whole first page, not its first row.
        qint64 seen = 0;
        if (!m_flattener.flattenPage(
                page, m_columns, m_row, [&seen](QByteArrayView) { ++seen; }, error))
            return false;
        if (seen > 0) {
            m_layout = finalLayout();
            m_headerWidth = m_layout.size();
            m_slotOfColumn.fill(-1, m_columns.size());
            for (qsizetype slot = 0; slot < m_layout.size(); ++slot)
                m_slotOfColumn[m_layout.at(slot)] = int(slot);
            m_csv.appendBom(m_buffer);
            m_csv.appendRecord(headerOf(m_layout), m_buffer);
            m_headerWritten = true;
        }
    }
    // One pass per page: each item is flattened and written as it is found.
    return m_flattener.flattenPage(
        page, m_columns, m_row,
        [&](QByteArrayView) {
            if (uidColumn >= 0)
                m_row.append(uidColumn, CellKind::String, uid);
            addRunCells(runUid);
            if (m_slotOfColumn.size() < m_columns.size())
                mapNewColumns();
            m_csv.appendRow(m_row, m_slotOfColumn, m_layout.size(), m_buffer);
            ++*rows;
        },
        error);
}

void ExportFile::mapNewColumns()
{
    // A column the header lacks: its rows carry it as an extra last field
    // until finish() rewrites the file under the full header.
    for (qsizetype column = m_slotOfColumn.size(); column < m_columns.size(); ++column) {
        bool excluded = m_settings.onlyListedColumns;
        for (const ExportColumnChoice &choice : m_settings.columns) {
            if (choiceCovers(choice, m_columns.names().at(column)))
                excluded = !choice.included;
        }
        m_slotOfColumn.append(excluded ? -1 : int(m_layout.size()));
        if (!excluded)
            m_layout.append(int(column));
    }
}

QList<int> ExportFile::finalLayout() const
{
    QList<int> layout;
    QList<bool> placed(m_columns.size(), false);
    auto place = [&](int column) {
        if (column >= 0 && !placed.at(column)) {
            placed[column] = true;
            layout.append(column);
        }
    };
    if (m_settings.runUidColumn)
        place(m_columns.find(kRunUidColumn));
    // A choice names a column, or a field whose object or list was
    // flattened into several ("experiences" for "experiences.0.title").
    for (const ExportColumnChoice &choice : m_settings.columns) {
        for (int column = 0; column < m_columns.size(); ++column) {
            if (!choiceCovers(choice, m_columns.names().at(column)))
                continue;
            if (choice.included)
                place(column);
            else
                placed[column] = true;
        }
    }
    if (m_settings.onlyListedColumns)
        return layout;
    for (int column : exportColumnOrder(m_columns.names(), m_documented))
        place(column);
    return layout;
}

QStringList ExportFile::headerOf(const QList<int> &layout) const
{
    QStringList header;
    for (int column : layout) {
        QString name = QString::fromUtf8(m_columns.names().at(column));
        for (const ExportColumnChoice &choice : m_settings.columns) {
            if (choice.source == name && !choice.header.isEmpty())
                name = choice.header;
        }
        header.append(name);
    }
    return header;
}

bool ExportFile::finish(const std::function<void(qint64)> &progress, QString *error)
{
    if (m_settings.format == ExportFormat::Csv && !m_headerWritten) {
        // No outputs at all: the header of the documented fields alone.
        m_csv.appendBom(m_buffer);
        QStringList header = m_documented;
        if (!m_settings.columns.isEmpty()) {
            header.clear();
            for (const ExportColumnChoice &choice : m_settings.columns) {
                if (choice.included)
                    header.append(choice.header.isEmpty() ? choice.source : choice.header);
            }
        }
        if (m_settings.runUidColumn)
            header.prepend(QString::fromLatin1(kRunUidColumn));
        if (!header.isEmpty())
            m_csv.appendRecord(header, m_buffer);
        m_headerWritten = true;
    }
    if (!flushBuffer(error))
        return false;
    m_part.close();
    if (m_settings.format == ExportFormat::Csv && m_rows > 0 &&
        (m_layout.size() != m_headerWidth || m_layout != finalLayout())) {
        if (!rewriteCsv(progress, error))
            return false;
    } else if (m_settings.format == ExportFormat::Xlsx) {
        if (!buildWorkbook(progress, error))
            return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(partPath(m_path), m_path)) {
        *error =
            tr("Cannot rename %1 to %2")
                .arg(QDir::toNativeSeparators(partPath(m_path)), QDir::toNativeSeparators(m_path));
        return false;
    }
    QFile::remove(statePath(m_path));
    return true;
}

bool ExportFile::rewriteCsv(const std::function<void(qint64)> &progress, QString *error)
{
    const QList<int> layout = finalLayout();
    QList<int> slotOfField(m_layout.size(), -1);
    for (qsizetype field = 0; field < m_layout.size(); ++field)
        slotOfField[field] = int(layout.indexOf(m_layout.at(field)));

    QFile in(partPath(m_path));
    QFile out(partPath(m_path) + QStringLiteral(".rewrite"));
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1").arg(fileError(in));
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1").arg(fileError(out));
        return false;
    }
    QByteArray buffer;
    m_csv.appendBom(buffer);
    m_csv.appendRecord(headerOf(layout), buffer);
    // The cells are written as they were: guarded once already.
    CsvDialect verbatim = m_settings.dialect;
    verbatim.formulaGuard = false;
    CsvWriter writer(verbatim);
    CsvReader reader(m_settings.dialect.delimiter);
    bool header = true;
    qint64 rows = 0;
    QStringList fields(layout.size());
    auto drain = [&]() -> bool {
        for (CsvReader::Record &record : reader.takeRecords()) {
            if (std::exchange(header, false))
                continue;
            for (QString &field : fields)
                field.clear();
            for (qsizetype i = 0; i < record.fields.size() && i < slotOfField.size(); ++i) {
                if (slotOfField.at(i) >= 0)
                    fields[slotOfField.at(i)] = std::move(record.fields[i]);
            }
            writer.appendRecord(fields, buffer);
            ++rows;
        }
        if (buffer.size() >= kReadChunk) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
            if (progress)
                progress(rows);
        }
        return true;
    };
    for (;;) {
        const QByteArray chunk = in.read(kReadChunk);
        if (chunk.isEmpty())
            break;
        reader.feed(chunk);
        if (!drain()) {
            *error = tr("Cannot write %1").arg(fileError(out));
            return false;
        }
    }
    reader.finish();
    if (!drain() || out.write(buffer) != buffer.size() || !out.flush()) {
        *error = tr("Cannot write %1").arg(fileError(out));
        return false;
    }
    if (reader.error() || rows != m_rows) {
        *error = tr("Rewriting %1 under its full header read %2 rows of %3: %4")
                     .arg(QDir::toNativeSeparators(in.fileName()))
                     .arg(rows)
                     .arg(m_rows)
                     .arg(reader.error() ? reader.error()->message() : tr("rows are missing"));
        return false;
    }
    out.close();
    in.close();
    m_bytes = out.size();
    m_layout = layout;
    m_headerWidth = layout.size();
    QFile::remove(in.fileName());
    return QFile::rename(out.fileName(), in.fileName());
}

bool ExportFile::buildWorkbook(const std::function<void(qint64)> &progress, QString *error)
{
    QFile spool(partPath(m_path));
    if (!spool.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1").arg(fileError(spool));
        return false;
    }
    // First pass: every column, so the header is whole before row one.
    QByteArray line;
    {
        LineReader lines(spool);
        while (lines.next(&line)) {
            const qsizetype tab = line.indexOf('\t');
            if (!flattenItem(QByteArrayView(line).sliced(tab + 1),
                             QString::fromLatin1(line.left(tab)), error))
                return false;
        }
    }
    const QList<int> layout = finalLayout();
    QList<int> slotOfColumn(m_columns.size(), -1);
    for (qsizetype slot = 0; slot < layout.size(); ++slot)
        slotOfColumn[layout.at(slot)] = int(slot);

    const QString workbookPath = partPath(m_path) + QStringLiteral(".xlsx");
    XlsxExportWriter workbook;
    if (!workbook.open(workbookPath, headerOf(layout), error))
        return false;
    spool.seek(0);
    LineReader lines(spool);
    QList<QByteArrayView> cells(layout.size());
    QList<CellKind> kinds(layout.size());
    qint64 rows = 0;
    while (lines.next(&line)) {
        const qsizetype tab = line.indexOf('\t');
        if (!flattenItem(QByteArrayView(line).sliced(tab + 1), QString::fromLatin1(line.left(tab)),
                         error))
            return false;
        cells.fill(QByteArrayView());
        kinds.fill(CellKind::String);
        for (qsizetype i = 0; i < m_row.size(); ++i) {
            const int slot = slotOfColumn.value(m_row.columns.at(i), -1);
            if (slot >= 0) {
                cells[slot] = m_row.cell(i);
                kinds[slot] = m_row.kinds.at(i);
            }
        }
        if (!workbook.addRow(cells, kinds, error))
            return false;
        if (++rows % 10000 == 0 && progress)
            progress(rows);
    }
    if (!workbook.close(error))
        return false;
    spool.close();
    m_layout = layout;
    QFile::remove(spool.fileName());
    return QFile::rename(workbookPath, spool.fileName());
}

void ExportFile::abandon(bool keepPartial)
{
    // Half a page never reaches the file: the state ends at the last whole one.
    m_buffer.resize(0);
    m_part.close();
    QString ignored;
    if (keepPartial && m_stateDirty)
        saveState(m_lastMark, &ignored);
    if (!keepPartial) {
        QFile::remove(partPath(m_path));
        QFile::remove(statePath(m_path));
    }
}
