#include "core/domain/actionspec.h"

const ActionSpec::Parameter *ActionSpec::parameter(QStringView name) const
{
    for (const Parameter &candidate : parameters) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}
