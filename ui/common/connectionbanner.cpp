#include "ui/common/connectionbanner.h"

#include "core/domain/durationtext.h"
#include "core/time/clock.h"
#include "models/session/connectionhealth.h"
#include "ui/common/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

QString serverName(const QUrl &server)
{
    return server.port() > 0 ? server.host() + QLatin1Char(':') + QString::number(server.port())
                             : server.host();
}

} // namespace

ConnectionBanner::ConnectionBanner(ConnectionHealth *health, const Clock *clock, QUrl server,
                                   QWidget *parent)
    : QFrame(parent)
    , m_health(health)
    , m_clock(clock)
    , m_server(std::move(server))
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection problem"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning colour that reads in the light and the dark palette alike.
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xF5, 0xC2, 0x42));
    warning.setColor(QPalette::WindowText, QColor(0x1F, 0x1A, 0x0E));
    setPalette(warning);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("connectionRetryButton"));
    m_retry->setToolTip(tr("Ask the server again now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);

    connect(m_retry, &QPushButton::clicked, m_health, &ConnectionHealth::retryNow);
    connect(m_health, &ConnectionHealth::changed, this, &ConnectionBanner::refresh);
    // The countdown and "last answer N ago" move on by themselves.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::refresh);
    refresh();
}

QString ConnectionBanner::text() const
{
    const QString server = serverName(m_server);
    const ApiError &error = m_health->lastError();
    QString text;
    switch (m_health->state()) {
    case ConnectionHealth::State::Unknown:
    case ConnectionHealth::State::Healthy:
        return {};
    case ConnectionHealth::State::Unreachable:
        // A refused certificate: the server was reached, Runboard declined.
        text = error.kind == ApiError::Kind::Certificate
                   ? tr("Not connecting to %1: %2.").arg(server, error.message())
                   : tr("Cannot reach %1: %2.").arg(server, error.message());
        break;
    case ConnectionHealth::State::TimedOut:
        text = tr("%1 did not answer in time.").arg(server);
        break;
    case ConnectionHealth::State::Unauthorized:
        text = tr("%1 refused the API key (HTTP 401): %2. Edit the connection to give another "
                  "key.")
                   .arg(server, error.message());
        break;
    case ConnectionHealth::State::RateLimited:
        text = tr("%1 asks Runboard to slow down (HTTP 429).").arg(server);
        break;
    case ConnectionHealth::State::ServerError:
        text = error.httpStatus > 0
                   ? tr("%1 is failing (HTTP %2): %3.")
                         .arg(server)
                         .arg(error.httpStatus)
                         .arg(error.message())
                   : tr("%1 sent an answer Runboard cannot read: %2.").arg(server, error.message());
        break;
    }
    const QDateTime lastGood = m_health->lastGoodAt();
    if (lastGood.isValid()) {
        const qint64 ago = std::max<qint64>(0, lastGood.secsTo(m_clock->now()));
        text +=
            QLatin1Char(' ') + tr("Last good answer %1 ago; the lists show what was loaded then.")
                                   .arg(DurationText::format(ago));
    } else {
        text += QLatin1Char(' ') + tr("No good answer yet from this server.");
    }
    const qint64 until = m_health->msUntilRetry();
    if (until > 0)
        text += QLatin1Char(' ') +
                tr("Trying again in %1.").arg(DurationText::format((until + 999) / 1000));
    else if (until == 0)
        text += QLatin1Char(' ') + tr("Trying again now…");
    return text;
}

void ConnectionBanner::refresh()
{
    const bool problem = !m_health->isHealthy();
    setVisible(problem);
    if (!problem) {
        m_tick.stop();
        return;
    }
    m_label->setText(text());
    setAccessibleDescription(m_label->text());
    if (!m_tick.isActive())
        m_tick.start();
}
