#include "sandbox/store/storevalues.h"

namespace StoreValues {

QVariant orNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

QVariant orNull(const std::optional<qint64> &number)
{
    return number ? QVariant(*number) : QVariant();
}

QString text(const QSqlRecord &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

std::optional<QString> optionalText(const QSqlRecord &row, const char *column)
{
    const QVariant value = row.value(QLatin1String(column));
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

qint64 integer(const QSqlRecord &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}

std::optional<qint64> optionalInteger(const QSqlRecord &row, const char *column)
{
    const QVariant value = row.value(QLatin1String(column));
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

QVariantList variants(const QStringList &values)
{
    QVariantList list;
    list.reserve(values.size());
    for (const QString &value : values)
        list.append(value);
    return list;
}

} // namespace StoreValues
