// ConnectionStore through a real INI file in a temporary directory: the
// built-ins, a round trip of custom profiles and the selection, and the
// rule that an API key reaches the file only for a SettingsFile profile
// (checked on the file's bytes, not through QSettings).

#include "models/connection/connectionstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Key = QStringLiteral("edg-live-9b1f2c7d4e");

ConnectionProfile customProfile(ConnectionProfile::KeyStorage storage)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Staging");
    profile.baseUrl = QUrl(QStringLiteral("https://staging.example.com/v1/"));
    profile.tier = QStringLiteral("gold");
    profile.keyStorage = storage;
    return profile;
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void offersTheBuiltIns();
    void roundTripsProfilesAndSelection();
    void builtInsKeepTheirUrl();
    void keyReachesTheFileOnlyForSettingsFile();
    void removingWipesTheProfile();
    void ignoresDamagedSettings();
    void baseUrlProblems_data();
    void baseUrlProblems();

private:
    QByteArray fileBytes() const;
    std::unique_ptr<QSettings> openSettings() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> TestConnectionStore::openSettings() const
{
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("runboard.ini")),
                                       QSettings::IniFormat);
}

QByteArray TestConnectionStore::fileBytes() const
{
    QFile file(m_dir->filePath(QStringLiteral("runboard.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestConnectionStore::offersTheBuiltIns()
{
    auto settings = openSettings();
    ConnectionStore store(settings.get());
    const QList<ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).id, ConnectionStore::SandboxId);
    QCOMPARE(profiles.at(0).kind, ConnectionProfile::Kind::EmbeddedSandbox);
    QVERIFY(!profiles.at(0).needsUserKey());
    QCOMPARE(profiles.at(1).id, ConnectionStore::ProductionId);
    QCOMPARE(profiles.at(1).baseUrl, QUrl(QStringLiteral("https://api.edges.run/v1")));
    QCOMPARE(profiles.at(1).keyStorage, ConnectionProfile::KeyStorage::Keychain);
    QCOMPARE(store.selectedId(), ConnectionStore::SandboxId);
    QCOMPARE(store.selected().name, QStringLiteral("Sandbox"));
}

void TestConnectionStore::roundTripsProfilesAndSelection()
{
    QString stagingId;
    ConnectionProfile staging;
    {
        auto settings = openSettings();
        ConnectionStore store(settings.get());
        QSignalSpy added(&store, &ConnectionStore::profileAdded);
        QSignalSpy selection(&store, &ConnectionStore::selectionChanged);

        stagingId = store.save(customProfile(ConnectionProfile::KeyStorage::Session));
        QVERIFY(!stagingId.isEmpty());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toString(), stagingId);
        staging = *store.profile(stagingId);
        // The trailing slash would make "/v1//runs".
        QCOMPARE(staging.baseUrl, QUrl(QStringLiteral("https://staging.example.com/v1")));
        QCOMPARE(staging.kind, ConnectionProfile::Kind::Custom);

        ConnectionProfile local = customProfile(ConnectionProfile::KeyStorage::Keychain);
        local.name = QStringLiteral("Local sandbox");
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787/v1"));
        store.save(local);

        ConnectionProfile production = *store.profile(ConnectionStore::ProductionId);
        production.tier = QStringLiteral("platinum");
        production.keyStorage = ConnectionProfile::KeyStorage::Session;
        QSignalSpy changed(&store, &ConnectionStore::profileChanged);
        store.save(production);
        QCOMPARE(changed.size(), 1);

        store.select(stagingId);
        QCOMPARE(selection.size(), 1);
        store.select(QStringLiteral("no-such-profile"));
        QCOMPARE(store.selectedId(), stagingId);
    }

    auto settings = openSettings();
    ConnectionStore reopened(settings.get());
    const QList<ConnectionProfile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 4);
    QCOMPARE(profiles.at(2), staging);
    QCOMPARE(profiles.at(3).name, QStringLiteral("Local sandbox"));
    QCOMPARE(profiles.at(3).keyStorage, ConnectionProfile::KeyStorage::Keychain);
    QCOMPARE(profiles.at(1).tier, QStringLiteral("platinum"));
    QCOMPARE(profiles.at(1).keyStorage, ConnectionProfile::KeyStorage::Session);
    QCOMPARE(reopened.selectedId(), stagingId);
    QCOMPARE(reopened.selected().tier, QStringLiteral("gold"));
}

void TestConnectionStore::builtInsKeepTheirUrl()
{
    auto settings = openSettings();
    ConnectionStore store(settings.get());
    ConnectionProfile production = *store.profile(ConnectionStore::ProductionId);
    production.baseUrl = QUrl(QStringLiteral("https://evil.example.com/v1"));
    production.name = QStringLiteral("Renamed");
    production.kind = ConnectionProfile::Kind::Custom;
    store.save(production);
    QCOMPARE(store.profile(ConnectionStore::ProductionId)->baseUrl, ConnectionStore::ProductionUrl);
    QCOMPARE(store.profile(ConnectionStore::ProductionId)->kind,
             ConnectionProfile::Kind::Production);
    QCOMPARE(store.profile(ConnectionStore::ProductionId)->name,
             QStringLiteral("Edges production"));

    ConnectionProfile sandbox = *store.profile(ConnectionStore::SandboxId);
    sandbox.baseUrl = QUrl(QStringLiteral("https://evil.example.com/v1"));
    store.save(sandbox);
    QVERIFY(store.profile(ConnectionStore::SandboxId)->baseUrl.isEmpty());
    QVERIFY(!fileBytes().contains("evil.example.com"));
}

void TestConnectionStore::keyReachesTheFileOnlyForSettingsFile()
{
    auto settings = openSettings();
    ConnectionStore store(settings.get());

    const QString keychainId = store.save(customProfile(ConnectionProfile::KeyStorage::Keychain));
    QVERIFY(!store.setSettingsFileKey(keychainId, Key));
    QVERIFY(!store.setSettingsFileKey(ConnectionStore::ProductionId, Key));
    QVERIFY(!store.setSettingsFileKey(ConnectionStore::SandboxId, Key));
    const QString sessionId = store.save(customProfile(ConnectionProfile::KeyStorage::Session));
    QVERIFY(!store.setSettingsFileKey(sessionId, Key));
    QVERIFY(store.settingsFileKey(keychainId).isEmpty());
    QVERIFY(!fileBytes().isEmpty());
    QVERIFY(!fileBytes().contains(Key.toUtf8()));

    // Chosen explicitly: now, and only now, the key is in the file.
    ConnectionProfile plain = customProfile(ConnectionProfile::KeyStorage::SettingsFile);
    plain.id = store.save(plain);
    QVERIFY(store.setSettingsFileKey(plain.id, Key));
    QVERIFY(fileBytes().contains(Key.toUtf8()));
    QCOMPARE(store.settingsFileKey(plain.id), Key);
    // A file holding a key is readable by its owner only, and stays so
    // through later writes (QSettings replaces the file on each sync).
    const QString file = m_dir->filePath(QStringLiteral("runboard.ini"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(file) & (ownerOnly | others), ownerOnly);
    settings->setValue(QStringLiteral("unrelated"), 1);
    settings->sync();
    QCOMPARE(QFile::permissions(file) & (ownerOnly | others), ownerOnly);

    // Moving to the keychain takes it out of the file at once.
    plain.keyStorage = ConnectionProfile::KeyStorage::Keychain;
    store.save(plain);
    QVERIFY(!fileBytes().contains(Key.toUtf8()));
    QVERIFY(store.settingsFileKey(plain.id).isEmpty());
}

void TestConnectionStore::removingWipesTheProfile()
{
    auto settings = openSettings();
    ConnectionStore store(settings.get());
    ConnectionProfile plain = customProfile(ConnectionProfile::KeyStorage::SettingsFile);
    plain.id = store.save(plain);
    QVERIFY(store.setSettingsFileKey(plain.id, Key));
    store.select(plain.id);

    QSignalSpy removed(&store, &ConnectionStore::profileRemoved);
    QSignalSpy selection(&store, &ConnectionStore::selectionChanged);
    QVERIFY(!store.remove(ConnectionStore::SandboxId));
    QVERIFY(!store.remove(ConnectionStore::ProductionId));
    QVERIFY(store.remove(plain.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(store.selectedId(), ConnectionStore::SandboxId);
    QCOMPARE(store.profiles().size(), 2);
    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.contains(Key.toUtf8()));
    QVERIFY(!bytes.contains(plain.id.toUtf8()));
}

void TestConnectionStore::ignoresDamagedSettings()
{
    {
        auto settings = openSettings();
        settings->setValue(QStringLiteral("connections/order"),
                           QStringList{QStringLiteral("a/b"), QStringLiteral("production"),
                                       QStringLiteral("good")});
        settings->setValue(QStringLiteral("connections/profiles/good/keyStorage"),
                           QStringLiteral("floppy-disk"));
        settings->setValue(QStringLiteral("connections/profiles/production/keyStorage"),
                           QStringLiteral("nonsense"));
        settings->setValue(QStringLiteral("connections/selected"), QStringLiteral("gone"));
    }
    auto settings = openSettings();
    ConnectionStore store(settings.get());
    QCOMPARE(store.profiles().size(), 3);
    QCOMPARE(store.profiles().at(2).id, QStringLiteral("good"));
    QCOMPARE(store.profiles().at(2).keyStorage, ConnectionProfile::KeyStorage::Keychain);
    QCOMPARE(store.profile(ConnectionStore::ProductionId)->keyStorage,
             ConnectionProfile::KeyStorage::Keychain);
    QCOMPARE(store.selectedId(), ConnectionStore::SandboxId);
}

void TestConnectionStore::baseUrlProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("production") << QStringLiteral("https://api.edges.run/v1") << true;
    QTest::newRow("local http") << QStringLiteral("http://127.0.0.1:8787/v1") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:8787/v1") << true;
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8787/v1") << true;
    QTest::newRow("remote http") << QStringLiteral("http://api.edges.run/v1") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no scheme") << QStringLiteral("api.edges.run/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.edges.run/v1") << false;
    QTest::newRow("query") << QStringLiteral("https://api.edges.run/v1?x=1") << false;
    QTest::newRow("credentials") << QStringLiteral("https://me:key@api.edges.run/v1") << false;
    QTest::newRow("spaces") << QStringLiteral("https://api edges run") << false;
}

void TestConnectionStore::baseUrlProblems()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = ConnectionProfile::baseUrlProblem(QUrl(url, QUrl::StrictMode));
    QCOMPARE(problem.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
