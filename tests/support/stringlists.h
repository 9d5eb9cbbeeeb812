#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

// A QStringList from UTF-8 literals, for test tables: the strict Qt defines
// forbid the implicit const char * to QString conversion.
inline QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}
