#include "ui/launch/counttext.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

QString CountText::number(qsizetype count)
{
    return QLocale().toString(qlonglong(count));
}

QString CountText::of(qsizetype count, const char *text)
{
    // The plural form is chosen from an int; a count past it takes the
    // largest's form, which every language's "many" covers.
    const int n = int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("CountText", text, nullptr, n);
}
