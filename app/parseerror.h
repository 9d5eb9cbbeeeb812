#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// QCommandLineParser's complaint in our one-line shape, naming the option
// as the user typed it: "--pgae: unknown option", "--page: missing value".
QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments);

// The line a usage error prints: "error: WHAT; see 'COMMAND --help'".
QString usageErrorLine(const QString &what, const QString &command);
