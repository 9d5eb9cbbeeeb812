// Prints the runs model's memory per row with 100,000 runs loaded as the
// network loads them, the time (wall and CPU) and the longest event-loop
// stall of loading them and of sorting and searching them through the runs
// page's proxy, the cost of data() over a screenful, the time to apply a
// refreshed page of 100 runs, and how fast pages of runs parse from JSON.
// Figures only; nothing is asserted: wall times on a shared machine can be
// several times the CPU times printed next to them.
#include "core/domain/run.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "tests/bench/benchtiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <malloc.h>

namespace {

// A workspace's mix: mostly finished runs, some failed, a few going.
const char *statusOf(int i)
{
    static const char *const statuses[] = {"SUCCEEDED",         "SUCCEEDED", "SUCCEEDED", "FAILED",
                                           "PARTIAL_SUCCEEDED", "RUNNING",   "SUCCEEDED", "QUEUED"};
    return statuses[i % 8];
}

QJsonObject runJson(int i, qint64 createdSecs, const char *status)
{
    const QString created =
        QDateTime::fromSecsSinceEpoch(createdSecs, Qt::UTC).toString(Qt::ISODate);
    return QJsonObject{
        {QStringLiteral("id"), i},
        {QStringLiteral("uid"),
         QStringLiteral("5b0f6a7e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("name"), QStringLiteral("Nightly inbox sync %1").arg(i % 40)},
        {QStringLiteral("scheduled_run_uid"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("action_id"), 2},
        {QStringLiteral("action_name"), i % 5 == 0 ? QStringLiteral("linkedin-search-people")
                                                   : QStringLiteral("linkedin-extract-messages")},
        {QStringLiteral("retry_count"), i % 3},
        {QStringLiteral("user_uid"), QStringLiteral("d8ff5175-d40e-449f-83a6-3caa51f2f3f3")},
        {QStringLiteral("workspace_uid"), QStringLiteral("8067d31c-3035-4545-ad12-71f794c4485b")},
        {QStringLiteral("execution_mode"), QStringLiteral("ASYNC")},
        {QStringLiteral("last_error"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("max_results"), 100},
                     {QStringLiteral("sync_mode"), QStringLiteral("full")}}},
        {QStringLiteral("callback"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/x")}}},
        {QStringLiteral("status"), QString::fromLatin1(status)},
        {QStringLiteral("output_count"), i % 500},
        {QStringLiteral("started_at"), created},
        {QStringLiteral("finished_at"), created},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("updated_at"), created},
    };
}

size_t heapInUse()
{
    // Small blocks plus the large ones malloc maps directly: a big list's
    // single buffer lives in the latter and would otherwise go uncounted.
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// A search-people result as the API sends it: 20 fields, one array.
QJsonObject outputJson(int i)
{
    return QJsonObject{
        {QStringLiteral("full_name"), QStringLiteral("Person %1").arg(i)},
        {QStringLiteral("first_name"), QStringLiteral("Person")},
        {QStringLiteral("last_name"), QString::number(i)},
        {QStringLiteral("job_title"), QStringLiteral("Head of Platform Engineering")},
        {QStringLiteral("current_title"), QStringLiteral("Head of Platform Engineering")},
        {QStringLiteral("company_name"), QStringLiteral("Northwind Analytics")},
        {QStringLiteral("headline"), QStringLiteral("Building data platforms at Northwind")},
        {QStringLiteral("location"), QStringLiteral("Lyon, Auvergne-Rhône-Alpes, France")},
        {QStringLiteral("linkedin_profile_url"),
         QStringLiteral("https://www.linkedin.com/in/person-%1").arg(i)},
        {QStringLiteral("linkedin_profile_handle"), QStringLiteral("person-%1").arg(i)},
        {QStringLiteral("profile_image_url"),
         QStringLiteral("https://media.licdn.com/dms/image/v2/%1/profile-displayphoto").arg(i)},
        {QStringLiteral("linkedin_profile_id"), 1000000000 + i},
        {QStringLiteral("sales_navigator_profile_id"), QStringLiteral("ACwAA%1").arg(i)},
        {QStringLiteral("connection_degree"), QStringLiteral("2nd")},
        {QStringLiteral("shared_connection_search_url"),
         QStringLiteral("https://www.linkedin.com/search/results/people/?facetConnectionOf=%1")
             .arg(i)},
        {QStringLiteral("number_shared_connections"), i % 50},
        {QStringLiteral("shared_connection_profile_urls"),
         QJsonArray{QStringLiteral("https://www.linkedin.com/in/a"),
                    QStringLiteral("https://www.linkedin.com/in/b")}},
        {QStringLiteral("linkedin_people_post_search_url"),
         QStringLiteral("https://www.linkedin.com/search/results/content/?fromMember=%1").arg(i)},
        {QStringLiteral("extracted_at"), QStringLiteral("2026-11-28T10:00:00Z")},
    };
}

void outputsModel()
{
    constexpr int kRows = 200000;
    constexpr int kPage = 500;
    QList<QJsonArray> pages;
    for (int page = 0; page < kRows / kPage; ++page) {
        QJsonArray items;
        for (int i = 0; i < kPage; ++i)
            items.append(outputJson(page * kPage + i));
        pages.append(items);
    }
    const size_t before = heapInUse();
    auto *model = new RunOutputsModel(nullptr);
    QElapsedTimer timer;
    qint64 totalNs = 0;
    for (const QJsonArray &items : std::as_const(pages)) {
        timer.start();
        model->appendItems(items);
        totalNs += timer.nsecsElapsed();
    }
    const size_t after = heapInUse();
    std::printf("bench_models: RunOutputsModel with %d rows x %d columns: %.0f bytes per row; "
                "flattening and appending a page of %d: %.2f ms on average\n",
                model->rowCount(), model->columnCount(),
                static_cast<double>(after - before) / model->rowCount(), kPage,
                static_cast<double>(totalNs) / (kRows / kPage) / 1e6);
    delete model;
}

// Sorting and searching 100,000 loaded runs through the runs page's proxy,
// each from the event loop as a click or a keystroke would come; then the
// cost of a screenful of cells, as a view's paint asks for them.
void sortAndFilter(RunsModel *model)
{
    StallMeter stall;
    RunsProxyModel proxy(model);
    const int rows = model->rowCount();
    const size_t before = heapInUse();
    QElapsedTimer timer;
    double worstStall = 0;
    const auto timed = [&](const char *what, const std::function<void()> &work) {
        stall.reset();
        double ms = 0;
        double cpuMs = 0;
        runSteps(1, [&](int) {
            timer.start();
            const double cpuStart = threadCpuMs();
            work();
            cpuMs = threadCpuMs() - cpuStart;
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        });
        const double worst = stall.worstMs();
        worstStall = std::max(worstStall, worst);
        std::printf("runs proxy: %s (%d rows): %.1f ms (%.1f ms CPU), longest event-loop stall "
                    "%.1f ms\n",
                    what, rows, ms, cpuMs, worst);
    };
    const std::pair<int, const char *> columns[] = {
        {RunsModel::CreatedColumn, "Created"},   {RunsModel::StatusColumn, "Status"},
        {RunsModel::ActionColumn, "Action"},     {RunsModel::NameColumn, "Name"},
        {RunsModel::DurationColumn, "Duration"}, {RunsModel::OutputsColumn, "Outputs"},
        {RunsModel::UidColumn, "Run uid"}};
    for (const auto &[column, title] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray what = QByteArray("sort by ") + title +
                                    (order == Qt::AscendingOrder ? " ascending" : " descending");
            timed(what.constData(), [&] { proxy.sort(column, order); });
        }
    }
    std::printf("runs proxy: %.0f bytes/row for its mapping, sorted (mallinfo2 delta)\n",
                static_cast<double>(heapInUse() - before) / rows);
    // Typing a search, a key at a time, with the sort by name on.
    proxy.sort(RunsModel::NameColumn, Qt::AscendingOrder);
    QString typed;
    for (const QChar key : QStringLiteral("sync 1")) {
        typed += key;
        const QByteArray what = "text filter \"" + typed.toUtf8() + "\", sorted by name";
        timed(what.constData(), [&] { proxy.setSearchText(typed); });
    }
    std::printf("runs proxy: \"%s\" matches %d rows\n", qPrintable(typed), proxy.rowCount());
    timed("clearing the text filter, sorted by name", [&] { proxy.setSearchText(QString()); });

    // A new page arriving while sorted: the dynamic sort places its rows.
    {
        QJsonArray page;
        for (int i = 0; i < RunsModel::kPageSize; ++i)
            page.append(runJson(500000 + i, 1700000000 - i * 60, statusOf(i)));
        timed("a page of 100 more runs arriving, sorted by name",
              [&] { model->applyPage(page, model->rowCount(), false); });
    }

    // A screenful: 40 rows of every column with the roles a table's paint
    // asks of each cell, at random scroll positions, through the proxy.
    constexpr int kScreen = 40;
    constexpr int kScreens = 2000;
    const int roles[] = {Qt::DisplayRole,       Qt::DecorationRole,          Qt::FontRole,
                         Qt::TextAlignmentRole, Qt::ForegroundRole,          Qt::BackgroundRole,
                         Qt::CheckStateRole,    int(RunsModel::Role::Status)};
    QRandomGenerator random(7);
    qint64 touched = 0;
    timer.start();
    for (int screen = 0; screen < kScreens; ++screen) {
        const int top = random.bounded(proxy.rowCount() - kScreen);
        for (int row = top; row < top + kScreen; ++row) {
            for (int column = 0; column < proxy.columnCount(); ++column) {
                const QModelIndex index = proxy.index(row, column);
                for (const int role : roles)
                    touched += proxy.data(index, role).isValid() ? 1 : 0;
            }
        }
    }
    const double screenUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / kScreens;
    const double perCallNs = screenUs * 1e3 / (kScreen * proxy.columnCount() * std::size(roles));
    std::printf("runs proxy: data() over a screenful (%d rows x %d columns x %d roles): %.0f us, "
                "%.0f ns a call, no JSON parsed (average of %d screens; %lld values)\n",
                kScreen, proxy.columnCount(), static_cast<int>(std::size(roles)), screenUs,
                perCallNs, kScreens, static_cast<long long>(touched));
    std::printf("runs proxy: longest event-loop stall of all the sorts and filters: %.1f ms\n",
                worstStall);
}

// The runs page's status filter is the server's (GET /runs?status=): the
// model starts over, and the answer's first page arrives. Both are timed
// with 100,000 rows loaded and the table sorted by name.
void statusFilter(RunsModel *model)
{
    StallMeter stall;
    RunsProxyModel proxy(model);
    proxy.sort(RunsModel::NameColumn, Qt::AscendingOrder);
    const int rows = model->rowCount();
    QElapsedTimer timer;
    double resetMs = 0;
    double pageMs = 0;
    QJsonArray failed;
    for (int i = 0; i < RunsModel::kPageSize; ++i)
        failed.append(runJson(900000 + i, 1790000000 - i * 60, "FAILED"));
    stall.reset();
    double cpuMs = 0;
    runSteps(2, [&](int step) {
        timer.start();
        const double cpuStart = threadCpuMs();
        if (step == 0) {
            RunsModel::Filter filter;
            filter.statuses = {QStringLiteral("FAILED")};
            model->setFilter(filter);
            resetMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        } else {
            model->applyPage(failed, 0, false);
            pageMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
        cpuMs += threadCpuMs() - cpuStart;
    });
    std::printf("runs proxy: status filter (server-side, sorted by name): starting over from %d "
                "rows %.1f ms, its first page of %d %.1f ms (%.1f ms CPU for both), longest "
                "event-loop stall %.1f ms\n",
                rows, resetMs, RunsModel::kPageSize, pageMs, cpuMs, stall.worstMs());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRows = 100000;
    const qint64 start = 1780000000;

    QList<QJsonObject> objects;
    objects.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        objects.append(runJson(kRows - i, start - i * 60, statusOf(i)));

    // Parsing: pages of 100 as they come off the wire.
    QList<QByteArray> pages;
    for (int page = 0; page < 100; ++page) {
        QJsonArray array;
        for (int i = 0; i < 100; ++i)
            array.append(objects.at(page * 100 + i));
        pages.append(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    for (const QByteArray &page : pages) {
        bytes += page.size();
        for (const QJsonValue &value : QJsonDocument::fromJson(page).array()) {
            const Run run = Run::fromJson(value.toObject());
            parsed += run.outputCount;
        }
    }
    const double parseSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_models: parsing: %.1f MB of run pages in %.3f s: %.1f MB/s (%lld)\n",
                static_cast<double>(bytes) / 1e6, parseSeconds,
                static_cast<double>(bytes) / 1e6 / parseSeconds,
                static_cast<long long>(parsed % 7));

    // The model is filled as the network fills it: a page of 100 from
    // GET /runs at a time, parsed from its bytes, applied by applyPage (what
    // onPage does), each page from the event loop. Everything it holds is
    // allocated between the two heap readings; the page bytes were made
    // before the first.
    QList<QByteArray> wirePages;
    for (int page = 0; page < kRows / RunsModel::kPageSize; ++page) {
        QJsonArray array;
        for (int i = 0; i < RunsModel::kPageSize; ++i)
            array.append(objects.at(page * RunsModel::kPageSize + i));
        wirePages.append(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    objects.clear();
    StallMeter stall;
    const size_t before = heapInUse();
    auto *model = new RunsModel(nullptr);
    stall.reset();
    timer.restart();
    double worstPageCpuMs = 0;
    runSteps(static_cast<int>(wirePages.size()), [&](int page) {
        const double cpuStart = threadCpuMs();
        model->applyPage(QJsonDocument::fromJson(wirePages.at(page)).array(),
                         page * RunsModel::kPageSize, false);
        worstPageCpuMs = std::max(worstPageCpuMs, threadCpuMs() - cpuStart);
    });
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double loadStall = stall.worstMs();
    const size_t after = heapInUse();
    wirePages.clear();
    std::printf("runs model: %d rows, %.0f bytes/row (mallinfo2 uordblks+hblkhd delta, rows "
                "loaded as GET /runs pages of %d through applyPage)\n",
                model->rowCount(), static_cast<double>(after - before) / model->rowCount(),
                RunsModel::kPageSize);
    std::printf("runs model: loading %d pages of %d (parse + apply, each from the event loop): "
                "%.0f ms in all, slowest page %.1f ms CPU, longest event-loop stall %.1f ms "
                "(5 ms timer)\n",
                kRows / RunsModel::kPageSize, RunsModel::kPageSize, loadMs, worstPageCpuMs,
                loadStall);

    sortAndFilter(model);

    // A refreshed first page: 10 new runs on top, 90 known ones of which
    // some changed status.
    QList<Run> page;
    for (int i = 0; i < 10; ++i)
        page.append(Run::fromJson(runJson(kRows + 10 - i, start + (10 - i) * 60, "RUNNING")));
    for (int row = 0; row < 90; ++row) {
        Run run = model->runAt(model->index(row, 0));
        if (row % 3 == 0) {
            run.statusText = QStringLiteral("FAILED");
            run.updatedAt = run.updatedAt.addSecs(5);
        }
        page.append(run);
    }
    constexpr int kRounds = 200;
    qint64 totalNs = 0;
    for (int round = 0; round < kRounds; ++round) {
        QList<Run> fresh = page;
        for (int i = 0; i < 10; ++i)
            fresh[i].uid += QString::number(round);
        timer.restart();
        model->mergeWindow(fresh, false);
        totalNs += timer.nsecsElapsed();
    }
    std::printf("bench_models: applying a page of 100 runs (10 new, 30 changed) to %d rows: "
                "%.3f ms on average over %d pages\n",
                model->rowCount(), static_cast<double>(totalNs) / kRounds / 1e6, kRounds);
    statusFilter(model);
    delete model;

    outputsModel();
    return 0;
}
