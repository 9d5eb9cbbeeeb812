#pragma once

#include <QString>

// Counts in the words of the launch dialogs: "1 row", "1,000 rows". The
// dashboard ships in English only, so plural forms are written here rather
// than left to a translation that does not exist ("1 row(s)").
namespace CountText {

// The count as people read it, with thousands separated: "100,000".
QString number(qsizetype count);
// "1 row" or "1,000 rows".
QString of(qsizetype count, const char *one, const char *many);

} // namespace CountText
