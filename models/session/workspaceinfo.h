#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ApiReply;
class EdgesClient;

// The workspace the session's key belongs to (contract 1.2), from one
// GET /workspaces: its name, for the connection switcher. Nothing is asked
// until load(), so a session no window shows sends nothing more; a load
// that failed is tried again by the next load().
class WorkspaceInfo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceInfo)

public:
    explicit WorkspaceInfo(EdgesClient *client, QObject *parent = nullptr);

    // Asks for the name unless it is known or on its way.
    void load();
    // Empty until known.
    QString name() const { return m_name; }

signals:
    void nameChanged(const QString &name);

private:
    EdgesClient *m_client;
    QPointer<ApiReply> m_pending;
    QString m_name;
};
