#include "ui/launch/callbackform.h"

#include "ui/common/fieldmessage.h"
#include "ui/common/keyboardnavigation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum HeaderColumn
{
    NameColumn,
    ValueColumn,
};

// Header values are edited and shown like passwords.
class MaskedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        auto *editor =
            qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        if (editor)
            editor->setEchoMode(QLineEdit::Password);
        return editor;
    }

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return value.toString().isEmpty() ? QString() : QString(8, QChar(0x2022));
    }
};

} // namespace

CallbackForm::CallbackForm(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_on(new QComboBox(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_urlMessage(new FieldMessage(m_url, this))
    , m_headersMessage(new FieldMessage(m_headers, this))
{
    setObjectName(QStringLiteral("callbackForm"));
    m_url->setObjectName(QStringLiteral("launchCallbackUrl"));
    m_url->setPlaceholderText(tr("https://… (optional)"));
    m_url->setAccessibleName(tr("Callback URL"));
    m_on->setObjectName(QStringLiteral("launchCallbackOn"));
    m_on->setAccessibleName(tr("Callback on"));
    m_on->addItem(tr("Default (not sent)"), static_cast<int>(LaunchCallback::On::Unset));
    m_on->addItem(tr("all: each batch, then the end"), static_cast<int>(LaunchCallback::On::All));
    m_on->addItem(tr("final: once, when the run ends"),
                  static_cast<int>(LaunchCallback::On::Final));
    m_headers->setObjectName(QStringLiteral("launchCallbackHeaders"));
    m_headers->setAccessibleName(tr("Callback headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value (hidden)")});
    m_headers->setItemDelegateForColumn(ValueColumn, new MaskedDelegate(m_headers));
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMaximumHeight(fontMetrics().height() * 6);
    KeyboardNavigation::letTabLeave(m_headers);
    auto *add = new QPushButton(tr("Add &header"), this);
    auto *remove = new QPushButton(tr("Remove header"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlMessage);
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlColumn);
    form->addRow(tr("&On:"), m_on);
    auto *headerColumn = new QVBoxLayout;
    headerColumn->addWidget(m_headers);
    headerColumn->addWidget(m_headersMessage);
    headerColumn->addLayout(buttons);
    form->addRow(tr("Headers:"), headerColumn);

    connect(m_url, &QLineEdit::textChanged, this, &CallbackForm::changed);
    connect(m_on, &QComboBox::currentIndexChanged, this, &CallbackForm::changed);
    connect(m_headers, &QTableWidget::itemChanged, this, &CallbackForm::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        addHeader();
        m_headers->setFocus();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, NameColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        emit changed();
    });
}

void CallbackForm::addHeader(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_headers->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

std::optional<LaunchCallback> CallbackForm::callback() const
{
    if (m_url->text().isEmpty())
        return std::nullopt;
    LaunchCallback callback;
    callback.url = m_url->text();
    callback.on = static_cast<LaunchCallback::On>(m_on->currentData().toInt());
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, NameColumn)->text();
        const QString value = m_headers->item(row, ValueColumn)->text();
        if (!name.isEmpty() || !value.isEmpty())
            callback.headers.append({name, value});
    }
    return callback;
}

void CallbackForm::setCallback(const std::optional<LaunchCallback> &callback)
{
    m_headers->setRowCount(0);
    m_url->setText(callback ? callback->url : QString());
    m_on->setCurrentIndex(std::max(
        m_on->findData(static_cast<int>(callback ? callback->on : LaunchCallback::On::Unset)), 0));
    if (callback) {
        for (const auto &[name, value] : callback->headers)
            addHeader(name, value);
    }
}

FieldMessage *CallbackForm::messageFor(const QString &field) const
{
    if (field == QLatin1String("callback.url") || field == QLatin1String("callback") ||
        field == QLatin1String("callback.on"))
        return m_urlMessage;
    if (field.startsWith(QLatin1String("callback.headers")))
        return m_headersMessage;
    return nullptr;
}
