// Export… on the real main window against the in-process sandbox (issue
// 13): Ctrl+E in a run's detail and on the runs table, the dialog's column
// choices, Cancel keeping or removing the partial file and the resume that
// follows, several runs in one file or one per run, live runs refused, and
// the dialog's choices remembered. Files are read back as CSV records, not
// lines: scraped fields hold line breaks.

#include "core/csv/csvreader.h"
#include "core/domain/run.h"
#include "core/domain/runstatus.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "models/session/session.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/detail/rundetailpane.h"
#include "ui/export/exportprogressdialog.h"
#include "ui/mainwindow.h"
#include "ui/runs/runspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <functional>
#include <memory>

namespace {

constexpr int kExportTimeoutMs = 60000;

// Plays the user's part in the modal windows an export opens (the dialog,
// the resume and replace questions, the cancel question), one step per
// window in the order they must come. Each blocks in its own event loop,
// so the steps run from a timer. A modal window that is not the next step,
// or comes when none is left, is closed and noted: the test then fails
// naming it instead of hanging.
class ModalScript final : public QObject
{
public:
    using Act = std::function<void(QWidget *)>;

    ModalScript()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start();
    }

    // `name`: the window's object name, or its title.
    ModalScript &then(const QString &name, Act act)
    {
        m_steps.append({name, std::move(act)});
        return *this;
    }

    // Stops watching: a later modal window is another script's.
    void stop() { m_timer.stop(); }

    // Empty when every step ran and nothing unexpected came, else what.
    QString problems() const
    {
        QStringList all = m_problems;
        for (const Step &step : m_steps)
            all.append(QStringLiteral("\"%1\" never came").arg(step.name));
        return all.join(QStringLiteral("; "));
    }

    void note(const QString &problem) { m_problems.append(problem); }

    // Clicks the visible button of `window` whose text (without its &) is
    // `text`, or notes that there is none.
    void click(QWidget *window, const QString &text)
    {
        const auto buttons = window->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->isVisible() && button->text().remove(QLatin1Char('&')) == text) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        note(QStringLiteral("no button \"%1\" in \"%2\"").arg(text, window->objectName()));
    }

private:
    struct Step
    {
        QString name;
        Act act;
    };

    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (modal == m_current) {
            // A step that left its window open would block the test.
            if (m_since.elapsed() > kStuckMs) {
                note(QStringLiteral("\"%1\" stayed open").arg(modal->objectName()));
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
            }
            return;
        }
        m_current = modal;
        m_since.start();
        const QString name =
            modal->objectName().isEmpty() ? modal->windowTitle() : modal->objectName();
        if (m_steps.isEmpty() || (m_steps.first().name != modal->objectName() &&
                                  m_steps.first().name != modal->windowTitle())) {
            note(QStringLiteral("unexpected modal window \"%1\"").arg(name));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            return;
        }
        const Step step = m_steps.takeFirst();
        step.act(modal);
    }

    static constexpr int kStuckMs = 5000;

    QTimer m_timer;
    QElapsedTimer m_since;
    QList<Step> m_steps;
    QStringList m_problems;
    QPointer<QWidget> m_current;
};

#define VERIFY_SCRIPT(script)                                                                      \
    do {                                                                                           \
        (script).stop();                                                                           \
        const QString problems_ = (script).problems();                                             \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_));                                      \
    } while (false)

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The records of a CSV file, header first; empty when it is not CSV.
QList<QStringList> csvRecords(const QString &path, char delimiter = ',')
{
    const CsvReader::Document document = CsvReader::readAll(readFile(path), delimiter);
    if (document.error)
        return {};
    QList<QStringList> records;
    for (const CsvReader::Record &record : document.records)
        records.append(record.fields);
    return records;
}

// Types `text` into a line edit over what it holds, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportFromTheRunDetail();
    void columnsCanBeLeftOutAndRenamed();
    void cancelRemovesOrKeepsAndResumeCompletes();
    void severalRunsInOneFileOrOnePerRun();
    void liveRunsCannotBeExported();
    void dialogRemembersItsChoices();

private:
    // An async search run named `name`, ended.
    QString finishedSearchRun(const QString &name, int inputs, int maxResults);
    qint64 outputCount(const QString &uid);
    // "NAME-YYYY-MM-DD.csv", as the file name is proposed: the run's name
    // with each run of other characters than letters and digits made one
    // '-', and the day it was created (UTC).
    QString proposedName(const QString &uid, const QString &name);
    void openWindow(const QStringList &uids);
    // Shows the run in the detail, its outputs loaded; their table.
    QTableView *showInDetail(const QString &uid);
    // Ctrl+E with the focus on `target`, the window active again (the
    // progress window took the activation while it was open).
    void pressExport(QWidget *target);
    // The visible progress window, once there is one.
    ExportProgressDialog *progressWindow() const;
    // Waits for the progress window's summary; its text.
    QString waitForSummary(ExportProgressDialog *progress);
    void closeProgress();
    // A step that types `path` into the dialog's file field and presses Export.
    ModalScript::Act exportTo(ModalScript &script, const QString &path,
                              QString *proposed = nullptr);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RunboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export"));
}

void TestExport::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
}

void TestExport::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QString TestExport::finishedSearchRun(const QString &name, int inputs, int maxResults)
{
    QJsonArray list;
    for (int i = 0; i < inputs; ++i)
        list.append(SandboxApi::search(QString::fromLatin1(
            QUrl::toPercentEncoding(QStringLiteral("%1 %2").arg(name).arg(i)))));
    const SandboxFixture::Reply reply =
        m_sandbox->post(QStringLiteral("/actions/linkedin-search-people/run/async"),
                        QJsonObject{{QStringLiteral("inputs"), list},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("parameters"),
                                     QJsonObject{{QStringLiteral("max_results"), maxResults}}}});
    const QString uid = reply.json[QStringLiteral("run_uid")].toString();
    for (int week = 0; week < 10 && !uid.isEmpty(); ++week) {
        if (isTerminal(runStatusFromApi(m_sandbox->runStatus(uid))))
            return uid;
        m_sandbox->advance(7 * 24 * 3600);
    }
    qWarning() << "the run did not end:" << reply.status << reply.body;
    return {};
}

qint64 TestExport::outputCount(const QString &uid)
{
    return m_sandbox->run(uid).value(QLatin1String("output_count")).toInteger(-1);
}

QString TestExport::proposedName(const QString &uid, const QString &name)
{
    QString base;
    for (const QChar c : name)
        base += c.isLetterOrNumber() ? c : QLatin1Char('-');
    base.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    const QString day = m_sandbox->run(uid).value(QLatin1String("created_at")).toString().left(10);
    return base + QLatin1Char('-') + day + QStringLiteral(".csv");
}

void TestExport::openWindow(const QStringList &uids)
{
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->resize(1300, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (const QString &uid : uids)
        QTRY_VERIFY(m_window->runsModel()->rowOfUid(uid) >= 0);
}

QTableView *TestExport::showInDetail(const QString &uid)
{
    m_window->openRun(Run::fromJson(m_sandbox->run(uid)));
    RunDetailPane *pane = m_window->detailPane();
    [&] { QTRY_COMPARE(pane->runUid(), uid); }();
    GuiTest::namedChild<QTabWidget>(pane, "runDetailTabs")
        ->setCurrentIndex(RunDetailPane::OutputsTab);
    auto *outputs = GuiTest::namedChild<QTableView>(pane, "runOutputsView");
    [&] { QTRY_VERIFY(outputs->model()->rowCount() > 0); }();
    return outputs;
}

void TestExport::pressExport(QWidget *target)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key_E, Qt::ControlModifier);
}

ExportProgressDialog *TestExport::progressWindow() const
{
    const auto all = m_window->findChildren<ExportProgressDialog *>();
    for (ExportProgressDialog *dialog : all) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString TestExport::waitForSummary(ExportProgressDialog *progress)
{
    auto *summary = GuiTest::namedChild<QLabel>(progress, "exportSummary");
    [&] { QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), kExportTimeoutMs); }();
    return summary->text();
}

void TestExport::closeProgress()
{
    ExportProgressDialog *progress = progressWindow();
    if (!progress)
        return;
    QPointer<ExportProgressDialog> gone(progress);
    QTest::mouseClick(GuiTest::namedChild<QPushButton>(progress, "exportClose"), Qt::LeftButton);
    QTRY_VERIFY(!gone);
}

ModalScript::Act TestExport::exportTo(ModalScript &script, const QString &path, QString *proposed)
{
    return [&script, path, proposed](QWidget *dialog) {
        auto *field = GuiTest::namedChild<QLineEdit>(dialog, "exportPath");
        if (proposed)
            *proposed = field->text();
        retype(field, QDir::toNativeSeparators(path));
        auto *button = GuiTest::namedChild<QPushButton>(dialog, "exportButton");
        if (!button->isEnabled())
            script.note(QStringLiteral("Export is disabled for %1").arg(path));
        QTest::mouseClick(button, Qt::LeftButton);
    };
}

void TestExport::exportFromTheRunDetail()
{
    const QString name = QStringLiteral("Fintech CTOs, Berlin");
    const QString uid = finishedSearchRun(name, 30, 1000);
    QVERIFY(!uid.isEmpty());
    const qint64 expected = outputCount(uid);
    QVERIFY2(expected > 2 * 500, "the run should have several pages of outputs");
    openWindow({uid});
    QTableView *outputs = showInDetail(uid);

    const QString path = m_dir->filePath(QStringLiteral("berlin.csv"));
    QString proposed;
    ModalScript script;
    script.then(QStringLiteral("exportDialog"), exportTo(script, path, &proposed));
    pressExport(outputs);
    VERIFY_SCRIPT(script);
    QCOMPARE(QFileInfo(proposed).fileName(), proposedName(uid, name));

    ExportProgressDialog *progress = progressWindow();
    QVERIFY(progress);
    const QString summary = waitForSummary(progress);
    QVERIFY2(
        summary.contains(QStringLiteral("output_count is %1").arg(QLocale().toString(expected))),
        qPrintable(summary));
    QVERIFY(GuiTest::namedChild<QPushButton>(progress, "exportShowFolder")->isVisible());
    QVERIFY(GuiTest::namedChild<QPushButton>(progress, "exportOpen")->isVisible());
    QVERIFY(!GuiTest::namedChild<QPushButton>(progress, "exportCancel")->isVisible());

    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".resume.json")));
    const QList<QStringList> records = csvRecords(path);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.size() - 1, expected);
    // Every record as wide as the header.
    for (const QStringList &record : records)
        QCOMPARE(record.size(), records.first().size());
    closeProgress();
}

void TestExport::columnsCanBeLeftOutAndRenamed()
{
    const QString uid = finishedSearchRun(QStringLiteral("Columns"), 3, 100);
    QVERIFY(!uid.isEmpty());
    openWindow({uid});
    QTableView *outputs = showInDetail(uid);

    const QString path = m_dir->filePath(QStringLiteral("columns.csv"));
    QString renamed;
    QString leftOut;
    ModalScript script;
    const ModalScript::Act save = exportTo(script, path);
    script.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        auto *list = GuiTest::namedChild<QListWidget>(dialog, "exportColumns");
        if (list->count() < 3) {
            script.note(QStringLiteral("only %1 columns offered").arg(list->count()));
            return;
        }
        // F2 on the first column, a new name, Return.
        renamed = list->item(0)->text();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        if (!editor || !editor->isVisible()) {
            script.note(QStringLiteral("F2 opened no editor"));
            return;
        }
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Person"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Space on the second unticks it.
        leftOut = list->item(1)->text();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Space);
        if (list->item(0)->text() != QLatin1String("Person") ||
            list->item(1)->checkState() != Qt::Unchecked)
            script.note(QStringLiteral("the list did not take the edits"));
        save(dialog);
    });
    pressExport(outputs);
    VERIFY_SCRIPT(script);
    ExportProgressDialog *progress = progressWindow();
    QVERIFY(progress);
    const QString summary = waitForSummary(progress);

    const QList<QStringList> records = csvRecords(path);
    QVERIFY2(records.size() == outputCount(uid) + 1, qPrintable(summary));
    const QStringList header = records.first();
    QCOMPARE(header.first(), QStringLiteral("Person"));
    QVERIFY2(!header.contains(renamed), qPrintable(header.join(u',')));
    QVERIFY2(!header.contains(leftOut), qPrintable(header.join(u',')));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    closeProgress();
}

void TestExport::cancelRemovesOrKeepsAndResumeCompletes()
{
    const QString name = QStringLiteral("Big search");
    const QString uid = finishedSearchRun(name, 60, 1000);
    QVERIFY(!uid.isEmpty());
    const qint64 expected = outputCount(uid);
    QVERIFY(expected > 10 * 500);
    openWindow({uid});
    QTableView *outputs = showInDetail(uid);
    const QString path = m_dir->filePath(proposedName(uid, name));
    const QString part = path + QStringLiteral(".part");
    const QString state = path + QStringLiteral(".resume.json");
    // Every request answered late: the export lasts seconds, not a blink.
    QVERIFY(m_sandbox->setFaults(QStringLiteral("slow=1:200ms")));

    for (const bool keep : {false, true}) {
        ModalScript script;
        script.then(QStringLiteral("exportDialog"), exportTo(script, path));
        pressExport(outputs);
        VERIFY_SCRIPT(script);
        ExportProgressDialog *progress = progressWindow();
        QVERIFY(progress);
        auto *bar = GuiTest::namedChild<QProgressBar>(progress, "exportProgressBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, kExportTimeoutMs);
        QVERIFY2(bar->value() < bar->maximum(), "the export ended before it could be cancelled");

        ModalScript cancel;
        cancel.then(QStringLiteral("exportCancelBox"), [&cancel, keep](QWidget *box) {
            cancel.click(box, keep ? QStringLiteral("Keep and stop")
                                   : QStringLiteral("Remove and stop"));
        });
        QTest::mouseClick(GuiTest::namedChild<QPushButton>(progress, "exportCancel"),
                          Qt::LeftButton);
        VERIFY_SCRIPT(cancel);
        const QString summary = waitForSummary(progress);
        QVERIFY2(summary.contains(QStringLiteral("Cancelled")), qPrintable(summary));
        QVERIFY(!QFile::exists(path));
        QTRY_COMPARE(QFile::exists(part), keep);
        QTRY_COMPARE(QFile::exists(state), keep);
        closeProgress();
    }

    // The same export again: the dialog proposes the same file, and the
    // question to resume comes before anything is written.
    QVERIFY(m_sandbox->setFaults(QString()));
    QString proposed;
    QString question;
    ModalScript script;
    script.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        proposed = GuiTest::namedChild<QLineEdit>(dialog, "exportPath")->text();
        QTest::mouseClick(GuiTest::namedChild<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    });
    script.then(QStringLiteral("exportResumeBox"), [&](QWidget *box) {
        question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        script.click(box, QStringLiteral("Resume"));
    });
    pressExport(outputs);
    VERIFY_SCRIPT(script);
    QCOMPARE(QDir::fromNativeSeparators(proposed), path);
    QVERIFY2(question.contains(QStringLiteral("interrupted after")), qPrintable(question));
    ExportProgressDialog *progress = progressWindow();
    QVERIFY(progress);
    const QString summary = waitForSummary(progress);
    QVERIFY2(
        summary.contains(QStringLiteral("output_count is %1").arg(QLocale().toString(expected))),
        qPrintable(summary));
    QCOMPARE(csvRecords(path).size() - 1, expected);
    QVERIFY(!QFile::exists(part));
    QVERIFY(!QFile::exists(state));
    closeProgress();
}

void TestExport::severalRunsInOneFileOrOnePerRun()
{
    const QStringList names = {QStringLiteral("Growth leads"), QStringLiteral("Sales leads")};
    QStringList uids;
    qint64 total = 0;
    for (const QString &name : names) {
        uids.append(finishedSearchRun(name, 4, 300));
        QVERIFY(!uids.last().isEmpty());
        total += outputCount(uids.last());
    }
    openWindow(uids);
    QTableView *table = m_window->runsPage()->table();
    RunsProxyModel *proxy = m_window->runsPage()->proxy();
    table->clearSelection();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (uids.contains(proxy->runAt(proxy->index(row, 0)).uid))
            table->selectionModel()->select(proxy->index(row, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->runsPage()->selectedRuns().size(), 2);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    // One file, a run_uid column first.
    const QString path = m_dir->filePath(QStringLiteral("both.csv"));
    ModalScript script;
    const ModalScript::Act save = exportTo(script, path);
    script.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        if (!GuiTest::namedChild<QRadioButton>(dialog, "exportOneFile")->isChecked())
            script.note(QStringLiteral("one file is not the first choice"));
        save(dialog);
    });
    pressExport(table);
    VERIFY_SCRIPT(script);
    QVERIFY(progressWindow());
    QString summary = waitForSummary(progressWindow());
    QList<QStringList> records = csvRecords(path);
    QVERIFY2(!records.isEmpty(), qPrintable(summary));
    QCOMPARE(records.first().first(), QStringLiteral("run_uid"));
    QCOMPARE(records.size() - 1, total);
    QMap<QString, qint64> perRun;
    for (qsizetype i = 1; i < records.size(); ++i)
        ++perRun[records.at(i).first()];
    for (const QString &uid : uids)
        QCOMPARE(perRun.value(uid), outputCount(uid));
    closeProgress();

    // One file per run, in a folder.
    const QString folder = m_dir->filePath(QStringLiteral("per-run"));
    QVERIFY(QDir().mkpath(folder));
    ModalScript perRunScript;
    const ModalScript::Act savePerRun = exportTo(perRunScript, folder);
    perRunScript.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        // On its indicator: the button is wider than what takes a click.
        auto *perRun = GuiTest::namedChild<QRadioButton>(dialog, "exportFilePerRun");
        QTest::mouseClick(perRun, Qt::LeftButton, {}, QPoint(6, perRun->height() / 2));
        if (!perRun->isChecked())
            perRunScript.note(QStringLiteral("one file per run did not take the click"));
        savePerRun(dialog);
    });
    pressExport(table);
    VERIFY_SCRIPT(perRunScript);
    QVERIFY(progressWindow());
    summary = waitForSummary(progressWindow());
    QVERIFY2(summary.contains(QStringLiteral("Every output is there")), qPrintable(summary));
    QStringList expectedFiles;
    for (int i = 0; i < uids.size(); ++i)
        expectedFiles.append(proposedName(uids.at(i), names.at(i)));
    QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written, expectedFiles);
    for (int i = 0; i < uids.size(); ++i) {
        records = csvRecords(QDir(folder).filePath(expectedFiles.at(i)));
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.size() - 1, outputCount(uids.at(i)));
        // A file of one run needs no run_uid column unless asked for.
        QVERIFY2(records.first().first() != QLatin1String("run_uid"),
                 qPrintable(expectedFiles.at(i)));
    }
    closeProgress();

    // The column one file forced on is not remembered as the user's choice.
    bool runUid = true;
    ModalScript single;
    single.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        runUid = GuiTest::namedChild<QCheckBox>(dialog, "exportRunUidColumn")->isChecked();
        single.click(dialog, QStringLiteral("Cancel"));
    });
    pressExport(showInDetail(uids.first()));
    VERIFY_SCRIPT(single);
    QVERIFY(!runUid);
}

void TestExport::liveRunsCannotBeExported()
{
    const QString stored = finishedSearchRun(QStringLiteral("Stored"), 2, 50);
    QVERIFY(!stored.isEmpty());
    const SandboxFixture::Reply live = m_sandbox->post(
        QStringLiteral("/actions/linkedin-extract-people/run/live"),
        QJsonObject{{QStringLiteral("input"), SandboxApi::profile(QStringLiteral("fay"))}});
    QCOMPARE(live.status, 200);
    const QJsonArray liveRuns =
        m_sandbox->get(QStringLiteral("/runs?execution_mode=LIVE")).json.toArray();
    QCOMPARE(liveRuns.size(), 1);
    const QString liveUid = liveRuns.first()[QStringLiteral("uid")].toString();
    openWindow({stored, liveUid});

    // The runs page: the live run alone cannot be exported; with a stored
    // run beside it, the stored one can.
    RunsPage *page = m_window->runsPage();
    QTableView *table = page->table();
    RunsProxyModel *proxy = page->proxy();
    const auto select = [&](const QStringList &which) {
        table->clearSelection();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (which.contains(proxy->runAt(proxy->index(row, 0)).uid))
                table->selectionModel()->select(
                    proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    };
    auto *exportRuns = GuiTest::namedChild<QAction>(page, "actionExportOutputs");
    select({liveUid});
    QCOMPARE(page->selectedRuns().size(), 1);
    QVERIFY(!exportRuns->isEnabled());
    select({liveUid, stored});
    QVERIFY(exportRuns->isEnabled());
    select({stored});
    QVERIFY(exportRuns->isEnabled());

    // The detail: disabled for the live run, and Ctrl+E opens nothing.
    RunDetailPane *pane = m_window->detailPane();
    auto *exportRun = GuiTest::namedChild<QAction>(pane, "actionExportRunOutputs");
    auto *button = GuiTest::namedChild<QToolButton>(pane, "detailExportButton");
    auto *tabs = GuiTest::namedChild<QTabWidget>(pane, "runDetailTabs");
    m_window->openRun(Run::fromJson(m_sandbox->run(stored)));
    QTRY_COMPARE(pane->runUid(), stored);
    QVERIFY(exportRun->isEnabled());
    QVERIFY(button->isEnabled());
    // The same keys on the stored run do open the dialog.
    ModalScript opens;
    opens.then(QStringLiteral("exportDialog"),
               [&opens](QWidget *dialog) { opens.click(dialog, QStringLiteral("Cancel")); });
    pressExport(tabs);
    VERIFY_SCRIPT(opens);

    m_window->openRun(Run::fromJson(m_sandbox->run(liveUid)));
    QTRY_COMPARE(pane->runUid(), liveUid);
    QVERIFY(!exportRun->isEnabled());
    QVERIFY(!button->isEnabled());
    // A dialog would open, and be noted, inside the key press.
    ModalScript none;
    pressExport(tabs);
    VERIFY_SCRIPT(none);
    QVERIFY(!progressWindow());
}

void TestExport::dialogRemembersItsChoices()
{
    const QString uid = finishedSearchRun(QStringLiteral("Remembered"), 3, 100);
    QVERIFY(!uid.isEmpty());
    openWindow({uid});
    QTableView *outputs = showInDetail(uid);

    const QString path = m_dir->filePath(QStringLiteral("semicolons.csv"));
    ModalScript script;
    const ModalScript::Act save = exportTo(script, path);
    script.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        auto *delimiter = GuiTest::namedChild<QComboBox>(dialog, "exportDelimiter");
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        QTest::mouseClick(GuiTest::namedChild<QCheckBox>(dialog, "exportBom"), Qt::LeftButton);
        save(dialog);
    });
    pressExport(outputs);
    VERIFY_SCRIPT(script);
    QVERIFY(progressWindow());
    waitForSummary(progressWindow());
    closeProgress();
    QVERIFY(readFile(path).startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records = csvRecords(path, ';');
    QCOMPARE(records.size() - 1, outputCount(uid));
    QVERIFY(records.first().size() > 3);

    // Open again: the choices are there; export to the same file, which
    // asks before replacing it.
    QString delimiter;
    bool bom = false;
    bool guard = false;
    ModalScript again;
    const ModalScript::Act saveAgain = exportTo(again, path);
    again.then(QStringLiteral("exportDialog"), [&](QWidget *dialog) {
        delimiter =
            GuiTest::namedChild<QComboBox>(dialog, "exportDelimiter")->currentData().toString();
        bom = GuiTest::namedChild<QCheckBox>(dialog, "exportBom")->isChecked();
        guard = GuiTest::namedChild<QCheckBox>(dialog, "exportFormulaGuard")->isChecked();
        saveAgain(dialog);
    });
    again.then(QStringLiteral("exportReplaceBox"),
               [&again](QWidget *box) { again.click(box, QStringLiteral("Yes")); });
    const QByteArray first = readFile(path);
    pressExport(outputs);
    VERIFY_SCRIPT(again);
    QCOMPARE(delimiter, QStringLiteral(";"));
    QVERIFY(bom);
    QVERIFY(guard);
    QVERIFY(progressWindow());
    waitForSummary(progressWindow());
    closeProgress();
    QCOMPARE(readFile(path), first);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
