// The connection dialog and switcher on real widgets: typing a connection,
// "Test connection" against the in-process sandbox (success, a rejected
// key, a bad URL, an unreachable server), the keychain fallbacks, and
// saving. The key must never show in what the dialog reports.

#include "models/connection/apikeystore.h"
#include "models/connection/connectionstore.h"
#include "tests/support/sandboxfixture.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/connectionswitcher.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

const QString SandboxKey = QStringLiteral("rb-gui-key-5d2e9f");
const QString WrongKey = QStringLiteral("rb-wrong-key-0a1b2c");

template <typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testConnectionSucceedsThenRejectsAWrongKey();
    void invalidUrlIsShownNextToTheField();
    void unreachableServerIsReported();
    void showToggleRevealsTheKey();
    void keychainFallbacksAreOffered();
    void savesTheConnectionAndItsKey();
    void savingIntoAMissingKeychainOffersTheFallbacks();
    void switcherListsAndReportsPicks();
    void labelsAndWarningsReadWhole();

private:
    void typeConnection(ConnectionDialog &dialog, const QString &url, const QString &key);
    QByteArray settingsBytes() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    QNetworkAccessManager m_network;
    // A new connection's dialog, shown but not waited for: the keychain
    // probe it starts must not have answered when a test begins. Tests that
    // need another (editing a saved profile) make their own.
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionDialog::init()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.apiKeys = {SandboxKey};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("runboard.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<ConnectionStore>(m_settings.get());
    // A service of its own: a developer's real keychain entries stay untouched.
    m_keys = std::make_unique<ApiKeyStore>(m_store.get(), QStringLiteral("RunboardGuiTest"));
    m_dialog = std::make_unique<ConnectionDialog>(m_store.get(), m_keys.get(), &m_network);
    m_dialog->show();
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_keys.reset();
    m_store.reset();
    m_settings.reset();
    m_sandbox.reset();
}

QByteArray TestConnectionDialog::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_dir->filePath(QStringLiteral("runboard.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestConnectionDialog::typeConnection(ConnectionDialog &dialog, const QString &url,
                                          const QString &key)
{
    auto *urlEdit = child<QLineEdit>(dialog, "baseUrlEdit");
    auto *keyEdit = child<QLineEdit>(dialog, "apiKeyEdit");
    QVERIFY(urlEdit);
    QVERIFY(keyEdit);
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
}

void TestConnectionDialog::testConnectionSucceedsThenRejectsAWrongKey()
{
    ConnectionDialog &dialog = *m_dialog;
    QCOMPARE(dialog.objectName(), QStringLiteral("connectionDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *test = child<QPushButton>(dialog, "testConnectionButton");
    auto *result = child<QLabel>(dialog, "testResultLabel");
    QVERIFY(test);
    QVERIFY(result);
    QCOMPARE(child<QLineEdit>(dialog, "apiKeyEdit")->echoMode(), QLineEdit::Password);

    typeConnection(dialog, m_sandbox->baseUrl(), SandboxKey);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(result->property("outcome").toString(), QStringLiteral("ok"));
    QVERIFY2(result->text().startsWith(QStringLiteral("OK")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral(" ms")));
    QVERIFY(result->text().contains(QStringLiteral("Sandbox workspace")));
    QVERIFY(!result->text().contains(SandboxKey));
    QVERIFY(test->isEnabled());

    typeConnection(dialog, m_sandbox->baseUrl(), WrongKey);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(result->property("outcome").toString(), QStringLiteral("failed"));
    QVERIFY2(result->text().startsWith(QStringLiteral("Key rejected (HTTP 401)")),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("X-API-Key is not valid")));
    QVERIFY(!result->text().contains(WrongKey));
    QVERIFY(!result->text().contains(SandboxKey));
}

void TestConnectionDialog::invalidUrlIsShownNextToTheField()
{
    ConnectionDialog &dialog = *m_dialog;
    auto *error = child<QLabel>(dialog, "baseUrlErrorLabel");
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    typeConnection(dialog, QStringLiteral("api.edges.run/v1"), SandboxKey);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("valid URL")));
    QVERIFY(child<QLabel>(dialog, "testResultLabel")->text().isEmpty());

    // A key must not cross a network in clear text.
    typeConnection(dialog, QStringLiteral("http://api.edges.run/v1"), SandboxKey);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https://")));

    // Editing clears it; a missing key is shown next to the key.
    QTest::keyClick(child<QLineEdit>(dialog, "baseUrlEdit"), Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    typeConnection(dialog, m_sandbox->baseUrl(), QString());
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(child<QLabel>(dialog, "apiKeyErrorLabel")->isVisible());
}

void TestConnectionDialog::unreachableServerIsReported()
{
    // A port that was just listening and is closed now.
    const QString url = m_sandbox->baseUrl();
    m_sandbox->stop();
    ConnectionDialog &dialog = *m_dialog;
    typeConnection(dialog, url, SandboxKey);
    auto *result = child<QLabel>(dialog, "testResultLabel");
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(result->property("outcome").toString(), QStringLiteral("failed"));
    QVERIFY2(result->text().contains(QStringLiteral("could not be reached")),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(SandboxKey));
}

void TestConnectionDialog::showToggleRevealsTheKey()
{
    ConnectionDialog &dialog = *m_dialog;
    auto *key = child<QLineEdit>(dialog, "apiKeyEdit");
    auto *show = child<QToolButton>(dialog, "showApiKeyButton");
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::keychainFallbacksAreOffered()
{
    ConnectionDialog &dialog = *m_dialog;
    auto *storage = child<QComboBox>(dialog, "keyStorageCombo");
    auto *unavailable = child<QLabel>(dialog, "keychainUnavailableLabel");
    auto *warning = child<QLabel>(dialog, "keyStorageWarningLabel");
    QVERIFY(storage);
    QVERIFY(unavailable);
    QVERIFY(warning);
    QTRY_VERIFY(m_keys->keychainAvailability() != ApiKeyStore::Availability::Unknown);

    const int keychain =
        storage->findData(static_cast<int>(ConnectionProfile::KeyStorage::Keychain));
    auto *items = qobject_cast<QStandardItemModel *>(storage->model());
    QVERIFY(items);
    if (m_keys->keychainAvailability() == ApiKeyStore::Availability::Unavailable) {
        QTRY_VERIFY(unavailable->isVisible());
        QVERIFY(unavailable->text().contains(QStringLiteral("session only")));
        QVERIFY(!items->item(keychain)->isEnabled());
        QCOMPARE(storage->currentData().toInt(),
                 static_cast<int>(ConnectionProfile::KeyStorage::Session));
    } else {
        QVERIFY(!unavailable->isVisible());
        QVERIFY(items->item(keychain)->isEnabled());
    }

    QVERIFY(!warning->isVisible());
    storage->setCurrentIndex(
        storage->findData(static_cast<int>(ConnectionProfile::KeyStorage::SettingsFile)));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("plain text")));
    QVERIFY(warning->text().contains(m_settings->fileName()));
    storage->setCurrentIndex(
        storage->findData(static_cast<int>(ConnectionProfile::KeyStorage::Session)));
    QVERIFY(!warning->isVisible());
}

void TestConnectionDialog::savesTheConnectionAndItsKey()
{
    ConnectionDialog &dialog = *m_dialog;
    QTest::keyClicks(child<QLineEdit>(dialog, "connectionNameEdit"), QStringLiteral("Local"));
    typeConnection(dialog, m_sandbox->baseUrl() + QLatin1Char('/'), SandboxKey);
    auto *tier = child<QComboBox>(dialog, "tierCombo");
    QVERIFY(tier);
    QVERIFY(tier->findData(QStringLiteral("unlimited")) < 0);
    tier->setCurrentIndex(tier->findData(QStringLiteral("gold")));
    auto *storage = child<QComboBox>(dialog, "keyStorageCombo");
    storage->setCurrentIndex(
        storage->findData(static_cast<int>(ConnectionProfile::KeyStorage::Session)));

    QSignalSpy added(m_store.get(), &ConnectionStore::profileAdded);
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(added.size(), 1);
    const ConnectionProfile saved = *m_store->profile(added.at(0).at(0).toString());
    QCOMPARE(saved.name, QStringLiteral("Local"));
    QCOMPARE(saved.baseUrl, QUrl(m_sandbox->baseUrl()));
    QCOMPARE(saved.tier, QStringLiteral("gold"));
    QCOMPARE(saved.keyStorage, ConnectionProfile::KeyStorage::Session);
    QCOMPARE(dialog.profile().id, saved.id);
    QCOMPARE(m_keys->provider(saved.id)(), SandboxKey);
    QVERIFY(!settingsBytes().contains(SandboxKey.toUtf8()));

    // Editing with the key field left empty keeps the key.
    ConnectionDialog edit(m_store.get(), m_keys.get(), &m_network);
    edit.setProfile(saved);
    edit.show();
    QCOMPARE(child<QLineEdit>(edit, "baseUrlEdit")->text(), m_sandbox->baseUrl());
    QVERIFY(child<QLineEdit>(edit, "apiKeyEdit")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(edit, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(edit, "testResultLabel")->property("outcome").toString(),
                 QStringLiteral("ok"));
    QTest::mouseClick(child<QPushButton>(edit, "saveConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(m_keys->key(saved.id), SandboxKey);
}

void TestConnectionDialog::savingIntoAMissingKeychainOffersTheFallbacks()
{
    ConnectionDialog &dialog = *m_dialog;
    // Saved before the keychain probe has answered: the keychain is still
    // on offer, as on a desktop whose Secret Service fails only now.
    auto *storage = child<QComboBox>(dialog, "keyStorageCombo");
    QCOMPARE(storage->currentData().toInt(),
             static_cast<int>(ConnectionProfile::KeyStorage::Keychain));
    typeConnection(dialog, m_sandbox->baseUrl(), SandboxKey);
    QSignalSpy added(m_store.get(), &ConnectionStore::profileAdded);
    auto *save = child<QPushButton>(dialog, "saveConnectionButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(m_keys->keychainAvailability() != ApiKeyStore::Availability::Unknown);
    if (m_keys->keychainAvailability() == ApiKeyStore::Availability::Available) {
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        m_keys->remove(dialog.profile().id);
        QSKIP("a keychain is available here; the fallback path cannot be reached");
    }

    auto *saveError = child<QLabel>(dialog, "saveErrorLabel");
    QTRY_VERIFY(saveError->isVisible());
    QVERIFY(saveError->text().contains(QStringLiteral("choose where to keep it")));
    QVERIFY(child<QLabel>(dialog, "keychainUnavailableLabel")->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(added.size(), 0);
    QVERIFY(save->isEnabled());
    QCOMPARE(storage->currentData().toInt(),
             static_cast<int>(ConnectionProfile::KeyStorage::Session));

    // The settings-file fallback, warning shown, then saved.
    storage->setCurrentIndex(
        storage->findData(static_cast<int>(ConnectionProfile::KeyStorage::SettingsFile)));
    QVERIFY(child<QLabel>(dialog, "keyStorageWarningLabel")->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!saveError->text().contains(SandboxKey));
    const QString id = dialog.profile().id;
    QCOMPARE(m_store->profile(id)->keyStorage, ConnectionProfile::KeyStorage::SettingsFile);
    QCOMPARE(m_store->settingsFileKey(id), SandboxKey);
    QVERIFY(settingsBytes().contains(SandboxKey.toUtf8()));
}

void TestConnectionDialog::switcherListsAndReportsPicks()
{
    ConnectionSwitcher switcher(m_store.get());
    switcher.show();
    QCOMPARE(switcher.objectName(), QStringLiteral("connectionSwitcher"));
    QCOMPARE(switcher.currentText(), QStringLiteral("Sandbox"));
    QCOMPARE(switcher.currentProfileId(), ConnectionStore::SandboxId);
    QVERIFY(switcher.findText(QStringLiteral("Edges production")) >= 0);
    const int add = switcher.findText(QStringLiteral("Add connection…"));
    const int edit = switcher.findText(QStringLiteral("Edit connections…"));
    QVERIFY(add > 0);
    QVERIFY(edit > add);
    auto *items = qobject_cast<QStandardItemModel *>(switcher.model());
    QVERIFY(!items->item(edit)->isEnabled());

    QSignalSpy selected(&switcher, &ConnectionSwitcher::connectionSelected);
    QSignalSpy addRequested(&switcher, &ConnectionSwitcher::addConnectionRequested);
    QSignalSpy editRequested(&switcher, &ConnectionSwitcher::editConnectionRequested);

    // Picked with the keyboard, as a user would.
    switcher.setFocus();
    QTest::keyClick(&switcher, Qt::Key_Down);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), ConnectionStore::ProductionId);
    QVERIFY(items->item(edit)->isEnabled());

    emit switcher.activated(add);
    QCOMPARE(addRequested.size(), 1);
    QCOMPARE(switcher.currentText(), QStringLiteral("Edges production"));
    emit switcher.activated(switcher.findText(QStringLiteral("Edit connections…")));
    QCOMPARE(editRequested.size(), 1);
    QCOMPARE(editRequested.at(0).at(0).toString(), ConnectionStore::ProductionId);
    QCOMPARE(selected.size(), 1);

    // The store's changes show at once.
    ConnectionProfile local;
    local.name = QStringLiteral("Local");
    local.baseUrl = QUrl(m_sandbox->baseUrl());
    local.id = m_store->save(local);
    QVERIFY(switcher.findText(QStringLiteral("Local")) >= 0);
    QCOMPARE(switcher.currentText(), QStringLiteral("Edges production"));
    m_store->select(local.id);
    QCOMPARE(switcher.currentText(), QStringLiteral("Local"));
    QCOMPARE(selected.size(), 1);
    QVERIFY(m_store->remove(local.id));
    QCOMPARE(switcher.findText(QStringLiteral("Local")), -1);
    QCOMPARE(switcher.currentProfileId(), ConnectionStore::SandboxId);
}

void TestConnectionDialog::labelsAndWarningsReadWhole()
{
    ConnectionDialog &dialog = *m_dialog;
    auto *key = child<QLineEdit>(dialog, "apiKeyEdit");
    // Every mnemonic label has its field as buddy: none shows a bare "&".
    bool keyLabelled = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::PlainText)
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text() + QStringLiteral(" has no buddy")));
        keyLabelled = keyLabelled || label->buddy() == key;
    }
    QVERIFY(keyLabelled);

    // The keychain warning, when shown, is whole at the dialog's smallest.
    auto *unavailable = child<QLabel>(dialog, "keychainUnavailableLabel");
    QTRY_VERIFY(m_keys->keychainAvailability() != ApiKeyStore::Availability::Unknown);
    if (!unavailable->isVisible())
        unavailable->show();
    dialog.resize(1, 1);
    QApplication::processEvents();
    QVERIFY2(unavailable->height() >= unavailable->heightForWidth(unavailable->width()),
             qPrintable(QStringLiteral("%1 px tall, needs %2")
                            .arg(unavailable->height())
                            .arg(unavailable->heightForWidth(unavailable->width()))));

    // Editing a connection whose key is not at hand does not offer to keep
    // a stored key.
    const auto production = m_store->profile(ConnectionStore::ProductionId);
    QVERIFY(production);
    QVERIFY(!m_keys->hasKey(ConnectionStore::ProductionId));
    dialog.setProfile(*production);
    QVERIFY2(!key->placeholderText().contains(QStringLiteral("keep the stored key")),
             qPrintable(key->placeholderText()));
    m_keys->keep(ConnectionStore::ProductionId, QStringLiteral("a-key"));
    dialog.setProfile(*production);
    QVERIFY2(key->placeholderText().contains(QStringLiteral("keep the stored key")),
             qPrintable(key->placeholderText()));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
