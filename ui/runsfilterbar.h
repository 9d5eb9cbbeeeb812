#pragma once

#include "runs/runsmodel.h"

#include <QWidget>

class QComboBox;
class QToolButton;

// The filters above the runs table, each one a server-side filter of
// GET /runs (contract 3.1): any set of statuses, one action, one mode.
class RunsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsFilterBar)

public:
    explicit RunsFilterBar(QWidget *parent = nullptr);

    RunsModel::Filter filter() const;

signals:
    void filterChanged(const RunsModel::Filter &filter);

private:
    void emitFilter();
    void updateStatusText();

    QToolButton *m_statuses;
    QComboBox *m_action;
    QComboBox *m_mode;
};
