#pragma once

#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Server faults injected at given rates so clients can be tested against
// them. A spec is a comma list of KIND=RATE, e.g.
//   429=0.05,500=0.02,drop=0.01,slow=0.05:2s,truncate=0.01
// KIND is an HTTP status (400-599), `drop` (close the connection without
// an answer), `slow` (answer after a delay, RATE:DURATION with ms or s),
// or `truncate` (promise the whole body, send half, close). Rates are
// probabilities 0..1 whose sum is at most 1: each request gets at most
// one fault, drawn from a seeded generator so a run is reproducible.
class FaultInjector final
{
public:
    struct Fault
    {
        enum class Kind
        {
            None,
            Status,
            Drop,
            Slow,
            Truncate,
        };
        Kind kind = Kind::None;
        int status = 0;
        int delayMs = 0;
    };

    // An empty or blank spec means no faults. Blanks around items are
    // allowed, kinds are case-insensitive, rates are plain decimals, a
    // duration is 1ms to 60s, and each kind appears once. On error, nullopt
    // and a message that names the offending item, e.g. "faults:
    // 'slow=0.1' needs a duration (slow=RATE:DURATION)"; `error` may be null.
    static std::optional<FaultInjector> parse(QStringView spec, quint64 seed, QString *error);

    FaultInjector() = default;

    bool isEmpty() const { return m_entries.isEmpty(); }
    // The spec as parsed, trimmed.
    QString spec() const { return m_spec; }
    // One uniform number per call, whatever the spec: the fault it falls
    // in, or Kind::None.
    Fault draw();
    // How many of each fault draw() handed out since the spec was set, by
    // the spec's own names ("429", "drop", "slow"...): what a test under
    // faults reports it went through.
    const QMap<QString, qint64> &drawn() const { return m_drawn; }

private:
    struct Entry
    {
        double rate = 0;
        Fault fault;
    };

    QString m_spec;
    QList<Entry> m_entries;
    QRandomGenerator m_random;
    QMap<QString, qint64> m_drawn;
};
