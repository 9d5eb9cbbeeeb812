#include "sandbox/http/outputspager.h"

#include "sandbox/http/pagelink.h"
#include "sandbox/store/outputpagereader.h"
#include "sandbox/store/sandboxstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPager, "runboard.sandbox.pager")

OutputsPager::OutputsPager(SandboxStore &store)
    : m_store(store)
{
    if (!store.isShareable())
        return;
    QString error;
    m_ownReader = OutputPageReader::open(store.path(), &error);
    if (!m_ownReader) {
        // Still correct, on one core.
        qCWarning(lcPager) << error << "- outputs pages are read on the event loop";
        return;
    }
    m_thread.setObjectName(QStringLiteral("outputs pager"));
    m_threadContext = std::make_unique<QObject>();
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
}

OutputsPager::~OutputsPager()
{
    m_thread.quit();
    m_thread.wait();
}

void OutputsPager::read(OutputsPageJob job, QObject *context, Done done)
{
    if (!isThreaded()) {
        done(answer(m_store.outputPages(), job));
        return;
    }
    OutputPageReader *reader = m_ownReader.get();
    QMetaObject::invokeMethod(
        m_threadContext.get(),
        [reader, job = std::move(job), context, done = std::move(done)]() mutable {
            ApiResponse response = answer(*reader, job);
            // Dropped by Qt if the context is deleted before it runs.
            QMetaObject::invokeMethod(
                context,
                [response = std::move(response), done = std::move(done)]() mutable {
                    done(std::move(response));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

ApiResponse OutputsPager::answer(OutputPageReader &reader, const OutputsPageJob &job)
{
    const auto page = reader.read(job.runId, job.range);
    if (!page)
        return ApiResponse::error(500, QStringLiteral("GENERIC_ERROR"), QStringLiteral("server"),
                                  QStringLiteral("the run's outputs could not be read"));
    ApiResponse response = ApiResponse::raw(page->json);
    if (page->more)
        response.addHeader("X-Pagination-Next",
                           PageLink::next(job.baseUrl, job.runUid, QStringLiteral("outputs"),
                                          job.range.limit, page->lastId, job.nowMs, job.cursors));
    return response;
}
