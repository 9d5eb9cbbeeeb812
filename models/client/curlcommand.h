#pragma once

#include <QString>

class QUrl;
struct EdgesRequest;

// A request as a curl command line an operator can paste into a shell. The
// key is always the shell variable $EDGES_API_KEY, never its value, so a
// copied command is safe to share in a ticket.
class CurlCommand final
{
public:
    CurlCommand() = delete;

    static QString build(const EdgesRequest &request, const QUrl &url);
    // Single-quotes text for a POSIX shell.
    static QString quoted(const QString &text);
};
