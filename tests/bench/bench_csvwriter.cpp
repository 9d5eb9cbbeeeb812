// Prints how fast the export turns pages of outputs into CSV, from memory:
// 1,000,000 linkedin-search-people-like outputs (16 fields, an array of
// shared connections expanded into columns, names with commas and quotes,
// non-ASCII) in pages of 500 as the server sends them. Three figures: the
// validating scan that splits a page into items, flattening (scan included)
// into rows, and writing the rows as CSV. Nothing is asserted: the figures
// depend on the machine. The pages are generated once (40 distinct ones)
// and cycled, so that memory holds tens of MB rather than the whole run.
#include "core/domain/actioncatalogue.h"
#include "core/export/columnorder.h"
#include "core/export/columnset.h"
#include "core/export/csvwriter.h"
#include "core/export/flatrow.h"
#include "core/export/outputflattener.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <cstdio>

namespace {

constexpr int kRows = 1000000;
constexpr int kPageSize = 500;
constexpr int kDistinctPages = 40;
// The export writes the file in chunks of about this size.
constexpr qsizetype kFlushBytes = 1 << 20;

QByteArray output(int i)
{
    static const char *const firsts[] = {"Anna", "Zoë", "Łukasz", "Hiroshi", "O'Brien", "José"};
    static const char *const lasts[] = {"Martin", "Dupont", "Nowak", "山田", "Smith", "García"};
    static const char *const titles[] = {
        "CTO",           "Head of Sales, EMEA", "Software Engineer", "VP \\\"Growth\\\"",
        "Founder & CEO", "Directeur général"};
    static const char *const companies[] = {"Acme",        "Initech, Inc.", "Globex",
                                            "Umbrella SA", "Hooli",         "Stark Industries"};
    static const char *const places[] = {"Paris, Île-de-France, France",
                                         "London, England",
                                         "Berlin",
                                         "Tokyo, Japan",
                                         "New York, NY",
                                         "Lyon"};
    const QByteArray n = QByteArray::number(i);
    const char *first = firsts[i % 6];
    const char *last = lasts[(i / 6) % 6];
    const char *title = titles[(i / 3) % 6];
    const char *company = companies[(i / 5) % 6];
    QByteArray json;
    json.reserve(900);
    json += "{\"full_name\":\"";
    json += first;
    json += ' ';
    json += last;
    json += "\",\"first_name\":\"";
    json += first;
    json += "\",\"last_name\":\"";
    json += last;
    json += "\",\"job_title\":\"";
    json += title;
    json += "\",\"current_title\":\"";
    json += title;
    json += " at ";
    json += company;
    json += "\",\"company_name\":\"";
    json += company;
    json += "\",\"headline\":\"";
    json += title;
    json += " | building things, shipping them \\u2013 and hiring\",\"location\":\"";
    json += places[(i / 7) % 6];
    json += "\",\"linkedin_profile_url\":\"https://www.linkedin.com/in/person-" + n +
            "-a1b2c3\",\"linkedin_profile_handle\":\"person-" + n +
            "-a1b2c3\",\"profile_image_url\":\"https://media.licdn.com/dms/image/C4E03AQ" + n +
            "/profile-displayphoto-shrink_100_100/0/1600000000000?e=1700000000&v=beta\","
            "\"linkedin_profile_id\":" +
            QByteArray::number(100000000 + i * 7) + ",\"sales_navigator_profile_id\":\"ACwAA" + n +
            "BcD3fGh\",\"connection_degree\":\"" + QByteArray::number(1 + i % 3) +
            "nd\",\"number_shared_connections\":" + QByteArray::number(i % 4) +
            ",\"shared_connection_profile_urls\":[";
    for (int s = 0; s < i % 4; ++s) {
        if (s > 0)
            json += ',';
        json += "\"https://www.linkedin.com/in/shared-" + QByteArray::number(i + s) + "\"";
    }
    json += "],\"shared_connection_search_url\":null,"
            "\"linkedin_people_post_search_url\":\"https://www.linkedin.com/search/results/"
            "content/?fromMember=%5B%22ACwAA" +
            n + "%22%5D\",\"extracted_at\":\"2026-03-01T10:" + QByteArray::number(10 + i % 50) +
            ":00Z\"}";
    return json;
}

QList<QByteArray> generatePages()
{
    QList<QByteArray> pages;
    for (int p = 0; p < kDistinctPages; ++p) {
        QByteArray page = "[";
        for (int i = 0; i < kPageSize; ++i) {
            if (i > 0)
                page += ',';
            page += output(p * kPageSize + i);
        }
        page += ']';
        pages.append(page);
    }
    return pages;
}

double seconds(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e9;
}

double mb(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

} // namespace

int main()
{
    const QList<QByteArray> pages = generatePages();
    const QStringList documented = ActionCatalogue::find(u"linkedin-search-people")->outputFields;

    OutputFlattener flattener(ArrayHandling::Expand);
    ColumnSet columns;
    QList<FlatRow> rows(kPageSize);
    QList<OutputFlattener::Item> items;
    CsvWriter writer(CsvDialect{});
    QByteArray out;
    QList<int> slotOfColumn;
    QString error;

    qint64 jsonBytes = 0;
    qint64 csvBytes = 0;
    qint64 scanNs = 0;
    qint64 flattenNs = 0;
    qint64 writeNs = 0;
    QElapsedTimer timer;
    int written = 0;

    // The scan alone: the validating pass that finds the items of a page.
    timer.start();
    for (int p = 0; p < kRows / kPageSize; ++p) {
        if (!OutputFlattener::splitArray(pages.at(p % kDistinctPages), &items, &error)) {
            std::fprintf(stderr, "bench_csvwriter: %s\n", qPrintable(error));
            return 1;
        }
    }
    scanNs = timer.nsecsElapsed();

    for (int p = 0; p < kRows / kPageSize; ++p) {
        const QByteArray &page = pages.at(p % kDistinctPages);
        jsonBytes += page.size();

        timer.start();
        OutputFlattener::splitArray(page, &items, &error);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const OutputFlattener::Item item = items.at(i);
            const QByteArrayView json(page.constData() + item.begin, item.end - item.begin);
            if (!flattener.flatten(json, columns, rows[i], &error)) {
                std::fprintf(stderr, "bench_csvwriter: %s\n", qPrintable(error));
                return 1;
            }
        }
        flattenNs += timer.nsecsElapsed();

        timer.start();
        if (slotOfColumn.size() != columns.size()) {
            // New columns: the export's first pass would have found them;
            // here the order is worked out again, as rarely as that.
            const QList<int> order = exportColumnOrder(columns.names(), documented);
            slotOfColumn.resize(order.size());
            for (qsizetype slot = 0; slot < order.size(); ++slot)
                slotOfColumn[order.at(slot)] = static_cast<int>(slot);
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            writer.appendRow(rows.at(i), slotOfColumn, slotOfColumn.size(), out);
            if (out.size() >= kFlushBytes) {
                csvBytes += out.size();
                out.resize(0);
            }
        }
        writeNs += timer.nsecsElapsed();
        written += static_cast<int>(items.size());
    }
    csvBytes += out.size();

    std::printf("bench_csvwriter: %d rows, %.0f MB of JSON, %lld columns: flatten %.2f s "
                "(%.0f rows/s, %.0f MB/s), CSV write %.2f s (%.0f rows/s, %.0f MB/s of CSV, "
                "%.0f MB)\n",
                written, mb(jsonBytes), static_cast<long long>(columns.size()), seconds(flattenNs),
                written / seconds(flattenNs), mb(jsonBytes) / seconds(flattenNs), seconds(writeNs),
                written / seconds(writeNs), mb(csvBytes) / seconds(writeNs), mb(csvBytes));
    std::printf("bench_csvwriter: JSON scan (split and validate) %.2f s, %.0f MB/s; "
                "flatten + CSV write %.2f s, %.0f MB/s of JSON\n",
                seconds(scanNs), mb(jsonBytes) / seconds(scanNs), seconds(flattenNs + writeNs),
                mb(jsonBytes) / seconds(flattenNs + writeNs));
    return 0;
}
