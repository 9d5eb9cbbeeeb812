#pragma once

#include "core/domain/statustransition.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// What the dashboard remembers between sessions, in SQLite under the
// user's data directory: every observed status transition (the timelines'
// history, which no API route gives back) and the last page seen of each
// list, so a window opens at once with the last state. Never the source
// of truth: the server's answer replaces whatever is cached.
class LocalCache final
{
public:
    static constexpr int kSchemaVersion = 1;

    // `path` may be ":memory:". nullptr and a message on failure.
    static std::unique_ptr<LocalCache> open(const QString &path, QString *error);
    static QString defaultPath();
    ~LocalCache();
    Q_DISABLE_COPY_MOVE(LocalCache)

    void recordTransition(const StatusTransition &transition);
    QList<StatusTransition> transitions(const QString &runUid) const;
    // Many runs' transitions in a few queries (a timeline of thousands of
    // runs would otherwise ask once per run). Runs with none are absent.
    QHash<QString, QList<StatusTransition>> transitions(const QStringList &runUids) const;

    // `key` names a list and its filter, e.g. "runs?status=FAILED".
    void storePage(const QString &key, const QJsonArray &page);
    std::optional<QJsonArray> page(const QString &key) const;

private:
    explicit LocalCache(QString connection);

    QString m_connection;
};
