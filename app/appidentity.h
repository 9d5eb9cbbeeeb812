#pragma once

#include <QStringList>

// Who the dashboard is to the desktop and where it keeps its things: the
// reverse-DNS app id names the settings and data folders (and the desktop
// entry, icons and single-instance lock elsewhere).
class AppIdentity final
{
public:
    AppIdentity() = delete;

    // Before any settings are read or written.
    static void apply();
    // Settings, data and cache kept under the names used before the app id
    // (Runboard/Runboard) move to the app id's folders, unless those
    // already exist. Returns one line per folder or file moved, and one per
    // move that failed, for the log.
    static QStringList moveLegacyLocations();
    // The folders of settings, data, cache and log: created if need be and
    // made the user's alone (they hold run data, live query history, and
    // possibly a key the user chose to keep in the settings file). Returns
    // one line per folder that could not be restricted.
    static QStringList restrictFolders();
    // The user's runtime folder, where the single-instance lock lives.
    static QString runtimeFolder();
};
