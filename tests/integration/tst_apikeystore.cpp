// ApiKeyStore against the real system keychain, whatever this machine has.
// In CI there is no Secret Service: the store must say so fast, keep
// nothing behind, and the two fallbacks must work. Where a keychain does
// answer, the same tests check the real round trip instead, under a
// service name of their own so no user entry is touched.

#include "models/connection/apikeystore.h"
#include "models/connection/connectionstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString Key = QStringLiteral("edg-live-4c8e1a90d2");

// Every message logged while a test runs, to prove the key is never in one.
QStringList *g_messages = nullptr;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}

// On Linux every QtKeychain backend talks D-Bus: without a session bus no
// keychain can answer, and a "success" would mean a plain-text fallback.
bool keychainImpossible()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void probeAnswersQuickly();
    void keychainSaveFallsBackOrRoundTrips();
    void sessionKeyLivesInMemoryOnly();
    void settingsFileKeySurvivesARestart();
    void settingsFileIsRefusedUnlessTheStoreAgrees();
    void embeddedSandboxKeyIsKeptInMemory();
    void providerFollowsTheStore();

private:
    QByteArray fileBytes() const;
    ConnectionProfile saved(ConnectionProfile::KeyStorage storage);

    QString m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    QStringList m_messages;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestApiKeyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_service =
        QStringLiteral("RunboardTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestApiKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("runboard.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<ConnectionStore>(m_settings.get());
    m_keys = std::make_unique<ApiKeyStore>(m_store.get(), m_service);
    m_messages.clear();
    g_messages = &m_messages;
    QLoggingCategory::setFilterRules(QStringLiteral("runboard.*=true"));
    m_previousHandler = qInstallMessageHandler(collectMessage);
}

void TestApiKeyStore::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    g_messages = nullptr;
    QLoggingCategory::setFilterRules(QString());
    for (const QString &message : std::as_const(m_messages))
        QVERIFY2(!message.contains(Key), "the key was logged");
    m_keys.reset();
    m_store.reset();
    m_settings.reset();
}

QByteArray TestApiKeyStore::fileBytes() const
{
    m_settings->sync();
    QFile file(m_dir->filePath(QStringLiteral("runboard.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ConnectionProfile TestApiKeyStore::saved(ConnectionProfile::KeyStorage storage)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Staging");
    profile.baseUrl = QUrl(QStringLiteral("https://staging.example.com/v1"));
    profile.keyStorage = storage;
    profile.id = m_store->save(profile);
    return profile;
}

void TestApiKeyStore::probeAnswersQuickly()
{
    QSignalSpy unavailable(m_keys.get(), &ApiKeyStore::keychainUnavailable);
    QSignalSpy available(m_keys.get(), &ApiKeyStore::keychainAvailable);
    QCOMPARE(m_keys->keychainAvailability(), ApiKeyStore::Availability::Unknown);
    m_keys->probeKeychain();
    // Missing D-Bus or Secret Service is known without waiting out D-Bus's
    // 25 s call timeout: the answer comes within this 10 s wait.
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size() + available.size(), 1, 10000);
    if (keychainImpossible())
        QCOMPARE(unavailable.size(), 1);
    if (!unavailable.isEmpty()) {
        QCOMPARE(m_keys->keychainAvailability(), ApiKeyStore::Availability::Unavailable);
        QVERIFY(unavailable.at(0).at(0).toString().isEmpty());
        QVERIFY(!unavailable.at(0).at(1).toString().isEmpty());
    } else {
        QCOMPARE(m_keys->keychainAvailability(), ApiKeyStore::Availability::Available);
    }
}

void TestApiKeyStore::keychainSaveFallsBackOrRoundTrips()
{
    const ConnectionProfile profile = saved(ConnectionProfile::KeyStorage::Keychain);
    QSignalSpy unavailable(m_keys.get(), &ApiKeyStore::keychainUnavailable);
    QSignalSpy keySaved(m_keys.get(), &ApiKeyStore::keySaved);
    QSignalSpy failed(m_keys.get(), &ApiKeyStore::failed);
    m_keys->save(profile, Key);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size() + keySaved.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    if (keychainImpossible())
        QCOMPARE(unavailable.size(), 1);

    if (!unavailable.isEmpty()) {
        QCOMPARE(unavailable.at(0).at(0).toString(), profile.id);
        const QString reason = unavailable.at(0).at(1).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!reason.contains(Key));
        // Nothing kept anywhere: not in memory, not in the file (no
        // QtKeychain "insecure fallback").
        QVERIFY(!m_keys->hasKey(profile.id));
        QVERIFY(!fileBytes().contains(Key.toUtf8()));
        QCOMPARE(m_keys->keychainAvailability(), ApiKeyStore::Availability::Unavailable);
        // The reason was logged (so the check in cleanup() saw real lines).
        QVERIFY(!m_messages.isEmpty());

        // Loading reports the same, quickly.
        QSignalSpy loadUnavailable(m_keys.get(), &ApiKeyStore::keychainUnavailable);
        m_keys->load(profile);
        QTRY_COMPARE(loadUnavailable.size(), 1);
        return;
    }

    // A real keychain: the key comes back in a fresh store, then goes.
    QVERIFY(m_keys->hasKey(profile.id));
    QVERIFY(!fileBytes().contains(Key.toUtf8()));
    ApiKeyStore restarted(m_store.get(), m_service);
    QSignalSpy loaded(&restarted, &ApiKeyStore::keyLoaded);
    restarted.load(profile);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(restarted.key(profile.id), Key);
    QSignalSpy removed(&restarted, &ApiKeyStore::keyRemoved);
    restarted.remove(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QSignalSpy missing(&restarted, &ApiKeyStore::keyMissing);
    restarted.load(profile);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
}

void TestApiKeyStore::sessionKeyLivesInMemoryOnly()
{
    const ConnectionProfile profile = saved(ConnectionProfile::KeyStorage::Session);
    QSignalSpy keySaved(m_keys.get(), &ApiKeyStore::keySaved);
    m_keys->save(profile, Key);
    // Answers always come later, as they do from the keychain.
    QCOMPARE(keySaved.size(), 0);
    QTRY_COMPARE(keySaved.size(), 1);
    QCOMPARE(keySaved.at(0).at(0).toString(), profile.id);
    QCOMPARE(m_keys->key(profile.id), Key);
    QVERIFY(!fileBytes().contains(Key.toUtf8()));

    ApiKeyStore restarted(m_store.get(), m_service);
    QSignalSpy missing(&restarted, &ApiKeyStore::keyMissing);
    restarted.load(profile);
    QTRY_COMPARE(missing.size(), 1);
    QVERIFY(!restarted.hasKey(profile.id));

    m_keys->forget(profile.id);
    QVERIFY(!m_keys->hasKey(profile.id));
}

void TestApiKeyStore::settingsFileKeySurvivesARestart()
{
    const ConnectionProfile profile = saved(ConnectionProfile::KeyStorage::SettingsFile);
    QSignalSpy keySaved(m_keys.get(), &ApiKeyStore::keySaved);
    m_keys->save(profile, Key);
    QTRY_COMPARE(keySaved.size(), 1);
    QVERIFY(fileBytes().contains(Key.toUtf8()));

    ApiKeyStore restarted(m_store.get(), m_service);
    QSignalSpy loaded(&restarted, &ApiKeyStore::keyLoaded);
    restarted.load(profile);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(restarted.key(profile.id), Key);

    QSignalSpy removed(&restarted, &ApiKeyStore::keyRemoved);
    restarted.remove(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QVERIFY(!restarted.hasKey(profile.id));
    QVERIFY(!fileBytes().contains(Key.toUtf8()));
}

void TestApiKeyStore::settingsFileIsRefusedUnlessTheStoreAgrees()
{
    // The store says "session"; a caller claiming SettingsFile is refused.
    ConnectionProfile profile = saved(ConnectionProfile::KeyStorage::Session);
    profile.keyStorage = ConnectionProfile::KeyStorage::SettingsFile;
    QSignalSpy failed(m_keys.get(), &ApiKeyStore::failed);
    m_keys->save(profile, Key);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(1).toString().contains(Key));
    QVERIFY(!fileBytes().contains(Key.toUtf8()));
    QVERIFY(!m_keys->hasKey(profile.id));
}

void TestApiKeyStore::embeddedSandboxKeyIsKeptInMemory()
{
    const ConnectionProfile sandbox = *m_store->profile(ConnectionStore::SandboxId);
    QSignalSpy missing(m_keys.get(), &ApiKeyStore::keyMissing);
    m_keys->load(sandbox);
    QTRY_COMPARE(missing.size(), 1);

    m_keys->keep(sandbox.id, QStringLiteral("sandbox"));
    QSignalSpy loaded(m_keys.get(), &ApiKeyStore::keyLoaded);
    m_keys->load(sandbox);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!fileBytes().contains("apiKey"));
}

void TestApiKeyStore::providerFollowsTheStore()
{
    const ApiKeyProvider provider = m_keys->provider(QStringLiteral("p1"));
    QVERIFY(provider().isEmpty());
    m_keys->keep(QStringLiteral("p1"), Key);
    QCOMPARE(provider(), Key);
    m_keys->keep(QStringLiteral("p1"), QStringLiteral("rotated"));
    QCOMPARE(provider(), QStringLiteral("rotated"));
    m_keys.reset();
    QVERIFY(provider().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
