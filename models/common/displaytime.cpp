#include "models/common/displaytime.h"

namespace {

DisplayTime::Formatter &formatter()
{
    static DisplayTime::Formatter installed;
    return installed;
}

} // namespace

void DisplayTime::setFormatter(Formatter formatter)
{
    ::formatter() = std::move(formatter);
}

QVariant DisplayTime::accessibleText(const QVariant &display)
{
    if (display.typeId() != QMetaType::QDateTime)
        return {};
    const QDateTime time = display.toDateTime();
    const Formatter &format = formatter();
    return format ? format(time) : time.toString(Qt::ISODate);
}
