#include "sandbox/store/storeconnection.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "runboard.sandbox.store")

StoreConnection::StoreConnection(QString name)
    : m_name(std::move(name))
{}

QSqlQuery StoreConnection::prepare(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql;
    return query;
}

bool StoreConnection::run(QSqlQuery &query, const QVariantList &bindings)
{
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "exec failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

QSqlQuery StoreConnection::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql;
        return query;
    }
    run(query, bindings);
    return query;
}

std::optional<QSqlRecord> StoreConnection::row(const QString &sql,
                                               const QVariantList &bindings) const
{
    QSqlQuery query = exec(sql, bindings);
    if (!query.next())
        return std::nullopt;
    return query.record();
}

QVariant StoreConnection::scalar(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query = exec(sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}
