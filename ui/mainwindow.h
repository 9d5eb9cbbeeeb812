#pragma once

#include <QMainWindow>

// The dashboard's main window. For now it says what it will become; the
// runs, timelines and schedules pages arrive with the dashboard issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
