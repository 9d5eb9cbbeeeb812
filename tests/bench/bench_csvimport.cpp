// Prints how fast a 100,000-row CSV file becomes checked launch inputs, and
// the process's peak memory while it does: the file is generated in memory
// (LinkedIn URLs, a quoted company name with a comma, custom_data columns,
// one bad row in a thousand), then read, mapped and checked by CsvImport in
// 64 KiB chunks as the import worker will, keeping every row as the input
// table's model will. Figures only; nothing is asserted, since they depend
// on the machine. The peak includes the generated file itself.
#include "core/domain/actioncatalogue.h"
#include "core/launch/csvimport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRows = 100000;
constexpr qsizetype kChunk = 64 * 1024;

QByteArray generate()
{
    QByteArray file;
    file.reserve(kRows * 140);
    file += "LinkedIn Profile URL,Full Name,Company,CRM Id,Owner,custom_data\r\n";
    const char *owners[] = {"alice", "bob", "chloé", "dmitri"};
    for (int i = 1; i <= kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        // One row in a thousand is not a LinkedIn URL, so the check has
        // something to say.
        if (i % 1000 == 0)
            file += "https://example.com/in/person-" + n;
        else
            file += "https://www.linkedin.com/in/person-" + n + "-a1b2c3";
        file += ",Person " + n + " Example,\"Company " + QByteArray::number(i % 977) +
                ", Inc.\",CRM-" + n + ',' + owners[i % 4] +
                ",segment=" + QByteArray::number(i % 7) + "; source=import\r\n";
    }
    return file;
}

// A field of /proc/self/status in kB: VmHWM is the most resident memory
// the process has had, VmRSS what it has now.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main()
{
    const QByteArray file = generate();
    const ActionSpec *action = ActionCatalogue::find(QStringLiteral("linkedin-extract-people"));
    const qint64 beforeKb = statusKb("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    CsvImport import(*action);
    QList<CsvImport::Row> rows;
    rows.reserve(kRows);
    for (qsizetype at = 0; at < file.size(); at += kChunk) {
        import.feed(QByteArrayView(file).sliced(at, std::min(kChunk, file.size() - at)));
        rows.append(import.takeRows());
    }
    import.finish();
    rows.append(import.takeRows());
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());

    qsizetype flagged = 0;
    for (const CsvImport::Row &row : rows)
        flagged += row.hasErrors() ? 1 : 0;
    if (import.error() || rows.size() != kRows) {
        std::fprintf(stderr, "csv import: failed: %s (%lld rows)\n",
                     qPrintable(import.error() ? import.error()->message() : QString()),
                     static_cast<long long>(rows.size()));
        return 1;
    }
    std::printf("csv import: %lld rows in %lld ms (%.0f rows/s), peak RSS %.1f MB\n",
                static_cast<long long>(rows.size()), static_cast<long long>(elapsedMs),
                double(rows.size()) * 1000.0 / double(elapsedMs),
                double(statusKb("VmHWM:")) / 1024.0);
    std::printf("csv import: %.1f MB file in %lld KiB chunks, %lld rows flagged, RSS %.1f MB "
                "before the import\n",
                double(file.size()) / (1024.0 * 1024.0), static_cast<long long>(kChunk / 1024),
                static_cast<long long>(flagged), double(beforeKb) / 1024.0);
    return 0;
}
