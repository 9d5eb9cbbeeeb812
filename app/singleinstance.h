#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One dashboard per user: the first `runboard` holds a lock file and listens
// on a local socket beside it, both in the user's runtime folder; a second
// one finds the lock taken, asks the first to raise its window and ends.
// The lock, not the socket, decides who is first, so two started at once
// cannot both win, and a lock left by a killed process is taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role
    {
        // This process holds the lock and answers the next ones.
        Primary,
        // Another process holds it and raised its window: end quietly.
        Secondary,
        // Another process holds it but did not answer; message() says how.
        Unanswered,
        // No lock could be made (no runtime folder): whether another runs
        // is unknown; message() says why.
        Unchecked,
    };

    // `folder` holds the lock and the socket; `name` (the app id) names
    // both.
    SingleInstance(const QString &folder, const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Called in the primary when another process asks; true when a window
    // was there to raise (false while the first window is still coming).
    void setActivation(std::function<bool()> activate) { m_activate = std::move(activate); }

    Role start();
    // For every role but Primary (and for a Primary whose socket failed):
    // one line for the terminal.
    QString message() const { return m_message; }
    QString socketPath() const;

private:
    Role askPrimary();
    void answer(QLocalSocket *socket);

    QString m_folder;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    std::function<bool()> m_activate;
    QString m_message;
};
