#include "croncommand.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStringList>

namespace {

// Headless subcommands are recognised before any application object exists,
// so they run without a display.
QStringList argumentsAfter(int argc, char **argv, int first)
{
    QStringList arguments;
    for (int i = first; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "cron") == 0)
        return CronCommand::run(argumentsAfter(argc, argv, 2));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Runboard"));
    QApplication::setOrganizationName(QStringLiteral("Runboard"));
    QApplication::setApplicationVersion(QStringLiteral(RUNBOARD_VERSION));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
