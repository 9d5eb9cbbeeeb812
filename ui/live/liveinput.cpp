#include "ui/live/liveinput.h"

#include "core/domain/actionspec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace {

const QLatin1String kCustomData("custom_data");

QString tr(const char *text)
{
    return QCoreApplication::translate("LiveInput", text);
}

QString kindOf(const QJsonDocument &document)
{
    return document.isArray() ? tr("an array") : tr("a single value");
}

QString acceptedFields(const ActionSpec &action)
{
    QStringList names = action.inputFields;
    names.append(kCustomData);
    return names.join(QStringLiteral(", "));
}

} // namespace

LiveInput::Result LiveInput::parse(const ActionSpec &action, const QString &text)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (action.takesInput())
            result.error = tr("The input is empty: give a JSON object with %1")
                               .arg(action.inputFields.join(QStringLiteral(", ")));
        return result;
    }

    const QByteArray bytes = trimmed.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Offsets count UTF-8 bytes of the trimmed text; the user reads
        // lines and columns of what is in the field.
        const int leading = static_cast<int>(text.indexOf(trimmed.at(0)));
        const QString before =
            text.left(leading) + QString::fromUtf8(bytes.left(parseError.offset));
        const qsizetype line = before.count(QLatin1Char('\n')) + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1;
        result.error = tr("Not valid JSON at line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error =
            tr("The input must be one JSON object ({ … }), not %1").arg(kindOf(document));
        return result;
    }

    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == kCustomData) {
            if (!it.value().isObject()) {
                result.error = tr("“custom_data” must be a JSON object");
                return result;
            }
            continue;
        }
        if (!action.inputFields.contains(it.key())) {
            result.error = action.takesInput()
                               ? tr("“%1” is not an input field of %2; it takes %3")
                                     .arg(it.key(), action.slug, acceptedFields(action))
                               : tr("“%1” is not allowed: %2 takes no input (only custom_data)")
                                     .arg(it.key(), action.slug);
            return result;
        }
    }
    for (const QString &field : action.inputFields) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined()) {
            result.error = tr("“%1” is missing").arg(field);
            return result;
        }
        if (!value.isString()) {
            result.error = tr("“%1” must be a string").arg(field);
            return result;
        }
        if (value.toString().trimmed().isEmpty()) {
            result.error = tr("“%1” is empty").arg(field);
            return result;
        }
    }
    result.input = object;
    return result;
}

QString LiveInput::templateFor(const ActionSpec &action)
{
    QJsonObject object;
    for (const QString &field : action.inputFields)
        object.insert(field, QString());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}
