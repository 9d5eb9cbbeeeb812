// The cron editor on real widgets, offscreen, driven from the keyboard:
// `30 8 * * 1-5` built with the fields and read back from the text;
// `*/15 9-17 * * 1-5` typed and seen in the fields; an out-of-range day
// shown under its field; an expression the fields cannot show kept as
// typed; one that never fires refused; fire times in two zones with the
// daylight-saving mark in words; and every control reached by Tab and
// named.

#include "core/cron/croneditmodel.h"
#include "core/time/clock.h"
#include "tests/support/accessibilitychecks.h"
#include "ui/common/fieldmessage.h"
#include "ui/cron/croneditor.h"
#include "ui/cron/cronfieldeditor.h"
#include "ui/cron/cronvaluegrid.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// The field editors' mode combo boxes list: every, specific, range, step.
enum Mode
{
    Every,
    Specific,
    Range,
    Step,
};

// Moves a combo box to `index` with the arrow keys, as a user would.
void chooseWithArrows(QComboBox *combo, int index)
{
    combo->setFocus(Qt::TabFocusReason);
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

void chooseValue(QComboBox *combo, int value)
{
    chooseWithArrows(combo, combo->findData(value));
}

// Puts the grid's current cell on `value` with the arrows and presses Space.
void toggleWithKeys(CronValueGrid *grid, int value)
{
    grid->setFocus(Qt::TabFocusReason);
    QModelIndex target;
    for (int row = 0; row < grid->model()->rowCount(); ++row) {
        for (int column = 0; column < grid->model()->columnCount(); ++column) {
            const QModelIndex index = grid->model()->index(row, column);
            if (index.data(Qt::UserRole).toInt() == value && index.flags() & Qt::ItemIsEnabled)
                target = index;
        }
    }
    QVERIFY(target.isValid());
    while (grid->currentIndex().row() < target.row())
        QTest::keyClick(grid, Qt::Key_Down);
    while (grid->currentIndex().row() > target.row())
        QTest::keyClick(grid, Qt::Key_Up);
    while (grid->currentIndex().column() < target.column())
        QTest::keyClick(grid, Qt::Key_Right);
    while (grid->currentIndex().column() > target.column())
        QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->currentIndex(), target);
    QTest::keyClick(grid, Qt::Key_Space);
}

void typeExpression(CronEditor *editor, const char *text)
{
    auto *line = child<QLineEdit>(editor, "cronExpression");
    line->setFocus(Qt::TabFocusReason);
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, QString::fromLatin1(text));
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestCronEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildWithTheFields();
    void typedTextShowsInTheFields();
    void fieldsShowWhatCoreRead_data();
    void fieldsShowWhatCoreRead();
    void outOfRangeDayUnderItsField();
    void fieldsStepAsideForWhatTheyCannotShow();
    void neverFiringExpressionIsInvalid();
    void emptySetIsInvalidUntilAValueIsChosen();
    void clickAnywhereInACellTicksIt();
    void presetWritesTheFields();
    void fireTimesInTwoZonesWithTheirMarks();
    void tabReachesEveryNamedControl_data();
    void tabReachesEveryNamedControl();

private:
    std::unique_ptr<QScrollArea> m_window;
    CronEditor *m_editor = nullptr;
    Clock m_clock;
};

void TestCronEditor::init()
{
    m_clock.setSource([] { return utc("2026-03-27T00:00:00Z"); });
    // In a scroll area, as a dialog would hold it: the editor's size
    // changes with the forms shown, the window's does not.
    m_window = std::make_unique<QScrollArea>();
    m_window->setWidgetResizable(true);
    m_editor = new CronEditor;
    m_window->setWidget(m_editor);
    m_editor->setClock(&m_clock);
    m_editor->setScheduleZone(QTimeZone("Europe/Paris"));
    m_editor->setDisplayZone(QTimeZone::utc());
    m_window->resize(1100, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCronEditor::cleanup()
{
    m_window.reset();
}

void TestCronEditor::buildWithTheFields()
{
    m_editor->setExpression(QStringLiteral("* * * * *"));
    QSignalSpy changed(m_editor, &CronEditor::changed);

    // Minute: specific, 0 (where it starts) off, 30 on.
    chooseWithArrows(child<QComboBox>(m_editor, "cronMinuteMode"), Specific);
    auto *minutes = child<CronValueGrid>(m_editor, "cronMinuteGrid");
    QCOMPARE(minutes->checkedValues(), QList<int>{0});
    toggleWithKeys(minutes, 0);
    toggleWithKeys(minutes, 30);
    QCOMPARE(minutes->checkedValues(), QList<int>{30});
    // Hour: specific 8.
    chooseWithArrows(child<QComboBox>(m_editor, "cronHourMode"), Specific);
    auto *hours = child<CronValueGrid>(m_editor, "cronHourGrid");
    toggleWithKeys(hours, 8);
    toggleWithKeys(hours, 0);
    QCOMPARE(hours->checkedValues(), QList<int>{8});
    // Day of week: Monday through Friday.
    chooseWithArrows(child<QComboBox>(m_editor, "cronDayOfWeekMode"), Range);
    chooseValue(child<QComboBox>(m_editor, "cronDayOfWeekRangeFrom"), 1);
    chooseValue(child<QComboBox>(m_editor, "cronDayOfWeekRangeThrough"), 5);

    QCOMPARE(child<QLineEdit>(m_editor, "cronExpression")->text(), QStringLiteral("30 8 * * 1-5"));
    QCOMPARE(m_editor->expression(), QStringLiteral("30 8 * * 1-5"));
    QVERIFY(m_editor->isValid());
    QVERIFY(changed.size() > 0);
    QCOMPARE(child<QComboBox>(m_editor, "cronPreset")->currentText(), QStringLiteral("Weekdays"));
    QCOMPARE(child<QLabel>(m_editor, "cronDescription")->text(),
             QStringLiteral("At 08:30, Monday through Friday"));
}

void TestCronEditor::typedTextShowsInTheFields()
{
    typeExpression(m_editor, "*/15 9-17 * * 1-5");

    QCOMPARE(m_editor->expression(), QStringLiteral("*/15 9-17 * * 1-5"));
    QVERIFY(m_editor->isValid());
    QCOMPARE(child<QComboBox>(m_editor, "cronMinuteMode")->currentIndex(), int(Step));
    QCOMPARE(child<QSpinBox>(m_editor, "cronMinuteStep")->value(), 15);
    QCOMPARE(child<QComboBox>(m_editor, "cronMinuteStepFrom")->currentData().toInt(), 0);
    QCOMPARE(child<QComboBox>(m_editor, "cronMinuteStepThrough")->currentData().toInt(), 59);
    QCOMPARE(child<QComboBox>(m_editor, "cronHourMode")->currentIndex(), int(Range));
    QCOMPARE(child<QComboBox>(m_editor, "cronHourRangeFrom")->currentData().toInt(), 9);
    QCOMPARE(child<QComboBox>(m_editor, "cronHourRangeThrough")->currentData().toInt(), 17);
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfMonthMode")->currentIndex(), int(Every));
    QCOMPARE(child<QComboBox>(m_editor, "cronMonthMode")->currentIndex(), int(Every));
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfWeekMode")->currentIndex(), int(Range));
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfWeekRangeFrom")->currentText(),
             QStringLiteral("Mon"));
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfWeekRangeThrough")->currentText(),
             QStringLiteral("Fri"));
    QVERIFY(child<QComboBox>(m_editor, "cronMinuteMode")->isEnabled());
    QVERIFY(!child<QLabel>(m_editor, "cronFieldsNote")->isVisible());
    QCOMPARE(child<QComboBox>(m_editor, "cronPreset")->currentText(), QStringLiteral("Custom"));
}

void TestCronEditor::fieldsShowWhatCoreRead_data()
{
    QTest::addColumn<QString>("expression");
    for (const char *text :
         {"0-59/15 * * * *", "*/15 * * * *", "5-59/15 */2 1-31/3 1-12/2 1-7/2", "0 0 * * 5-7",
          "0 0 * * 7-7", "0 9-12,14-17 * * *", "1,2,3 * 31 12 0,6", "0 0 * * 0-7", "0 0 */10 * */2",
          "59 23 1-31 jan-dec mon-sun"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestCronEditor::fieldsShowWhatCoreRead()
{
    // Each field editor gives back exactly the field core read, so editing
    // one field loses nothing in it (a range step stays a range step, a
    // range ending on Sunday as 7 keeps its 7).
    QFETCH(QString, expression);
    m_editor->setExpression(expression);
    const auto model = CronEditModel::fromExpression(expression);
    QVERIFY(model.has_value());
    const QList<CronFieldEditor *> editors = m_editor->findChildren<CronFieldEditor *>();
    QCOMPARE(editors.size(), 5);
    for (CronFieldEditor *editor : editors)
        QVERIFY2(editor->spec() == model->field(editor->kind()), qPrintable(editor->objectName()));
    QCOMPARE(m_editor->expression(), expression);
}

void TestCronEditor::outOfRangeDayUnderItsField()
{
    typeExpression(m_editor, "0 0 32 * *");

    QVERIFY(!m_editor->isValid());
    const QString expected = QStringLiteral("day-of-month: 32 is out of range 1-31");
    QCOMPARE(m_editor->problem(), expected);
    auto *message = child<FieldMessage>(m_editor, "cronDayOfMonthMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), expected);
    // Under the day-of-month field, not under another: below its controls,
    // above the month's, and read with the field by a screen reader.
    auto *field = child<QComboBox>(m_editor, "cronDayOfMonthMode");
    QCOMPARE(message->field(), field);
    QCOMPARE(field->accessibleDescription(), expected);
    const auto top = [this](QWidget *widget) { return widget->mapTo(m_editor, QPoint()).y(); };
    QVERIFY(top(message) >= top(field) + field->height());
    QVERIFY(top(message) < top(child<QComboBox>(m_editor, "cronMonthMode")));
    for (const char *other :
         {"cronMinuteMessage", "cronHourMessage", "cronMonthMessage", "cronDayOfWeekMessage"})
        QVERIFY2(!child<FieldMessage>(m_editor, other)->isVisible(), other);
    QCOMPARE(child<QTableWidget>(m_editor, "cronFireTimes")->rowCount(), 0);

    // Fixed in the text: the message goes.
    typeExpression(m_editor, "0 0 31 * *");
    QVERIFY(m_editor->isValid());
    QVERIFY(!message->isVisible());
    QVERIFY(field->accessibleDescription().isEmpty());
}

void TestCronEditor::fieldsStepAsideForWhatTheyCannotShow()
{
    // Odd spacing too: the text is kept exactly as typed.
    typeExpression(m_editor, "1-5,10-20/3  * *  * *");

    auto *line = child<QLineEdit>(m_editor, "cronExpression");
    QCOMPARE(line->text(), QStringLiteral("1-5,10-20/3  * *  * *"));
    QCOMPARE(m_editor->expression(), QStringLiteral("1-5,10-20/3  * *  * *"));
    QVERIFY(m_editor->isValid());
    auto *note = child<QLabel>(m_editor, "cronFieldsNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("cannot show")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("minute")));
    auto *minuteText = child<QLabel>(m_editor, "cronMinuteText");
    QVERIFY(minuteText->isVisible());
    QVERIFY(minuteText->text().contains(QLatin1String("1-5,10-20/3")));
    // The fields are out of the way, the text is the one to edit.
    QVERIFY(!child<QComboBox>(m_editor, "cronHourMode")->isEnabled());
    QVERIFY(!child<QComboBox>(m_editor, "cronPreset")->isEnabled());
    QVERIFY(line->isEnabled());
    // Still described and still firing.
    QVERIFY(!child<QLabel>(m_editor, "cronDescription")->text().isEmpty());
    QCOMPARE(child<QTableWidget>(m_editor, "cronFireTimes")->rowCount(), 10);

    // Back to something the fields show: they come back.
    typeExpression(m_editor, "1-5 * * * *");
    QVERIFY(!note->isVisible());
    QVERIFY(!minuteText->isVisible());
    QVERIFY(child<QComboBox>(m_editor, "cronHourMode")->isEnabled());
    QCOMPARE(child<QComboBox>(m_editor, "cronMinuteMode")->currentIndex(), int(Range));
}

void TestCronEditor::neverFiringExpressionIsInvalid()
{
    typeExpression(m_editor, "0 0 30 2 *");

    QVERIFY(!m_editor->isValid());
    const QString expected = QStringLiteral(
        "day-of-month: day 30 never occurs in February, so this expression never fires");
    QCOMPARE(m_editor->problem(), expected);
    QCOMPARE(child<FieldMessage>(m_editor, "cronDayOfMonthMessage")->text(), expected);
    QVERIFY(child<FieldMessage>(m_editor, "cronDayOfMonthMessage")->isVisible());
    QCOMPARE(child<QTableWidget>(m_editor, "cronFireTimes")->rowCount(), 0);
    // The fields still show it: it is a valid expression, only never due.
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfMonthMode")->currentIndex(), int(Specific));
}

void TestCronEditor::emptySetIsInvalidUntilAValueIsChosen()
{
    m_editor->setExpression(QStringLiteral("0 8 * * *"));
    auto *hours = child<CronValueGrid>(m_editor, "cronHourGrid");
    toggleWithKeys(hours, 8);

    QVERIFY(!m_editor->isValid());
    QCOMPARE(m_editor->problem(), QStringLiteral("hour: no value chosen; choose at least one"));
    QVERIFY(child<FieldMessage>(m_editor, "cronHourMessage")->isVisible());
    // The text keeps the last expression it could hold.
    QCOMPARE(m_editor->expression(), QStringLiteral("0 8 * * *"));

    toggleWithKeys(hours, 20);
    QVERIFY(m_editor->isValid());
    QCOMPARE(m_editor->expression(), QStringLiteral("0 20 * * *"));
}

void TestCronEditor::clickAnywhereInACellTicksIt()
{
    m_editor->setExpression(QStringLiteral("0 * * jan *"));
    auto *months = child<CronValueGrid>(m_editor, "cronMonthGrid");
    QVERIFY(months->isVisible());
    // March is the third cell of the first row; its label, right of the
    // small box, is clicked.
    const QModelIndex march = months->model()->index(0, 2);
    QCOMPARE(march.data().toString(), QStringLiteral("Mar"));
    const QRect cell = months->visualRect(march);
    QTest::mouseClick(months->viewport(), Qt::LeftButton, {},
                      QPoint(cell.right() - cell.width() / 4, cell.center().y()));
    QCOMPARE(months->checkedValues(), (QList<int>{1, 3}));
    QCOMPARE(m_editor->expression(), QStringLiteral("0 * * 1,3 *"));
    QCOMPARE(march.data(Qt::AccessibleTextRole).toString(), QStringLiteral("March"));
}

void TestCronEditor::presetWritesTheFields()
{
    m_editor->setExpression(QStringLiteral("* * * * *"));
    auto *preset = child<QComboBox>(m_editor, "cronPreset");
    QCOMPARE(preset->currentText(), QStringLiteral("Every N minutes"));
    chooseWithArrows(preset, preset->findText(QStringLiteral("Monthly")));
    auto *day = child<QSpinBox>(m_editor, "cronPresetDay");
    QVERIFY(day->isVisible());
    day->setFocus(Qt::TabFocusReason);
    QTest::keyClick(day, Qt::Key_Up);
    QCOMPARE(m_editor->expression(), QStringLiteral("0 9 2 * *"));
    QCOMPARE(child<QComboBox>(m_editor, "cronDayOfMonthMode")->currentIndex(), int(Specific));
    QCOMPARE(child<CronValueGrid>(m_editor, "cronDayOfMonthGrid")->checkedValues(), QList<int>{2});
}

void TestCronEditor::fireTimesInTwoZonesWithTheirMarks()
{
    typeExpression(m_editor, "30 2 * * *");

    auto *table = child<QTableWidget>(m_editor, "cronFireTimes");
    QCOMPARE(table->rowCount(), 10);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("In Europe/Paris"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("In UTC"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2026-03-27 02:30:00 CET"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-03-27 01:30:00 UTC"));
    QVERIFY(table->item(0, 2)->text().isEmpty());
    // 29 March: 02:30 does not exist in Paris.
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("2026-03-29 03:00:00 CEST"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("2026-03-29 01:00:00 UTC"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("moved by daylight saving"));
    QVERIFY(table->item(2, 0)->toolTip().startsWith(
        QLatin1String("02:30 does not exist on 2026-03-29 in Europe/Paris")));
    QCOMPARE(table->item(2, 2)->data(Qt::AccessibleDescriptionRole).toString(),
             table->item(2, 2)->toolTip());

    // Another display zone redraws the second column only.
    m_editor->setDisplayZone(QTimeZone("America/New_York"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("In America/New_York"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("2026-03-29 03:00:00 CEST"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("2026-03-28 21:00:00 EDT"));
}

void TestCronEditor::tabReachesEveryNamedControl_data()
{
    QTest::addColumn<QString>("expression");
    // Between them every form of every field and every preset parameter
    // is on screen once.
    QTest::newRow("step, range, set, every") << QStringLiteral("*/15 9-17 1,15 * 1-5");
    QTest::newRow("weekly preset") << QStringLiteral("0 9 * * 1,3");
    QTest::newRow("monthly preset") << QStringLiteral("0 9 1 * *");
    QTest::newRow("every minutes preset") << QStringLiteral("*/5 * * * *");
    QTest::newRow("hourly preset") << QStringLiteral("5 * * * *");
    QTest::newRow("sets and steps") << QStringLiteral("1 2 */2 1-12/2 0,6");
    QTest::newRow("cannot show") << QStringLiteral("1-5,10-20/3 * * * *");
    QTest::newRow("invalid") << QStringLiteral("0 0 32 * *");
}

void TestCronEditor::tabReachesEveryNamedControl()
{
    QFETCH(QString, expression);
    m_editor->setExpression(expression);
    QCOMPARE(AccessibilityChecks::unnamedControls(m_editor), QStringList());
    QCOMPARE(AccessibilityChecks::missedByTab(m_editor), QStringList());
}

QTEST_MAIN(TestCronEditor)
#include "tst_croneditor.moc"
