#pragma once

#include <QDialog>

class QJsonObject;
class QPlainTextEdit;
class QPushButton;

// One row's whole record as formatted JSON, read-only and in a fixed-width
// font, with a Copy button: what a table cell cuts off can be read here.
// Esc closes it.
class RowInspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowInspectorDialog)

public:
    explicit RowInspectorDialog(QWidget *parent = nullptr);

    void setRecord(const QString &title, const QJsonObject &record);
    // The row's record is not in memory (its page was dropped) and is on its
    // way: says so, with nothing to copy, until setRecord.
    void setWaiting(const QString &title);
    QString text() const;

private:
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};
