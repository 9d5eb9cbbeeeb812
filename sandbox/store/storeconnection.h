#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <optional>

// The raw SQL helpers of the sandbox's store, for the row classes of
// store/ only: nothing outside store/ writes SQL. A failed statement is a
// programming error in the sandbox: it is logged and the query returned
// inactive.
class StoreConnection final
{
public:
    explicit StoreConnection(QString name);

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const QString &name() const { return m_name; }

    // Runs one statement with positional bindings.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {}) const;
    // The first row, or nullopt when there is none.
    std::optional<QSqlRecord> row(const QString &sql, const QVariantList &bindings = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    // A statement prepared once for many runs (bulk inserts) ...
    QSqlQuery prepare(const QString &sql) const;
    // ... and one run of it.
    static bool run(QSqlQuery &query, const QVariantList &bindings);

private:
    QString m_name;
};
