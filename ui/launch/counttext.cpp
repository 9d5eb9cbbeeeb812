#include "ui/launch/counttext.h"

#include <QLocale>

QString CountText::number(qsizetype count)
{
    // The contract's own spelling of its limits (100,000), whatever the
    // system's locale.
    return QLocale(QLocale::English).toString(qlonglong(count));
}

QString CountText::of(qsizetype count, const char *one, const char *many)
{
    return number(count) + QLatin1Char(' ') + QString::fromUtf8(count == 1 ? one : many);
}
