#pragma once

class Router;
class SandboxEngine;

// The identities and workspaces routes of contract section 9.
void addAccountRoutes(Router &router, SandboxEngine &engine);
