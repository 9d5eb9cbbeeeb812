#include "app/launchcommand.h"

#include "app/headlessclient.h"
#include "app/launchinputfile.h"
#include "app/launchoptions.h"
#include "app/parseerror.h"
#include "core/domain/actioncatalogue.h"
#include "core/launch/launchdraft.h"
#include "models/client/edgesroutes.h"
#include "models/connection/connectionprofile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

const QString kCommand = QStringLiteral("runboard launch");

// Enough to fix a file by; the count of the rest follows.
constexpr qsizetype kMaxProblemLines = 20;

void writeText(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeLine(FILE *stream, const QString &line)
{
    writeText(stream, line.toUtf8() + '\n');
}

// A script reads stderr as the command's answer: our own warnings are
// shown, prefixed like the rest; Qt's internal chatter below critical (the
// HTTP layer's "cannot seek" when a launch's one-shot body is not resent,
// for one) is not.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "runboard.", 9) == 0;
    if (type == QtCriticalMsg || type == QtFatalMsg || (ours && type == QtWarningMsg))
        writeLine(stderr, QLatin1String("warning: ") + message);
}

int usageError(const QString &what)
{
    writeLine(stderr, usageErrorLine(what, kCommand));
    return LaunchCommand::UsageError;
}

void writeProblems(const QString &prefix, const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size() && i < kMaxProblemLines; ++i)
        writeLine(stderr, prefix + lines.at(i));
    if (lines.size() > kMaxProblemLines)
        writeLine(
            stderr,
            prefix +
                QStringLiteral("... and %1 more like these").arg(lines.size() - kMaxProblemLines));
}

struct Server
{
    ConnectionSettings settings;
    QString key;
};

// Where to send and with which key: --base-url, else EDGES_BASE_URL, and
// EDGES_API_KEY. There is no default server, so a script never reaches the
// paid service by leaving an option out.
std::optional<Server> serverOf(const LaunchOptions &options, int *exitCode)
{
    const bool given = !options.baseUrl.isEmpty();
    const QString source = given ? QStringLiteral("--base-url") : QStringLiteral("EDGES_BASE_URL");
    const QString text = given ? options.baseUrl : qEnvironmentVariable("EDGES_BASE_URL");
    if (text.isEmpty()) {
        *exitCode = usageError(QStringLiteral("no server: give --base-url URL or set "
                                              "EDGES_BASE_URL (the Edges service is "
                                              "https://api.edges.run/v1)"));
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (const QString problem = ConnectionProfile::baseUrlProblem(url); !problem.isEmpty()) {
        *exitCode = usageError(source + QLatin1String(": ") + problem);
        return std::nullopt;
    }
    Server server;
    server.key = qEnvironmentVariable("EDGES_API_KEY");
    if (server.key.isEmpty()) {
        *exitCode = usageError(QStringLiteral("set EDGES_API_KEY to the API key (a key is never "
                                              "taken as an option)"));
        return std::nullopt;
    }
    server.settings.baseUrl = ConnectionProfile::normalizedBaseUrl(url);
    server.settings.tier = options.tier;
    return server;
}

// The file's inputs; nullopt, with the exit code set, when it cannot be
// read (2) or holds a bad row (1). Warnings are printed either way.
std::optional<QList<InputDraft>> readInputs(const LaunchOptions &options, const ActionSpec &action,
                                            int *exitCode)
{
    if (options.inputPath.isEmpty())
        return QList<InputDraft>();
    const bool csv = options.format == LaunchOptions::InputFormat::Csv;
    QFile file(options.inputPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = usageError(QStringLiteral("%1: cannot read '%2': %3")
                                   .arg(csv ? QStringLiteral("--csv") : QStringLiteral("--json"),
                                        options.inputPath, file.errorString()));
        return std::nullopt;
    }
    LaunchInputFile::Result read =
        csv ? LaunchInputFile::readCsv(file, action) : LaunchInputFile::readJson(file, action);
    const QString where = options.inputPath + QLatin1String(": ");
    writeProblems(QLatin1String("warning: ") + where, read.warnings);
    if (!read.errors.isEmpty()) {
        writeProblems(QLatin1String("error: ") + where, read.errors);
        *exitCode = LaunchCommand::Refused;
        return std::nullopt;
    }
    return std::move(read.inputs);
}

LaunchDraft draftOf(const LaunchOptions &options, QList<InputDraft> inputs)
{
    LaunchDraft draft;
    draft.action = options.action;
    draft.mode = options.mode;
    draft.name = options.name;
    draft.inputs = std::move(inputs);
    draft.parameters = options.parameters;
    draft.identityMode = options.identityMode;
    // Plain uids: their types matter only to incremental sync.
    for (const QString &uid : options.identities) {
        Identity identity;
        identity.uid = uid;
        draft.identities.append(identity);
    }
    draft.callback = options.callback;
    draft.cron = options.cron;
    draft.timezone = options.timezone;
    draft.scheduleAt = options.scheduleAt;
    return draft;
}

// Incremental sync needs engagement identities (contract 6.3): only then
// are the identities' types worth a request.
bool needsIdentityTypes(const LaunchOptions &options, const ActionSpec &action)
{
    return options.asksIncremental() && action.supportsIncremental && !options.identities.isEmpty();
}

int serverFailure(const QString &what, const ApiError &error)
{
    QString reason = error.message();
    // Our own words ("The server could not be reached") continue the line;
    // the server's are quoted as they come.
    if (error.kind != ApiError::Kind::Http && !reason.isEmpty())
        reason[0] = reason.at(0).toLower();
    writeLine(stderr, QLatin1String("error: ") + what + QLatin1String(": ") + reason);
    return error.kind == ApiError::Kind::Http ? LaunchCommand::Refused : LaunchCommand::Unreachable;
}

// Gives each chosen identity its type from GET /identities; false, with the
// exit code set, when they cannot be read or one is not the workspace's.
bool typeIdentities(HeadlessClient &client, QList<Identity> *chosen, int *exitCode)
{
    const auto answer = client.identities();
    if (const auto *error = std::get_if<ApiError>(&answer)) {
        *exitCode = serverFailure(QStringLiteral("the identities could not be read"), *error);
        return false;
    }
    const QList<Identity> &known = std::get<QList<Identity>>(answer);
    for (Identity &identity : *chosen) {
        const auto found =
            std::find_if(known.cbegin(), known.cend(), [&identity](const Identity &candidate) {
                return candidate.uid == identity.uid;
            });
        if (found == known.cend()) {
            writeLine(stderr, QStringLiteral("error: identity_ids: '%1' is not an identity of "
                                             "this workspace")
                                  .arg(identity.uid));
            *exitCode = LaunchCommand::Refused;
            return false;
        }
        identity = *found;
    }
    return true;
}

// The draft's own problems; the inputs' were named by row already.
bool reportDraftProblems(const LaunchDraft &draft)
{
    QStringList errors;
    QStringList warnings;
    const QList<LaunchProblem> problems = draft.validate(QDateTime::currentDateTimeUtc());
    for (const LaunchProblem &problem : problems) {
        if (problem.input < 0)
            (problem.isError() ? errors : warnings).append(problem.message());
    }
    writeProblems(QStringLiteral("warning: "), warnings);
    writeProblems(QStringLiteral("error: "), errors);
    return errors.isEmpty();
}

QByteArray requestBody(const LaunchDraft &draft)
{
    const QJsonObject body = draft.toJson();
    const EdgesRequest request = draft.mode == LaunchMode::Schedule
                                     ? EdgesRoutes::runSchedule(draft.action, body)
                                     : EdgesRoutes::runAsync(draft.action, body);
    return request.body;
}

int reportOutcome(const HeadlessClient::LaunchOutcome &outcome, const LaunchDraft &draft)
{
    using Kind = HeadlessClient::LaunchOutcome::Kind;
    const bool schedule = draft.mode == LaunchMode::Schedule;
    switch (outcome.kind) {
    case Kind::Launched:
        if (!outcome.uid.isEmpty()) {
            writeLine(stdout, outcome.uid);
            return LaunchCommand::Success;
        }
        break;
    case Kind::Refused:
        if (outcome.error.kind != ApiError::Kind::Http)
            return serverFailure(QStringLiteral("the launch was not sent"), outcome.error);
        writeLine(stderr, QStringLiteral("error: the server refused the launch (HTTP %1%2): %3")
                              .arg(outcome.error.httpStatus)
                              .arg(outcome.error.body.label.isEmpty()
                                       ? QString()
                                       : QString(QLatin1Char(' ') + outcome.error.body.label),
                                   outcome.error.message()));
        return LaunchCommand::Refused;
    case Kind::Uncertain:
        break;
    }
    const QString what = schedule ? QStringLiteral("schedules") : QStringLiteral("runs");
    const QString check = draft.name.isEmpty()
                              ? QStringLiteral("check the newest %1 of %2").arg(what, draft.action)
                              : QStringLiteral("check the %1 named '%2'").arg(what, draft.name);
    writeLine(stderr,
              QStringLiteral("error: the launch may have happened, but its answer was "
                             "lost (%1); it is not sent again: %2 before launching again")
                  .arg(outcome.kind == Kind::Launched ? QStringLiteral("the answer names no uid")
                                                      : outcome.error.detail,
                       check));
    return LaunchCommand::Uncertain;
}

} // namespace

int LaunchCommand::run(const QStringList &arguments)
{
    qInstallMessageHandler(filterMessages);
    QString error;
    const auto options = LaunchOptions::parse(arguments, &error);
    if (!options)
        return usageError(error);
    if (options->request == LaunchOptions::Request::Help) {
        writeText(stdout, LaunchOptions::helpText().toUtf8());
        return Success;
    }
    const ActionSpec &action = *ActionCatalogue::find(options->action);
    const bool needsTypes = needsIdentityTypes(*options, action);

    // Every argument is checked before the file is read.
    int exitCode = Success;
    std::optional<Server> server;
    if (!options->dryRun || needsTypes) {
        server = serverOf(*options, &exitCode);
        if (!server)
            return exitCode;
    }
    auto inputs = readInputs(*options, action, &exitCode);
    if (!inputs)
        return exitCode;
    LaunchDraft draft = draftOf(*options, std::move(*inputs));

    // The network needs an event loop; declared before the client, so it
    // outlives it.
    int argc = 1;
    char program[] = "runboard";
    char *argv[] = {program, nullptr};
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<HeadlessClient> client;
    if (server) {
        application = std::make_unique<QCoreApplication>(argc, argv);
        client = std::make_unique<HeadlessClient>(server->settings, server->key);
    }
    if (needsTypes && !typeIdentities(*client, &draft.identities, &exitCode))
        return exitCode;
    if (!reportDraftProblems(draft))
        return Refused;

    if (options->dryRun) {
        writeText(stdout, requestBody(draft) + '\n');
        return Success;
    }
    return reportOutcome(client->launch(draft.mode, draft.action, draft.toJson()), draft);
}
