#pragma once

#include "sandbox/http/pagecursor.h"
#include "sandbox/store/pagerange.h"

#include <QString>

// One page of GET /runs/{uid}/outputs once its request is checked (the run
// exists and is not live, limit and cursor are valid): what OutputsPager
// needs to read it and to write its X-Pagination-Next.
struct OutputsPageJob
{
    qint64 runId = 0;
    QString runUid;
    // range.limit is the page size.
    PageRange range;
    // Sandbox time, for the next page's cursor.
    qint64 nowMs = 0;
    // "http://127.0.0.1:PORT/v1"
    QString baseUrl;
    // Signs the next page's cursor (a copy: the page is read on the
    // pager's thread).
    PageCursor cursors;
};
