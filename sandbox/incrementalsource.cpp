#include "sandbox/incrementalsource.h"

#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/sourcerows.h"

#include <algorithm>

namespace {

// 2025-01-01T00:00:00Z: the natural history starts here.
constexpr qint64 kOriginMs = 1735689600000LL;
constexpr qint64 kIntervalMs = 6LL * 3600 * 1000;
constexpr qint64 kInitialItems = 40;

} // namespace

IncrementalSource::IncrementalSource(SandboxStore &store)
    : m_store(store)
{}

qint64 IncrementalSource::size(const QString &action, const QString &identityUid,
                               qint64 nowMs) const
{
    const qint64 natural = kInitialItems + std::max<qint64>(0, (nowMs - kOriginMs) / kIntervalMs);
    return natural + m_store.sources().grown(action, identityUid);
}

qint64 IncrementalSource::createdAt(qint64 index, qint64 nowMs) const
{
    return std::min(nowMs, kOriginMs + (index - kInitialItems) * kIntervalMs);
}

void IncrementalSource::grow(const QString &action, const QString &identityUid, qint64 count) const
{
    m_store.sources().grow(action, identityUid, count);
}
