#include "sandbox/store/identityrows.h"

#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

#include <QSqlQuery>

using namespace StoreValues;

namespace {

IdentityRow fromRecord(const QSqlRecord &record)
{
    return IdentityRow{text(record, "uid"),           text(record, "name"),
                       text(record, "type"),          text(record, "timezone"),
                       integer(record, "created_at"), integer(record, "updated_at")};
}

} // namespace

IdentityRows::IdentityRows(const StoreConnection &connection)
    : m_connection(connection)
{}

void IdentityRows::insert(const IdentityRow &row)
{
    insert(row, false);
}

void IdentityRows::insertIfMissing(const IdentityRow &row)
{
    insert(row, true);
}

void IdentityRows::insert(const IdentityRow &row, bool keepExisting)
{
    m_connection.exec(QStringLiteral("INSERT %1INTO identities(uid, name, type, timezone, "
                                     "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?)")
                          .arg(keepExisting ? QStringLiteral("OR IGNORE ") : QString()),
                      {row.uid, row.name, row.type, row.timezone, row.createdAt, row.updatedAt});
}

std::optional<IdentityRow> IdentityRows::find(const QString &uid) const
{
    return rowOf(m_connection.row(QStringLiteral("SELECT * FROM identities WHERE uid = ?"), {uid}),
                 fromRecord);
}

QList<IdentityRow> IdentityRows::search(const QString &text) const
{
    // A null string would bind as SQL NULL and match nothing.
    return rowsOf(
        m_connection.exec(QStringLiteral("SELECT * FROM identities WHERE instr(lower(name), "
                                         "lower(?)) > 0 ORDER BY created_at, uid"),
                          {text.isNull() ? QStringLiteral("") : text}),
        fromRecord);
}

void IdentityRows::rename(const QString &uid, const QString &name, const QString &timezone,
                          qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE identities SET name = ?, timezone = ?, updated_at = ? "
                                     "WHERE uid = ?"),
                      {name, timezone, now, uid});
}
