#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runboard"));
    auto *label =
        new QLabel(tr("<h2>Runboard</h2>"
                      "<p>The dashboard for the Edges automation API.</p>"
                      "<p>Runs, their statuses and timelines, schedules with a visual cron editor, "
                      "live queries and CSV export will live here.</p>"
                      "<p>Until then, try the cron engine from a terminal:<br>"
                      "<code>runboard cron next \"0 9 * * 1-5\" --tz Europe/Paris</code></p>"),
                   this);
    label->setObjectName(QStringLiteral("placeholderLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    setCentralWidget(label);
    resize(720, 420);
}
