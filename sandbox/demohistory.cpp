#include "sandbox/demohistory.h"

#include "sandbox/demoplan.h"
#include "sandbox/demoplanner.h"
#include "sandbox/demowriter.h"
#include "sandbox/incrementalsource.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/syntheticdata.h"

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
    // The second workspace comes after, so the first one's history (and
    // its uids) is the same as before there were two.
    const QString key = SandboxAccount::demoKey();
    const DemoWorkspace acme{SandboxAccount::owner(key, SandboxAccount::demoWorkspace()), true};
    DemoWriter(m_store).write(DemoPlanner(m_data, sources, m_clock.nowMs(), ids, acme).plan());
    m_store.commit();
}
