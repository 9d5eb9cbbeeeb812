#include "core/launch/inputdraft.h"

#include "core/domain/actionspec.h"
#include "core/domain/inputfieldrules.h"
#include "core/domain/jsonfields.h"

namespace {

const QString kCustomData = QStringLiteral("custom_data");

QString expectedFields(const ActionSpec &action)
{
    if (!action.takesInput())
        return QStringLiteral("%1 takes no input fields").arg(action.slug);
    return QStringLiteral("%1 takes %2")
        .arg(action.slug, action.inputFields.join(QStringLiteral(", ")));
}

} // namespace

QString InputDraft::text(QStringView field) const
{
    const QJsonValue value = fields.value(field);
    return value.isUndefined() ? QString() : valueText(value);
}

QString InputDraft::valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(OrderedJsonObject::compactText(value));
}

QJsonObject InputDraft::toJson() const
{
    QJsonObject object = fields.toJsonObject();
    if (!customData.isEmpty())
        object.insert(kCustomData, customData.toJsonObject());
    return object;
}

InputDraft InputDraft::fromJson(const QJsonObject &object, const QStringList &fieldOrder,
                                const QStringList &customDataOrder)
{
    InputDraft draft;
    draft.fields = OrderedJsonObject::fromJsonObject(object, fieldOrder);
    const QJsonValue custom = draft.fields.value(kCustomData);
    if (custom.isObject() || custom.isNull())
        draft.fields.remove(kCustomData);
    if (custom.isObject())
        draft.customData = OrderedJsonObject::fromJsonObject(custom.toObject(), customDataOrder);
    return draft;
}

QList<LaunchProblem> InputDraft::problems(const ActionSpec &action, qsizetype index) const
{
    QList<LaunchProblem> found;
    const auto add = [&](const QString &field, const QString &reason,
                         LaunchProblem::Severity severity = LaunchProblem::Severity::Error) {
        found.append(LaunchProblem{field, index, reason, severity});
    };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &key = fields.keyAt(i);
        if (key == kCustomData)
            add(kCustomData, QStringLiteral("must be an object of key/value pairs, not %1")
                                 .arg(JsonFields::typeName(fields.valueAt(i))));
        else if (!action.inputFields.contains(key))
            add(key, QStringLiteral("not an input field (%1)").arg(expectedFields(action)));
    }
    for (const QString &field : action.inputFields) {
        const QJsonValue value = fields.value(field);
        if (value.isUndefined() || value.isNull()) {
            add(field, QStringLiteral("required, but missing"));
            continue;
        }
        if (!value.isString()) {
            add(field, QStringLiteral("must be text, not %1").arg(JsonFields::typeName(value)));
            continue;
        }
        const QString text = value.toString();
        if (const auto problem = InputFieldRules::problem(field, text))
            add(field, *problem);
        else if (text.size() != text.trimmed().size())
            add(field, QStringLiteral("has blanks before or after it; it is sent as written"),
                LaunchProblem::Severity::Warning);
    }
    return found;
}
