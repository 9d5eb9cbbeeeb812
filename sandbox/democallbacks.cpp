#include "sandbox/democallbacks.h"

#include "sandbox/demodice.h"
#include "sandbox/demotime.h"
#include "sandbox/store/storejson.h"

#include <algorithm>

using namespace DemoSamples;
using namespace DemoTime;

namespace {

std::optional<QString> nullableText(const QJsonObject &object)
{
    return StoreJson::optionalText(object);
}

} // namespace

DemoCallbacks::DemoCallbacks(quint64 seed, qint64 now, const DemoIds &ids,
                             QList<qint64> retryDelaysMs, QString workspaceUid)
    : m_seed(seed)
    , m_now(now)
    , m_ids(ids)
    , m_retryDelaysMs(std::move(retryDelaysMs))
    , m_workspaceUid(std::move(workspaceUid))
{}

QList<CallbackRow> DemoCallbacks::deliveries(const PlannedRun &run, const QString &runUid)
{
    QList<CallbackRow> rows;
    if (run.deliveries.isEmpty())
        return rows;
    DemoDice dice(m_seed, 100000U + static_cast<quint32>(run.stream));
    const QString url = run.callback.value(QStringLiteral("url")).toString();
    const Hook *hook = hookOf(url);
    const Health health = hook ? hook->health : Health::Healthy;
    const QString headers =
        StoreJson::text(run.callback.value(QStringLiteral("headers")).toObject());
    const qint64 outageStart = (m_now - 9 * kDay) / kDay * kDay + 13 * kHour;
    const qint64 outageEnd = outageStart + 5 * kHour;
    for (const Delivery &delivery : run.deliveries) {
        const QStringList uids = m_ids.uids(3);
        const InputPlan *plan = delivery.input >= 0 ? &run.inputs.at(delivery.input) : nullptr;
        const QJsonObject payload{
            {QStringLiteral("callback_ref_uid"), uids.at(1)},
            {QStringLiteral("run"), QJsonObject{{QStringLiteral("run_uid"), runUid},
                                                {QStringLiteral("batch_uid"), uids.at(2)},
                                                {QStringLiteral("status"), delivery.status}}},
            {QStringLiteral("input"), plan ? QJsonValue(plan->data) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("custom_data"), plan ? plan->custom : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), delivery.error},
            {QStringLiteral("results"), delivery.results},
        };
        // Deliveries of the last few minutes may not have settled their
        // retries yet: they are shown as delivered.
        const bool recent = delivery.at > m_now - 10 * kMinute;
        int httpStatus = 200;
        int retries = 0;
        bool failed = false;
        if (!recent && delivery.at >= outageStart && delivery.at < outageEnd) {
            httpStatus = 0;
            failed = true;
        } else if (!recent && health == Health::Broken) {
            httpStatus = 404;
            failed = true;
        } else if (!recent && health == Health::Flaky && dice.chance(0.22)) {
            httpStatus = dice.chance(0.6) ? 502 : 500;
            failed = true;
        } else if (dice.chance(health == Health::Flaky ? 0.12 : 0.03)) {
            retries = dice.between(1, 2);
        }
        qint64 elapsed = dice.span(80, 900);
        QJsonObject response;
        QJsonObject error;
        if (failed) {
            retries = static_cast<int>(m_retryDelaysMs.size());
            for (const qint64 delay : m_retryDelaysMs)
                elapsed += delay;
            if (httpStatus == 404)
                response = {{QStringLiteral("error"), QStringLiteral("Not Found")},
                            {QStringLiteral("path"), QStringLiteral("/edges/legacy-crm")}};
            else if (httpStatus == 502)
                response = {{QStringLiteral("body"),
                             QStringLiteral("<html><head><title>502 Bad Gateway</title></head>"
                                            "<body>502 Bad Gateway</body></html>")}};
            else if (httpStatus == 500)
                response = {{QStringLiteral("error"), QStringLiteral("internal_error")}};
            error = QJsonObject{
                {QStringLiteral("message"),
                 httpStatus > 0
                     ? QStringLiteral("The receiver answered HTTP %1").arg(httpStatus)
                     : QStringLiteral("The receiver could not be reached: Connection timed out")},
                {QStringLiteral("error_label"), QStringLiteral("CALLBACK_FAILED")},
                {QStringLiteral("error_scope"), QStringLiteral("server")},
                {QStringLiteral("status_code"), httpStatus},
                {QStringLiteral("params"), QJsonObject()},
                {QStringLiteral("error_ref"), m_ids.errorRef()}};
        } else {
            for (int r = 0; r < retries; ++r)
                elapsed += m_retryDelaysMs.at(r);
            response = hook && QLatin1String(hook->path) == QLatin1String("hubspot")
                           ? QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}
                           : QJsonObject{{QStringLiteral("ok"), true}};
        }
        const qint64 updated = std::min(m_now, delivery.at + elapsed);
        const QString payloadText = StoreJson::text(payload);
        rows.append(CallbackRow{
            0, uids.at(0), std::nullopt, uids.at(1), runUid, m_workspaceUid, uids.at(2), url,
            headers, payloadText, failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"),
            retries, httpStatus > 0 ? std::optional<qint64>(httpStatus) : std::nullopt,
            nullableText(response), nullableText(error), std::nullopt, delivery.at, updated});
        if (failed && updated < m_now - 3 * kDay) {
            m_failed.push_back(Failure{uids.at(0), uids.at(1), runUid, uids.at(2), url, headers,
                                       payloadText, updated, health});
        }
    }
    return rows;
}

QList<CallbackRow> DemoCallbacks::replays()
{
    QList<CallbackRow> rows;
    for (const Health wanted : {Health::Flaky, Health::Broken}) {
        const auto found =
            std::find_if(m_failed.begin(), m_failed.end(),
                         [wanted](const Failure &callback) { return callback.health == wanted; });
        if (found == m_failed.end())
            continue;
        DemoDice dice(m_seed, 200000U + static_cast<quint32>(wanted));
        const qint64 at = found->updatedAt + dice.span(2 * kHour, 2 * kDay);
        const bool delivered = wanted == Health::Flaky;
        const QJsonObject response =
            delivered ? QJsonObject{{QStringLiteral("ok"), true}}
                      : QJsonObject{{QStringLiteral("error"), QStringLiteral("Not Found")},
                                    {QStringLiteral("path"), QStringLiteral("/edges/legacy-crm")}};
        const QJsonObject error =
            delivered
                ? QJsonObject()
                : QJsonObject{
                      {QStringLiteral("message"), QStringLiteral("The receiver answered HTTP 404")},
                      {QStringLiteral("error_label"), QStringLiteral("CALLBACK_FAILED")},
                      {QStringLiteral("error_scope"), QStringLiteral("server")},
                      {QStringLiteral("status_code"), 404},
                      {QStringLiteral("params"), QJsonObject()},
                      {QStringLiteral("error_ref"), m_ids.errorRef()}};
        rows.append(CallbackRow{0, m_ids.uids(1).constFirst(), found->uid, found->refUid,
                                found->runUid, m_workspaceUid, found->batchUid, found->url,
                                found->headers, found->payload,
                                delivered ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"), 0,
                                delivered ? 200 : 404, StoreJson::text(response),
                                nullableText(error), std::nullopt, at, at + dice.span(90, 700)});
    }
    return rows;
}
