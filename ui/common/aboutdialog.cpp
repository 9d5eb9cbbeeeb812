#include "ui/common/aboutdialog.h"

#include "core/export/xlsxexportwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {

struct Component
{
    const char *name;
    QString version;
    const char *licence;
};

// "Copy versions" gives English for the bug report whatever the window's
// language; the dialog shows the same facts translated.
QString text(const char *source, bool translated)
{
    return translated ? AboutDialog::tr(source) : QString::fromLatin1(source);
}

QList<Component> components(bool translated)
{
    return {
        {"Qt",
         text(QT_TRANSLATE_NOOP("AboutDialog", "%1 (built with %2)"), translated)
             .arg(QString::fromLatin1(qVersion()), QLatin1String(QT_VERSION_STR)),
         "LGPL-3.0-only"},
        {"QtKeychain", QStringLiteral(RUNBOARD_QTKEYCHAIN_VERSION), "BSD-3-Clause"},
        {"libxlsxwriter", XlsxExportWriter::libraryVersion(), "BSD-2-Clause"},
        {QT_TRANSLATE_NOOP("AboutDialog", "zlib (through libxlsxwriter)"), QString(), "Zlib"},
        {QT_TRANSLATE_NOOP("AboutDialog", "SQLite (through Qt SQL and the sandbox)"), QString(),
         QT_TRANSLATE_NOOP("AboutDialog", "Public domain")},
    };
}

} // namespace

QString AboutDialog::versionsText()
{
    QStringList lines{QStringLiteral("Runboard %1").arg(QStringLiteral(RUNBOARD_APP_VERSION)),
                      QStringLiteral("%1 (%2)").arg(QSysInfo::prettyProductName(),
                                                    QSysInfo::currentCpuArchitecture())};
    for (const Component &component : components(false)) {
        QString line = QString::fromLatin1(component.name);
        if (!component.version.isEmpty())
            line += QLatin1Char(' ') + component.version;
        lines << line + QStringLiteral(", %1").arg(QLatin1String(component.licence));
    }
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Runboard"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h3>Runboard %1</h3>The desktop dashboard for the Edges "
                                "automation API, with runboard-sandbox, an offline engine that "
                                "behaves like it.")
                                 .arg(QStringLiteral(RUNBOARD_APP_VERSION).toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    QString table = QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th>"
                                   "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                        .arg(tr("Component"), tr("Version"), tr("Licence"));
    for (const Component &component : components(true)) {
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(tr(component.name).toHtmlEscaped(), component.version.toHtmlEscaped(),
                          tr(component.licence));
    }
    table += QStringLiteral("</table>");
    auto *libraries = new QLabel(table, this);
    libraries->setObjectName(QStringLiteral("aboutComponents"));
    libraries->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(libraries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
