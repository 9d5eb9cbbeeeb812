#include "sandbox/store/outputpagereader.h"

#include "sandbox/store/pagerange.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

// Up to 1 GiB of the file is read through a memory map rather than copied
// in by read() calls, and stays mapped between pages: address space, not
// memory.
const char *const kMapPragma = "PRAGMA mmap_size=1073741824";

QString sqliteError(sqlite3 *connection)
{
    return QString::fromUtf8(sqlite3_errmsg(connection));
}

} // namespace

OutputPageReader::OutputPageReader(sqlite3 *connection, bool owned)
    : m_connection(connection)
    , m_owned(owned)
{}

OutputPageReader::~OutputPageReader()
{
    sqlite3_finalize(m_afterId);
    sqlite3_finalize(m_fromOffset);
    if (m_owned)
        sqlite3_close(m_connection);
}

std::unique_ptr<OutputPageReader> OutputPageReader::open(const QString &path, QString *error)
{
    sqlite3 *connection = nullptr;
    // NOMUTEX: the reader is used from one thread at a time.
    const int status = sqlite3_open_v2(path.toUtf8().constData(), &connection,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<OutputPageReader> reader(new OutputPageReader(connection, true));
    if (status != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("db: cannot open '%1' for reading outputs: %2")
                         .arg(path, sqliteError(connection));
        return nullptr;
    }
    sqlite3_busy_timeout(connection, 5000);
    sqlite3_exec(connection, kMapPragma, nullptr, nullptr, nullptr);
    if (!reader->prepare(error))
        return nullptr;
    return reader;
}

std::unique_ptr<OutputPageReader> OutputPageReader::over(sqlite3 *connection, QString *error)
{
    std::unique_ptr<OutputPageReader> reader(new OutputPageReader(connection, false));
    if (!reader->prepare(error))
        return nullptr;
    return reader;
}

bool OutputPageReader::prepare(QString *error)
{
    // The same rows, in the same order, as PageRange::sql() selects for the
    // outputs table; only the columns differ.
    const char *const afterId =
        "SELECT id, data FROM outputs WHERE run_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3";
    const char *const fromOffset =
        "SELECT id, data FROM outputs WHERE run_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3";
    if (sqlite3_prepare_v3(m_connection, afterId, -1, SQLITE_PREPARE_PERSISTENT, &m_afterId,
                           nullptr) == SQLITE_OK &&
        sqlite3_prepare_v3(m_connection, fromOffset, -1, SQLITE_PREPARE_PERSISTENT, &m_fromOffset,
                           nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = QStringLiteral("db: cannot prepare the outputs page query: %1")
                     .arg(sqliteError(m_connection));
    return false;
}

std::optional<OutputPageReader::Page> OutputPageReader::read(qint64 runId, const PageRange &range)
{
    sqlite3_stmt *statement = range.afterId ? m_afterId : m_fromOffset;
    // One more row than the page holds: whether it comes says whether
    // there is a next page.
    const qint64 rows = qint64(range.limit) + 1;
    sqlite3_bind_int64(statement, 1, runId);
    if (range.afterId) {
        sqlite3_bind_int64(statement, 2, *range.afterId);
        sqlite3_bind_int64(statement, 3, rows);
    } else {
        sqlite3_bind_int64(statement, 2, rows);
        sqlite3_bind_int64(statement, 3, range.offset);
    }

    Page page;
    page.json.reserve(range.limit * (m_bytesPerItem + m_bytesPerItem / 8) + 2);
    page.json.append('[');
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        if (page.count == range.limit) {
            page.more = true;
            break;
        }
        if (page.count > 0)
            page.json.append(',');
        // sqlite3_column_text: the stored UTF-8 as it is (the file's
        // encoding is UTF-8); the size is asked after it, as SQLite wants.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
        page.json.append(text, sqlite3_column_bytes(statement, 1));
        page.lastId = sqlite3_column_int64(statement, 0);
        ++page.count;
    }
    // Ends the read transaction, so that the reader never holds back a
    // checkpoint of the store's WAL between pages.
    sqlite3_reset(statement);
    if (status != SQLITE_ROW && status != SQLITE_DONE) {
        qCWarning(lcStore) << "reading an outputs page failed:" << sqliteError(m_connection);
        return std::nullopt;
    }
    page.json.append(']');
    if (page.count > 0)
        m_bytesPerItem = (page.json.size() - 2) / page.count + 1;
    return page;
}
