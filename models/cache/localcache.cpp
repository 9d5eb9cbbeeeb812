#include "models/cache/localcache.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

Q_LOGGING_CATEGORY(lcCache, "runboard.models.cache", QtInfoMsg)

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("runboard-cache-%1").arg(counter.fetch_add(1));
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &bindings = {},
          QSqlQuery *out = nullptr)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcCache) << "cache query failed:" << query.lastError().text();
        return false;
    }
    if (out)
        *out = std::move(query);
    return true;
}

} // namespace

LocalCache::LocalCache(QString connection)
    : m_connection(std::move(connection))
{}

LocalCache::~LocalCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalCache::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QLatin1String("/cache.sqlite");
}

std::unique_ptr<LocalCache> LocalCache::open(const QString &path, QString *error)
{
    std::unique_ptr<LocalCache> cache(new LocalCache(nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), cache->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cache: cannot open '%1': %2").arg(path, db.lastError().text());
        return nullptr;
    }
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int current = version.next() ? version.value(0).toInt() : 0;
    if (current > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("cache: '%1' was written by a newer Runboard").arg(path);
        return nullptr;
    }
    if (current < 1) {
        db.transaction();
        const bool ok =
            exec(db, QStringLiteral("CREATE TABLE transitions (run_uid TEXT NOT NULL, status TEXT "
                                    "NOT NULL, observed_at INTEGER NOT NULL, PRIMARY KEY (run_uid, "
                                    "observed_at, status))")) &&
            exec(db, QStringLiteral("CREATE TABLE pages (key TEXT PRIMARY KEY, body BLOB NOT "
                                    "NULL, stored_at INTEGER NOT NULL)")) &&
            exec(db, QStringLiteral("PRAGMA user_version=1"));
        if (!ok) {
            db.rollback();
            if (error)
                *error = QStringLiteral("cache: cannot create the schema in '%1'").arg(path);
            return nullptr;
        }
        db.commit();
    }
    return cache;
}

void LocalCache::recordTransition(const StatusTransition &transition)
{
    exec(QSqlDatabase::database(m_connection),
         QStringLiteral("INSERT OR IGNORE INTO transitions(run_uid, status, observed_at) "
                        "VALUES(?, ?, ?)"),
         {transition.runUid, transition.statusText, transition.observedAt.toMSecsSinceEpoch()});
}

QList<StatusTransition> LocalCache::transitions(const QString &runUid) const
{
    QList<StatusTransition> list;
    QSqlQuery rows;
    if (!exec(QSqlDatabase::database(m_connection),
              QStringLiteral("SELECT status, observed_at FROM transitions WHERE run_uid = ? ORDER "
                             "BY observed_at, rowid"),
              {runUid}, &rows))
        return list;
    while (rows.next()) {
        const QString status = rows.value(0).toString();
        list.append({runUid, runStatusFromApi(status), status,
                     QDateTime::fromMSecsSinceEpoch(rows.value(1).toLongLong(), Qt::UTC)});
    }
    return list;
}

QHash<QString, QList<StatusTransition>> LocalCache::transitions(const QStringList &runUids) const
{
    // SQLite allows 999 bound values per statement in older builds.
    constexpr qsizetype kChunk = 500;
    QHash<QString, QList<StatusTransition>> found;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (qsizetype start = 0; start < runUids.size(); start += kChunk) {
        const QStringList chunk = runUids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList bindings;
        bindings.reserve(chunk.size());
        for (const QString &uid : chunk)
            bindings.append(uid);
        QSqlQuery rows;
        if (!exec(db,
                  QStringLiteral("SELECT run_uid, status, observed_at FROM transitions WHERE "
                                 "run_uid IN (%1) ORDER BY run_uid, observed_at, rowid")
                      .arg(marks.join(QLatin1Char(','))),
                  bindings, &rows))
            continue;
        while (rows.next()) {
            const QString uid = rows.value(0).toString();
            const QString status = rows.value(1).toString();
            found[uid].append(
                {uid, runStatusFromApi(status), status,
                 QDateTime::fromMSecsSinceEpoch(rows.value(2).toLongLong(), Qt::UTC)});
        }
    }
    return found;
}

void LocalCache::storePage(const QString &key, const QJsonArray &page)
{
    exec(QSqlDatabase::database(m_connection),
         QStringLiteral("INSERT INTO pages(key, body, stored_at) VALUES(?, ?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET body = excluded.body, stored_at = excluded.stored_at"),
         {key, QJsonDocument(page).toJson(QJsonDocument::Compact),
          QDateTime::currentMSecsSinceEpoch()});
}

std::optional<QJsonArray> LocalCache::page(const QString &key) const
{
    QSqlQuery rows;
    if (!exec(QSqlDatabase::database(m_connection),
              QStringLiteral("SELECT body FROM pages WHERE key = ?"), {key}, &rows) ||
        !rows.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(rows.value(0).toByteArray());
    if (!document.isArray())
        return std::nullopt;
    return document.array();
}
