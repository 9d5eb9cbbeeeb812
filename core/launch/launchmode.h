#pragma once

// How a launch runs (contract 2.1): one live call answered in the response,
// an async run, or a schedule that starts runs.
enum class LaunchMode
{
    Live,
    Async,
    Schedule,
};
