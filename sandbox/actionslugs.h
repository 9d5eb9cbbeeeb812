#pragma once

#include <QLatin1String>

// The slugs of the catalogue's actions (core/domain/actioncatalogue.cpp)
// that the sandbox's generators and limits treat specially. Core keeps the
// catalogue as data and exports no per-action names, so the sandbox spells
// each slug once, here.
namespace ActionSlugs {

inline constexpr QLatin1String Connections("linkedin-extract-connections");
inline constexpr QLatin1String Messages("linkedin-extract-messages");
inline constexpr QLatin1String Viewers("linkedin-extract-profile-viewers");
inline constexpr QLatin1String Conversations("linkedin-extract-conversations");
inline constexpr QLatin1String SearchPeople("linkedin-search-people");
inline constexpr QLatin1String ExtractPeople("linkedin-extract-people");
inline constexpr QLatin1String ExtractContact("linkedin-extract-contact");

} // namespace ActionSlugs
