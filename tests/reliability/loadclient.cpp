#include "tests/reliability/loadclient.h"

#include "tests/support/sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

// How many unexpected answers are described; the rest are only counted.
constexpr int kExamples = 10;
// The pause before sending a refused request again.
constexpr int kRetryPauseMs = 20;

} // namespace

LoadClient::LoadClient(const QString &baseUrl, const QByteArray &key, const QString &runUid,
                       Tally *tally, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_key(key)
    , m_runUid(runUid)
    , m_tally(tally)
{}

void LoadClient::start()
{
    m_target = QUrl(m_baseUrl + QStringLiteral("/runs/%1/status").arg(m_runUid));
    send();
}

void LoadClient::send()
{
    if (m_stopped) {
        m_idle = true;
        return;
    }
    m_idle = false;
    QNetworkRequest request(m_target);
    request.setRawHeader("X-API-Key", m_key);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void LoadClient::note(const QString &problem)
{
    ++m_tally->unexpected;
    if (m_tally->examples.size() < kExamples)
        m_tally->examples.append(problem);
}

void LoadClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    ++m_tally->answered;
    SandboxFixture::Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    answer.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QString what = QStringLiteral("GET %1: ").arg(m_target.path());

    if (reply->error() != QNetworkReply::NoError && answer.status < 400) {
        note(what + QStringLiteral("no answer (%1)").arg(reply->errorString()));
    } else if (answer.status == 429) {
        ++m_tally->limited;
        QString problem = answer.errorProblem(429);
        const QString label = answer.errorLabel();
        if (problem.isEmpty() && label != QLatin1String("LIMIT_REACHED") &&
            label != QLatin1String("STATUS_429"))
            problem = QStringLiteral("error_label %1").arg(label);
        bool whole = false;
        const int retryAfter = answer.header("Retry-After").toInt(&whole);
        if (problem.isEmpty() && (!whole || retryAfter < 1))
            problem = QStringLiteral("Retry-After '%1'")
                          .arg(QString::fromLatin1(answer.header("Retry-After")));
        if (problem.isEmpty() && answer.header("X-RateLimit-Type").isEmpty())
            problem = QStringLiteral("no X-RateLimit-Type");
        if (!problem.isEmpty())
            note(what + QStringLiteral("429 not as the contract says: ") + problem);
        QTimer::singleShot(kRetryPauseMs, this, &LoadClient::send);
        return;
    } else if (answer.status < 200 || answer.status >= 300) {
        note(what + QStringLiteral("HTTP %1: %2")
                        .arg(answer.status)
                        .arg(QString::fromUtf8(answer.body.left(200))));
    } else if (parseError.error != QJsonParseError::NoError) {
        note(what + QStringLiteral("HTTP %1 with a body that is not JSON (%2 bytes): %3")
                        .arg(answer.status)
                        .arg(answer.body.size())
                        .arg(parseError.errorString()));
    } else {
        ++m_tally->succeeded;
    }

    // Status, then the outputs page by page, then the status again.
    const QString next = QString::fromUtf8(answer.header("X-Pagination-Next"));
    if (m_target.path().endsWith(QLatin1String("/status")))
        m_target = QUrl(m_baseUrl + QStringLiteral("/runs/%1/outputs?limit=100").arg(m_runUid));
    else if (!next.isEmpty() && answer.status == 200)
        m_target = QUrl(next);
    else
        m_target = QUrl(m_baseUrl + QStringLiteral("/runs/%1/status").arg(m_runUid));
    send();
}
