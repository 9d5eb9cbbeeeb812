#include "liveresultsmodel.h"

#include "json/jsonflattener.h"

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
    : QStandardItemModel(parent)
{}

void LiveResultsModel::clearResults()
{
    clear();
    m_columnOf.clear();
}

void LiveResultsModel::appendPage(const QJsonValue &json)
{
    QList<JsonFlattener::Cells> rows;
    const auto addValue = [&rows](const QJsonValue &value) {
        if (value.isObject())
            rows.append(JsonFlattener::flatten(value.toObject()));
        else
            rows.append({{QStringLiteral("value"), JsonFlattener::cellText(value)}});
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

    // Columns come from the data, in the order they first appear.
    for (const JsonFlattener::Cells &cells : std::as_const(rows)) {
        for (const auto &cell : cells) {
            if (m_columnOf.contains(cell.first))
                continue;
            const int column = static_cast<int>(m_columnOf.size());
            m_columnOf.insert(cell.first, column);
            setColumnCount(column + 1);
            setHorizontalHeaderItem(column, new QStandardItem(cell.first));
        }
    }
    for (const JsonFlattener::Cells &cells : std::as_const(rows)) {
        QList<QStandardItem *> items(columnCount(), nullptr);
        for (auto &item : items)
            item = new QStandardItem;
        for (const auto &cell : cells) {
            QStandardItem *item = items[m_columnOf.value(cell.first)];
            item->setData(cellValue(cell.second), Qt::DisplayRole);
            item->setToolTip(cell.second);
        }
        appendRow(items);
    }
}
