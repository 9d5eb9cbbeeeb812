#include "sandbox/store/storeschema.h"

#include "sandbox/store/storeconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Each migration takes the schema from version N to N+1.
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    workspace_uid TEXT NOT NULL,
    user_uid TEXT NOT NULL,
    name TEXT,
    action_id INTEGER NOT NULL,
    action_name TEXT NOT NULL,
    execution_mode TEXT NOT NULL,
    status TEXT NOT NULL,
    parameters TEXT NOT NULL,
    identity_uid TEXT,
    callback TEXT,
    scheduled_run_uid TEXT,
    scheduled_run_name TEXT,
    retry_count INTEGER NOT NULL DEFAULT 0,
    output_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_info TEXT,
    postponed_until INTEGER,
    started_at INTEGER,
    finished_at INTEGER,
    synced_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    due_at INTEGER,
    high_water INTEGER NOT NULL DEFAULT -1,
    iteration_top INTEGER
);
CREATE INDEX runs_due ON runs(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX runs_status ON runs(status);
CREATE TABLE inputs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    position INTEGER NOT NULL,
    uid TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    input_data TEXT NOT NULL,
    custom_data TEXT,
    last_error TEXT,
    output_count INTEGER NOT NULL DEFAULT 0,
    retry_count INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    target INTEGER,
    fetched INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    finished_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX inputs_run ON inputs(run_id, position);
CREATE TABLE outputs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL,
    input_id INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX outputs_run ON outputs(run_id, id);
CREATE TABLE schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    workspace_uid TEXT NOT NULL,
    user_uid TEXT NOT NULL,
    name TEXT,
    action_id INTEGER NOT NULL,
    action_name TEXT NOT NULL,
    status TEXT NOT NULL,
    cron TEXT,
    timezone TEXT NOT NULL,
    schedule_at INTEGER,
    next_execution_at INTEGER,
    last_executed_at INTEGER,
    postponed_until INTEGER,
    config TEXT NOT NULL,
    last_run_uid TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    parent_uid TEXT,
    ref_uid TEXT NOT NULL,
    run_uid TEXT NOT NULL,
    workspace_uid TEXT NOT NULL,
    batch_uid TEXT NOT NULL,
    url TEXT NOT NULL,
    headers TEXT,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    retry_count INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER,
    http_response TEXT,
    error TEXT,
    next_attempt_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX callbacks_due ON callbacks(next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX callbacks_run ON callbacks(run_uid);
CREATE TABLE sources (
    action_name TEXT NOT NULL,
    identity_uid TEXT NOT NULL,
    grown INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (action_name, identity_uid)
);
)sql",
    R"sql(
CREATE TABLE identities (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    timezone TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql",
};

// Children before parents, so foreign keys never stop a clear().
const char *const kTables[] = {"outputs",   "inputs",  "runs",      "schedules",
                               "callbacks", "sources", "identities"};

} // namespace

void StoreSchema::configure(const StoreConnection &connection)
{
    connection.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // In WAL mode NORMAL keeps every commit through a killed process (the
    // WAL is in the OS's hands once written); only a power cut can lose
    // the newest commits. FULL would fsync every commit for no gain here.
    connection.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    connection.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    connection.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
}

int StoreSchema::version(const StoreConnection &connection)
{
    return connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool StoreSchema::migrate(const StoreConnection &connection, QString *error)
{
    const int current = version(connection);
    if (current > kVersion) {
        if (error)
            *error = QStringLiteral("db: schema version %1 is newer than this sandbox (%2)")
                         .arg(current)
                         .arg(kVersion);
        return false;
    }
    QSqlDatabase db = connection.database();
    for (int next = current; next < kVersion; ++next) {
        db.transaction();
        const QStringList statements =
            QString::fromUtf8(kMigrations[next]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                db.rollback();
                if (error)
                    *error = QStringLiteral("db: migration to version %1 failed: %2")
                                 .arg(next + 1)
                                 .arg(query.lastError().text());
                return false;
            }
        }
        connection.exec(QStringLiteral("PRAGMA user_version=%1").arg(next + 1));
        db.commit();
    }
    return true;
}

void StoreSchema::clear(const StoreConnection &connection)
{
    for (const char *table : kTables)
        connection.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}
