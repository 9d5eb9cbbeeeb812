#pragma once

#include "core/json/orderedjsonobject.h"

#include <QString>
#include <QStringView>

#include <variant>

// custom_data written as text, for a table cell or a CSV column:
// "crm_id=42; owner=Alice". Pairs are separated by ';' or line breaks, a
// key from its value by the first '='. Blanks around keys and values
// belong to the syntax and are dropped; a backslash makes the next
// character plain text (\; \= \\, and "\ " for a blank that must stay), so
// every string can be written and read back exactly.
class CustomDataText final
{
public:
    // The pairs in the order written, every value a string; or why the
    // text is not key=value pairs.
    static std::variant<OrderedJsonObject, QString> parse(QStringView text);
    // Values that are not strings (from JSON) are written as their JSON
    // text and read back as strings: only the JSON text keeps their type.
    static QString write(const OrderedJsonObject &customData);
};
