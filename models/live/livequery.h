#pragma once

#include "models/client/edgesrequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class ApiReply;
struct ApiResult;
class EdgesClient;

// One action's live query (contract 2.2) as it is paged through: the first
// call, the calls to X-Pagination-Next, and the live-mode etiquette of 1.7
// that goes with them: one call in flight at a time and a randomised pause
// between calls. Kept free of widgets so the pacing can be driven and
// tested without a page.
class LiveQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQuery)

public:
    // The pause between two live calls when not replaced: 2 to 5 s, inside
    // the live-mode guide's advice (contract 1.7).
    static constexpr int kDefaultPacingMinMs = 2000;
    static constexpr int kDefaultPacingMaxMs = 5000;

    // Where a call is, for a status line that counts down.
    enum class Stage
    {
        Idle,
        // Waiting out the pause between two live calls.
        Pausing,
        // Sent to the client, which has not put it on the wire yet.
        Queued,
        // An attempt was refused (429) or lost; the client waits to retry.
        RetryWait,
        // On the wire, waiting for the answer.
        Waiting,
    };
    struct Progress
    {
        Stage stage = Stage::Idle;
        // Until the pause or the retry wait ends.
        qint64 remainingMs = 0;
        // The attempt being made or waited for, and how many are allowed.
        int attempt = 0;
        int allowedAttempts = 0;
    };

    explicit LiveQuery(EdgesClient *client, QObject *parent = nullptr);
    ~LiveQuery() override;

    // A call is waiting for its pause, in the client or on the network.
    bool isBusy() const;
    bool hasNextPage() const { return !m_next.isEmpty(); }
    const QUrl &nextPageUrl() const { return m_next; }
    // Pages loaded since the last run().
    int pages() const { return m_pages; }
    Progress progress() const;
    // The random pause between the end of one live call and the next.
    void setPacing(int minMs, int maxMs);

    // The request of the last call, if any was made.
    std::optional<EdgesRequest> lastRequest() const;
    // The request run() would send for `slug` with `body`.
    static EdgesRequest firstPageRequest(const QString &slug, const QJsonObject &body);

    // Starts over with the first page (after the pause); ignored while busy.
    void run(const QString &slug, const QJsonObject &body);
    void nextPage();
    // Follows X-Pagination-Next by itself for `pages` more pages (0: until
    // the last), one call at a time with the pause between; the walk stops
    // at the last page, at a failure, or on cancel().
    void fetchPages(int pages = 0);
    bool isWalking() const { return m_walking; }
    // Pages the walk still means to fetch; -1 when it goes to the last.
    int pagesLeft() const { return m_walking ? m_walkLeft : 0; }
    // Drops the call in flight or waiting; a request already on the wire
    // may still be counted by the server.
    void cancel();

signals:
    void busyChanged(bool busy);
    void walkingChanged(bool walking);
    // A call was decided on: the request about to wait for its pause or go out.
    void callStarted(const EdgesRequest &request, const QJsonObject &body);
    // progress() moved on; emitted often enough for a seconds countdown.
    void progressChanged();
    // The call ended, by an answer, an error or cancellation.
    void callFinished(const ApiResult &result);
    // The call was dropped during its pause, before anything was sent.
    void cancelledBeforeSending();

private:
    enum class Call
    {
        First,
        Next,
    };

    EdgesRequest requestFor(Call call, const QString &slug, const QJsonObject &body) const;
    void start(Call call);
    void send();
    void onFinished(const ApiResult &result);

    EdgesClient *m_client;

    // The call being made: what it sends, and where it is.
    Call m_call = Call::First;
    QString m_callAction;
    QJsonObject m_callBody;
    std::optional<EdgesRequest> m_request;
    QPointer<ApiReply> m_pending;
    QTimer m_pacing;
    QTimer m_tick;
    QElapsedTimer m_sinceLastCall;
    int m_gapMs = 0;
    int m_pacingMinMs = kDefaultPacingMinMs;
    int m_pacingMaxMs = kDefaultPacingMaxMs;
    QUrl m_next;
    int m_pages = 0;
    bool m_walking = false;
    int m_walkLeft = 0;
};
