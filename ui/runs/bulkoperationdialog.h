#pragma once

#include "core/domain/runoperationplan.h"
#include "models/runs/bulkoperationrunner.h"

#include <QDialog>
#include <QHash>

class Session;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Asks before a bulk resume, continue or cancel and then shows how each run
// fared. First it lists what will happen to every selected run (sent, or
// skipped and why); after the user confirms, one row per run fills in with
// the server's answer as it arrives.
class BulkOperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperationDialog)

public:
    BulkOperationDialog(Session *session, const RunOperationPlan &plan, QWidget *parent = nullptr);
    ~BulkOperationDialog() override;

    // While requests are out, Esc and the close button stop sending; the
    // dialog closes once every answer is in.
    void reject() override;

    const RunOperationPlan &plan() const { return m_plan; }
    BulkOperationRunner *runner() const { return m_runner; }

signals:
    void runUpdated(const Run &run);

private:
    void confirm();
    void onOutcome(const BulkOperationRunner::Outcome &outcome);
    void onFinished();
    static QString runTitle(const Run &run);

    RunOperationPlan m_plan;
    BulkOperationRunner *m_runner;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_close;
    QHash<QString, QTreeWidgetItem *> m_items;
};
