#include "core/launch/customdatatext.h"

#include "core/launch/inputdraft.h"

#include <optional>

namespace {

// A key or a value being read: blanks before it are skipped and blanks
// after it dropped, unless a backslash kept them.
class Part
{
public:
    void add(QChar c, bool escaped)
    {
        const bool plainBlank = !escaped && c.isSpace();
        if (plainBlank && m_text.isEmpty())
            return;
        m_text.append(c);
        if (!plainBlank)
            m_kept = m_text.size();
    }
    bool isEmpty() const { return m_kept == 0; }
    QString take()
    {
        QString text = m_text.left(m_kept);
        m_text.clear();
        m_kept = 0;
        return text;
    }

private:
    QString m_text;
    qsizetype m_kept = 0;
};

bool separatesPairs(QChar c)
{
    return c == QLatin1Char(';') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QString escaped(const QString &text, bool isKey)
{
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    qsizetype last = text.size();
    while (last > first && text.at(last - 1).isSpace())
        --last;
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool edgeBlank = i < first || i >= last;
        if (edgeBlank || c == QLatin1Char('\\') || separatesPairs(c) ||
            (isKey && c == QLatin1Char('=')))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace

std::variant<OrderedJsonObject, QString> CustomDataText::parse(QStringView text)
{
    OrderedJsonObject pairs;
    Part key;
    Part value;
    bool inValue = false;
    std::optional<QString> error;
    const auto endPair = [&] {
        if (!inValue) {
            if (!key.isEmpty())
                error = QStringLiteral("'%1' is not key=value").arg(key.take());
            return;
        }
        inValue = false;
        const QString name = key.take();
        if (name.isEmpty()) {
            error = QStringLiteral("'=%1' has no key before '='").arg(value.take());
            return;
        }
        if (pairs.contains(name)) {
            error = QStringLiteral("the key '%1' is given twice").arg(name);
            return;
        }
        pairs.insert(name, value.take());
    };
    for (qsizetype i = 0; i < text.size() && !error; ++i) {
        QChar c = text.at(i);
        const bool escape = c == QLatin1Char('\\') && i + 1 < text.size();
        if (escape)
            c = text.at(++i);
        if (!escape && separatesPairs(c))
            endPair();
        else if (!escape && !inValue && c == QLatin1Char('='))
            inValue = true;
        else
            (inValue ? value : key).add(c, escape);
    }
    if (!error)
        endPair();
    if (error)
        return *error;
    return pairs;
}

QString CustomDataText::write(const OrderedJsonObject &customData)
{
    QStringList pairs;
    pairs.reserve(customData.size());
    for (qsizetype i = 0; i < customData.size(); ++i) {
        pairs.append(escaped(customData.keyAt(i), true) + QLatin1Char('=') +
                     escaped(InputDraft::valueText(customData.valueAt(i)), false));
    }
    return pairs.join(QLatin1String("; "));
}
