#pragma once

#include "client/edgesrequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <optional>

class ApiReply;
class EdgesClient;
class IdentitiesModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;
struct ActionSpec;

// Live queries (contract 2.2): one input for one action, the answer in a
// table whose columns come from the data, the next page through
// X-Pagination-Next, and the request as curl. It follows the live-mode
// etiquette of 1.7 itself: one call in flight at a time and a randomised
// pause between calls, shown as a countdown like the client's waits for
// a 429.
class LiveQueryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQueryPage)

public:
    // The pause between two live calls when not replaced: 1 to 3 s.
    static constexpr int kDefaultPacingMinMs = 1000;
    static constexpr int kDefaultPacingMaxMs = 3000;

    explicit LiveQueryPage(EdgesClient *client, QWidget *parent = nullptr);
    ~LiveQueryPage() override;

    // The selected action's slug; setAction selects one from the catalogue.
    QString action() const;
    void setAction(const QString &slug);
    QStandardItemModel *results() const { return m_results; }
    // A call is waiting for its pause, in the client or on the network.
    bool isBusy() const;
    bool hasNextPage() const { return !m_next.isEmpty(); }
    // The random pause between the end of one live call and the next.
    void setPacing(int minMs, int maxMs);
    // The request of the last call, or the one "Run" would send; the key
    // appears only as $EDGES_API_KEY. Empty when the input is not valid.
    QString curlCommand();

    // Validates the input and sends the first page (after the pause).
    void run();
    void nextPage();
    // Drops the call in flight or waiting; a request already on the wire
    // may still be counted by the server.
    void cancel();

signals:
    void busyChanged(bool busy);
    // A page arrived: its rows and the total shown.
    void pageLoaded(int rows, int total);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Call
    {
        First,
        Next,
    };

    const ActionSpec *currentSpec() const;
    void onActionChanged();
    void rebuildIdentities();
    void fillTemplate();
    // The body "Run" would send, or nullopt after showing what is wrong.
    std::optional<QJsonObject> bodyFromForm();
    EdgesRequest requestFor(Call call, const QString &slug, const QJsonObject &body) const;
    void start(Call call, const QJsonObject &body);
    void send();
    void onFinished(ApiReply *reply);
    void appendResults(const QJsonValue &json);
    void fitColumns();
    void updateStatus();
    void updateButtons();
    void setInputError(const QString &text);
    void copyCurl();

    EdgesClient *m_client;
    IdentitiesModel *m_identities;

    QComboBox *m_actionCombo;
    QComboBox *m_identityCombo;
    QLabel *m_identityError;
    QPlainTextEdit *m_input;
    QLabel *m_inputError;
    QPushButton *m_template;
    QPushButton *m_run;
    QPushButton *m_nextButton;
    QPushButton *m_cancel;
    QPushButton *m_copyCurl;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_results;
    QHash<QString, int> m_columnOf;
    QToolButton *m_rawToggle;
    QPlainTextEdit *m_raw;

    // The call being made: what it sends, and where it is.
    Call m_call = Call::First;
    QString m_callAction;
    QJsonObject m_callBody;
    EdgesRequest m_request;
    bool m_hasRequest = false;
    QPointer<ApiReply> m_pending;
    QTimer m_pacing;
    QTimer m_tick;
    QElapsedTimer m_sinceLastCall;
    int m_gapMs = 0;
    int m_pacingMinMs = kDefaultPacingMinMs;
    int m_pacingMaxMs = kDefaultPacingMaxMs;
    QUrl m_next;
    int m_pages = 0;
    QString m_lastOutcome;
    QString m_templateShown;
};
