#include "ui/connection/connectiondialog.h"

#include "core/domain/ratetier.h"
#include "models/connection/apikeystore.h"
#include "models/connection/connectionstore.h"
#include "models/connection/connectiontester.h"
#include "ui/common/wrappinglabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

// A test should answer fast and say what happened, not retry for minutes.
constexpr int TestTimeoutMs = 15000;

QLabel *makeErrorLabel(const QString &name, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(ConnectionStore *store, ApiKeyStore *keys,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keys(keys)
    , m_tester(new ConnectionTester(network, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Add connection"));
    m_profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    buildForm();

    connect(m_tester, &ConnectionTester::succeeded, this, &ConnectionDialog::onTestSucceeded);
    connect(m_tester, &ConnectionTester::failed, this, &ConnectionDialog::onTestFailed);
    connect(m_keys, &ApiKeyStore::keychainUnavailable, this,
            &ConnectionDialog::onKeychainUnavailable);
    connect(m_keys, &ApiKeyStore::keySaved, this, &ConnectionDialog::onKeySaved);
    connect(m_keys, &ApiKeyStore::failed, this, &ConnectionDialog::onKeyFailed);
    if (m_keys->keychainAvailability() == ApiKeyStore::Availability::Unavailable)
        onKeychainUnavailable({}, {});
    else if (m_keys->keychainAvailability() == ApiKeyStore::Availability::Unknown)
        m_keys->probeKeychain();
}

ConnectionDialog::~ConnectionDialog()
{
    // A test in flight must not call back into a half destroyed dialog.
    m_tester->disconnect(this);
    m_tester->cancel();
}

void ConnectionDialog::buildForm()
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("connectionNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Edges (staging workspace)"));

    m_baseUrlEdit = new QLineEdit(this);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setPlaceholderText(ConnectionStore::ProductionUrl.toString());
    m_baseUrlError = makeErrorLabel(QStringLiteral("baseUrlErrorLabel"), this);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(m_baseUrlError, {}); });
    connect(m_baseUrlEdit, &QLineEdit::editingFinished, this, &ConnectionDialog::validateUrl);

    m_apiKeyEdit = new QLineEdit(this);
    m_apiKeyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setPlaceholderText(tr("X-API-Key from your Edges workspace"));
    m_showKeyButton = new QToolButton(this);
    m_showKeyButton->setObjectName(QStringLiteral("showApiKeyButton"));
    m_showKeyButton->setCheckable(true);
    m_showKeyButton->setText(tr("Show"));
    m_showKeyButton->setToolTip(tr("Show or hide the key"));
    connect(m_showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_apiKeyError = makeErrorLabel(QStringLiteral("apiKeyErrorLabel"), this);
    connect(m_apiKeyEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(m_apiKeyError, {}); });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKeyEdit);
    keyRow->addWidget(m_showKeyButton);

    m_tierCombo = new QComboBox(this);
    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    m_tierCombo->setToolTip(tr("Your plan: Runboard paces its requests by this tier's limits"));
    const QStringList tiers = RateTier::names();
    for (const QString &tier : tiers) {
        // No plan is unlimited; the sandbox's test tier is not offered here.
        if (tier == QLatin1String("unlimited"))
            continue;
        m_tierCombo->addItem(tier.left(1).toUpper() + tier.mid(1), tier);
    }
    m_tierCombo->setCurrentIndex(m_tierCombo->findData(m_profile.tier));

    m_storageCombo = new QComboBox(this);
    m_storageCombo->setObjectName(QStringLiteral("keyStorageCombo"));
    m_storageCombo->addItem(tr("In the system keychain"),
                            static_cast<int>(ConnectionProfile::KeyStorage::Keychain));
    m_storageCombo->addItem(tr("For this session only (typed again next time)"),
                            static_cast<int>(ConnectionProfile::KeyStorage::Session));
    m_storageCombo->addItem(tr("In the settings file, unencrypted"),
                            static_cast<int>(ConnectionProfile::KeyStorage::SettingsFile));
    connect(m_storageCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::onStorageChanged);
    m_storageWarning = makeErrorLabel(QStringLiteral("keyStorageWarningLabel"), this);
    m_storageWarning->setText(
        tr("Warning: the key will be written in plain text to %1. Anyone who can read that file "
           "can use your Edges account and spend its credits.")
            .arg(m_store->settingsFilePath()));
    m_keychainUnavailable = makeErrorLabel(QStringLiteral("keychainUnavailableLabel"), this);

    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::onTestConnection);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    // The server's message is shown as text, never as markup.
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    m_saveError = makeErrorLabel(QStringLiteral("saveErrorLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectionButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("saveConnectionButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelConnectionButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_nameEdit);
    form->addRow(tr("&Base URL"), m_baseUrlEdit);
    form->addRow(QString(), m_baseUrlError);
    // A row holding a layout gets no buddy by itself, and a label without
    // one shows its mnemonic's "&" as text.
    auto *keyLabel = new QLabel(tr("API &key"), this);
    keyLabel->setBuddy(m_apiKeyEdit);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_apiKeyError);
    form->addRow(tr("Plan &tier"), m_tierCombo);
    form->addRow(tr("Keep the ke&y"), m_storageCombo);
    form->addRow(QString(), m_keychainUnavailable);
    form->addRow(QString(), m_storageWarning);

    auto *layout = new QVBoxLayout(this);
    // The dialog is never smaller than its content: a wrapped warning
    // grows it instead of being clipped.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_editing = true;
    setWindowTitle(tr("Edit connection"));
    m_nameEdit->setText(profile.name);
    m_baseUrlEdit->setText(profile.baseUrl.toString());
    // The built-ins are what they are; only their tier and key change.
    const bool custom = profile.kind == ConnectionProfile::Kind::Custom;
    m_nameEdit->setReadOnly(!custom);
    m_baseUrlEdit->setReadOnly(!custom);
    // Only a key at hand can be kept; without one the field must be typed.
    m_apiKeyEdit->setPlaceholderText(m_keys->hasKey(profile.id)
                                         ? tr("Leave empty to keep the stored key")
                                         : tr("No key stored: paste the X-API-Key of your "
                                              "Edges workspace"));
    if (m_tierCombo->findData(profile.tier) < 0)
        m_tierCombo->addItem(profile.tier, profile.tier);
    m_tierCombo->setCurrentIndex(m_tierCombo->findData(profile.tier));
    const int storage = m_storageCombo->findData(static_cast<int>(profile.keyStorage));
    if (m_storageCombo->model()->flags(m_storageCombo->model()->index(storage, 0)) &
        Qt::ItemIsEnabled)
        m_storageCombo->setCurrentIndex(storage);
    const bool sandbox = !profile.needsUserKey();
    m_apiKeyEdit->setEnabled(!sandbox);
    m_storageCombo->setEnabled(!sandbox);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!sandbox);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile result = m_profile;
    const QUrl url = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    if (result.kind == ConnectionProfile::Kind::Custom) {
        result.baseUrl = ConnectionProfile::normalizedBaseUrl(url);
        result.name = m_nameEdit->text().trimmed();
        if (result.name.isEmpty())
            result.name = result.baseUrl.host();
    }
    result.tier = m_tierCombo->currentData().toString();
    result.keyStorage =
        static_cast<ConnectionProfile::KeyStorage>(m_storageCombo->currentData().toInt());
    return result;
}

QString ConnectionDialog::effectiveKey() const
{
    const QString typed = m_apiKeyEdit->text().trimmed();
    if (!typed.isEmpty() || !m_editing)
        return typed;
    return m_keys->key(m_profile.id);
}

void ConnectionDialog::setFieldError(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

bool ConnectionDialog::validateUrl()
{
    const ConnectionProfile typed = profile();
    if (!typed.needsUserKey())
        return true;
    const QString problem = ConnectionProfile::baseUrlProblem(typed.baseUrl);
    setFieldError(m_baseUrlError, problem);
    return problem.isEmpty();
}

void ConnectionDialog::onStorageChanged()
{
    const auto storage =
        static_cast<ConnectionProfile::KeyStorage>(m_storageCombo->currentData().toInt());
    m_storageWarning->setVisible(storage == ConnectionProfile::KeyStorage::SettingsFile);
}

void ConnectionDialog::onKeychainUnavailable(const QString &profileId, const QString &reason)
{
    if (!profileId.isEmpty() && profileId != m_profile.id)
        return;
    const int keychain =
        m_storageCombo->findData(static_cast<int>(ConnectionProfile::KeyStorage::Keychain));
    if (auto *items = qobject_cast<QStandardItemModel *>(m_storageCombo->model()))
        items->item(keychain)->setEnabled(false);
    if (m_storageCombo->currentIndex() == keychain) {
        m_storageCombo->setCurrentIndex(
            m_storageCombo->findData(static_cast<int>(ConnectionProfile::KeyStorage::Session)));
    }
    const QString why = reason.isEmpty() ? tr("No system keychain is available") : reason;
    setFieldError(m_keychainUnavailable,
                  tr("%1. Keep the key for this session only (you type it again next time), or "
                     "in the settings file (unencrypted; see the warning).")
                      .arg(why));
    // The probe (empty id) says nothing about a save in flight.
    if (m_saving && profileId == m_profile.id) {
        m_saving = false;
        m_buttons->setEnabled(true);
        setFieldError(m_saveError, tr("The key was not saved: choose where to keep it, then "
                                      "save again."));
    }
}

void ConnectionDialog::onTestConnection()
{
    setFieldError(m_apiKeyError, {});
    if (!validateUrl())
        return;
    const ConnectionProfile typed = profile();
    const QString key = effectiveKey();
    if (key.isEmpty()) {
        setFieldError(m_apiKeyError, tr("Type the API key to test it"));
        return;
    }
    m_testedKey = key;
    setTestResult(tr("Testing…"), false);
    m_testResult->setProperty("outcome", QString());
    m_testButton->setEnabled(false);
    m_tester->test(typed.settings(), key, TestTimeoutMs);
}

void ConnectionDialog::onTestSucceeded(const QString &workspace, qint64 elapsedMs)
{
    m_testButton->setEnabled(true);
    QString text = tr("OK — the server answered in %1 ms").arg(elapsedMs);
    if (!workspace.isEmpty())
        text += tr(" (workspace “%1”)").arg(workspace);
    setTestResult(withoutKey(text), true);
}

void ConnectionDialog::onTestFailed(const ApiError &error)
{
    m_testButton->setEnabled(true);
    QString text;
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        text = tr("Key rejected (HTTP 401): %1").arg(error.message());
    else if (error.kind == ApiError::Kind::Http && !error.body.message.isEmpty())
        text = tr("The server answered HTTP %1: %2").arg(error.httpStatus).arg(error.message());
    else
        text = error.message();
    setTestResult(withoutKey(text), false);
}

QString ConnectionDialog::withoutKey(QString text) const
{
    // A server that echoes the key back must not get it onto the screen.
    if (!m_testedKey.isEmpty())
        text.replace(m_testedKey, QStringLiteral("•••"));
    return text;
}

void ConnectionDialog::setTestResult(const QString &text, bool ok)
{
    m_testResult->setText(text);
    m_testResult->setProperty("outcome", ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #1e8449;")
                                   : QStringLiteral("color: #c0392b;"));
}

void ConnectionDialog::accept()
{
    if (m_saving)
        return;
    setFieldError(m_saveError, {});
    setFieldError(m_apiKeyError, {});
    const ConnectionProfile typed = profile();
    if (!validateUrl())
        return;
    const QString key = effectiveKey();
    const bool storageChanged = m_editing && typed.keyStorage != m_profile.keyStorage;
    if (typed.needsUserKey() && key.isEmpty() && (!m_editing || storageChanged)) {
        setFieldError(m_apiKeyError,
                      m_editing ? tr("Type the key again to move it") : tr("Type the API key"));
        return;
    }
    m_profile = typed;
    if (!typed.needsUserKey() || (m_apiKeyEdit->text().trimmed().isEmpty() && !storageChanged)) {
        finishSave();
        return;
    }
    // SettingsFile keys are refused for a profile the store does not yet
    // know to keep them there.
    if (typed.keyStorage == ConnectionProfile::KeyStorage::SettingsFile)
        m_store->save(typed);
    m_saving = true;
    m_buttons->setEnabled(false);
    m_keys->save(typed, key);
}

void ConnectionDialog::onKeySaved(const QString &profileId)
{
    if (!m_saving || profileId != m_profile.id)
        return;
    m_saving = false;
    finishSave();
}

void ConnectionDialog::onKeyFailed(const QString &profileId, const QString &reason)
{
    if (!m_saving || profileId != m_profile.id)
        return;
    m_saving = false;
    m_buttons->setEnabled(true);
    setFieldError(m_saveError, tr("The key was not saved: %1").arg(reason));
}

void ConnectionDialog::finishSave()
{
    m_profile.id = m_store->save(m_profile);
    QDialog::accept();
}
