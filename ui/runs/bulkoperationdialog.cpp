#include "ui/runs/bulkoperationdialog.h"

#include "models/session/session.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/statusstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    RunColumn,
    StatusColumn,
    OutcomeColumn,
};

QString pastTense(RunOperation operation)
{
    switch (operation) {
    case RunOperation::Resume:
        return BulkOperationDialog::tr("Will be resumed");
    case RunOperation::Continue:
        return BulkOperationDialog::tr("Will be continued");
    case RunOperation::Cancel:
        break;
    }
    return BulkOperationDialog::tr("Will be cancelled");
}

} // namespace

BulkOperationDialog::BulkOperationDialog(Session *session, const RunOperationPlan &plan,
                                         QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_runner(session->newBulkOperation(plan, this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_confirm(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("bulkOperationDialog"));
    setWindowTitle(tr("%1 runs").arg(RunOperationPlan::verb(plan.operation)));
    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setText(plan.summary());
    m_summary->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("bulkRunsList"));
    KeyboardNavigation::letTabLeave(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Run"), tr("Status"), tr("What happens")});
    m_list->header()->setSectionResizeMode(RunColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    auto addRow = [this](const Run &run, const QString &what, bool skipped) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RunColumn, runTitle(run));
        item->setToolTip(RunColumn, run.uid);
        item->setText(StatusColumn, run.statusText);
        item->setIcon(StatusColumn, StatusStyle::icon(run.status));
        item->setText(OutcomeColumn, what);
        if (skipped)
            item->setForeground(OutcomeColumn, palette().color(QPalette::PlaceholderText));
        m_items.insert(run.uid, item);
    };
    for (const Run &run : plan.eligible)
        addRow(run, pastTense(plan.operation), false);
    for (const auto &skipped : plan.skipped)
        addRow(skipped.run, tr("Skipped: %1").arg(skipped.reason), true);

    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, static_cast<int>(plan.eligible.size()));
    m_progress->setValue(0);
    m_progress->hide();

    m_confirm->setObjectName(QStringLiteral("bulkConfirmButton"));
    m_confirm->setText(tr("%1 %Ln run(s)", nullptr, int(plan.eligible.size()))
                           .arg(RunOperationPlan::verb(plan.operation)));
    m_confirm->setEnabled(!plan.isEmpty());
    m_confirm->setDefault(!plan.isEmpty());
    m_close->setObjectName(QStringLiteral("bulkCloseButton"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(m_confirm, &QPushButton::clicked, this, &BulkOperationDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runner, &BulkOperationRunner::outcomeReady, this, &BulkOperationDialog::onOutcome);
    connect(m_runner, &BulkOperationRunner::runUpdated, this, &BulkOperationDialog::runUpdated);
    connect(m_runner, &BulkOperationRunner::finished, this, &BulkOperationDialog::onFinished);
}

BulkOperationDialog::~BulkOperationDialog()
{
    // The runner is a child and outlives this class's members.
    m_runner->disconnect(this);
}

void BulkOperationDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->stop();
        return;
    }
    QDialog::reject();
}

QString BulkOperationDialog::runTitle(const Run &run)
{
    return run.name.isEmpty() ? run.uid : run.name;
}

void BulkOperationDialog::confirm()
{
    m_confirm->setEnabled(false);
    m_close->setText(tr("Stop"));
    disconnect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, m_runner, &BulkOperationRunner::stop);
    m_progress->show();
    m_summary->setText(tr("Sending…"));
    m_runner->start();
}

void BulkOperationDialog::onOutcome(const BulkOperationRunner::Outcome &outcome)
{
    m_progress->setValue(m_runner->doneCount());
    QTreeWidgetItem *item = m_items.value(outcome.run.uid);
    if (!item)
        return;
    item->setText(StatusColumn, outcome.run.statusText);
    item->setIcon(StatusColumn, StatusStyle::icon(outcome.run.status));
    item->setText(OutcomeColumn, outcome.succeeded ? tr("Done: %1").arg(outcome.message)
                                                   : tr("Failed: %1").arg(outcome.message));
    item->setForeground(OutcomeColumn, outcome.succeeded ? palette().color(QPalette::Text)
                                                         : StatusStyle::color(RunStatus::Failed));
}

void BulkOperationDialog::onFinished()
{
    int succeeded = 0;
    QSet<QString> answered;
    for (const auto &outcome : m_runner->outcomes()) {
        succeeded += outcome.succeeded ? 1 : 0;
        answered.insert(outcome.run.uid);
    }
    for (const Run &run : std::as_const(m_plan.eligible)) {
        if (!answered.contains(run.uid))
            m_items.value(run.uid)->setText(OutcomeColumn, tr("Not sent"));
    }
    const int failed = m_runner->doneCount() - succeeded;
    const int notSent = static_cast<int>(m_plan.eligible.size()) - m_runner->doneCount();
    QString text = tr("%1 of %2 runs done.").arg(succeeded).arg(m_plan.eligible.size());
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%1 failed; see why below.").arg(failed);
    if (notSent > 0)
        text += QLatin1Char(' ') + tr("%1 not sent (stopped).").arg(notSent);
    if (!m_plan.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("%1 skipped.").arg(m_plan.skipped.size());
    m_summary->setText(text);
    m_close->setText(tr("Close"));
    disconnect(m_close, &QPushButton::clicked, m_runner, &BulkOperationRunner::stop);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}
