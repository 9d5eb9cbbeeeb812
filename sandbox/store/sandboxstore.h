#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class CallbackRows;
class IdentityRows;
class InputRows;
class OutputPageReader;
class OutputRows;
class RunRows;
class ScheduleRows;
class SourceRows;
class StoreConnection;

// The sandbox's SQLite file: connection, WAL mode, the versioned schema
// (StoreSchema), transactions and deterministic identifiers, and one row
// class per table, each with a method per kind of read or change. All the
// sandbox's SQL is in store/. Everything the API acknowledges is committed
// before the answer leaves, so killing the process loses nothing that a
// client was told about.
class SandboxStore final
{
public:
    // `path` may be ":memory:". nullptr and a message on failure.
    static std::unique_ptr<SandboxStore> open(const QString &path, quint64 seed, QString *error);
    ~SandboxStore();
    Q_DISABLE_COPY_MOVE(SandboxStore)

    int schemaVersion() const;
    // The file as given to open(): ":memory:" for an in-memory store.
    const QString &path() const { return m_path; }
    // Whether a second connection sees this store (a file, not ":memory:").
    bool isShareable() const;

    RunRows &runs() { return *m_runs; }
    InputRows &inputs() { return *m_inputs; }
    OutputRows &outputs() { return *m_outputs; }
    // Outputs pages read through this store's own connection, on its thread
    // (OutputPageReader::open() gives another thread a connection of its own).
    OutputPageReader &outputPages() { return *m_outputPages; }
    ScheduleRows &schedules() { return *m_schedules; }
    CallbackRows &callbacks() { return *m_callbacks; }
    IdentityRows &identities() { return *m_identities; }
    SourceRows &sources() { return *m_sources; }

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
    SandboxStore(const QString &connection, const QString &path, quint64 seed);
    qint64 nextCounter(const QString &key, qint64 step = 1) const;
    QString uidFor(qint64 counter) const;

    std::unique_ptr<StoreConnection> m_connection;
    QString m_path;
    quint64 m_seed;
    mutable int m_depth = 0;
    std::unique_ptr<RunRows> m_runs;
    std::unique_ptr<InputRows> m_inputs;
    std::unique_ptr<OutputRows> m_outputs;
    std::unique_ptr<OutputPageReader> m_outputPages;
    std::unique_ptr<ScheduleRows> m_schedules;
    std::unique_ptr<CallbackRows> m_callbacks;
    std::unique_ptr<IdentityRows> m_identities;
    std::unique_ptr<SourceRows> m_sources;
};
