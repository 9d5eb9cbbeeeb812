#pragma once

#include "sandbox/demoids.h"
#include "sandbox/demoplannedrun.h"
#include "sandbox/store/callbackrow.h"

#include <QList>

#include <vector>

// The callback records of the demo history. The demo's receivers are
// mostly fine, one flaky, one gone (404), and a five-hour network outage
// nine days ago; a failed delivery was retried after the dispatcher's own
// delays.
class DemoCallbacks final
{
public:
    // The records belong to workspace `workspaceUid`, like the runs.
    DemoCallbacks(quint64 seed, qint64 now, const DemoIds &ids, QList<qint64> retryDelaysMs,
                  QString workspaceUid);

    // The deliveries of a run's callbacks, as they went.
    QList<CallbackRow> deliveries(const PlannedRun &run, const QString &runUid);
    // Two manual replays of earlier failures: one of a flaky receiver's
    // (delivered), one to the gone receiver (failed again; replays are not
    // retried).
    QList<CallbackRow> replays();

private:
    struct Failure
    {
        QString uid;
        QString refUid;
        QString runUid;
        QString batchUid;
        QString url;
        QString headers;
        QString payload;
        qint64 updatedAt = 0;
        DemoSamples::Health health = DemoSamples::Health::Healthy;
    };

    const quint64 m_seed;
    const qint64 m_now;
    const DemoIds &m_ids;
    const QList<qint64> m_retryDelaysMs;
    const QString m_workspaceUid;
    std::vector<Failure> m_failed;
};
