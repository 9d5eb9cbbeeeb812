#pragma once

#include <QJsonObject>
#include <QString>

struct ActionSpec;

// The one input of a live query (contract 2.2) as the user types it: JSON
// checked against the action before anything is sent, so a mistake costs
// no credits and the message names the problem (where the JSON breaks,
// which field is missing, empty or unknown).
class LiveInput final
{
public:
    LiveInput() = delete;

    struct Result
    {
        QJsonObject input;
        // Empty when the input can be sent.
        QString error;
        bool isValid() const { return error.isEmpty(); }
    };

    static Result parse(const ActionSpec &action, const QString &text);
    // A JSON object with the action's input fields and empty values, for
    // the user to fill in; "{}" for an action without input.
    static QString templateFor(const ActionSpec &action);
};
