#pragma once

#include "core/domain/runstatus.h"
#include "core/timeline/fleetbuckets.h"
#include "core/timeline/runspan.h"

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QMap>

class QAreaSeries;
class QCategoryAxis;
class QRubberBand;
class QValueAxis;

// Runs per status over time, stacked: one band per status in its
// StatusStyle colour, named by its label in the legend; time whose status
// is not known stacks on top as a hatched "Unknown (not observed)" band.
// The chart's background, plot area, axes and legend take their colours
// from the widget's palette, so they follow the light or dark theme. As on a
// map, dragging pans (any button) and the wheel (with or without Ctrl)
// zooms around the pointer; Shift+drag draws a band to zoom to, and the
// keyboard has the arrows to pan and +/- to zoom. Every change of range
// re-chooses the bucket size and counts again. A click on a band names
// that bucket and status (bucketActivated).
class FleetChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetChartView)

public:
    // Never narrower than this: finer than the smallest bucket says nothing.
    static constexpr qint64 kMinRangeMs = 10 * 60 * 1000;

    explicit FleetChartView(QWidget *parent = nullptr);
    ~FleetChartView() override;

    // The runs to count; the visible range stays.
    void setSpans(const QList<RunSpan> &spans);
    // The runs and a new range at once: one count instead of two.
    void setSpans(const QList<RunSpan> &spans, qint64 fromMs, qint64 toMs);
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    qint64 visibleFromMs() const { return m_fromMs; }
    qint64 visibleToMs() const { return m_toMs; }
    const FleetBuckets &buckets() const { return m_buckets; }
    // The legend's name of a status's band.
    static QString bandName(RunStatus status);
    // The band of a status, or nullptr while it has no runs in range.
    QAreaSeries *seriesFor(RunStatus status) const { return m_series.value(status); }

    // Narrows (factor < 1) or widens the range around `centreMs`.
    void zoom(double factor, qint64 centreMs);
    // Moves the range by a fraction of its width (negative: earlier).
    void pan(double fraction);

signals:
    void bucketActivated(const QDateTime &from, const QDateTime &to, RunStatus status);
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag
    {
        None,
        // Pressed, not moved far enough to be a drag: a click so far.
        Pending,
        PendingBand,
        Band,
        Pan,
    };

    // Clamps to kMinRangeMs..10 years; false when nothing changes.
    bool applyRange(qint64 fromMs, qint64 toMs);
    void applyPalette();
    void recount();
    void render();
    void setCountRange(int most);
    void updateTimeAxis();
    // The time under a viewport x, clamped to the plot area.
    qint64 msAtX(qreal x) const;
    void activateAt(const QPoint &viewportPos);

    QList<RunSpan> m_spans;
    FleetBuckets m_buckets;
    qint64 m_fromMs = 0;
    qint64 m_toMs = kMinRangeMs;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QMap<RunStatus, QAreaSeries *> m_series;
    QRubberBand *m_band;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressFromMs = 0;
    qint64 m_pressToMs = 0;
};
