#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct PageRange;
struct sqlite3;
struct sqlite3_stmt;

// Reads one page of a run's outputs with SQLite's C API straight into the
// bytes of a JSON array: the hot path of GET /runs/{uid}/outputs. Outputs
// are stored as the JSON text they are served as, so each goes from the
// database to the answer as bytes; Qt's driver would hand it over as UTF-16
// (SQLite converting it, the server converting it back), with a record and
// by-name lookups per row. Only the two columns a page needs are read.
// A reader is used from one thread at a time.
class OutputPageReader final
{
public:
    struct Page
    {
        // "[item,item,...]", each item as stored.
        QByteArray json;
        int count = 0;
        // The id of the page's last output (where the next page starts), 0
        // when the page is empty.
        qint64 lastId = 0;
        // Whether more outputs follow.
        bool more = false;
    };

    // A read-only connection of its own to the database file at `path`, for
    // a thread of its own: in WAL mode it reads while the store writes.
    // nullptr and a message on failure.
    static std::unique_ptr<OutputPageReader> open(const QString &path, QString *error);
    // Reads through `connection`, which the caller keeps open until this
    // reader is gone (an in-memory store, which no second connection sees).
    static std::unique_ptr<OutputPageReader> over(sqlite3 *connection, QString *error);
    ~OutputPageReader();
    Q_DISABLE_COPY_MOVE(OutputPageReader)

    // Up to range.limit outputs of run `runId` in id order: after the id
    // range.afterId when set, else from range.offset. nullopt when SQLite
    // fails (logged).
    std::optional<Page> read(qint64 runId, const PageRange &range);

private:
    OutputPageReader(sqlite3 *connection, bool owned);
    bool prepare(QString *error);

    sqlite3 *m_connection = nullptr;
    bool m_owned = false;
    sqlite3_stmt *m_afterId = nullptr;
    sqlite3_stmt *m_fromOffset = nullptr;
    // The size of the last page's items, to reserve the next page's bytes
    // at once instead of growing them as they come.
    qint64 m_bytesPerItem = 1024;
};
