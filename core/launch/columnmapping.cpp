#include "core/launch/columnmapping.h"

#include "core/domain/actionspec.h"
#include "core/launch/customdatatext.h"

#include <QHash>

#include <algorithm>
#include <variant>

namespace {

const QString kCustomData = QStringLiteral("custom_data");

using Kind = ColumnMapping::Target::Kind;

QString columnName(const QStringList &header, qsizetype column)
{
    const QString name = header.at(column);
    return name.trimmed().isEmpty() ? QStringLiteral("column %1").arg(column + 1)
                                    : QStringLiteral("column '%1'").arg(name);
}

} // namespace

ColumnMapping::ColumnMapping(const QStringList &header, const ActionSpec &action)
    : m_action(action.slug)
    , m_inputFields(action.inputFields)
    , m_header(header)
{
    QHash<QString, QString> fieldsByName;
    for (const QString &field : action.inputFields)
        fieldsByName.insert(normalisedName(field), field);
    bool pairsTaken = false;
    m_targets.reserve(header.size());
    for (const QString &name : header) {
        const QString normalised = normalisedName(name);
        // First come, first matched: a second column of the same name is
        // left to custom_data, where problems() points at the clash.
        const QString field = fieldsByName.take(normalised);
        if (!field.isEmpty())
            m_targets.append(Target::inputField(field));
        else if (normalised == normalisedName(kCustomData) && !pairsTaken)
            m_targets.append(Target::customDataPairs());
        else if (name.trimmed().isEmpty())
            m_targets.append(Target::ignored());
        else
            m_targets.append(Target::customDataKey(name));
        pairsTaken = pairsTaken || m_targets.constLast().kind == Kind::CustomDataPairs;
    }
}

QString ColumnMapping::normalisedName(QStringView name)
{
    QString normalised;
    normalised.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            normalised.append(c.toLower());
    }
    return normalised;
}

qsizetype ColumnMapping::columnOf(QStringView field) const
{
    for (qsizetype column = 0; column < m_targets.size(); ++column) {
        const Target &target = m_targets.at(column);
        if (target.kind == Kind::InputField && target.name == field)
            return column;
    }
    return -1;
}

QList<LaunchProblem> ColumnMapping::problems() const
{
    QList<LaunchProblem> found;
    for (const QString &field : m_inputFields) {
        if (columnOf(field) < 0)
            found.append({field, -1, QStringLiteral("required, but no column gives it")});
    }
    QHash<QString, qsizetype> firstColumn;
    for (qsizetype column = 0; column < m_targets.size(); ++column) {
        const Target &target = m_targets.at(column);
        const QString where = columnName(m_header, column);
        if (target.kind == Kind::Ignored) {
            if (m_header.at(column).trimmed().isEmpty())
                found.append({where, -1, QStringLiteral("has no name, so it is ignored"),
                              LaunchProblem::Severity::Warning});
            continue;
        }
        if (target.kind == Kind::InputField && !m_inputFields.contains(target.name)) {
            found.append({target.name, -1,
                          QStringLiteral("not an input field of %1 (%2)").arg(m_action, where)});
            continue;
        }
        if (target.kind == Kind::CustomDataKey && target.name.isEmpty()) {
            found.append({where, -1, QStringLiteral("a custom_data key needs a name")});
            continue;
        }
        const QString key = target.kind == Kind::InputField ? target.name
                            : target.kind == Kind::CustomDataKey
                                ? kCustomData + QLatin1Char('.') + target.name
                                : kCustomData;
        const auto earlier = firstColumn.constFind(key);
        if (earlier == firstColumn.constEnd()) {
            firstColumn.insert(key, column);
            continue;
        }
        found.append({key, -1,
                      QStringLiteral("given by two columns, %1 and %2")
                          .arg(columnName(m_header, *earlier), where)});
    }
    return found;
}

InputDraft ColumnMapping::input(const QStringList &cells, qsizetype index,
                                QList<LaunchProblem> *problems) const
{
    InputDraft draft;
    // Exact room: a hundred thousand rows should not each carry slack.
    draft.customData.reserve(m_targets.size());
    const auto addCustomData = [&](const QString &key, const QString &value, qsizetype column) {
        if (draft.customData.contains(key)) {
            problems->append({kCustomData, index,
                              QStringLiteral("the key '%1' is given twice (again by %2)")
                                  .arg(key, columnName(m_header, column))});
            return;
        }
        draft.customData.insert(key, value);
    };
    const qsizetype columns = std::min(cells.size(), m_targets.size());
    for (qsizetype column = 0; column < columns; ++column) {
        const Target &target = m_targets.at(column);
        const QString &cell = cells.at(column);
        switch (target.kind) {
        case Kind::InputField:
            draft.fields.insert(target.name, cell);
            break;
        case Kind::CustomDataKey:
            if (!cell.isEmpty())
                addCustomData(target.name, cell, column);
            break;
        case Kind::CustomDataPairs: {
            const auto pairs = CustomDataText::parse(cell);
            if (const QString *error = std::get_if<QString>(&pairs)) {
                problems->append({kCustomData, index, *error});
                break;
            }
            const OrderedJsonObject &read = std::get<OrderedJsonObject>(pairs);
            for (qsizetype i = 0; i < read.size(); ++i)
                addCustomData(read.keyAt(i), read.stringAt(i), column);
            break;
        }
        case Kind::Ignored:
            break;
        }
    }
    for (qsizetype column = m_targets.size(); column < cells.size(); ++column) {
        if (cells.at(column).isEmpty())
            continue;
        problems->append({QString(), index,
                          QStringLiteral("has %1 cells but the header names %2 columns; cell %3 "
                                         "('%4') belongs to no column")
                              .arg(cells.size())
                              .arg(m_targets.size())
                              .arg(column + 1)
                              .arg(cells.at(column))});
        break;
    }
    return draft;
}
