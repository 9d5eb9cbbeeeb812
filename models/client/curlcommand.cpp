#include "models/client/curlcommand.h"

#include "models/client/edgesrequest.h"

#include <QUrl>

QString CurlCommand::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString CurlCommand::build(const EdgesRequest &request, const QUrl &url)
{
    const QString method = QString::fromLatin1(request.method);
    QStringList lines;
    QString first = QStringLiteral("curl -sS");
    if (method != QLatin1String("GET") || !request.body.isEmpty())
        first += QStringLiteral(" -X ") + method;
    lines.append(first + QLatin1Char(' ') + quoted(url.toString(QUrl::FullyEncoded)));
    // Double quotes so the shell expands the variable.
    lines.append(QStringLiteral("  -H \"X-API-Key: $EDGES_API_KEY\""));
    if (!request.body.isEmpty() || method == QLatin1String("POST")) {
        lines.append(QStringLiteral("  -H 'Content-Type: application/json'"));
        const QString body =
            request.body.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(request.body);
        lines.append(QStringLiteral("  --data ") + quoted(body));
    }
    return lines.join(QStringLiteral(" \\\n"));
}
