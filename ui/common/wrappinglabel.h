#pragma once

#include <QLabel>

// A word-wrapped label that layouts never squeeze below the height its
// text needs at its current width. Plain QLabel reports a one-line minimum,
// so a dialog at its smallest clips a wrapped warning top and bottom.
class WrappingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};
