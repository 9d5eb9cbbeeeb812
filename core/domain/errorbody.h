#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The contract's error body (section 1.4), and the same information as it
// is stored on runs (last_error/last_info: label, message, params), inputs
// (label, scope, has_failed, validation_errors) and callbacks (error_label,
// error_scope, status_code). One type reads all of these spellings.
struct ErrorBody
{
    QString label;
    QString scope;
    QString ref;
    QString message;
    std::optional<int> statusCode;
    QJsonObject params;
    std::optional<bool> hasFailed;
    QJsonArray validationErrors;

    static ErrorBody fromJson(const QJsonObject &object);
    // Reads `key` of `parent` when it is an object; nullopt when it is
    // missing, null or of another type.
    static std::optional<ErrorBody> optionalFrom(const QJsonObject &parent, QLatin1String key);

    bool isEmpty() const;
};
