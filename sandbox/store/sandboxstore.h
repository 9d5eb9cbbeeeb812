#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

// The sandbox's SQLite file: connection, WAL mode, the versioned schema
// and its migrations, and deterministic identifiers. Everything the API
// acknowledges is committed before the answer leaves, so killing the
// process loses nothing that a client was told about.
class SandboxStore final
{
public:
    static constexpr int kSchemaVersion = 2;

    // `path` may be ":memory:". nullptr and a message on failure.
    static std::unique_ptr<SandboxStore> open(const QString &path, quint64 seed, QString *error);
    ~SandboxStore();
    Q_DISABLE_COPY_MOVE(SandboxStore)

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    int schemaVersion() const;

    // Runs one statement with positional bindings. A failed statement is a
    // programming error in the sandbox: it is logged and the query returned
    // inactive.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {}) const;
    // The first row, or nullopt when there is none.
    std::optional<QSqlRecord> row(const QString &sql, const QVariantList &bindings = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;

    // Transactions nest: only the outermost begin/commit touch SQLite, so a
    // step that creates a run can call code that opens its own.
    bool begin() const;
    bool commit() const;
    void rollback() const;

    // A UUID derived from the seed and a persisted counter: deterministic
    // for a seed, and never repeated across restarts of the same file.
    QString newUid() const;
    // `count` such uids with one counter update (bulk inserts).
    QStringList newUids(int count) const;
    // A short reference such as "ERR-3f9a1c" for error bodies.
    QString newErrorRef() const;

    // Empties every table but keeps the identifier counter.
    void reset() const;

private:
    SandboxStore(QString connection, quint64 seed);
    bool migrate(QString *error) const;
    qint64 nextCounter(const QString &key, qint64 step = 1) const;
    QString uidFor(qint64 counter) const;

    QString m_connection;
    quint64 m_seed;
    mutable int m_depth = 0;
};
