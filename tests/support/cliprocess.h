#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <algorithm>

// The programs as a script starts them, for the cli tests: `runboard` with
// no display at all and `runboard-sandbox` as a separate process.
namespace CliProcess {

struct Outcome
{
    // -1 when the program crashed or did not end in time.
    int exitCode = -1;
    QString out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs `program` with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, so
// anything that created a GUI application object would abort (Qt's
// platform-plugin message, exit 134) instead of answering; none of the
// caller's EDGES_*, XDG_* or QT_LOGGING_RULES; HOME set to `home`; then
// `environment` (KEY=VALUE entries) on top.
inline Outcome runHeadless(const QString &program, const QStringList &arguments,
                           const QString &home, const QStringList &environment = {})
{
    QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "EDGES_API_KEY",
                             "EDGES_BASE_URL", "QT_LOGGING_RULES", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        clean.remove(QString::fromLatin1(name));
    clean.insert(QStringLiteral("HOME"), home);
    for (const QString &entry : environment)
        clean.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(clean);
    process.start(program, arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

// How many lines of `text` start with `prefix`: a help text lists each
// option once.
inline qsizetype linesStartingWith(const QString &text, const QString &prefix)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::count_if(lines.cbegin(), lines.cend(),
                         [&prefix](const QString &line) { return line.startsWith(prefix); });
}

// Starts `binDir`/runboard-sandbox on 127.0.0.1, port 0, with `arguments`;
// the base URL it prints ("http://127.0.0.1:PORT/v1"), or empty when it
// did not start.
inline QString startSandbox(QProcess &sandbox, const QString &binDir, const QStringList &arguments)
{
    sandbox.start(binDir + QLatin1String("/runboard-sandbox"),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                      arguments);
    if (!sandbox.waitForStarted())
        return {};
    while (!sandbox.canReadLine()) {
        if (!sandbox.waitForReadyRead(15000))
            return {};
    }
    // "listening on http://127.0.0.1:PORT/v1"
    return QString::fromUtf8(sandbox.readLine()).trimmed().section(QLatin1Char(' '), -1);
}

} // namespace CliProcess
