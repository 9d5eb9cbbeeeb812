#include "ui/runs/runsfilterpresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("runs/filterPresets");

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

QStringList RunsFilterPresets::names()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList names;
    for (const QString &key : settings.childKeys())
        names.append(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8())));
    names.sort(Qt::CaseInsensitive);
    return names;
}

RunsFilterPresets::Preset RunsFilterPresets::load(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    return fromJson(
        settings.value(QString::fromLatin1(name.toUtf8().toPercentEncoding())).toByteArray());
}

void RunsFilterPresets::save(const QString &name, const Preset &preset)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    // Percent-encoded: QSettings keys may not hold '/' or '\'.
    settings.setValue(QString::fromLatin1(name.toUtf8().toPercentEncoding()), toJson(preset));
}

void RunsFilterPresets::remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(QString::fromLatin1(name.toUtf8().toPercentEncoding()));
}

QByteArray RunsFilterPresets::toJson(const Preset &preset)
{
    const QJsonObject object{
        {QStringLiteral("statuses"), toArray(preset.filter.statuses)},
        {QStringLiteral("actions"), toArray(preset.filter.actions)},
        {QStringLiteral("modes"), toArray(preset.filter.modes)},
        {QStringLiteral("schedule"), preset.filter.scheduleUid},
        {QStringLiteral("uids"), toArray(preset.filter.uids)},
        {QStringLiteral("search"), preset.searchText},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RunsFilterPresets::Preset RunsFilterPresets::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Preset preset;
    preset.filter.statuses = fromArray(object.value(QStringLiteral("statuses")));
    preset.filter.actions = fromArray(object.value(QStringLiteral("actions")));
    preset.filter.modes = fromArray(object.value(QStringLiteral("modes")));
    preset.filter.scheduleUid = object.value(QStringLiteral("schedule")).toString();
    preset.filter.uids = fromArray(object.value(QStringLiteral("uids")));
    preset.searchText = object.value(QStringLiteral("search")).toString();
    return preset;
}
