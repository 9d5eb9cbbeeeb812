// Prints what a launch dialog holding 100,000 inputs costs the operator
// while they keep typing: how long setting the inputs takes, how long one
// keystroke in the name field keeps the GUI thread (the mean and the worst
// of 50), and what the switch to the JSON tab and back costs: the GUI
// thread's share, and when the text (written by a worker) is in. The
// dialog is the real one on a Session against the in-process sandbox.
// Figures only; nothing is asserted, since they depend on the machine.
#include "core/launch/inputdraft.h"
#include "models/session/session.h"
#include "tests/support/launchinputs.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/launch/launchdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRows = 100000;
constexpr int kKeystrokes = 50;

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    SandboxFixture sandbox;
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "launch dialog: the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    SandboxSession connection(sandbox);
    LaunchDialog dialog(&connection.session);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    dialog.setAction(QStringLiteral("linkedin-extract-people"));

    const QList<InputDraft> inputs = LaunchInputs::profileInputs(kRows);
    QElapsedTimer timer;
    timer.start();
    dialog.setInputs(inputs);
    const qint64 setMs = timer.elapsed();

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("launchName"));
    name->setFocus();
    qint64 worstNs = 0;
    qint64 totalNs = 0;
    for (int i = 0; i < kKeystrokes; ++i) {
        timer.restart();
        QTest::keyClick(name, char('a' + i % 26));
        const qint64 ns = timer.nsecsElapsed();
        worstNs = std::max(worstNs, ns);
        totalNs += ns;
    }
    const int sent = int(dialog.draft().inputs.size());
    if (name->text().size() != kKeystrokes) {
        std::fprintf(stderr, "launch dialog: the name field did not take the keystrokes\n");
        return 1;
    }

    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("inputEditorTabs"));
    auto *json = dialog.findChild<QPlainTextEdit *>(QStringLiteral("inputJsonEdit"));
    timer.restart();
    tabs->setCurrentIndex(1);
    const qint64 toJsonMs = timer.elapsed();
    // The text is written by a worker; the tab takes typing once it is in.
    // Meanwhile a 1 ms timer measures the longest the event loop stood.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestStallMs = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { longestStallMs = std::max(longestStallMs, sinceTick.restart()); });
    tick.start();
    if (!QTest::qWaitFor([json] { return !json->isReadOnly(); }, 60000)) {
        std::fprintf(stderr, "launch dialog: the JSON text did not arrive\n");
        return 1;
    }
    tick.stop();
    const qint64 jsonShownMs = timer.elapsed();
    timer.restart();
    tabs->setCurrentIndex(0);
    const qint64 toTableMs = timer.elapsed();

    std::printf("launch dialog: %d inputs set in %lld ms; a keystroke in the name field takes "
                "%.2f ms on average, %.2f ms at worst (%d keystrokes)\n",
                sent, static_cast<long long>(setMs), double(totalNs) / kKeystrokes / 1e6,
                double(worstNs) / 1e6, kKeystrokes);
    std::printf("launch dialog: table to JSON tab holds the GUI thread %lld ms, the text is in "
                "after %lld ms (%lld lines), the event loop stood at most %lld ms meanwhile; JSON "
                "back to table %lld ms\n",
                static_cast<long long>(toJsonMs), static_cast<long long>(jsonShownMs),
                static_cast<long long>(json->blockCount()), static_cast<long long>(longestStallMs),
                static_cast<long long>(toTableMs));
    return sent == kRows ? 0 : 1;
}
