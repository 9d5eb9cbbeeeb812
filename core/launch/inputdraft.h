#pragma once

#include "core/json/orderedjsonobject.h"
#include "core/launch/launchproblem.h"

#include <QJsonObject>
#include <QMetaType>
#include <QList>
#include <QString>
#include <QStringList>

struct ActionSpec;

// One input of a launch as the user gave it (contract 2.3, inputs[]): the
// values of the action's input fields and the custom_data pairs, each in
// the user's order. Values are kept exactly as typed or read, blanks
// included; only the check reads a value of blanks alone as missing.
struct InputDraft
{
    // The input's own keys: the action's input fields and any other key it
    // came with. Other keys are kept, so nothing the user wrote is lost
    // between the table and the JSON text; problems() reports them, since
    // the server refuses keys it does not know. A custom_data that is not
    // an object stays here too, for the same reason.
    OrderedJsonObject fields;
    OrderedJsonObject customData;

    // A field's value as a table cell shows it: a string's text, compact
    // JSON for any other value, empty when absent.
    QString text(QStringView field) const;
    // The same for any value: a string's text, compact JSON otherwise.
    static QString valueText(const QJsonValue &value);
    bool isEmpty() const { return fields.isEmpty() && customData.isEmpty(); }

    // The contract's inputs[] item: custom_data last, left out when empty.
    QJsonObject toJson() const;
    // An inputs[] item or a run's input. Keys follow the orders given,
    // then QJsonObject's; a custom_data that is not an object (nor null)
    // stays among the fields, where problems() names it.
    static InputDraft fromJson(const QJsonObject &object, const QStringList &fieldOrder = {},
                               const QStringList &customDataOrder = {});

    // What keeps this input from being sent for `action`, each problem
    // naming its field, with `index` as the input's position.
    QList<LaunchProblem> problems(const ActionSpec &action, qsizetype index) const;

    bool operator==(const InputDraft &) const = default;
};

Q_DECLARE_METATYPE(InputDraft)
