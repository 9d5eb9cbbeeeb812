#include "ui/export/exportfilename.h"

#include <QDate>

namespace ExportFileName {

QString sanitized(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                          c == QLatin1Char('-');
        if (keep)
            result += c;
        else if (!result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    while (result.startsWith(QLatin1Char('-')) || result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.left(120);
}

QString forRun(const Run &run, const QString &suffix)
{
    QString base = sanitized(run.name);
    if (base.isEmpty())
        base = sanitized(run.actionName);
    if (base.isEmpty())
        base = sanitized(run.uid.left(8));
    const QDate day = run.createdAt.isValid() ? run.createdAt.toUTC().date() : QDate();
    if (day.isValid())
        base += QLatin1Char('-') + day.toString(Qt::ISODate);
    return base + QLatin1Char('.') + suffix;
}

QString forRuns(const QList<Run> &runs, const QString &suffix)
{
    if (runs.size() == 1)
        return forRun(runs.first(), suffix);
    QString action = runs.isEmpty() ? QString() : runs.first().actionName;
    for (const Run &run : runs) {
        if (run.actionName != action)
            action.clear();
    }
    const QString base = action.isEmpty() ? QStringLiteral("outputs") : sanitized(action);
    return QStringLiteral("%1-%2-runs-%3.%4")
        .arg(base)
        .arg(runs.size())
        .arg(QDate::currentDate().toString(Qt::ISODate), suffix);
}

} // namespace ExportFileName
