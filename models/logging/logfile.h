#pragma once

#include <QString>
#include <QtGlobal>

// The application's log: a Qt message handler that appends every message Qt
// lets through (the logging rules decide which) to a file, rotated by size
// (runboard.log, runboard.log.1, … runboard.log.4), and echoes to the
// terminal only those at or above a level, so the terminal stays quiet
// while the file keeps the history. Callers never pass secrets to qDebug
// and friends; the file is a copy of what was logged, not a filter.
class LogFile final
{
public:
    struct Options
    {
        QString path;
        qint64 maxBytes = 1024 * 1024;
        // Files kept in all, the one being written included.
        int files = 5;
        // The terminal shows messages at least this severe.
        QtMsgType terminalLevel = QtWarningMsg;
    };

    // $XDG_STATE_HOME/runboard/runboard.log, ~/.local/state by default:
    // the XDG place for logs (Qt 6.4 has no StateLocation).
    static QString defaultPath();
    // Creates the folder, opens the file for appending and installs the
    // handler; false and the reason when the file cannot be opened (the
    // terminal still gets its messages then).
    static bool install(const Options &options, QString *error);
    // Restores Qt's handler and closes the file.
    static void uninstall();
    // The file being written, empty when none.
    static QString currentPath();
    // debug < info < warning < critical < fatal (QtMsgType's values are
    // not in that order).
    static int severity(QtMsgType type);
};
