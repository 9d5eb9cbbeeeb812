#pragma once

#include "sandbox/http/apiresponse.h"
#include "sandbox/http/outputspagejob.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class OutputPageReader;
class SandboxStore;

// Reads outputs pages off the event loop, so that the sandbox uses a second
// core for its heaviest route: on a thread of its own with a read-only
// connection of its own (WAL lets it read while the store writes), one
// page at a time in the order asked. A store no second connection can see
// (":memory:") is read inline through its own connection instead.
class OutputsPager final
{
public:
    using Done = std::function<void(ApiResponse)>;

    explicit OutputsPager(SandboxStore &store);
    // Waits for the page being read, if any; pages not started are dropped.
    ~OutputsPager();
    Q_DISABLE_COPY_MOVE(OutputsPager)

    bool isThreaded() const { return m_thread.isRunning(); }
    // Calls `done` on `context`'s thread with the page's answer (a 200 with
    // the page and its X-Pagination-Next, or a 500 when SQLite fails);
    // inline, before returning. `context` outlives this pager (it owns it):
    // a page read while it is destroyed is not delivered.
    void read(OutputsPageJob job, QObject *context, Done done);

    // The answer for one page.
    static ApiResponse answer(OutputPageReader &reader, const OutputsPageJob &job);

private:
    SandboxStore &m_store;
    std::unique_ptr<OutputPageReader> m_ownReader;
    QThread m_thread;
    // Lives on m_thread: the target of the reads posted to it.
    std::unique_ptr<QObject> m_threadContext;
};
