#include "core/launch/inputsjson.h"

#include "core/domain/jsonfields.h"
#include "core/json/jsonkeyorder.h"

#include <QJsonDocument>

#include <utility>

namespace {

const QString kCustomData = QStringLiteral("custom_data");

// QJsonParseError's own words, where they are terse, said for people.
QString parseReason(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("a ',' is missing between two values");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("a ':' is missing after a key");
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("an object is not closed with '}' (or a ',' is missing)");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("the array is not closed with ']' (or a ',' is missing)");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("a string is not closed with '\"'");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("not a JSON value (text must be in double quotes)");
    case QJsonParseError::MissingObject:
        return QStringLiteral("a value is missing");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("text after the end of the inputs");
    default:
        return error.errorString();
    }
}

using TextMembers = QList<std::pair<QByteArray, QByteArray>>;

TextMembers textMembers(const OrderedJsonObject &object)
{
    TextMembers members;
    members.reserve(object.size());
    for (qsizetype i = 0; i < object.size(); ++i)
        members.append({OrderedJsonObject::compactText(object.keyAt(i)),
                        OrderedJsonObject::compactText(object.valueAt(i))});
    return members;
}

// One member a line, indented by four spaces a level as QJsonDocument
// indents; values below the first level stay compact.
QByteArray objectText(const TextMembers &members, const QByteArray &indent)
{
    if (members.isEmpty())
        return "{}";
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indent + "    " + members.at(i).first + ": " + members.at(i).second;
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    return out + indent + '}';
}

} // namespace

QString InputsJson::Error::message() const
{
    QString where = QStringLiteral("line %1, column %2").arg(position.line).arg(position.column);
    if (input >= 0)
        where += QStringLiteral(", inputs[%1]").arg(input);
    return where + QLatin1String(": ") + reason;
}

QString InputsJson::write(const QList<InputDraft> &inputs)
{
    if (inputs.isEmpty())
        return QStringLiteral("[]\n");
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const InputDraft &input = inputs.at(i);
        TextMembers members = textMembers(input.fields);
        if (!input.customData.isEmpty())
            members.append({OrderedJsonObject::compactText(kCustomData),
                            objectText(textMembers(input.customData), "        ")});
        out += "    " + objectText(members, "    ");
        out += i + 1 < inputs.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return QString::fromUtf8(out);
}

InputsJson::Result InputsJson::read(const QString &text)
{
    return read(QByteArrayView(text.toUtf8()));
}

InputsJson::Result InputsJson::read(QByteArrayView utf8)
{
    if (utf8.trimmed().isEmpty())
        return QList<InputDraft>();
    const auto errorAt = [utf8](qsizetype offset, qsizetype input, const QString &reason) {
        return Error{TextPosition::at(utf8, offset), input, reason};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorAt(parseError.offset, JsonKeyOrder::elementAt(utf8, parseError.offset),
                       parseReason(parseError));

    const JsonKeyOrder order(utf8);
    if (const auto &duplicate = order.duplicate())
        return errorAt(duplicate->offset, JsonKeyOrder::elementAt(utf8, duplicate->offset),
                       QStringLiteral("the key '%1' is given twice in one object, so one of its "
                                      "values would be lost")
                           .arg(duplicate->key));
    if (!document.isArray() && !document.isObject())
        return errorAt(0, -1, QStringLiteral("the inputs must be an array of objects"));
    const QJsonArray items = document.isObject() ? QJsonArray{document.object()} : document.array();
    QList<InputDraft> inputs;
    inputs.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonKeyOrder::Element &element = order.elements().at(i);
        if (!items.at(i).isObject())
            return errorAt(element.offset, i,
                           QStringLiteral("an input must be an object, not %1")
                               .arg(JsonFields::typeName(items.at(i))));
        inputs.append(InputDraft::fromJson(items.at(i).toObject(), element.keys,
                                           element.memberKeys.value(kCustomData)));
    }
    return inputs;
}

QJsonArray InputsJson::toJsonArray(const QList<InputDraft> &inputs)
{
    QJsonArray array;
    for (const InputDraft &input : inputs)
        array.append(input.toJson());
    return array;
}
