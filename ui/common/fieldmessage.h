#pragma once

#include <QLabel>
#include <QPointer>

// A message about what was typed in one field: a validation error, or the
// server's refusal naming that field. It shows next to the field and, while
// shown, is also the field's accessible description, so a screen reader
// reads it with the field instead of as loose text elsewhere in the window.
class FieldMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    FieldMessage(QWidget *field, QWidget *parent);

    QWidget *field() const { return m_field; }
    // Shows the text, or hides the message when it is empty.
    void showMessage(const QString &text);
    void clearMessage() { showMessage({}); }

private:
    QPointer<QWidget> m_field;
    // The field's own description, given back when the message goes.
    QString m_fieldDescription;
    bool m_shown = false;
};
