#pragma once

#include <QDialog>

// Help › About: the version (CMake's project version, nothing else), the Qt
// it was built with and runs on, and the libraries it ships with, each with
// its licence, so an operator can answer "which build is this" and a
// packager can check the notices.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The same facts as plain text, for "Copy" and for bug reports.
    static QString versionsText();
};
