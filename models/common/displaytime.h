#pragma once

#include <QDateTime>
#include <QVariant>

#include <functional>

// How a time cell reads on screen. The widgets choose the zone and the
// format (ui's TimeDisplay installs its formatter); the models answer
// Qt::AccessibleTextRole with the same text, so what a screen reader reads
// is what the screen shows, not the ISO UTC value behind it.
namespace DisplayTime {

using Formatter = std::function<QString(const QDateTime &)>;

void setFormatter(Formatter formatter);

// The shown text of a cell whose display value is a time; nothing for any
// other value, so the cell is read as it is displayed.
QVariant accessibleText(const QVariant &display);

} // namespace DisplayTime
