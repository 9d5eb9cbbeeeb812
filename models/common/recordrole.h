#pragma once

#include <QtGlobal>

// The role every table of API records answers with a row's whole record as
// a QJsonObject, so that a view can copy or show it without parsing JSON.
// Away from the custom roles the models number from Qt::UserRole + 1.
inline constexpr int kRecordRole = Qt::UserRole + 100;
