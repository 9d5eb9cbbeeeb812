#include "ui/cron/cronfieldeditor.h"

#include "ui/common/fieldmessage.h"
#include "ui/cron/cronvaluegrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace {

struct FieldWords
{
    const char *name;   // "Minute": accessible names start with it
    const char *prefix; // object names: "cronMinuteMode"
    const char *every;
    const char *specific;
    const char *range;
    const char *step;
};

constexpr std::array<FieldWords, 5> kWords = {{
    {QT_TRANSLATE_NOOP("CronFieldEditor", "Minute"), "cronMinute",
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every minute"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Specific minutes"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Range of minutes"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every N minutes")},
    {QT_TRANSLATE_NOOP("CronFieldEditor", "Hour"), "cronHour",
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every hour"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Specific hours"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Range of hours"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every N hours")},
    {QT_TRANSLATE_NOOP("CronFieldEditor", "Day of month"), "cronDayOfMonth",
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every day of the month"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Specific days of the month"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Range of days of the month"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every N days of the month")},
    {QT_TRANSLATE_NOOP("CronFieldEditor", "Month"), "cronMonth",
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every month"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Specific months"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Range of months"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every N months")},
    {QT_TRANSLATE_NOOP("CronFieldEditor", "Day of week"), "cronDayOfWeek",
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every day of the week"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Specific days of the week"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Range of days of the week"),
     QT_TRANSLATE_NOOP("CronFieldEditor", "Every N days of the week")},
}};

const FieldWords &wordsFor(CronFieldKind kind)
{
    return kWords[static_cast<std::size_t>(kind)];
}

QString translated(const char *text)
{
    return CronFieldEditor::tr(text);
}

// The last value a step or a grid offers; day-of-week 7 (Sunday again) is
// only a range's end.
int lastOffered(CronFieldKind kind)
{
    return kind == CronFieldKind::DayOfWeek ? 6 : CronField::highest(kind);
}

void selectValue(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

// The values a spec matches, as the engine reads its text.
QList<int> valuesOf(const CronFieldSpec &spec)
{
    const auto field = CronField::parse(spec.kind(), spec.toText(), nullptr);
    return field ? field->values() : QList<int>();
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CronFieldEditor::CronFieldEditor(CronFieldKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_label(new QLabel(translated(wordsFor(kind).name) + QLatin1Char(':'), this))
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_grid(new CronValueGrid(kind, this))
    , m_text(new QLabel(this))
    , m_message(new FieldMessage(m_mode, this))
    , m_shown(CronFieldSpec::every(kind))
{
    const FieldWords &words = wordsFor(kind);
    const QString prefix = QString::fromLatin1(words.prefix);
    const QString name = translated(words.name);
    setObjectName(prefix + QLatin1String("Editor"));
    m_label->setBuddy(m_mode);
    // The same width for the five labels, so that the controls line up.
    int labelWidth = 0;
    for (const FieldWords &other : kWords) {
        labelWidth = std::max(labelWidth, m_label->fontMetrics().horizontalAdvance(
                                              translated(other.name) + QLatin1Char(':')));
    }
    m_label->setMinimumWidth(labelWidth + m_label->fontMetrics().averageCharWidth());
    m_mode->setObjectName(prefix + QLatin1String("Mode"));
    m_mode->setAccessibleName(name);
    m_mode->addItems({translated(words.every), translated(words.specific), translated(words.range),
                      translated(words.step)});
    m_grid->setObjectName(prefix + QLatin1String("Grid"));
    m_grid->setAccessibleName(tr("%1 values").arg(name));
    m_text->setObjectName(prefix + QLatin1String("Text"));
    m_text->setWordWrap(true);
    m_message->setObjectName(prefix + QLatin1String("Message"));

    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(m_grid);
    m_pages->addWidget(rangePage());
    m_pages->addWidget(stepPage());
    m_pages->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->addWidget(m_label, 0, Qt::AlignTop);
    row->addWidget(m_mode, 0, Qt::AlignTop);
    row->addWidget(m_pages, 1, Qt::AlignTop | Qt::AlignLeft);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_message);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &CronFieldEditor::onModeChanged);
    connect(m_grid, &CronValueGrid::valuesEdited, this, &CronFieldEditor::onControlEdited);
    for (QComboBox *combo : {m_rangeFirst, m_rangeLast, m_stepFirst, m_stepLast})
        connect(combo, &QComboBox::currentIndexChanged, this, &CronFieldEditor::onControlEdited);
    connect(m_step, &QSpinBox::valueChanged, this, &CronFieldEditor::onControlEdited);
    setSpec(CronFieldSpec::every(kind));
}

QComboBox *CronFieldEditor::valueCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    for (int value = CronField::lowest(m_kind); value <= CronField::highest(m_kind); ++value)
        combo->addItem(CronValueGrid::label(m_kind, value), value);
    return combo;
}

QWidget *CronFieldEditor::rangePage()
{
    const QString prefix = QString::fromLatin1(wordsFor(m_kind).prefix);
    const QString name = translated(wordsFor(m_kind).name);
    auto *page = new QWidget(m_pages);
    m_rangeFirst = valueCombo(tr("%1 range from").arg(name));
    m_rangeFirst->setObjectName(prefix + QLatin1String("RangeFrom"));
    m_rangeLast = valueCombo(tr("%1 range through").arg(name));
    m_rangeLast->setObjectName(prefix + QLatin1String("RangeThrough"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("from"), m_rangeFirst, page));
    layout->addWidget(m_rangeFirst);
    layout->addWidget(buddyLabel(tr("through"), m_rangeLast, page));
    layout->addWidget(m_rangeLast);
    layout->addStretch();
    return page;
}

QWidget *CronFieldEditor::stepPage()
{
    const QString prefix = QString::fromLatin1(wordsFor(m_kind).prefix);
    const QString name = translated(wordsFor(m_kind).name);
    auto *page = new QWidget(m_pages);
    m_step = new QSpinBox(this);
    m_step->setObjectName(prefix + QLatin1String("Step"));
    m_step->setAccessibleName(tr("%1 step").arg(name));
    // A step of 1 is no step, and one past the field's span picks only the
    // first value (the engine refuses it).
    m_step->setRange(2, lastOffered(m_kind) - CronField::lowest(m_kind));
    m_stepFirst = valueCombo(tr("%1 step from").arg(name));
    m_stepFirst->setObjectName(prefix + QLatin1String("StepFrom"));
    m_stepLast = valueCombo(tr("%1 step through").arg(name));
    m_stepLast->setObjectName(prefix + QLatin1String("StepThrough"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("every"), m_step, page));
    layout->addWidget(m_step);
    layout->addWidget(buddyLabel(tr("starting at"), m_stepFirst, page));
    layout->addWidget(m_stepFirst);
    layout->addWidget(buddyLabel(tr("through"), m_stepLast, page));
    layout->addWidget(m_stepLast);
    layout->addStretch();
    return page;
}

CronFieldSpec CronFieldEditor::spec() const
{
    switch (m_mode->currentIndex()) {
    case ValuesPage:
        return CronFieldSpec::values(m_kind, m_grid->checkedValues());
    case RangePage:
        return CronFieldSpec::range(m_kind, m_rangeFirst->currentData().toInt(),
                                    m_rangeLast->currentData().toInt());
    case StepPage: {
        const int step = m_step->value();
        const int first = m_stepFirst->currentData().toInt();
        const int last = m_stepLast->currentData().toInt();
        // A step written as a range (`0-59/15`) stays one: cron reads it
        // apart from `*/15` (see CronFieldSpec).
        if (m_shown.mode() == CronFieldSpec::Mode::Step && !m_shown.startsWithStar())
            return CronFieldSpec::rangeStep(m_kind, step, first, last);
        return CronFieldSpec::step(m_kind, step, first, last);
    }
    default:
        return CronFieldSpec::every(m_kind);
    }
}

void CronFieldEditor::setSpec(const CronFieldSpec &spec)
{
    m_shown = spec;
    m_setting = true;
    switch (spec.mode()) {
    case CronFieldSpec::Mode::Every:
        showPage(EveryPage);
        break;
    case CronFieldSpec::Mode::Values:
        m_grid->setCheckedValues(spec.values());
        showPage(ValuesPage);
        break;
    case CronFieldSpec::Mode::Range:
        selectValue(m_rangeFirst, spec.first());
        selectValue(m_rangeLast, spec.last());
        showPage(RangePage);
        break;
    case CronFieldSpec::Mode::Step:
        m_step->setValue(spec.stepSize());
        selectValue(m_stepFirst, spec.first());
        selectValue(m_stepLast, spec.last());
        showPage(StepPage);
        break;
    }
    m_setting = false;
}

void CronFieldEditor::showAsText(const QString &text)
{
    m_text->setText(tr("Cannot show \u201c%1\u201d here; edit it in the expression.").arg(text));
    showPage(TextPage);
}

void CronFieldEditor::showPage(Page page)
{
    // A stacked widget is as large as its largest page; only the shown one
    // should count, or a field on "every" would keep the grid's height.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(page);
    m_mode->setVisible(page != TextPage);
    if (page != TextPage) {
        const bool setting = std::exchange(m_setting, true);
        m_mode->setCurrentIndex(page);
        m_setting = setting;
    }
    m_pages->adjustSize();
    updateGeometry();
}

void CronFieldEditor::onModeChanged(int mode)
{
    if (m_setting)
        return;
    // The new form starts from what the field matched so far: "9-17" becomes
    // the ticked hours 9 to 17, and those become "from 9 through 17".
    const QList<int> values = valuesOf(m_shown);
    const bool every = m_shown.mode() == CronFieldSpec::Mode::Every || values.isEmpty();
    const int low = CronField::lowest(m_kind);
    m_setting = true;
    switch (mode) {
    case ValuesPage:
        m_grid->setCheckedValues(every ? QList<int>{low} : values);
        break;
    case RangePage:
        selectValue(m_rangeFirst, every ? low : values.first());
        selectValue(m_rangeLast, every ? lastOffered(m_kind) : values.last());
        break;
    case StepPage:
        selectValue(m_stepFirst, every ? low : values.first());
        selectValue(m_stepLast, lastOffered(m_kind));
        break;
    default:
        break;
    }
    m_setting = false;
    showPage(static_cast<Page>(mode));
    m_shown = spec();
    emit specEdited();
}

void CronFieldEditor::onControlEdited()
{
    if (m_setting)
        return;
    m_shown = spec();
    emit specEdited();
}
