#pragma once

#include "models/live/livehistory.h"
#include "models/live/livequery.h"

#include <QWidget>

struct ApiResult;
class Session;
class LiveExchangeView;
class LiveQueryForm;
class LiveResultsModel;
class QLabel;
class QDoubleSpinBox;
class QPushButton;
class QSettings;
class QToolButton;
class QSpinBox;
class QAbstractItemModel;
class QTableView;
struct EdgesRequest;

// Live queries (contract 2.2): one input for one action, the answer in a
// table whose columns come from the data, the next page through
// X-Pagination-Next, and the request as curl. This page puts together the
// LiveQueryForm that asks, the LiveQuery that makes the paced calls, the
// LiveResultsModel and LiveExchangeView that show the answers, and the
// buttons and status line between them.
class LiveQueryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQueryPage)

public:
    // The pause between two live calls when not replaced: 2 to 5 s.
    static constexpr int kDefaultPacingMinMs = LiveQuery::kDefaultPacingMinMs;
    static constexpr int kDefaultPacingMaxMs = LiveQuery::kDefaultPacingMaxMs;

    // Runs the session's live query.
    explicit LiveQueryPage(Session *session, QWidget *parent = nullptr);
    ~LiveQueryPage() override;

    // The selected action's slug; setAction selects one from the catalogue.
    QString action() const;
    void setAction(const QString &slug);
    QAbstractItemModel *results() const;
    // A call is waiting for its pause, in the client or on the network.
    bool isBusy() const;
    bool hasNextPage() const;
    // The random pause between the end of one live call and the next.
    void setPacing(int minMs, int maxMs);
    // The request of the last call, or the one "Run" would send; the key
    // appears only as $EDGES_API_KEY. Empty when the input is not valid.
    QString curlCommand();
    // The last live queries, kept with the connection's settings.
    const LiveHistory &history() const { return m_history; }
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    // Fills the form from a history entry and runs it.
    void runAgain(int entry);

    // Validates the input and sends the first page (after the pause).
    void run();
    void nextPage();
    // Follows the next pages by itself: all of them, or the number in the
    // "more pages" box; Stop ends the walk.
    void fetchAllPages();
    void fetchMorePages();
    // Drops the call in flight or waiting; a request already on the wire
    // may still be counted by the server.
    void cancel();

signals:
    void busyChanged(bool busy);
    // A page arrived: its rows and the total shown.
    void pageLoaded(int rows, int total);

private:
    void onCallStarted(const EdgesRequest &request, const QJsonObject &body);
    void onCallFinished(const ApiResult &result);
    void onBusyChanged(bool busy);
    void fitColumns();
    void updateStatus();
    void updateButtons();
    void copyCurl();
    void rebuildHistoryMenu();

    Session *m_session;
    LiveQuery *m_query;

    LiveQueryForm *m_form;
    QPushButton *m_template;
    QPushButton *m_run;
    QPushButton *m_nextButton;
    QPushButton *m_fetchAll;
    QPushButton *m_fetchMore;
    QSpinBox *m_moreCount;
    QDoubleSpinBox *m_pauseMin;
    QDoubleSpinBox *m_pauseMax;
    QPushButton *m_cancel;
    QPushButton *m_copyCurl;
    QToolButton *m_historyButton;
    LiveHistory m_history;
    QLabel *m_status;
    QTableView *m_table;
    LiveResultsModel *m_results;
    LiveExchangeView *m_exchange;

    QString m_lastOutcome;
};
