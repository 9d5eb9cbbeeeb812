#pragma once

#include "core/launch/identitymode.h"
#include "core/launch/launchcallback.h"
#include "core/launch/launchmode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of `runboard launch`, read and checked for its form
// only: an option the mode does not take, a value that is not of its
// option's kind (a mode, a tier, an instant, a zone, a cron expression,
// KEY=VALUE). Whether the launch may be sent is LaunchDraft's to say.
struct LaunchOptions
{
    enum class Request
    {
        Launch,
        Help,
    };

    enum class InputFormat
    {
        Csv,
        Json,
    };

    Request request = Request::Launch;
    QString action;
    InputFormat format = InputFormat::Csv;
    // Empty only for an action without input fields given no file.
    QString inputPath;
    LaunchMode mode = LaunchMode::Async;
    QString cron;
    QString timezone;
    QDateTime scheduleAt;
    QString name;
    // In the order given.
    QStringList identities;
    IdentityMode identityMode = IdentityMode::Unset;
    // Typed from the catalogue where the value reads as the parameter's
    // type; kept as text otherwise, for LaunchDraft to refuse by name.
    QJsonObject parameters;
    std::optional<LaunchCallback> callback;
    // As given; empty when --base-url was not.
    QString baseUrl;
    QString tier;
    bool dryRun = false;

    // `arguments` are those after "launch". nullopt and `error` set ("--mode:
    // 'live' is not async or schedule") for a command line that cannot be
    // understood.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    // The tier the client paces itself by unless --tier says otherwise.
    static QString defaultTier();
    // Whether parameters ask for incremental sync, which needs the
    // identities' types from the server.
    bool asksIncremental() const;
};
