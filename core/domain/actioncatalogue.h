#pragma once

#include "core/domain/actionspec.h"

#include <QList>
#include <QStringView>

// The built-in catalogue of actions (contract section 7). The API has no
// endpoint that lists actions, so client and sandbox share this one.
class ActionCatalogue final
{
public:
    // The contract's default and maximum for max_results on list actions
    // (open question 12): 100 and 1,000.
    static constexpr int kDefaultMaxResults = 100;
    static constexpr int kMaximumMaxResults = 1000;

    static const QList<ActionSpec> &actions();
    // nullptr for a slug that is not in the catalogue.
    static const ActionSpec *find(QStringView slug);
    // The integer action_id of runs and schedules: the position in the
    // catalogue, from 1; 0 for an unknown slug.
    static int actionId(QStringView slug);
};
