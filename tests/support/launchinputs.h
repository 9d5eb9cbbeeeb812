#pragma once

#include "core/domain/actioncatalogue.h"
#include "core/launch/inputdraft.h"

#include <QString>

// What the tests of launch inputs share: catalogue actions by slug, and
// LinkedIn profile inputs numbered so that their order can be checked.
namespace LaunchInputs {

inline const QString kProfileUrl = QStringLiteral("linkedin_profile_url");

inline const ActionSpec &action(const char *slug)
{
    const ActionSpec *spec = ActionCatalogue::find(QString::fromLatin1(slug));
    Q_ASSERT(spec);
    return *spec;
}

inline QString profileUrl(int n)
{
    return QStringLiteral("https://www.linkedin.com/in/person-%1").arg(n);
}

inline InputDraft profileInput(const QString &url)
{
    InputDraft draft;
    draft.fields.insert(kProfileUrl, url);
    return draft;
}

} // namespace LaunchInputs
