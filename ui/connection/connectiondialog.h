#pragma once

#include "models/connection/connectionprofile.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class ApiKeyStore;
class ConnectionTester;
struct ApiError;
class ConnectionStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;

// Adds a connection or edits one: name, base URL, API key, plan tier and
// where the key is kept, with a "Test connection" that asks the server
// with exactly what was typed. Saving puts the key away first and closes
// only once it is stored, so a keychain that turns out to be missing is
// met here, with the two fallbacks on offer, not at the next start.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // The stores and network manager must outlive the dialog.
    ConnectionDialog(ConnectionStore *store, ApiKeyStore *keys, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Edits `profile` (production or a custom one); without this call the
    // dialog adds a new custom connection. An empty key field then keeps
    // the stored key.
    void setProfile(const ConnectionProfile &profile);
    // What the fields say now; after accept(), the saved profile.
    ConnectionProfile profile() const;

    void accept() override;

private:
    void buildForm();
    void onTestConnection();
    void onTestSucceeded(const QString &workspace, qint64 elapsedMs);
    void onTestFailed(const ApiError &error);
    QString withoutKey(QString text) const;
    void onKeychainUnavailable(const QString &profileId, const QString &reason);
    void onKeySaved(const QString &profileId);
    void onKeyFailed(const QString &profileId, const QString &reason);
    void onStorageChanged();
    // Shows each problem next to its field; true when there is none.
    bool validateUrl();
    // The typed key, or the stored one when editing and left empty.
    QString effectiveKey() const;
    void setFieldError(QLabel *label, const QString &problem);
    void setTestResult(const QString &text, bool ok);
    void finishSave();

    ConnectionStore *m_store;
    ApiKeyStore *m_keys;
    ConnectionTester *m_tester;
    ConnectionProfile m_profile;
    bool m_editing = false;
    bool m_saving = false;

    QLineEdit *m_nameEdit;
    QLineEdit *m_baseUrlEdit;
    QLabel *m_baseUrlError;
    QLineEdit *m_apiKeyEdit;
    QToolButton *m_showKeyButton;
    QLabel *m_apiKeyError;
    QComboBox *m_tierCombo;
    QComboBox *m_storageCombo;
    QLabel *m_storageWarning;
    QLabel *m_keychainUnavailable;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;

    // The key of the last test, kept out of what the test shows.
    QString m_testedKey;
};
