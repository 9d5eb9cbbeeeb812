#include "app/exportcommand.h"

#include "app/exportoptions.h"
#include "app/parseerror.h"
#include "core/export/exportfile.h"
#include "models/client/edgesclient.h"
#include "models/connection/connectionprofile.h"
#include "models/export/outputexport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>
#include <unistd.h>

namespace {

const QString kCommand = QStringLiteral("runboard export");
const QString kProductionUrl = QStringLiteral("https://api.edges.run/v1");

void writeLine(const QString &line, bool overwrite = false)
{
    const QByteArray bytes =
        (overwrite ? "\r\033[K" : "") + line.toUtf8() + (overwrite ? "" : "\n");
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

// Qt's own chatter below critical would read as the command's answer.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "runboard.", 9) == 0;
    if (type == QtCriticalMsg || type == QtFatalMsg || (ours && type == QtWarningMsg))
        writeLine(QLatin1String("warning: ") + message);
}

int usageError(const QString &what)
{
    writeLine(usageErrorLine(what, kCommand));
    return ExportCommand::UsageError;
}

QString progressLine(const ExportProgress &progress)
{
    const QLocale c = QLocale::c();
    const double seconds = std::max<qint64>(progress.elapsedMs, 1) / 1000.0;
    const double rate = progress.rows / seconds;
    QString line = progress.finishing ? QStringLiteral("finishing: %1 rows").arg(progress.rows)
                                      : QStringLiteral("exported %1 rows").arg(progress.rows);
    if (progress.expectedRows > 0 && !progress.finishing) {
        line += QStringLiteral(" of %1 (%2%)")
                    .arg(progress.expectedRows)
                    .arg(100 * progress.rows / progress.expectedRows);
    }
    line += QStringLiteral(", %1, %2 rows/s")
                .arg(c.formattedDataSize(progress.bytes, 1, QLocale::DataSizeTraditionalFormat))
                .arg(qRound64(rate));
    if (progress.expectedRows > progress.rows && rate > 0 && !progress.finishing)
        line += QStringLiteral(", about %1 s left")
                    .arg(qRound64((progress.expectedRows - progress.rows) / rate));
    return line;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    qInstallMessageHandler(filterMessages);
    QString error;
    const auto options = ExportOptions::parse(arguments, &error);
    if (!options)
        return usageError(error);
    if (options->request == ExportOptions::Request::Help) {
        const QByteArray help = ExportOptions::helpText().toUtf8();
        std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
        return Complete;
    }

    const bool given = !options->baseUrl.isEmpty();
    QString baseUrl = given ? options->baseUrl : qEnvironmentVariable("EDGES_BASE_URL");
    if (baseUrl.isEmpty())
        baseUrl = kProductionUrl;
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (const QString problem = ConnectionProfile::baseUrlProblem(url); !problem.isEmpty())
        return usageError(
            (given ? QStringLiteral("--base-url: ") : QStringLiteral("EDGES_BASE_URL: ")) +
            problem);
    const QString key = qEnvironmentVariable("EDGES_API_KEY");
    if (key.isEmpty())
        return usageError(QStringLiteral("set EDGES_API_KEY to the API key (a key is never taken "
                                         "as an option)"));

    int argc = 1;
    char program[] = "runboard";
    char *argv[] = {program, nullptr};
    QCoreApplication application(argc, argv);
    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = ConnectionProfile::normalizedBaseUrl(url);
    settings.tier = options->tier;
    EdgesClient client(&network, settings, [key] { return key; });

    OutputExport::Request request;
    request.runUids = options->runUids;
    request.path = options->output;
    request.settings = options->settings;
    request.resume = !options->restart;
    if (request.resume && ExportFile::canResume(request.path))
        writeLine(QStringLiteral("resuming the interrupted export in %1")
                      .arg(ExportFile::partPath(request.path)));
    OutputExport exporter(&client, request);

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int lastDecile = 0;
    bool overwriting = false;
    QObject::connect(&exporter, &OutputExport::progressed, &application,
                     [&](const ExportProgress &progress) {
                         if (terminal) {
                             writeLine(progressLine(progress), true);
                             overwriting = true;
                             return;
                         }
                         if (progress.expectedRows <= 0 || progress.finishing)
                             return;
                         const int decile = int(10 * progress.rows / progress.expectedRows);
                         if (decile > lastDecile && decile <= 10) {
                             lastDecile = decile;
                             writeLine(progressLine(progress));
                         }
                     });
    // A wait is said, so a slow or failing server does not look like a hang.
    QObject::connect(
        &client, &EdgesClient::attemptEnded, &application,
        [&](const ApiError &error, qint64 retryInMs) {
            if (retryInMs < 0)
                return;
            if (overwriting)
                writeLine(QString(), true);
            overwriting = false;
            writeLine(QStringLiteral("retrying in %1 s: %2")
                          .arg(QString::number(retryInMs / 1000.0, 'f', 1), error.message()));
        });
    ExportSummary summary;
    QObject::connect(&exporter, &OutputExport::finished, &application,
                     [&](const ExportSummary &result) {
                         summary = result;
                         application.quit();
                     });
    QMetaObject::invokeMethod(&exporter, &OutputExport::start, Qt::QueuedConnection);
    application.exec();
    if (overwriting)
        writeLine(QString(), true);

    switch (summary.outcome) {
    case ExportSummary::Outcome::Complete:
        writeLine(QStringLiteral("exported %1 rows to %2").arg(summary.rows).arg(summary.path));
        return Complete;
    case ExportSummary::Outcome::Incomplete:
        writeLine(QStringLiteral("exported %1 rows to %2").arg(summary.rows).arg(summary.path));
        writeLine(QStringLiteral("error: not complete: ") + summary.message);
        return Incomplete;
    case ExportSummary::Outcome::Failed:
    case ExportSummary::Outcome::Cancelled:
        break;
    }
    writeLine(QStringLiteral("error: ") + summary.message);
    return Incomplete;
}
