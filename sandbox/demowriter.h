#pragma once

class SandboxStore;
struct DemoPlan;

// Writes a demo history plan through the store's row classes, linking
// each input to its run and each output to its input by the ids the store
// gives back.
class DemoWriter final
{
public:
    explicit DemoWriter(SandboxStore &store);
    void write(const DemoPlan &plan);

private:
    SandboxStore &m_store;
};
