#include "core/time/clock.h"
#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/session/connectionhealth.h"
#include "ui/common/connectionbanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("tls-key-71c0de");

// A test-only certificate for localhost and 127.0.0.1, signed by itself
// (its private key is in the repository on purpose): no system trusts it.
QString tlsFile(const char *name)
{
    return QStringLiteral(RUNBOARD_TLS_DIR "/") + QLatin1String(name);
}

bool finishes(ApiReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(15000) || reply->isFinished();
}

// An HTTPS server that counts the connections it accepted and every
// decrypted byte it received: the bytes a client sent once it trusted us.
class TlsServer final : public QObject
{
public:
    bool listen(QString *error)
    {
        QFile certificateFile(tlsFile("selfsigned-localhost.crt"));
        QFile keyFile(tlsFile("selfsigned-localhost.key"));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the test certificate in " RUNBOARD_TLS_DIR);
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificateFile, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        // A socket whose handshake fails never becomes a pending
        // connection: count and read it from the handshake's start.
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *socket) {
                    ++m_connections;
                    connect(socket, &QSslSocket::readyRead, this,
                            [this, socket] { m_received += socket->readAll(); });
                });
        if (!m_server.listen(QHostAddress::LocalHost)) {
            *error = m_server.errorString();
            return false;
        }
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; }

private:
    QSslServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};

} // namespace

// Issue 15: a server whose certificate is not trusted gets nothing, not
// even the request line, and the operator is told why in the banner.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverWorksForAClientThatTrustsIt();
    void untrustedCertificateStopsTheRequest_data();
    void untrustedCertificateStopsTheRequest();
    void bannerSaysTheCertificateIsNotTrusted();

private:
    ApiReply *send(EdgesClient &client, const QString &call);
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; the client cannot speak HTTPS at all");
}

// The control for the checks below: the same server does receive bytes
// from a client that accepts its certificate, so "received nothing" there
// means the client refused, not that the server is deaf.
void TestTls::serverWorksForAClientThatTrustsIt()
{
    TlsServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSslSocket socket;
    connect(&socket, &QSslSocket::sslErrors, &socket,
            [&socket](const QList<QSslError> &) { socket.ignoreSslErrors(); });
    // Not waitForEncrypted(): the server answers on this same thread.
    connect(&socket, &QSslSocket::encrypted, &socket,
            [&socket] { socket.write("GET / HTTP/1.1\r\n\r\n"); });
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QTRY_COMPARE_WITH_TIMEOUT(server.received(), QByteArray("GET / HTTP/1.1\r\n\r\n"), 10000);
}

ApiReply *TestTls::send(EdgesClient &client, const QString &call)
{
    if (call == QLatin1String("list"))
        return client.listRuns({});
    const QJsonObject body{
        {QStringLiteral("inputs"),
         QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                 QStringLiteral("https://www.linkedin.com/in/ada")}}}}};
    return client.runAsync(QStringLiteral("linkedin-extract-people"), body);
}

void TestTls::untrustedCertificateStopsTheRequest_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("host");
    // A GET is retried on network errors and a launch becomes "uncertain":
    // neither may happen for a refused certificate.
    QTest::newRow("list runs, localhost") << QStringLiteral("list") << QStringLiteral("localhost");
    QTest::newRow("launch, 127.0.0.1") << QStringLiteral("launch") << QStringLiteral("127.0.0.1");
}

void TestTls::untrustedCertificateStopsTheRequest()
{
    QFETCH(QString, call);
    QFETCH(QString, host);
    TlsServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));

    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://%1:%2").arg(host).arg(server.port()));
    settings.tier = QStringLiteral("unlimited");
    QNetworkAccessManager network;
    EdgesClient client(&network, settings, [] { return kKey; });
    ApiReply *reply = send(client, call);
    QVERIFY(finishes(reply));

    QCOMPARE(reply->error().kind, ApiError::Kind::Certificate);
    QCOMPARE(reply->result().attempts, 1);
    QVERIFY2(reply->error().message().contains(QLatin1String("self-signed")),
             qPrintable(reply->error().message()));
    QVERIFY2(!reply->error().message().contains(kKey), qPrintable(reply->error().message()));
    // The client did reach the server (the handshake began) and sent it
    // not one decrypted byte: no request line, no key.
    QCOMPARE(server.connections(), 1);
    QCOMPARE(server.received(), QByteArray());
}

void TestTls::bannerSaysTheCertificateIsNotTrusted()
{
    TlsServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    const QUrl url(QStringLiteral("https://localhost:%1").arg(server.port()));
    ConnectionSettings settings;
    settings.baseUrl = url;
    QNetworkAccessManager network;
    EdgesClient client(&network, settings, [] { return kKey; });
    ApiReply *reply = client.listRuns({});
    QVERIFY(finishes(reply));

    ConnectionHealth health(&Clock::system());
    ConnectionBanner banner(&health, &Clock::system(), url);
    banner.show();
    QVERIFY(banner.text().isEmpty());
    health.observe(reply->error(), -1);
    QVERIFY(banner.isVisible());
    const auto *label = banner.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().startsWith(
                 QStringLiteral("Not connecting to localhost:%1: ").arg(server.port())) &&
                 label->text().contains(QLatin1String("certificate is not trusted")) &&
                 label->text().contains(QLatin1String("self-signed")),
             qPrintable(label->text()));
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
