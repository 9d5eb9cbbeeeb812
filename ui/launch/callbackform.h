#pragma once

#include "core/launch/launchcallback.h"

#include <QWidget>

#include <optional>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QTableWidget;

// The callback of a launch (contract 5.1): the URL, on which events, and
// custom headers. Header values usually hold a secret: they are masked like
// passwords, and nothing here writes them to settings, logs or history.
class CallbackForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackForm)

public:
    explicit CallbackForm(QWidget *parent = nullptr);

    // nullopt when no URL is given (no callback is sent).
    std::optional<LaunchCallback> callback() const;
    void setCallback(const std::optional<LaunchCallback> &callback);
    FieldMessage *messageFor(const QString &field) const;

signals:
    void changed();

private:
    void addHeader(const QString &name = {}, const QString &value = {});

    QLineEdit *m_url;
    QComboBox *m_on;
    QTableWidget *m_headers;
    FieldMessage *m_urlMessage;
    FieldMessage *m_headersMessage;
};
