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

QList<Component> components()
{
    return {
        {"Qt",
         QString::fromLatin1(qVersion()) +
             QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR)),
         "LGPL-3.0-only"},
        {"QtKeychain", QStringLiteral(RUNBOARD_QTKEYCHAIN_VERSION), "BSD-3-Clause"},
        {"libxlsxwriter", XlsxExportWriter::libraryVersion(), "BSD-2-Clause"},
        {"zlib (through libxlsxwriter)", QString(), "Zlib"},
        {"SQLite (through Qt SQL and the sandbox)", QString(), "Public domain"},
    };
}

} // namespace

QString AboutDialog::versionsText()
{
    QStringList lines{QStringLiteral("Runboard %1").arg(QStringLiteral(RUNBOARD_APP_VERSION)),
                      QStringLiteral("%1 (%2)").arg(QSysInfo::prettyProductName(),
                                                    QSysInfo::currentCpuArchitecture())};
    for (const Component &component : components()) {
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
    for (const Component &component : components()) {
        table +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(QString::fromLatin1(component.name).toHtmlEscaped(),
                     component.version.toHtmlEscaped(), QString::fromLatin1(component.licence));
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
