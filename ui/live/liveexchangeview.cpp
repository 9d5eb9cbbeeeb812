#include "ui/live/liveexchangeview.h"

#include "core/json/jsonflattener.h"
#include "models/client/apiresult.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// The raw view is for reading, not for holding a large page twice.
constexpr qsizetype kRawLimit = 256 * 1024;

QString pretty(const QJsonValue &value)
{
    QString text;
    if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    else
        text = JsonFlattener::cellText(value);
    if (text.size() > kRawLimit)
        text =
            text.left(kRawLimit) +
            LiveExchangeView::tr("\n… (%1 more characters not shown)").arg(text.size() - kRawLimit);
    return text.trimmed();
}

} // namespace

LiveExchangeView::LiveExchangeView(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
{
    m_toggle->setObjectName(QStringLiteral("liveRawToggle"));
    m_text->setObjectName(QStringLiteral("liveRawView"));

    m_toggle->setText(tr("Raw request and response"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_text, 1);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_text->setVisible(open);
        emit toggled(open);
    });
}

void LiveExchangeView::showRequest(const QUrl &url, const QJsonObject &body)
{
    m_text->setPlainText(QStringLiteral("POST ") + url.toString(QUrl::FullyEncoded) +
                         QStringLiteral("\nX-API-Key: $EDGES_API_KEY\nContent-Type: "
                                        "application/json\n\n") +
                         pretty(body));
}

void LiveExchangeView::showResponse(const ApiResult &result)
{
    QString raw = m_text->toPlainText() + QStringLiteral("\n\n— response —\n");
    if (result.succeeded()) {
        raw += QStringLiteral("HTTP %1\n").arg(result.httpStatus);
        if (!result.nextPage.isEmpty())
            raw += QStringLiteral("X-Pagination-Next: ") +
                   result.nextPage.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
        raw += QLatin1Char('\n') + pretty(result.json);
    } else {
        const ApiError &error = result.error;
        if (error.kind == ApiError::Kind::Cancelled) {
            raw += tr("(cancelled)");
        } else {
            raw += error.httpStatus > 0 ? QStringLiteral("HTTP %1\n\n").arg(error.httpStatus)
                                        : QString();
            if (!error.body.isEmpty()) {
                QJsonObject body{{QStringLiteral("error_label"), error.body.label},
                                 {QStringLiteral("error_scope"), error.body.scope},
                                 {QStringLiteral("error_ref"), error.body.ref},
                                 {QStringLiteral("message"), error.body.message},
                                 {QStringLiteral("params"), error.body.params}};
                if (error.body.statusCode)
                    body.insert(QStringLiteral("status_code"), *error.body.statusCode);
                raw += pretty(body);
            } else {
                raw += error.message();
            }
        }
    }
    m_text->setPlainText(raw);
}
