#include "models/logging/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <memory>

namespace {

struct State
{
    QMutex mutex;
    LogFile::Options options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
};

State &state()
{
    static State instance;
    return instance;
}

// A message raised while writing one (a QFile warning) must not wait on
// the lock its own thread holds.
thread_local bool t_inHandler = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeTerminal(const QString &formatted)
{
    const QByteArray bytes = formatted.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

// runboard.log → runboard.log.1 → … → runboard.log.(files-1), the oldest
// dropped.
void rotate(State &s)
{
    const QString path = s.options.path;
    s.file->close();
    const auto numbered = [&path](int n) { return QStringLiteral("%1.%2").arg(path).arg(n); };
    QFile::remove(numbered(s.options.files - 1));
    for (int n = s.options.files - 2; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    if (s.options.files > 1)
        QFile::rename(path, numbered(1));
    else
        QFile::remove(path);
    s.file->setFileName(path);
    s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    if (t_inHandler) {
        writeTerminal(message);
        return;
    }
    t_inHandler = true;
    {
        const QMutexLocker lock(&s.mutex);
        if (s.file && s.file->isOpen()) {
            QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                              ' ' + levelName(type) + ' ';
            if (context.category && qstrcmp(context.category, "default") != 0)
                line += QByteArray(context.category) + ": ";
            line += message.toUtf8() + '\n';
            if (s.file->size() > 0 && s.file->size() + line.size() > s.options.maxBytes)
                rotate(s);
            if (s.file->isOpen()) {
                s.file->write(line);
                s.file->flush();
            }
        }
        if (LogFile::severity(type) >= LogFile::severity(s.options.terminalLevel))
            writeTerminal(qFormatLogMessage(type, context, message));
    }
    t_inHandler = false;
}

} // namespace

int LogFile::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 4;
}

QString LogFile::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QLatin1String("/.local/state");
    return base + QLatin1String("/runboard/runboard.log");
}

bool LogFile::install(const Options &options, QString *error)
{
    State &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        s.options = options;
        s.options.files = qMax(1, options.files);
        s.file.reset();
        QDir().mkpath(QFileInfo(options.path).absolutePath());
        auto file = std::make_unique<QFile>(options.path);
        if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            s.file = std::move(file);
        } else if (error) {
            *error = QStringLiteral("%1: %2").arg(options.path, file->errorString());
        }
    }
    const QtMessageHandler previous = qInstallMessageHandler(handle);
    if (previous != handle)
        s.previous = previous;
    return s.file != nullptr;
}

void LogFile::uninstall()
{
    State &s = state();
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    const QMutexLocker lock(&s.mutex);
    s.file.reset();
}

QString LogFile::currentPath()
{
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}
