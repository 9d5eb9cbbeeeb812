// Prints how fast runboard-sandbox serves a run's outputs: pages of 500 per
// second and MB/s of body, over 4 concurrent keep-alive connections, each
// following X-Pagination-Next and starting over at the end. The sandbox
// runs as its own process (the shipped binary) so that the figures are the
// server's; the client is plain sockets on 4 threads that only count the
// bytes, so that it is not what limits the figures. Nothing is asserted.
//
// bench_sandbox_outputs [SECONDS]   (default 5; the sandbox's pid is printed
// on stderr so that `perf record -p` can watch it)
#include "core/domain/runstatus.h"
#include "tests/bench/sandboxprocess.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kConnections = 4;
constexpr int kPageSize = 500;
// About 157 results per search on average: a run of about 100,000 outputs.
constexpr int kInputs = 640;
constexpr int kResultsPerInput = 1000;
constexpr double kWarmUpSeconds = 1.0;

// What all connections have fetched so far; read while they run.
struct Totals
{
    std::atomic<qint64> pages{0};
    std::atomic<qint64> bytes{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> failed{false};
};

// One keep-alive connection walking the pages again and again. Only the
// status line and the three headers it needs are looked at; bodies are
// counted, checked to be a JSON array, and dropped.
class Walker final
{
public:
    Walker(quint16 port, std::string firstPath, Totals &totals)
        : m_port(port)
        , m_firstPath(std::move(firstPath))
        , m_totals(totals)
    {}

    void run()
    {
        if (!connectToServer()) {
            fail("cannot connect");
            return;
        }
        std::string path = m_firstPath;
        while (!m_totals.stop.load(std::memory_order_relaxed)) {
            std::string next;
            if (!fetch(path, &next))
                return;
            path = next.empty() ? m_firstPath : next;
        }
        ::close(m_socket);
    }

private:
    void fail(const std::string &why)
    {
        std::fprintf(stderr, "bench_sandbox_outputs: connection failed: %s\n", why.c_str());
        m_totals.failed = true;
        m_totals.stop = true;
    }

    bool connectToServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_socket < 0)
            return false;
        const int one = 1;
        ::setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::connect(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof address) ==
               0;
    }

    // Reads more bytes into m_buffer after what it holds; false on EOF.
    bool fill()
    {
        if (m_buffer.size() - m_end < 64 * 1024)
            m_buffer.resize(m_buffer.size() * 2);
        const ssize_t got = ::recv(m_socket, m_buffer.data() + m_end, m_buffer.size() - m_end, 0);
        if (got <= 0)
            return false;
        m_end += static_cast<std::size_t>(got);
        return true;
    }

    // The value of header `name` (lower case) in `head`, or empty.
    static std::string header(const std::string &head, const char *name)
    {
        std::size_t at = 0;
        const std::size_t length = std::strlen(name);
        while ((at = head.find("\r\n", at)) != std::string::npos) {
            at += 2;
            if (head.size() - at < length + 1)
                break;
            bool same = head[at + length] == ':';
            for (std::size_t i = 0; same && i < length; ++i)
                same = std::tolower(static_cast<unsigned char>(head[at + i])) == name[i];
            if (!same)
                continue;
            std::size_t start = at + length + 1;
            while (start < head.size() && head[start] == ' ')
                ++start;
            return head.substr(start, head.find("\r\n", start) - start);
        }
        return {};
    }

    bool fetch(const std::string &path, std::string *next)
    {
        const std::string request = "GET " + path +
                                    " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_port) +
                                    "\r\nX-API-Key: sandbox\r\nConnection: keep-alive\r\n\r\n";
        if (::send(m_socket, request.data(), request.size(), MSG_NOSIGNAL) !=
            static_cast<ssize_t>(request.size())) {
            fail("send");
            return false;
        }
        // The head; what follows it in the buffer is the body's start.
        std::size_t headEnd = std::string::npos;
        while (true) {
            const std::string_view held(m_buffer.data(), m_end);
            headEnd = held.find("\r\n\r\n");
            if (headEnd != std::string_view::npos)
                break;
            if (!fill()) {
                if (!m_totals.stop)
                    fail("closed before the head");
                return false;
            }
        }
        const std::string head(m_buffer.data(), headEnd);
        if (head.compare(0, 12, "HTTP/1.1 200") != 0) {
            fail(head);
            return false;
        }
        const std::size_t length = std::stoul(header(head, "content-length"));
        *next = header(head, "x-pagination-next");
        if (!next->empty()) {
            // http://127.0.0.1:PORT/v1/... → /v1/...
            const std::size_t pathStart = next->find('/', next->find("://") + 3);
            *next = next->substr(pathStart);
        }
        // The body: its first and last bytes are checked, the rest only
        // counted. No request is pipelined, so nothing follows it.
        const std::size_t bodyStart = headEnd + 4;
        const std::size_t held = m_end - bodyStart;
        char first = held > 0 ? m_buffer[bodyStart] : 0;
        char last = held >= length && length > 0 ? m_buffer[bodyStart + length - 1] : 0;
        std::size_t missing = held >= length ? 0 : length - held;
        m_end = 0;
        while (missing > 0) {
            const ssize_t got =
                ::recv(m_socket, m_buffer.data(), std::min(missing, m_buffer.size()), 0);
            if (got <= 0) {
                if (!m_totals.stop)
                    fail("closed in a body");
                return false;
            }
            if (missing == length)
                first = m_buffer[0];
            missing -= static_cast<std::size_t>(got);
            last = m_buffer[static_cast<std::size_t>(got) - 1];
        }
        if (first != '[' || last != ']') {
            fail("a body is not a JSON array");
            return false;
        }
        m_totals.pages.fetch_add(1, std::memory_order_relaxed);
        m_totals.bytes.fetch_add(static_cast<qint64>(length), std::memory_order_relaxed);
        return true;
    }

    quint16 m_port;
    std::string m_firstPath;
    Totals &m_totals;
    int m_socket = -1;
    std::vector<char> m_buffer = std::vector<char>(1 << 20);
    std::size_t m_end = 0;
};

QJsonArray searchInputs(int count)
{
    QJsonArray inputs;
    for (int i = 0; i < count; ++i)
        inputs.append(SandboxApi::search(QStringLiteral("bench%1").arg(i)));
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 5.0;

    // The run is made by an in-process sandbox, which is then closed: the
    // process started below serves the same file.
    SandboxFixture fixture;
    if (!fixture.start()) {
        std::fprintf(stderr, "bench_sandbox_outputs: the sandbox did not start\n");
        return 1;
    }
    const QString uid =
        fixture.launch(QStringLiteral("linkedin-search-people"), searchInputs(kInputs),
                       QJsonObject{{QStringLiteral("max_results"), kResultsPerInput}});
    // Sandbox weeks until the run has its every output.
    for (int week = 0; week < 10; ++week) {
        fixture.advance(7 * 24 * 3600);
        if (isTerminal(runStatusFromApi(fixture.runStatus(uid))))
            break;
    }
    const qint64 outputs = fixture.run(uid).value(QStringLiteral("output_count")).toInteger();
    fixture.stop();

    QProcess sandbox;
    const QString baseUrl = startSandboxProcess(sandbox, fixture.databasePath(),
                                                {QStringLiteral("--seed"), QStringLiteral("42")});
    if (baseUrl.isEmpty())
        return 1;
    std::fprintf(stderr, "bench_sandbox_outputs: runboard-sandbox pid %lld\n",
                 static_cast<long long>(sandbox.processId()));
    const auto port = static_cast<quint16>(QUrl(baseUrl).port());
    const std::string firstPath =
        "/v1/runs/" + uid.toStdString() + "/outputs?limit=" + std::to_string(kPageSize);

    Totals totals;
    std::vector<std::thread> threads;
    std::vector<std::unique_ptr<Walker>> walkers;
    for (int i = 0; i < kConnections; ++i) {
        walkers.push_back(std::make_unique<Walker>(port, firstPath, totals));
        threads.emplace_back(&Walker::run, walkers.back().get());
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(kWarmUpSeconds));
    const qint64 pagesBefore = totals.pages.load();
    const qint64 bytesBefore = totals.bytes.load();
    QElapsedTimer timer;
    timer.start();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const qint64 pages = totals.pages.load() - pagesBefore;
    const qint64 bytes = totals.bytes.load() - bytesBefore;
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    totals.stop = true;
    // A connection blocked in recv wakes when the server goes away.
    sandbox.terminate();
    for (std::thread &thread : threads)
        thread.join();
    sandbox.waitForFinished(15000);
    if (totals.failed)
        return 1;

    std::printf("bench_sandbox_outputs: %d connections, %d outputs per page: %.0f pages/s, %.0f "
                "MB/s (%lld pages, %lld bytes in %.2f s; run of %lld outputs)\n",
                kConnections, kPageSize, static_cast<double>(pages) / elapsed,
                static_cast<double>(bytes) / 1e6 / elapsed, static_cast<long long>(pages),
                static_cast<long long>(bytes), elapsed, static_cast<long long>(outputs));
    return 0;
}
