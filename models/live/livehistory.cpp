#include "models/live/livehistory.h"

#include <QJsonDocument>
#include <QVariantMap>

namespace {

const QString kAction = QStringLiteral("action");
const QString kBody = QStringLiteral("body");
const QString kAt = QStringLiteral("at");

} // namespace

void LiveHistory::add(const QString &action, const QJsonObject &body, const QDateTime &at)
{
    m_entries.removeIf(
        [&](const Entry &entry) { return entry.action == action && entry.body == body; });
    m_entries.prepend({action, body, at});
    if (m_entries.size() > kMaxEntries)
        m_entries.resize(kMaxEntries);
}

QVariant LiveHistory::toVariant() const
{
    QVariantList list;
    for (const Entry &entry : m_entries) {
        list.append(QVariantMap{
            {kAction, entry.action},
            {kBody, QString::fromUtf8(QJsonDocument(entry.body).toJson(QJsonDocument::Compact))},
            {kAt, entry.at.toUTC().toString(Qt::ISODate)}});
    }
    return list;
}

LiveHistory LiveHistory::fromVariant(const QVariant &stored)
{
    LiveHistory history;
    const QVariantList list = stored.toList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        const QJsonDocument body = QJsonDocument::fromJson(map.value(kBody).toString().toUtf8());
        const QString action = map.value(kAction).toString();
        // A damaged entry is skipped, not guessed at.
        if (action.isEmpty() || !body.isObject())
            continue;
        history.m_entries.append(
            {action, body.object(), QDateTime::fromString(map.value(kAt).toString(), Qt::ISODate)});
        if (history.m_entries.size() == kMaxEntries)
            break;
    }
    return history;
}
