#include "models/live/liveresultsmodel.h"

#include "core/json/jsonflattener.h"
#include "models/common/displaytime.h"
#include "models/common/recordrole.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// An ISO-8601 date-time cell is shown as a time, in the dashboard's zone.
QVariant cellValue(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (!iso.match(text).hasMatch())
        return text;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return text;
    // api-decisions (1.3): a time without an offset is UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

LiveResultsModel::LiveResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int LiveResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LiveResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant LiveResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == kRecordRole)
        return row.record;
    if (index.column() >= row.texts.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row.values.at(index.column());
    case Qt::ToolTipRole:
        return row.texts.at(index.column());
    case Qt::AccessibleTextRole:
        return DisplayTime::accessibleText(row.values.at(index.column()));
    default:
        return {};
    }
}

QVariant LiveResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::ToolTipRole) &&
        section >= 0 && section < m_columns.size())
        return m_columns.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LiveResultsModel::clearResults()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_columnOf.clear();
    endResetModel();
}

QString LiveResultsModel::pageColumn()
{
    return QStringLiteral("page #");
}

void LiveResultsModel::appendPage(const QJsonValue &json, int page)
{
    QList<JsonFlattener::Cells> rows;
    QList<QJsonObject> records;
    const auto addValue = [&rows, &records](const QJsonValue &value) {
        if (value.isObject()) {
            rows.append(JsonFlattener::flatten(value.toObject()));
            records.append(value.toObject());
        } else {
            rows.append({{QStringLiteral("value"), JsonFlattener::cellText(value)}});
            records.append(QJsonObject{{QStringLiteral("value"), value}});
        }
    };
    if (json.isArray()) {
        const QJsonArray array = json.toArray();
        for (const QJsonValue &value : array)
            addValue(value);
    } else if (json.isObject()) {
        // A single-object action's no-result answer is {}.
        if (!json.toObject().isEmpty())
            addValue(json);
    } else if (!json.isNull() && !json.isUndefined()) {
        addValue(json);
    }

    if (page > 0) {
        for (JsonFlattener::Cells &cells : rows)
            cells.prepend({pageColumn(), QString::number(page)});
    }
    // Columns come from the data, in the order they first appear.
    QStringList added;
    for (const JsonFlattener::Cells &cells : std::as_const(rows)) {
        for (const auto &cell : cells) {
            if (!m_columnOf.contains(cell.first) && !added.contains(cell.first))
                added.append(cell.first);
        }
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_columns.size());
        beginInsertColumns({}, first, first + static_cast<int>(added.size()) - 1);
        for (const QString &name : std::as_const(added)) {
            m_columnOf.insert(name, static_cast<int>(m_columns.size()));
            m_columns.append(name);
        }
        endInsertColumns();
    }
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const JsonFlattener::Cells &cells = rows.at(i);
        Row row;
        row.record = records.at(i);
        row.texts.resize(m_columns.size());
        row.values.resize(m_columns.size());
        for (const auto &cell : cells) {
            const int column = m_columnOf.value(cell.first);
            row.texts[column] = cell.second;
            row.values[column] = cellValue(cell.second);
        }
        m_rows.append(std::move(row));
    }
    endInsertRows();
}
