#pragma once

#include <QString>

// One row of the identities table.
struct IdentityRow
{
    QString uid;
    QString name;
    QString type;
    QString timezone;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
