#pragma once

#include "core/timeline/runspan.h"

#include <QAbstractScrollArea>
#include <QList>

// One bar per run, from its creation to its end (now while active), cut
// into the statuses it held, with a cap in its end status; time whose
// status is not known is hatched grey (a legend in the header says so). Painted by hand
// over virtual rows, so ten thousand runs cost what the visible rows cost.
// Rows are the runs whose life touches the visible range, oldest first;
// the time axis can be lined up with a chart's plot area above it.
class GanttView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GanttView)

public:
    static constexpr int kRowHeight = 18;
    static constexpr int kHeaderHeight = 20;

    explicit GanttView(QWidget *parent = nullptr);
    ~GanttView() override;

    void setSpans(const QList<RunSpan> &spans);
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    // Pixels left of the time axis (run names go there) and right of it.
    void setAxisMargins(int left, int right);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const RunSpan &spanAt(int row) const { return m_spans.at(m_rows.at(row)); }
    // The row of a run in range, or -1.
    int rowOf(const QString &uid) const;
    void scrollToRow(int row);
    // Where a row's bar is drawn, in viewport coordinates (clipped to the
    // time axis); empty when the row is scrolled out of view.
    QRect barRect(int row) const;
    // What hovering at a viewport position shows; empty off the bars.
    QString toolTipAt(const QPoint &pos) const;
    // The viewport x of a time on the axis.
    qreal xOf(qint64 ms) const;
    // Where the header's legend of the hatched fill is; empty when the
    // gutter is too narrow for it.
    QRect legendRect() const;
    static QString legendText();

signals:
    void runActivated(const QString &uid);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void filterRows();
    void updateScrollBar();
    int rowAt(int y) const;
    qint64 msAt(qreal x) const;
    int axisLeft() const;
    int axisRight() const;
    void paintHeader(QPainter &painter) const;
    void paintRow(QPainter &painter, int row, int y) const;

    QList<RunSpan> m_spans;
    // Indexes into m_spans by start time, then those of the runs in range.
    QList<int> m_order;
    QList<int> m_rows;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    int m_leftMargin = 160;
    int m_rightMargin = 8;
    int m_currentRow = -1;
};
