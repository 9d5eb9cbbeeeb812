#pragma once

class Router;
class SandboxEngine;

// GET /runs/callbacks, GET /runs/callbacks/{uid} and its replay (contract section 5).
// Registered before the run routes so the literal path wins over /runs/{uid}.
void addCallbackRoutes(Router &router, SandboxEngine &engine);
