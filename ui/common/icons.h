#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The dashboard's icons, by name: Icons::get(QStringLiteral("refresh")) is
// :/icons/refresh.svg. Icons are built once and shared; monochrome ones
// follow the application palette (see ThemedIconEngine).
class Icons final
{
public:
    Icons() = delete;

    // A null icon, and a warning, for a name that is not in the resources,
    // so a typo shows in the log rather than as an empty button only.
    static QIcon get(const QString &name);
    // ":/icons/<name>.svg".
    static QString path(const QString &name);
    // Every icon in the resources by name, sorted; for tests and previews.
    static QStringList names();
};
