#include "demohistory.h"

DemoHistory::DemoHistory(SandboxStore &store, SandboxClock &clock, const SyntheticData &data)
    : m_store(store)
    , m_clock(clock)
    , m_data(data)
{}

void DemoHistory::fill() {}
