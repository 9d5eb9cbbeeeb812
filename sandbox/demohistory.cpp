#include "demohistory.h"

#include "demoplan.h"
#include "demoplanner.h"
#include "demowriter.h"
#include "incrementalsource.h"
#include "sandboxclock.h"
#include "store/sandboxstore.h"
#include "syntheticdata.h"

DemoHistory::DemoHistory(SandboxStore &store, SandboxClock &clock, const SyntheticData &data)
    : m_store(store)
    , m_clock(clock)
    , m_data(data)
{}

void DemoHistory::fill()
{
    const IncrementalSource sources(m_store);
    SandboxStore &store = m_store;
    const DemoIds ids{[&store](int count) { return store.newUids(count); },
                      [&store] { return store.newErrorRef(); }};
    m_store.begin();
    const DemoPlan plan = DemoPlanner(m_data, sources, m_clock.nowMs(), ids).plan();
    DemoWriter(m_store).write(plan);
    m_store.commit();
}
