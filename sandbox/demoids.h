#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Where the demo history's rows take their identifiers from: the store's
// counters in the engine, so the demo's uids and error references never
// repeat those of the runs that come after it.
struct DemoIds
{
    // `count` new uids.
    std::function<QStringList(int count)> uids;
    std::function<QString()> errorRef;
};
