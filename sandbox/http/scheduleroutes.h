#pragma once

class Router;
class SandboxEngine;

// /schedules, /schedules/{uid} and the manage calls (contract section 4).
void addScheduleRoutes(Router &router, SandboxEngine &engine);
