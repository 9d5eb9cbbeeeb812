// Prints what painting the runs table costs with 100,000 runs loaded: the
// runs page's table setup (its proxy sorted by name, its date and status
// delegates, times shown in Europe/Paris) rendered offscreen, after a jump
// to a random place and again in place (a repaint: hover, selection, a
// refresh). The model's cells are plain values (no JSON, no text built per
// call); the delegate formats each time cell as it paints. Figures only;
// nothing is asserted.
#include "core/domain/run.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "tests/bench/benchtiming.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/timedisplay.h"
#include "ui/runs/runstatusdelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

namespace {

QList<Run> workspace(int count)
{
    const QStringList statuses = {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"),
                                  QStringLiteral("RUNNING"), QStringLiteral("QUEUED")};
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC);
    QList<Run> runs;
    runs.reserve(count);
    for (int i = 0; i < count; ++i) {
        Run run;
        run.uid = QStringLiteral("5b0f6a7e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        run.name = QStringLiteral("Nightly inbox sync %1").arg(i % 40);
        run.actionName = QStringLiteral("linkedin-extract-messages");
        run.statusText = statuses.at(i % statuses.size());
        run.status = runStatusFromApi(run.statusText);
        run.executionMode = ExecutionMode::Async;
        run.outputCount = i % 500;
        run.createdAt = start.addSecs(-60LL * i);
        run.startedAt = run.createdAt.addSecs(5);
        run.finishedAt = run.createdAt.addSecs(65 + i % 300);
        run.updatedAt = run.finishedAt;
        runs.append(run);
    }
    return runs;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TimeDisplay::instance()->setZoneId(QStringLiteral("Europe/Paris"));
    RunsModel model(nullptr);
    model.mergeWindow(workspace(100000), true);
    RunsProxyModel proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setItemDelegate(new DateTimeDelegate(&view));
    view.setItemDelegateForColumn(RunsModel::StatusColumn, new RunStatusDelegate(&view));
    view.setSortingEnabled(true);
    view.sortByColumn(RunsModel::NameColumn, Qt::AscendingOrder);
    view.resize(1600, 900);
    view.show();
    view.grab();

    constexpr int kPaints = 100;
    QRandomGenerator random(11);
    QElapsedTimer timer;
    qint64 jumpNs = 0;
    qint64 repaintNs = 0;
    double jumpCpu = 0;
    double repaintCpu = 0;
    for (int i = 0; i < kPaints; ++i) {
        view.verticalScrollBar()->setValue(random.bounded(view.verticalScrollBar()->maximum()));
        double cpu = threadCpuMs();
        timer.start();
        view.grab();
        jumpNs += timer.nsecsElapsed();
        jumpCpu += threadCpuMs() - cpu;
        cpu = threadCpuMs();
        timer.start();
        view.grab();
        repaintNs += timer.nsecsElapsed();
        repaintCpu += threadCpuMs() - cpu;
    }
    const int rowsShown = view.rowAt(view.viewport()->height() - 1) - view.rowAt(0) + 1;
    std::printf("runs table: paint of %d rows x %d columns of %d runs after a jump: %.1f ms "
                "(%.1f ms CPU), a repaint in place: %.1f ms (%.1f ms CPU); average of %d\n",
                rowsShown, proxy.columnCount(), model.rowCount(),
                static_cast<double>(jumpNs) / 1e6 / kPaints, jumpCpu / kPaints,
                static_cast<double>(repaintNs) / 1e6 / kPaints, repaintCpu / kPaints, kPaints);
    return 0;
}
