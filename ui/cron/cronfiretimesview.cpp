#include "ui/cron/cronfiretimesview.h"

#include "ui/common/timedisplay.h"

#include <QHeaderView>

namespace {

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

} // namespace

CronFireTimesView::CronFireTimesView(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("cronFireTimes"));
    setAccessibleName(tr("Next fire times"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setHorizontalHeaderLabels({tr("Schedule zone"), tr("Display zone"), tr("Daylight saving")});
}

void CronFireTimesView::showFireTimes(const QList<FireTimeNotes::FireTime> &fires,
                                      const QTimeZone &scheduleZone, const QTimeZone &displayZone)
{
    setHorizontalHeaderLabels({tr("In %1").arg(zoneName(scheduleZone)),
                               tr("In %1").arg(zoneName(displayZone)), tr("Daylight saving")});
    setRowCount(static_cast<int>(fires.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const FireTimeNotes::FireTime &fire = fires.at(row);
        const QStringList texts = {TimeDisplay::format(fire.at, scheduleZone),
                                   TimeDisplay::format(fire.at, displayZone),
                                   FireTimeNotes::label(fire.kind)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (!fire.reason.isEmpty()) {
                item->setToolTip(fire.reason);
                item->setData(Qt::AccessibleDescriptionRole, fire.reason);
            }
            setItem(row, column, item);
        }
    }
}

void CronFireTimesView::clearFireTimes()
{
    setRowCount(0);
}
