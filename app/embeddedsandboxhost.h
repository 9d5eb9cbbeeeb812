#pragma once

#include "sandbox/sandboxoptions.h"
#include "ui/connection/connectioncontroller.h"

#include <memory>

class SandboxEngine;

// The sandbox inside the dashboard's process, running only while the
// Sandbox connection is in use: a user on a real server pays for no port,
// no database and no simulated history.
class EmbeddedSandboxHost final
{
public:
    explicit EmbeddedSandboxHost(SandboxOptions options);
    ~EmbeddedSandboxHost();
    EmbeddedSandboxHost(const EmbeddedSandboxHost &) = delete;
    EmbeddedSandboxHost &operator=(const EmbeddedSandboxHost &) = delete;

    // Where the running engine listens, starting it first when needed.
    std::optional<ConnectionController::Embedded> start(QString *error);
    void stop();
    bool isRunning() const { return m_engine != nullptr; }

    // The controller's hooks, bound to this host.
    ConnectionController::EmbeddedSandbox hooks();

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxEngine> m_engine;
};
