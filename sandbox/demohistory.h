#pragma once

class SandboxClock;
class SandboxStore;
class SyntheticData;

// A realistic past for the demo (the admin demo call and --demo): a few
// hundred runs over the 30 days before now across every action and all
// ten statuses, with inputs, outputs and status times that agree with
// each other; schedules (daily, weekdays, monthly, one paused, one
// one-shot); callbacks, some of whose deliveries failed. DemoPlanner
// decides it, deterministically for the seed; DemoWriter stores it.
class DemoHistory final
{
public:
    DemoHistory(SandboxStore &store, SandboxClock &clock, const SyntheticData &data);
    void fill();

private:
    SandboxStore &m_store;
    SandboxClock &m_clock;
    const SyntheticData &m_data;
};
