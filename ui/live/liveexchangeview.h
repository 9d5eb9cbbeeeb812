#pragma once

#include <QWidget>

struct ApiResult;
class QJsonObject;
class QPlainTextEdit;
class QToolButton;
class QUrl;

// The raw exchange of the last live call, request and response as text,
// behind a toggle: what to read when the table does not explain an answer.
// The key is only ever shown as $EDGES_API_KEY.
class LiveExchangeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveExchangeView)

public:
    explicit LiveExchangeView(QWidget *parent = nullptr);

    // Starts over with the request of a new call.
    void showRequest(const QUrl &url, const QJsonObject &body);
    // Adds the answer, error or cancellation below the request.
    void showResponse(const ApiResult &result);

signals:
    // The text was opened or closed with the toggle.
    void toggled(bool open);

private:
    QToolButton *m_toggle;
    QPlainTextEdit *m_text;
};
