#pragma once

#include <QHash>
#include <QStandardItemModel>

class QJsonValue;

// The rows of a live query's answer, page after page. The answer has no
// fixed shape, so the columns come from the data: nested objects are
// flattened to dotted names, and a column appears where it is first seen.
class LiveResultsModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveResultsModel)

public:
    explicit LiveResultsModel(QObject *parent = nullptr);

    // Adds the rows of one page: an array's elements, or one object.
    void appendPage(const QJsonValue &json);
    // Drops every row and column, for a query that starts over.
    void clearResults();

private:
    QHash<QString, int> m_columnOf;
};
