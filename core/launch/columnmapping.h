#pragma once

#include "core/launch/inputdraft.h"
#include "core/launch/launchproblem.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ActionSpec;

// Which input field or custom_data key each column of imported cells
// feeds (a CSV file's header, or cells pasted from a spreadsheet). Columns
// are matched to the action's input fields by name, ignoring case,
// blanks, '_' and '-' ("LinkedIn Profile URL" feeds linkedin_profile_url);
// a column named custom_data holds key=value pairs (CustomDataText); any
// other column becomes a custom_data key named exactly as its header. The
// user may change every column's target, or ignore a column.
class ColumnMapping final
{
public:
    struct Target
    {
        enum class Kind
        {
            InputField,
            CustomDataKey,
            CustomDataPairs,
            Ignored,
        };

        Kind kind = Kind::Ignored;
        // The input field, or the custom_data key.
        QString name;

        static Target inputField(const QString &field) { return {Kind::InputField, field}; }
        static Target customDataKey(const QString &key) { return {Kind::CustomDataKey, key}; }
        static Target customDataPairs() { return {Kind::CustomDataPairs, {}}; }
        static Target ignored() { return {}; }

        bool operator==(const Target &) const = default;
    };

    ColumnMapping() = default;
    // The automatic mapping of `header` for `action`.
    ColumnMapping(const QStringList &header, const ActionSpec &action);

    // "LinkedIn Profile-URL" -> "linkedinprofileurl"
    static QString normalisedName(QStringView name);

    const QStringList &header() const { return m_header; }
    qsizetype columnCount() const { return m_header.size(); }
    const Target &target(qsizetype column) const { return m_targets.at(column); }
    void setTarget(qsizetype column, const Target &target) { m_targets[column] = target; }
    // The column that feeds `field`; -1 when none does.
    qsizetype columnOf(QStringView field) const;

    // What is wrong with the mapping itself, each once rather than on every
    // row: a required field no column feeds, a field or custom_data key
    // fed by two columns, a target that is not an input field of the
    // action (errors); a column ignored for having no name (warning).
    QList<LaunchProblem> problems() const;

    // One row of cells as input `index`. Cells are kept exactly; an empty
    // cell adds no custom_data key, a missing one (a short row) leaves its
    // field out. Reading problems go to `problems`: a cell beyond the last
    // column, custom_data pairs that do not read, a custom_data key given
    // twice. The input's own check is InputDraft::problems().
    InputDraft input(const QStringList &cells, qsizetype index,
                     QList<LaunchProblem> *problems) const;

private:
    QString m_action;
    QStringList m_inputFields;
    QStringList m_header;
    QList<Target> m_targets;
};
