#include "sandbox/http/apirequest.h"

#include "sandbox/http/apiresponse.h"

#include <QJsonDocument>
#include <QJsonParseError>

QStringList ApiRequest::queryList(const QString &key) const
{
    QStringList values;
    const QString bracketed = key + QLatin1String("[]");
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != key && name != bracketed)
            continue;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                values.append(trimmed);
        }
    }
    return values;
}

std::optional<QString> ApiRequest::queryValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<int> ApiRequest::queryInt(const QString &key, int fallback, int low, int high,
                                        ApiResponse *error) const
{
    const auto text = queryValue(key);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->trimmed().toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = ApiResponse::badParameters(QStringLiteral("%1 must be an integer between %2 and "
                                                           "%3, got '%4'")
                                                .arg(key)
                                                .arg(low)
                                                .arg(high)
                                                .arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> ApiRequest::jsonObject(ApiResponse *error) const
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    if (!contentType.toLower().startsWith("application/json")) {
        *error = ApiResponse::badInput(QStringLiteral("Content-Type must be application/json, got "
                                                      "'%1'")
                                           .arg(QString::fromLatin1(contentType)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiResponse::badInput(QStringLiteral("body is not valid JSON: %1 at offset %2")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ApiResponse::badInput(QStringLiteral("body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}
