#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdio>

// runboard-sandbox as its own process, for benchmarks whose figures must be
// the server's alone or the client's alone. RUNBOARD_BIN_DIR when set (as
// ctest sets it), else the build tree's bin/ next to the benchmark's bench/.
inline QString sandboxPath()
{
    const QString binDir = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    if (!binDir.isEmpty())
        return binDir + QLatin1String("/runboard-sandbox");
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../bin/runboard-sandbox"));
}

// Starts it on the database file at 127.0.0.1 on a free port, with the
// manual clock, the unlimited tier and `extra` arguments; its base URL
// ("http://127.0.0.1:PORT/v1"), or empty with the reason on stderr.
inline QString startSandboxProcess(QProcess &process, const QString &databasePath,
                                   const QStringList &extra = {})
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(sandboxPath(),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--db"), databasePath, QStringLiteral("--tier"),
                              QStringLiteral("unlimited"), QStringLiteral("--clock"),
                              QStringLiteral("manual")} +
                      extra);
    if (!process.waitForStarted() || !process.waitForReadyRead(30000)) {
        std::fprintf(stderr, "%s did not start\n", qPrintable(sandboxPath()));
        return {};
    }
    const QString ready = QString::fromUtf8(process.readLine()).trimmed();
    const auto match =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/v1)$"))
            .match(ready);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "unexpected ready line '%s'\n", qPrintable(ready));
        return {};
    }
    return match.captured(1);
}
