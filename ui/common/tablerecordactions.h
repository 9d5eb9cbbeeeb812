#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAction;
class QJsonArray;
class QModelIndex;
class QPoint;
class QTableView;
class RowInspectorDialog;

// What a table of records offers beyond its cells: Copy (Ctrl+C) puts the
// selected rows on the clipboard as tab-separated text with a header line,
// as spreadsheets paste it; Copy as JSON the rows' records (kRecordRole)
// as an array; Copy cell the current cell's whole text. The three are in
// the view's context menu. Space or a double-click opens the row inspector
// on the current row. The model provides the records, so nothing here
// parses JSON.
class TableRecordActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableRecordActions)

public:
    // Becomes a child of the view and adds its actions to it.
    explicit TableRecordActions(QTableView *view);

    // Widens each column, as it appears, to show its whole title (at most
    // `maxWidth`); left-aligned titles cut off at the end, never both sides.
    void fitColumnsToTitles(int maxWidth = 360);

    // The selected rows (else the current one) in view order, visible
    // columns in view order, first line the titles.
    QString selectionAsTsv() const;
    QJsonArray selectionAsJson() const;

    // A field quoted as spreadsheets read it when it holds a tab, a line
    // break or a quote.
    static QString tsvField(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> selectedRows() const;
    QString cellText(const QModelIndex &index) const;
    // False, after telling the user, when some of `rows` are not in memory.
    bool rowsLoaded(const QList<int> &rows) const;
    void copyRows();
    void copyRowsJson();
    void copyCell();
    void showMenu(const QPoint &pos);
    void inspect(const QModelIndex &index);
    static QString rowTitle(int row);
    // Fills the waiting inspector once the model has the inspected row.
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void fitColumns(int first, int last);

    QTableView *m_view;
    QAction *m_copyRows;
    QAction *m_copyRowsJson;
    QAction *m_copyCell;
    QPointer<RowInspectorDialog> m_inspector;
    // The row the inspector waits for (first column), while it waits.
    QPersistentModelIndex m_awaited;
    QMetaObject::Connection m_awaitedWatch;
    int m_maxTitleWidth = 0;
};
