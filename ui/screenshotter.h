#pragma once

#include <QSize>
#include <QString>

class LaunchDialog;
class MainWindow;
class QWidget;

// Renders one page of the window to a PNG for the README and for checking
// a change to the UI: shows the page at a fixed size, waits until its data
// has arrived (with a deadline), picks a telling run for the detail page,
// and saves what a user would see.
class Screenshotter final
{
public:
    Screenshotter(MainWindow *window, QString page, QSize size);

    // Empty on success, else what went wrong.
    QString save(const QString &file);

private:
    bool waitForRuns();
    void openTellingRun();
    void runLiveQuery();
    void walkLivePages();
    LaunchDialog *openLaunch();
    LaunchDialog *openNewSchedule();
    QWidget *openCronEditor();
    void settle(int milliseconds);

    MainWindow *m_window;
    QString m_page;
    QSize m_size;
};
