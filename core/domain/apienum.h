#pragma once

#include <QLatin1String>
#include <QStringView>

#include <array>
#include <utility>

// The API spells each enum value as one fixed string. This table maps both
// ways; reading is case-insensitive and anything unrecognised becomes the
// enum's Unknown value, because the server may add values we do not know yet.
template <typename Enum, std::size_t N>
class ApiEnum
{
public:
    using Entry = std::pair<Enum, QLatin1String>;

    constexpr explicit ApiEnum(std::array<Entry, N> entries)
        : m_entries(entries)
    {}

    Enum fromString(QStringView text, Enum unknown) const
    {
        const QStringView trimmed = text.trimmed();
        for (const auto &[value, name] : m_entries) {
            if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return unknown;
    }

    QLatin1String toString(Enum value) const
    {
        for (const auto &[candidate, name] : m_entries) {
            if (candidate == value)
                return name;
        }
        return QLatin1String("UNKNOWN");
    }

private:
    std::array<Entry, N> m_entries;
};
