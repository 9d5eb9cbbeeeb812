#pragma once

#include <QString>

// Counts in words: "1 row", "1,000 rows" ("1.000 Zeilen"). The words are a
// message with plural forms, marked where it is written:
//   CountText::of(n, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))
// English's own forms come from runboard_en.qm, like German's from
// runboard_de.qm; the number is in the locale's digits.
namespace CountText {

// The count as people of the locale read it: "100,000", "100.000".
QString number(qsizetype count);
// `text` translated in context CountText for `count`.
QString of(qsizetype count, const char *text);

} // namespace CountText
