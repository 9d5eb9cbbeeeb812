#pragma once

#include "core/schedules/scheduleedit.h"

#include <QWidget>

#include <array>

class QLabel;

// The before → after of a schedule edit, in two columns: for the schedule
// as it is and as the edit leaves it, the name, the expression, what it
// means in English, the zone, the start and the next fire times. A row
// that changes says so in words in its title (and in bold), never by
// colour alone, and a line above sums the changes up, so the operator
// reads what Save will do before it is sent.
class ScheduleChangeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleChangeView)

public:
    static constexpr int kFireTimes = 5;

    enum class Row
    {
        Name,
        Expression,
        Meaning,
        Timezone,
        Start,
        FireTimes,
    };
    static constexpr int kRowCount = 6;

    explicit ScheduleChangeView(QWidget *parent = nullptr);

    // Fire times are counted from `now`.
    void showChange(const ScheduleEdit &before, const ScheduleEdit &after, const QDateTime &now);
    // Said under the fire times: a paused schedule fires only once resumed.
    void setNote(const QString &note);
    // The rows that change, in reading order.
    QList<Row> changedRows() const { return m_changed; }
    static QString title(Row row);

private:
    struct Cells
    {
        QLabel *title = nullptr;
        QLabel *before = nullptr;
        QLabel *after = nullptr;
    };

    QLabel *m_summary;
    std::array<Cells, kRowCount> m_rows;
    QLabel *m_note;
    QList<Row> m_changed;
};
