#pragma once

class Router;
class SandboxEngine;

// POST /actions/{action}/run/live, run/async, run/schedule (contract section 2).
void addActionRoutes(Router &router, SandboxEngine &engine);
