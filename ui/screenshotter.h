#pragma once

#include <QSize>
#include <QString>

class LaunchDialog;
class MainWindow;
class QDialog;
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

    // --page export without a picture: once the runs have loaded, the
    // telling run's detail with Export… open on it.
    static void openExport(MainWindow *window);

private:
    bool waitForRuns();
    void openTellingRun();
    // The export dialog over the telling run (export), or the progress of
    // the largest run's export caught part-way (export-progress).
    QString saveExport(const QString &file);
    // The modal dialog named `name` once it is open; null after the deadline.
    QDialog *waitForModal(const QString &name);
    QString saveOver(QWidget *dialog, const QString &file);
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
