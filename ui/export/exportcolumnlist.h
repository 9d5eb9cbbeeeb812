#pragma once

#include "core/export/exportsettings.h"

#include <QList>
#include <QListWidget>
#include <QStringList>

// The columns of an export as the user arranges them: ticked or not,
// dragged into another order (or moved with Alt+Up/Down), renamed in place
// (F2 or a double click). Columns the data brings later are not listed
// here; the export adds them at the end.
class ExportColumnList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportColumnList)

public:
    explicit ExportColumnList(QWidget *parent = nullptr);

    // The columns known now, in their default order.
    void setColumns(const QStringList &sources);
    // Back to the default order, all ticked, names as they come.
    void restoreDefaults();
    // Empty while the user changed nothing, so the default order holds.
    QList<ExportColumnChoice> choices() const;
    bool isArranged() const;
    int includedCount() const;

signals:
    void arrangementChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void move(int by);

    QStringList m_sources;
};
