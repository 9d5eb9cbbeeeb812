#include "sandbox/store/sandboxstore.h"

#include "sandbox/store/callbackrows.h"
#include "sandbox/store/identityrows.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/outputpagereader.h"
#include "sandbox/store/outputrows.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/schedulerows.h"
#include "sandbox/store/sourcerows.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storeschema.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <atomic>

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("runboard-sandbox-%1").arg(counter.fetch_add(1));
}

} // namespace

SandboxStore::SandboxStore(const QString &connection, const QString &path, quint64 seed)
    : m_connection(std::make_unique<StoreConnection>(connection))
    , m_path(path)
    , m_seed(seed)
{}

SandboxStore::~SandboxStore()
{
    // The row classes hold prepared statements: they go before the
    // connection is removed.
    m_runs.reset();
    m_inputs.reset();
    m_outputs.reset();
    m_outputPages.reset();
    m_schedules.reset();
    m_callbacks.reset();
    m_identities.reset();
    m_sources.reset();
    {
        QSqlDatabase db = m_connection->database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection->name());
}

std::unique_ptr<SandboxStore> SandboxStore::open(const QString &path, quint64 seed, QString *error)
{
    std::unique_ptr<SandboxStore> store(new SandboxStore(nextConnectionName(), path, seed));
    const StoreConnection &connection = *store->m_connection;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error =
                    QStringLiteral("db: cannot open '%1': %2").arg(path, db.lastError().text());
            return nullptr;
        }
    }
    StoreSchema::configure(connection);
    if (!StoreSchema::migrate(connection, error))
        return nullptr;
    // After the migration: some row classes prepare their inserts at once.
    store->m_runs = std::make_unique<RunRows>(connection);
    store->m_inputs = std::make_unique<InputRows>(connection);
    store->m_outputs = std::make_unique<OutputRows>(connection);
    store->m_schedules = std::make_unique<ScheduleRows>(connection);
    store->m_callbacks = std::make_unique<CallbackRows>(connection);
    store->m_identities = std::make_unique<IdentityRows>(connection);
    store->m_sources = std::make_unique<SourceRows>(connection);
    // Qt's SQLite driver hands out its sqlite3 handle under this type name.
    const QVariant handle = connection.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = QStringLiteral("db: the SQLite driver gives no connection handle");
        return nullptr;
    }
    store->m_outputPages =
        OutputPageReader::over(*static_cast<sqlite3 *const *>(handle.constData()), error);
    if (!store->m_outputPages)
        return nullptr;
    return store;
}

bool SandboxStore::isShareable() const
{
    return !m_path.isEmpty() && m_path != QLatin1String(":memory:") &&
           !m_path.startsWith(QLatin1String("file:"));
}

int SandboxStore::schemaVersion() const
{
    return StoreSchema::version(*m_connection);
}

bool SandboxStore::begin() const
{
    if (m_depth++ > 0)
        return true;
    return m_connection->database().transaction();
}

bool SandboxStore::commit() const
{
    if (m_depth == 0 || --m_depth > 0)
        return true;
    return m_connection->database().commit();
}

void SandboxStore::rollback() const
{
    if (m_depth == 0)
        return;
    m_depth = 0;
    m_connection->database().rollback();
}

qint64 SandboxStore::nextCounter(const QString &key, qint64 step) const
{
    m_connection->exec(
        QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                       "SET value = CAST(value AS INTEGER) + ?"),
        {key, QString::number(step - 1), step});
    return m_connection
        ->scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"), {key})
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
    StoreSchema::clear(*m_connection);
    commit();
}
