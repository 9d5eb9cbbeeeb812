#pragma once

#include "core/domain/run.h"
#include "core/launch/inputdraft.h"
#include "core/launch/launchmode.h"
#include "models/client/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiReply;
class CursorWalker;
class EdgesClient;

// Sends one launch (contract 2.3 async, 2.4 schedule) and states how it
// ended: the new run's or schedule's uid; the server's refusal with its
// error body, for the dialog to show where the user typed; or, when the
// answer was lost (a timeout, a dropped connection, a 5xx), that the
// outcome is unknown. Such a launch is never sent again by itself: the
// caller can list the runs created lately under that name so the user sees
// whether it happened, and retry knowingly.
class LaunchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchService)

public:
    explicit LaunchService(EdgesClient *client, QObject *parent = nullptr);
    ~LaunchService() override;

    bool isBusy() const { return !m_launch.isNull(); }
    // Sends the body of an async or schedule launch (LaunchDraft::toJson);
    // false, and nothing sent, while a launch is on its way or for live
    // mode (the live query has its own path).
    bool launch(LaunchMode mode, const QString &action, const QJsonObject &body);
    // Runs created at or after `since` whose name is `name` (newest first),
    // from the newest page of runs; answers with recentFound() or
    // recentFailed().
    void findRecent(const QString &name, const QDateTime &since);
    // Every input of a run as it was sent (input_data and custom_data,
    // contract 3.5), all pages, for "Launch like this one"; answers with
    // inputsFetched() or inputsFailed().
    void fetchInputs(const QString &runUid);

signals:
    // `uid` is the run's (async) or the schedule's (schedule); `answer` is
    // the server's whole response.
    void launched(LaunchMode mode, const QString &uid, const QJsonObject &answer);
    // The server said no (4xx) or could not be reached before anything was
    // sent: nothing was created.
    void refused(const ApiError &error);
    // The launch may or may not exist on the server.
    void uncertain(const ApiError &error);
    void recentFound(const QList<Run> &runs);
    void recentFailed(const ApiError &error);
    void inputsFetched(const QString &runUid, const QList<InputDraft> &inputs);
    void inputsFailed(const QString &runUid, const ApiError &error);

private:
    EdgesClient *m_client;
    QPointer<ApiReply> m_launch;
    QPointer<ApiReply> m_recent;
    QPointer<CursorWalker> m_inputs;
};
