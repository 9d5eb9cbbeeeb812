#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxoptions.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// Only writes a byte: everything else happens on the event loop.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runboard-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Runboard"));

    QString error;
    auto request = SandboxOptions::Request::Serve;
    const auto options =
        SandboxOptions::parse(QCoreApplication::arguments().mid(1), &error, &request);
    if (request == SandboxOptions::Request::Help) {
        std::fputs(SandboxOptions::usage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (request == SandboxOptions::Request::Version) {
        printLine(stdout, QStringLiteral("runboard-sandbox " RUNBOARD_VERSION));
        return 0;
    }
    if (!options) {
        printLine(stderr, QStringLiteral("error: ") + error +
                              QLatin1String("; see 'runboard-sandbox --help'"));
        return 2;
    }
    auto engine = SandboxEngine::create(*options, &error);
    if (!engine || !engine->listen(&error)) {
        printLine(stderr, QStringLiteral("error: ") + error);
        return 1;
    }
    // Loud, on stderr, and before the ready line, so that whoever started
    // it sees it even when a script reads only stdout.
    if (const QString warning = options->exposureWarning(); !warning.isEmpty())
        printLine(stderr, warning);
    quitOnSignals(app);
    // Scripts wait for exactly this line.
    printLine(stdout, QStringLiteral("listening on ") + engine->baseUrl());
    const int status = QCoreApplication::exec();
    engine.reset();
    return status;
}
