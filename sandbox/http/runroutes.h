#pragma once

class Router;
class SandboxEngine;

// /runs and /runs/{uid}/... (contract section 3).
void addRunRoutes(Router &router, SandboxEngine &engine);
