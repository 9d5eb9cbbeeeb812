#pragma once

#include "ui/detail/runtimeline.h"

#include <QWidget>

// A horizontal strip with one block per stretch of a run's timeline, as
// wide as its share of the run's life and coloured by StatusStyle; each
// block carries its label when it fits, so colour is never the only cue.
// An ended run's final status gets a narrow block of its own.
class StatusTimelineBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTimelineBar)

public:
    explicit StatusTimelineBar(QWidget *parent = nullptr);

    void setTimeline(const RunTimeline &timeline, const QDateTime &now);
    // The blocks as last laid out, for tests and tooltips.
    const QList<QRect> &blocks() const { return m_blocks; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutBlocks();

    RunTimeline m_timeline;
    QDateTime m_now;
    QList<QRect> m_blocks;
};
