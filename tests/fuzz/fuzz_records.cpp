// The readers that turn the API's JSON objects into records: runs (and
// the light object of GET /runs/{uid}/status), the async creation reply,
// schedules, run inputs, callbacks, identities and error bodies, with what
// the dashboard derives from them (a run's duration, the incremental
// advice from a MAX_RESULTS_REACHED last_info, the error's sentence), and
// JsonKeyOrder, which reads the key order QJsonDocument forgets. Input: a
// JSON document; an array is read item by item, as a list page is.
// Checks: no crash and no undefined behaviour whatever the field types;
// counts are never negative; a record's raw status text is kept;
// JsonKeyOrder finds one element per array item (or one for an object),
// and elementAt() places each element's start in that element.
#include "core/domain/callback.h"
#include "core/domain/errorbody.h"
#include "core/domain/errorexplanation.h"
#include "core/domain/identity.h"
#include "core/domain/incrementaladvice.h"
#include "core/domain/run.h"
#include "core/domain/runinput.h"
#include "core/domain/schedule.h"
#include "core/json/jsonflattener.h"
#include "core/json/jsonkeyorder.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

void checkError(const ErrorBody &error)
{
    static_cast<void>(ErrorExplanation::sentence(error));
    static_cast<void>(error.isEmpty());
}

void checkAdvice(const ErrorBody &info)
{
    const std::optional<IncrementalAdvice::Iteration> reported =
        IncrementalAdvice::fromLastInfo(info);
    if (!reported)
        return;
    // The dashboard takes the gaps from the schedule: an hour, a weekend.
    for (const qint64 interval : {qint64{3600}, qint64{3 * 86400}}) {
        IncrementalAdvice::Iteration iteration = *reported;
        iteration.intervalSeconds = interval;
        iteration.longestIntervalSeconds = interval * 2;
        const IncrementalAdvice advice(iteration);
        static_cast<void>(advice.itemsPerHour());
        FUZZ_CHECK(advice.suggestedMaxResults() >= 0);
        FUZZ_CHECK(advice.suggestedMaxResults() <= IncrementalAdvice::kMaxResultsLimit);
        FUZZ_CHECK(advice.suggestedIntervalSeconds() >= 0);
    }
}

void readRecord(const QJsonObject &object)
{
    const Run run = Run::fromJson(object);
    FUZZ_CHECK(run.retryCount >= 0);
    FUZZ_CHECK(run.outputCount >= 0);
    static_cast<void>(run.durationSeconds());
    static_cast<void>(run.isIncremental());
    if (run.lastError)
        checkError(*run.lastError);
    if (run.lastInfo) {
        checkError(*run.lastInfo);
        checkAdvice(*run.lastInfo);
    }
    const Run created = Run::fromAsyncCreateJson(object);
    FUZZ_CHECK(created.executionMode == ExecutionMode::Async);

    const Schedule schedule = Schedule::fromJson(object);
    FUZZ_CHECK(schedule.statusText.isEmpty() || !object.value(QLatin1String("status")).isNull());

    const RunInput input = RunInput::fromJson(object);
    FUZZ_CHECK(input.retryCount >= 0);
    if (input.lastError)
        checkError(*input.lastError);

    const Callback callback = Callback::fromJson(object);
    FUZZ_CHECK(callback.retryCount >= 0);
    if (callback.error)
        checkError(*callback.error);

    static_cast<void>(Identity::fromJson(object));
    checkError(ErrorBody::fromJson(object));
    static_cast<void>(JsonFlattener::flatten(object));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const JsonKeyOrder order(json);
    if (document.isObject()) {
        FUZZ_CHECK(order.elements().size() == 1);
        readRecord(document.object());
    } else if (document.isArray()) {
        const QJsonArray items = document.array();
        FUZZ_CHECK(order.elements().size() == items.size());
        for (const QJsonValue &item : items)
            readRecord(item.toObject());
        // elementAt() counts the bytes before the offset: one past an
        // element's first byte lies in that element.
        for (qsizetype i = 0; i < order.elements().size(); ++i)
            FUZZ_CHECK(JsonKeyOrder::elementAt(json, order.elements().at(i).offset + 1) == i);
    }
    return 0;
}
