// Prints the runs model's memory per row with 100,000 runs, the time to
// apply a refreshed page of 100 runs to it, and how fast pages of runs
// parse from JSON. Figures only; nothing is asserted.
#include "core/domain/run.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/runsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <malloc.h>

namespace {

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
        {QStringLiteral("action_name"), QStringLiteral("linkedin-extract-messages")},
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRows = 100000;
    const qint64 start = 1780000000;

    QList<QJsonObject> objects;
    objects.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        objects.append(runJson(kRows - i, start - i * 60, "SUCCEEDED"));

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

    // Everything the model holds is allocated between these two readings;
    // the parsed list it was filled from is gone by the second.
    const size_t before = heapInUse();
    auto *model = new RunsModel(nullptr);
    {
        QList<Run> runs;
        runs.reserve(kRows);
        for (const QJsonObject &object : std::as_const(objects))
            runs.append(Run::fromJson(object));
        model->mergeWindow(runs, true);
    }
    const size_t after = heapInUse();
    std::printf("bench_models: RunsModel with %d runs: %.0f bytes per row\n", model->rowCount(),
                static_cast<double>(after - before) / model->rowCount());
    objects.clear();

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
    delete model;

    outputsModel();
    return 0;
}
