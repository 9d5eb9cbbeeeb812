#pragma once

#include <QtGlobal>

// The role every table of API records answers with a row's whole record as
// a QJsonObject, so that a view can copy or show it without parsing JSON.
// Away from the custom roles the models number from Qt::UserRole + 1.
inline constexpr int kRecordRole = Qt::UserRole + 100;

// False for a row whose cells are not in memory now (a table that keeps
// only the pages used last); no answer means loaded. Copying such a row
// would copy blanks, so a view refuses and says why.
inline constexpr int kRowLoadedRole = Qt::UserRole + 101;
