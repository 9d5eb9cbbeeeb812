#pragma once

#include <QString>

class SandboxStore;

// The growing history behind an incremental action (contract section 6.3):
// per identity and action, items arrive over virtual time (one every six
// hours since 2025) and on demand through the admin API. Item 0 is the
// oldest; a larger index is a newer item.
class IncrementalSource final
{
public:
    explicit IncrementalSource(SandboxStore &store);

    // How many items exist at `nowMs`.
    qint64 size(const QString &action, const QString &identityUid, qint64 nowMs) const;
    // When item `index` appeared (never later than nowMs).
    qint64 createdAt(qint64 index, qint64 nowMs) const;
    void grow(const QString &action, const QString &identityUid, qint64 count) const;

private:
    SandboxStore &m_store;
};
