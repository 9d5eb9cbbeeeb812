#include "mainwindow.h"

#include "runs/runsmodel.h"
#include "runs/runwatcher.h"
#include "runspage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(EdgesClient *client, const QString &connection, QWidget *parent)
    : QMainWindow(parent)
    , m_runs(new RunsModel(client, this))
    , m_watcher(new RunWatcher(client, this))
    , m_runsPage(new RunsPage(m_runs, m_watcher, client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runboard — %1").arg(connection));
    setCentralWidget(m_runsPage);
    createActions(connection);
    connect(m_runs, &RunsModel::loadFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("Could not load runs: %1").arg(error.message()));
    });
    resize(1280, 760);
    m_runs->setFilter({});
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions(const QString &connection)
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_runsPage, &RunsPage::refresh);

    auto *about = new QAction(tr("&About Runboard"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Runboard"),
                           tr("<b>Runboard</b> %1<br>The desktop dashboard for the Edges "
                              "automation API.")
                               .arg(QApplication::applicationVersion()));
    });

    menuBar()->addMenu(tr("&File"))->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions(m_runsPage->runActions());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(m_runsPage->pauseAction());
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    auto *label = new QLabel(tr("Connection: <b>%1</b>").arg(connection), toolbar);
    label->setObjectName(QStringLiteral("connectionLabel"));
    label->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(label);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
    toolbar->addAction(m_runsPage->pauseAction());
}
