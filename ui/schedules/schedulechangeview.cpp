#include "ui/schedules/schedulechangeview.h"

#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronneverfires.h"
#include "core/time/ianazone.h"
#include "models/common/localeformat.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>

namespace {

using Row = ScheduleChangeView::Row;

// What one side shows, row by row, and the instants behind the times:
// the same instant in another zone reads differently but is no change.
struct Side
{
    std::array<QString, ScheduleChangeView::kRowCount> text;
    QDateTime start;
    QList<QDateTime> fires;
};

QString &cell(Side &side, Row row)
{
    return side.text[static_cast<std::size_t>(row)];
}

QTimeZone zoneOf(const ScheduleEdit &edit)
{
    const QString name = edit.timezone.trimmed();
    return IanaZone::isKnown(name) ? QTimeZone(name.toUtf8()) : QTimeZone();
}

// The wall time in the schedule's zone, which is what its cron speaks of,
// with the weekday a "1-5" is about.
QString wallTime(const QDateTime &at, const QTimeZone &zone)
{
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime wall = at.toTimeZone(shown);
    return LocaleFormat::withPattern(
               wall,
               QLatin1String("ddd ") + LocaleFormat::dateTimePattern(LocaleFormat::Seconds::Hide)) +
           QLatin1Char(' ') + shown.abbreviation(wall);
}

QString meaningOf(const ScheduleEdit &edit)
{
    // The time is the start's row: a zone change re-expresses it, which
    // is no change of meaning.
    if (edit.isOneShot())
        return ScheduleChangeView::tr("Once, at its start");
    auto parsed = CronExpression::parse(edit.cron);
    if (const auto *error = std::get_if<CronError>(&parsed))
        return ScheduleChangeView::tr("Not valid: %1").arg(error->message());
    const auto &expression = std::get<CronExpression>(parsed);
    if (const auto never = cronNeverFiresError(expression))
        return ScheduleChangeView::tr("Never fires: %1").arg(never->message());
    return describeCron(expression);
}

Side sideOf(const ScheduleEdit &edit, const QDateTime &now)
{
    const QTimeZone zone = zoneOf(edit);
    Side side;
    cell(side, Row::Name) =
        edit.name.trimmed().isEmpty() ? ScheduleChangeView::tr("(no name)") : edit.name.trimmed();
    cell(side, Row::Expression) =
        edit.isOneShot() ? ScheduleChangeView::tr("none (one-shot)") : edit.cron.trimmed();
    cell(side, Row::Meaning) = meaningOf(edit);
    cell(side, Row::Timezone) =
        zone.isValid() ? edit.timezone.trimmed()
                       : ScheduleChangeView::tr("“%1”: not a time zone").arg(edit.timezone);
    side.start = edit.scheduleAt;
    cell(side, Row::Start) = edit.scheduleAt.isValid()
                                 ? wallTime(edit.scheduleAt, zone)
                                 : ScheduleChangeView::tr("as the server has it (not listed)");

    QStringList lines;
    for (const FireTimeNotes::FireTime &fire :
         edit.nextFireTimes(now, ScheduleChangeView::kFireTimes)) {
        side.fires.append(fire.at);
        QString line = wallTime(fire.at, zone);
        if (fire.kind != FireTimeNotes::Kind::None)
            line += QStringLiteral(" (") + FireTimeNotes::label(fire.kind) + QLatin1Char(')');
        lines.append(line);
    }
    cell(side, Row::FireTimes) =
        lines.isEmpty() ? ScheduleChangeView::tr("none") : lines.join(QLatin1Char('\n'));
    return side;
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// "FireTimes" for the object names tests and screen readers find.
QString rowKey(Row row)
{
    switch (row) {
    case Row::Name:
        return QStringLiteral("Name");
    case Row::Expression:
        return QStringLiteral("Expression");
    case Row::Meaning:
        return QStringLiteral("Meaning");
    case Row::Timezone:
        return QStringLiteral("Timezone");
    case Row::Start:
        return QStringLiteral("Start");
    case Row::FireTimes:
        return QStringLiteral("FireTimes");
    }
    return {};
}

} // namespace

ScheduleChangeView::ScheduleChangeView(QWidget *parent)
    : QWidget(parent)
    , m_summary(valueLabel(QStringLiteral("changeSummary"), this))
    , m_note(valueLabel(QStringLiteral("changeNote"), this))
{
    setObjectName(QStringLiteral("scheduleChangeView"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    m_summary->setWordWrap(false);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->setRowMinimumHeight(1, fontMetrics().height() / 2);
    auto *nowTitle = new QLabel(tr("Now"), this);
    auto *afterTitle = new QLabel(tr("After saving"), this);
    for (QLabel *heading : {nowTitle, afterTitle}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    grid->addWidget(nowTitle, 2, 0);
    grid->addWidget(afterTitle, 2, 1);
    // Each row's title over its two values: the columns keep the width a
    // fire time needs, so none wraps.
    const int spacing = fontMetrics().height() / 2;
    int line = 3;
    for (int i = 0; i < kRowCount; ++i) {
        const auto row = static_cast<Row>(i);
        Cells &cells = m_rows[static_cast<std::size_t>(i)];
        cells.title = valueLabel(QStringLiteral("changeRow") + rowKey(row), this);
        // Short, and a wrapping label spanning columns is given the height
        // of a narrower one.
        cells.title->setWordWrap(false);
        cells.before = valueLabel(QStringLiteral("changeBefore") + rowKey(row), this);
        cells.after = valueLabel(QStringLiteral("changeAfter") + rowKey(row), this);
        // Under their title; an indent would push them down as well.
        cells.before->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0, 0, 0);
        cells.after->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0, 0, 0);
        grid->setRowMinimumHeight(line++, spacing);
        grid->addWidget(cells.title, line++, 0, 1, 2);
        grid->addWidget(cells.before, line, 0);
        grid->addWidget(cells.after, line++, 1);
    }
    grid->setRowMinimumHeight(line++, spacing);
    grid->addWidget(m_note, line++, 0, 1, 2);
    // A changed value is bold: the widest a fire time gets.
    QFont bold = font();
    bold.setBold(true);
    const int timeWidth =
        QFontMetrics(bold).horizontalAdvance(QStringLiteral("Wed 2026-03-04 08:30 CEST")) +
        fontMetrics().averageCharWidth() * 2;
    grid->setColumnMinimumWidth(0, timeWidth);
    grid->setColumnMinimumWidth(1, timeWidth);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(line, 1);
    m_note->hide();
}

QString ScheduleChangeView::title(Row row)
{
    switch (row) {
    case Row::Name:
        return tr("Name");
    case Row::Expression:
        return tr("Expression");
    case Row::Meaning:
        return tr("Meaning");
    case Row::Timezone:
        return tr("Time zone");
    case Row::Start:
        return tr("Start");
    case Row::FireTimes:
        return tr("Next %1 fire times").arg(kFireTimes);
    }
    return {};
}

void ScheduleChangeView::showChange(const ScheduleEdit &before, const ScheduleEdit &after,
                                    const QDateTime &now)
{
    Side was = sideOf(before, now);
    Side will = sideOf(after, now);
    // A start left alone is the one the schedule has.
    if (!after.scheduleAt.isValid()) {
        will.start = was.start;
        cell(will, Row::Start) = cell(was, Row::Start);
    }
    m_changed.clear();
    const ScheduleEdit::Fields fields = after.changesFrom(before);
    for (int i = 0; i < kRowCount; ++i) {
        const auto row = static_cast<Row>(i);
        const auto index = static_cast<std::size_t>(i);
        bool changed = false;
        switch (row) {
        case Row::Name:
            changed = fields.testFlag(ScheduleEdit::Field::Name);
            break;
        case Row::Expression:
            changed = fields.testFlag(ScheduleEdit::Field::Cron);
            break;
        case Row::Timezone:
            changed = fields.testFlag(ScheduleEdit::Field::Timezone);
            break;
        case Row::Start:
            changed = fields.testFlag(ScheduleEdit::Field::ScheduleAt);
            break;
        case Row::Meaning:
            changed = was.text[index] != will.text[index];
            break;
        case Row::FireTimes:
            changed = was.fires != will.fires;
            break;
        }
        Cells &cells = m_rows[index];
        cells.title->setText(changed ? tr("%1 (changes):").arg(title(row))
                                     : tr("%1:").arg(title(row)));
        cells.before->setText(was.text[index]);
        cells.after->setText(will.text[index]);
        for (QLabel *label : {cells.title, cells.after}) {
            QFont font = label->font();
            font.setBold(changed);
            label->setFont(font);
        }
        if (changed)
            m_changed.append(row);
    }
    QStringList names;
    for (const Row row : std::as_const(m_changed))
        names.append(title(row).toLower());
    m_summary->setText(names.isEmpty()
                           ? tr("Nothing changes yet.")
                           : tr("Saving changes: %1.").arg(names.join(QStringLiteral(", "))));
}

void ScheduleChangeView::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}
