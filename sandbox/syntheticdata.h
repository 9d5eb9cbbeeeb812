#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ActionSpec;

// Deterministic, realistic-looking results for the catalogue's actions
// (contract section 7). Everything is a pure function of the seed and the
// arguments, so the same seed and input always give the same data.
class SyntheticData final
{
public:
    // What the synthetic platform does with an input, decided from its
    // content so tests can ask for each outcome on purpose.
    enum class InputOutcome
    {
        // Results are available (how many: availableResults()).
        Normal,
        // Never processable: the run blocks (a linkedin.com/products/ URL).
        Blocked,
        // Valid but nothing there: succeeds with zero results, NO_RESULT.
        NoResult,
        // The platform answers with nothing usable: the input fails (424).
        Unusable,
        // Fails transiently (PROXY_ERROR) on its first two attempts.
        Transient,
    };

    explicit SyntheticData(quint64 seed);

    quint64 seed() const { return m_seed; }

    InputOutcome outcome(const ActionSpec &action, const QJsonObject &input) const;

    // How many results the platform holds for this input before any
    // max_results cap: 1 for single-object actions; for list actions a
    // spread between 0 and a few hundred, deterministic per input.
    int availableResults(const ActionSpec &action, const QJsonObject &input) const;

    // Result number `index` (0-based, in the order the platform returns
    // them) for this input, with every output field of section 7 for the
    // action (honouring parameters such as sections/experiences/skills/
    // highlights of linkedin-extract-people), plus `extracted_at`.
    QJsonObject result(const ActionSpec &action, const QJsonObject &input,
                       const QJsonObject &parameters, int index,
                       const QDateTime &extractedAt) const;

    // Item `index` (0 = oldest) of the incremental source of one identity
    // for one action, created at `createdAt` (which the item's own date
    // fields such as connected_at / created_at / view_timestamp reflect).
    QJsonObject sourceItem(const ActionSpec &action, const QString &identityUid, qint64 index,
                           const QDateTime &createdAt, const QDateTime &extractedAt) const;

private:
    quint64 m_seed;
};
