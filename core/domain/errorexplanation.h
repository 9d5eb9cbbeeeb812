#pragma once

#include <QString>

struct ErrorBody;

// Turns a stored error or info object (a run's last_error/last_info, an
// input's last_error, contract 1.4 and 1.6) into one sentence an operator
// can act on: what happened and what to do. Labels the contract does not
// list fall back to the server's own message, so nothing is ever hidden.
class ErrorExplanation final
{
public:
    ErrorExplanation() = delete;

    // "LinkedIn timed out; the run retries on its own." plus the server's
    // message when it says more; the message alone for unknown labels.
    static QString sentence(const ErrorBody &error);
    // Only the advice for a known label; empty for unknown ones.
    static QString adviceFor(const QString &label);
};
