#include "core/launch/launchcallback.h"

#include <QSet>
#include <QUrl>

namespace {

bool isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

// RFC 9110 token characters, the only ones a header name may use.
bool isHeaderName(const QString &name)
{
    static const QByteArrayView kSymbols("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const bool ascii = c.unicode() < 128;
        if (!ascii || !(c.isLetterOrNumber() || kSymbols.contains(char(c.unicode()))))
            return false;
    }
    return true;
}

bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

} // namespace

QList<LaunchProblem> LaunchCallback::problems() const
{
    QList<LaunchProblem> found;
    const auto add = [&found](const QString &field, const QString &reason) {
        found.append({QStringLiteral("callback.") + field, -1, reason});
    };
    const QUrl parsed(url, QUrl::StrictMode);
    const bool https = parsed.scheme() == QLatin1String("https");
    // The sandbox delivers to local receivers over plain http too
    // (docs/api-decisions.md); the service wants https.
    const bool localHttp = parsed.scheme() == QLatin1String("http") && isLoopback(parsed.host());
    if (url.isEmpty())
        add(QStringLiteral("url"), QStringLiteral("required for a callback"));
    else if (!parsed.isValid() || parsed.host().isEmpty())
        add(QStringLiteral("url"), QStringLiteral("not a URL: '%1'").arg(url));
    else if (!https && !localHttp)
        add(QStringLiteral("url"),
            QStringLiteral("must be an https URL (http only on this computer)"));

    QSet<QString> names;
    for (const auto &[name, value] : headers) {
        const QString field = QStringLiteral("headers.") + name;
        if (!isHeaderName(name))
            add(field, QStringLiteral("'%1' is not a header name (letters, digits and "
                                      "!#$%&'*+-.^_`|~ only)")
                           .arg(name));
        else if (names.contains(name.toLower()))
            add(field, QStringLiteral("given twice"));
        // A line break in a value would smuggle in a header of its own.
        if (hasControlCharacter(value))
            add(field, QStringLiteral("the value must be one line of text"));
        names.insert(name.toLower());
    }
    return found;
}

QJsonObject LaunchCallback::toJson() const
{
    QJsonObject object{{QStringLiteral("url"), url}};
    if (on != On::Unset)
        object.insert(QStringLiteral("on"),
                      on == On::All ? QStringLiteral("all") : QStringLiteral("final"));
    if (!headers.isEmpty()) {
        QJsonObject map;
        for (const auto &[name, value] : headers)
            map.insert(name, value);
        object.insert(QStringLiteral("headers"), map);
    }
    return object;
}
