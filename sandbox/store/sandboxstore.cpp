#include "sandbox/store/sandboxstore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "runboard.sandbox.store")

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

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("runboard-sandbox-%1").arg(counter.fetch_add(1));
}

} // namespace

SandboxStore::SandboxStore(QString connection, quint64 seed)
    : m_connection(std::move(connection))
    , m_seed(seed)
{}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<SandboxStore> SandboxStore::open(const QString &path, quint64 seed, QString *error)
{
    std::unique_ptr<SandboxStore> store(new SandboxStore(nextConnectionName(), seed));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error =
                    QStringLiteral("db: cannot open '%1': %2").arg(path, db.lastError().text());
            return nullptr;
        }
    }
    store->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // In WAL mode NORMAL keeps every commit through a killed process (the
    // WAL is in the OS's hands once written); only a power cut can lose
    // the newest commits. FULL would fsync every commit for no gain here.
    store->exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    store->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    store->exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (!store->migrate(error))
        return nullptr;
    return store;
}

bool SandboxStore::migrate(QString *error) const
{
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("db: schema version %1 is newer than this sandbox (%2)")
                         .arg(version)
                         .arg(kSchemaVersion);
        return false;
    }
    for (int next = version; next < kSchemaVersion; ++next) {
        begin();
        const QStringList statements =
            QString::fromUtf8(kMigrations[next]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(database());
            if (!query.exec(statement)) {
                rollback();
                if (error)
                    *error = QStringLiteral("db: migration to version %1 failed: %2")
                                 .arg(next + 1)
                                 .arg(query.lastError().text());
                return false;
            }
        }
        exec(QStringLiteral("PRAGMA user_version=%1").arg(next + 1));
        commit();
    }
    return true;
}

int SandboxStore::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QSqlQuery SandboxStore::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql;
        return query;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcStore) << "exec failed:" << query.lastError().text() << sql;
    return query;
}

std::optional<QSqlRecord> SandboxStore::row(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query = exec(sql, bindings);
    if (!query.next())
        return std::nullopt;
    return query.record();
}

QVariant SandboxStore::scalar(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query = exec(sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

bool SandboxStore::begin() const
{
    if (m_depth++ > 0)
        return true;
    return database().transaction();
}

bool SandboxStore::commit() const
{
    if (m_depth == 0 || --m_depth > 0)
        return true;
    return database().commit();
}

void SandboxStore::rollback() const
{
    if (m_depth == 0)
        return;
    m_depth = 0;
    database().rollback();
}

qint64 SandboxStore::nextCounter(const QString &key, qint64 step) const
{
    exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                        "SET value = CAST(value AS INTEGER) + ?"),
         {key, QString::number(step - 1), step});
    return scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"), {key})
        .toLongLong();
}

QString SandboxStore::newUid() const
{
    return uidFor(nextCounter(QStringLiteral("uid_counter")));
}

QStringList SandboxStore::newUids(int count) const
{
    QStringList uids;
    if (count <= 0)
        return uids;
    const qint64 last = nextCounter(QStringLiteral("uid_counter"), count);
    uids.reserve(count);
    for (qint64 counter = last - count + 1; counter <= last; ++counter)
        uids.append(uidFor(counter));
    return uids;
}

QString SandboxStore::uidFor(qint64 counter) const
{
    QByteArray bytes = QCryptographicHash::hash(
        QByteArray(QByteArray::number(m_seed) + ':' + QByteArray::number(counter)),
        QCryptographicHash::Sha1);
    bytes.truncate(16);
    // Version 4 and RFC 4122 variant bits, so the result looks like any uid.
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString SandboxStore::newErrorRef() const
{
    const qint64 counter = nextCounter(QStringLiteral("error_counter"));
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray("err:" + QByteArray::number(m_seed) + ':' + QByteArray::number(counter)),
        QCryptographicHash::Sha1);
    return QStringLiteral("ERR-") + QString::fromLatin1(digest.toHex().left(8));
}

void SandboxStore::reset() const
{
    begin();
    for (const char *table :
         {"outputs", "inputs", "runs", "schedules", "callbacks", "sources", "identities"})
        exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
    commit();
}
