#include "ui/screenshotter.h"

#include "models/runs/runsmodel.h"
#include "ui/live/livequerypage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QTimer>

namespace {

constexpr int kDeadlineMs = 20000;

} // namespace

Screenshotter::Screenshotter(MainWindow *window, QString page, QSize size)
    : m_window(window)
    , m_page(std::move(page))
    , m_size(size)
{}

void Screenshotter::settle(int milliseconds)
{
    // Lets queued replies, coalescing timers and layouts run their course.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool Screenshotter::waitForRuns()
{
    RunsModel *runs = m_window->runsModel();
    QElapsedTimer clock;
    clock.start();
    while ((runs->isLoading() || runs->rowCount() == 0) && clock.elapsed() < kDeadlineMs)
        settle(50);
    return runs->rowCount() > 0;
}

void Screenshotter::openTellingRun()
{
    // A finished async run with outputs says the most about the pane.
    RunsModel *runs = m_window->runsModel();
    int chosen = 0;
    for (int row = 0; row < runs->rowCount(); ++row) {
        const Run &run = runs->runAt(runs->index(row, 0));
        if (run.status == RunStatus::Succeeded && run.outputCount >= 10 &&
            run.executionMode == ExecutionMode::Async) {
            chosen = row;
            break;
        }
    }
    m_window->openRun(runs->runAt(runs->index(chosen, 0)));
}

void Screenshotter::runLiveQuery()
{
    m_window->showPage(MainWindow::Page::Live);
    LiveQueryPage *live = m_window->liveQueryPage();
    live->setPacing(0, 0);
    live->setAction(QStringLiteral("linkedin-search-people"));
    if (auto *input = live->findChild<QPlainTextEdit *>(QStringLiteral("liveInputEdit")))
        input->setPlainText(QStringLiteral(
            "{\n  \"linkedin_people_search_url\": "
            "\"https://www.linkedin.com/search/results/people/?keywords=cto%20fintech\"\n}"));
    live->run();
    QElapsedTimer clock;
    clock.start();
    while (live->isBusy() && clock.elapsed() < kDeadlineMs)
        settle(50);
}

QString Screenshotter::save(const QString &file)
{
    m_window->resize(m_size);
    m_window->show();
    if (!waitForRuns())
        return QStringLiteral("screenshot: the runs did not load");
    if (m_page == QLatin1String("run"))
        openTellingRun();
    else if (m_page == QLatin1String("timeline"))
        m_window->showPage(MainWindow::Page::Timeline);
    else if (m_page == QLatin1String("schedules"))
        m_window->showPage(MainWindow::Page::Schedules);
    else if (m_page == QLatin1String("live"))
        runLiveQuery();
    else
        m_window->showPage(MainWindow::Page::Runs);
    settle(1500);
    if (!m_window->grab().save(file))
        return QStringLiteral("screenshot: cannot write '%1'").arg(file);
    return {};
}
