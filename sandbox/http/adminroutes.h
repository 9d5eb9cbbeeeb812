#pragma once

class Router;
class SandboxEngine;

// The sandbox-only admin API under /_sandbox/: clock, sources, faults, reset, demo,
// and the count of API requests received.
void addAdminRoutes(Router &router, SandboxEngine &engine);
