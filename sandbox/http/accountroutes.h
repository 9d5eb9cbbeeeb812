#pragma once

class Router;
class SandboxEngine;

// GET /identities and GET /workspaces (contract section 9).
void addAccountRoutes(Router &router, SandboxEngine &engine);
