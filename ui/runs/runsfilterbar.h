#pragma once

#include "models/runs/runsmodel.h"
#include "ui/runs/runsfilterpresets.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class SchedulesModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The filters above the runs table. Status (any set), action, mode,
// schedule and a pasted run uid are server-side filters of GET /runs
// (contract 3.1); other search text narrows the loaded rows, since the
// contract has no text search. Presets save and restore the whole set, and
// a line of counts says how the loaded runs split by status.
// The status menu stays open while statuses are ticked, and "Clear"
// unticks them all.
class RunsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsFilterBar)

public:
    explicit RunsFilterBar(QWidget *parent = nullptr);

    RunsModel::Filter filter() const;
    QString searchText() const;
    RunsFilterPresets::Preset preset() const { return {filter(), searchText()}; }
    // Shows a saved or restored filter and announces it once.
    void setPreset(const RunsFilterPresets::Preset &preset);
    // The schedule filter lists what this model holds, kept up to date.
    void setSchedules(SchedulesModel *schedules);
    void setStatusCounts(const QMap<RunStatus, int> &counts, int loaded);

    void savePreset(const QString &name);
    void applyPreset(const QString &name);
    void removePreset(const QString &name);

signals:
    void filterChanged(const RunsModel::Filter &filter);
    // Text that is not a run uid: the rows shown are narrowed to it.
    void searchTextChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitFilter();
    void clearStatuses();
    void onSearchEdited();
    void updateStatusText();
    void rebuildScheduleCombo();
    void rebuildPresetMenu();
    void askPresetName();

    QToolButton *m_statuses;
    QComboBox *m_action;
    QComboBox *m_mode;
    QComboBox *m_schedule;
    QLineEdit *m_search;
    QToolButton *m_presets;
    QLabel *m_counts;
    SchedulesModel *m_schedules = nullptr;
    QTimer m_searchDelay;
    QTimer m_scheduleRebuild;
    bool m_applying = false;
    RunsModel::Filter m_lastEmitted;
    QString m_lastSearch;
};
