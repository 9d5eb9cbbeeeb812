#pragma once

#include <QString>
#include <QStringList>

class StoreConnection;

// The sandbox's tables: the versioned schema, its migrations and the
// connection settings. A schema change is made here and in the row class of
// the table concerned.
class StoreSchema final
{
public:
    static constexpr int kVersion = 2;

    // WAL, synchronous, foreign keys and the busy timeout of a new connection.
    static void configure(const StoreConnection &connection);
    // The file's PRAGMA user_version.
    static int version(const StoreConnection &connection);
    // Brings the file to kVersion; false and a message when it is newer or
    // a migration fails.
    static bool migrate(const StoreConnection &connection, QString *error);
    // Empties every table but meta (which keeps the identifier counters).
    static void clear(const StoreConnection &connection);
};
