#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One action of the contract's catalogue (section 7): what an input must
// hold, which parameters it takes, how identities may be chosen, how many
// results a live page carries, and whether it supports incremental sync.
struct ActionSpec
{
    enum class IdentityRule
    {
        // Any identity_mode, including managed.
        Any,
        // direct or auto, not managed.
        DirectOrAuto,
        // Reads the identity's own account: exactly one identity, not managed.
        ExactlyOneOwnAccount,
    };

    struct Parameter
    {
        enum class Type
        {
            Integer,
            Boolean,
            SyncMode,
        };
        QString name;
        Type type = Type::Integer;
        QJsonValue defaultValue;
    };

    QString slug;
    QString title;
    // Required string fields of each input; empty for actions without input.
    QStringList inputFields;
    QList<Parameter> parameters;
    IdentityRule identityRule = IdentityRule::Any;
    // Results per live page; 0 for actions that answer one object.
    int livePageSize = 0;
    bool supportsIncremental = false;
    // The documented fields of each output, in the contract's order
    // (section 7), extracted_at last (every stored output has it, 3.6):
    // the first columns of an export.
    QStringList outputFields;

    bool returnsList() const { return livePageSize > 0; }
    bool takesInput() const { return !inputFields.isEmpty(); }
    const Parameter *parameter(QStringView name) const;
};
