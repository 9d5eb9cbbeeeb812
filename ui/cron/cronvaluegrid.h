#pragma once

#include "core/cron/cronfield.h"

#include <QList>
#include <QTableView>

class QStandardItemModel;

// The checkable values of one cron field laid out as a grid (0-59 in rows
// of ten, 0-23, 1-31, Jan-Dec, Sun-Sat). It is one Tab stop: the arrows
// move between values and Space or a click ticks one, and each value is
// read out as checked or not, so the grid works without a mouse and
// without colour.
class CronValueGrid final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronValueGrid)

public:
    explicit CronValueGrid(CronFieldKind kind, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    CronFieldKind kind() const { return m_kind; }
    // Ascending; Sunday as 0.
    QList<int> checkedValues() const;
    // Without valuesEdited(): only the user edits.
    void setCheckedValues(const QList<int> &values);

    // "Jan", "Sun", "5": how a value is shown in a grid or a list.
    static QString label(CronFieldKind kind, int value);
    // "January", "Sunday", "minute 5": how a screen reader says it.
    static QString spokenName(CronFieldKind kind, int value);

signals:
    void valuesEdited();

private:
    CronFieldKind m_kind;
    QStandardItemModel *m_model;
    bool m_setting = false;
};
