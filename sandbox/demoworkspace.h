#pragma once

#include "sandbox/sandboxaccount.h"

// Whose demo history the planner makes: the default workspace's full
// month, or the demo's second workspace, a smaller team.
struct DemoWorkspace
{
    SandboxAccount::Owner owner{SandboxAccount::workspaceUid(),
                                SandboxAccount::userUid(QStringLiteral("sandbox"))};
    bool small = false;
};
