#include "ui/common/rowinspectordialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RowInspectorDialog::RowInspectorDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(nullptr)
{
    setObjectName(QStringLiteral("rowInspector"));
    m_text->setObjectName(QStringLiteral("rowInspectorText"));
    m_text->setAccessibleName(tr("Record as JSON"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("rowInspectorCopyButton"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

void RowInspectorDialog::setRecord(const QString &title, const QJsonObject &record)
{
    setWindowTitle(title);
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented)));
    m_copy->setEnabled(true);
}

void RowInspectorDialog::setWaiting(const QString &title)
{
    setWindowTitle(title);
    m_text->clear();
    m_text->setPlaceholderText(
        tr("This row is being fetched again: the table keeps only the pages you looked at last."));
    // An empty record copied would look like the row's.
    m_copy->setEnabled(false);
}

QString RowInspectorDialog::text() const
{
    return m_text->toPlainText();
}
