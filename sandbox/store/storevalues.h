#pragma once

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Conversions between the row structs' fields and SQLite values, shared by
// the row classes: a nullable column is a std::optional on the C++ side.
namespace StoreValues {

QVariant orNull(const std::optional<QString> &text);
QVariant orNull(const std::optional<qint64> &number);

QString text(const QSqlRecord &row, const char *column);
std::optional<QString> optionalText(const QSqlRecord &row, const char *column);
qint64 integer(const QSqlRecord &row, const char *column);
std::optional<qint64> optionalInteger(const QSqlRecord &row, const char *column);

// "(?,?,?)" for `count` values, the placeholders of an IN list.
QString placeholders(qsizetype count);
QVariantList variants(const QStringList &values);

// A row struct from a record that may be missing, and from every row of
// a query, with the row class's own `fromRecord`.
template <typename Row>
std::optional<Row> rowOf(const std::optional<QSqlRecord> &record,
                         Row (*fromRecord)(const QSqlRecord &))
{
    if (!record)
        return std::nullopt;
    return fromRecord(*record);
}

template <typename Row>
QList<Row> rowsOf(QSqlQuery query, Row (*fromRecord)(const QSqlRecord &))
{
    QList<Row> rows;
    while (query.next())
        rows.append(fromRecord(query.record()));
    return rows;
}

} // namespace StoreValues
