#include "ui/export/exportflow.h"

#include "core/domain/actioncatalogue.h"
#include "core/export/columnorder.h"
#include "core/export/exportfile.h"
#include "models/export/loadedrecordsexport.h"
#include "models/session/session.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportfilename.h"
#include "ui/export/exportprogressdialog.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>

namespace {

// Whether to resume the interrupted export of `path`: nullopt when the
// user backs out.
std::optional<bool> askResume(QWidget *parent, const QString &path)
{
    const qint64 rows = ExportFile::interruptedRows(path);
    if (rows < 0)
        return false;
    QMessageBox box(QMessageBox::Question, ExportDialog::tr("Resume the export?"),
                    ExportDialog::tr("An export to %1 was interrupted after %2 rows. Resume it "
                                     "from there, or start over?")
                        .arg(QDir::toNativeSeparators(path), QLocale().toString(rows)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("exportResumeBox"));
    QPushButton *resume = box.addButton(ExportDialog::tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton *over =
        box.addButton(ExportDialog::tr("&Start over"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume)
        return true;
    if (box.clickedButton() == over)
        return false;
    return std::nullopt;
}

bool confirmOverwrite(QWidget *parent, const QStringList &existing)
{
    if (existing.isEmpty())
        return true;
    const QString list = existing.size() == 1
                             ? QDir::toNativeSeparators(existing.first())
                             : ExportDialog::tr("%n files", nullptr, int(existing.size()));
    QMessageBox box(QMessageBox::Question, ExportDialog::tr("Replace?"),
                    ExportDialog::tr("%1 already exists. Replace it?").arg(list),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("exportReplaceBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

namespace ExportFlow {

bool exportOutputs(QWidget *parent, Session *session, const QList<Run> &runs,
                   const QStringList &knownColumns)
{
    if (!session || runs.isEmpty())
        return false;
    QStringList documented;
    for (const Run &run : runs) {
        if (const ActionSpec *action = ActionCatalogue::find(run.actionName)) {
            for (const QString &field : action->outputFields) {
                if (!documented.contains(field))
                    documented.append(field);
            }
        }
    }
    // The columns seen in the export's own order; before any output has
    // loaded, the fields the actions document.
    QStringList columns = knownColumns.isEmpty() ? documented : QStringList();
    QList<QByteArray> seen;
    for (const QString &column : knownColumns)
        seen.append(column.toUtf8());
    for (int index : exportColumnOrder(seen, documented))
        columns.append(knownColumns.at(index));
    ExportDialog dialog(runs, columns, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    QList<OutputExport::Request> requests;
    if (dialog.onePerRun()) {
        QSet<QString> used;
        for (const Run &run : runs) {
            QString path = dialog.pathForRun(run);
            if (used.contains(path)) {
                const QFileInfo file(path);
                path = file.dir().filePath(file.completeBaseName() + QLatin1Char('-') +
                                           run.uid.left(8) + QLatin1Char('.') + file.suffix());
            }
            used.insert(path);
            requests.append({{run.uid}, path, dialog.settings(), false});
        }
    } else {
        QStringList uids;
        for (const Run &run : runs)
            uids.append(run.uid);
        requests.append({uids, dialog.path(), dialog.settings(), false});
    }

    QStringList existing;
    for (OutputExport::Request &request : requests) {
        const auto resume = askResume(parent, request.path);
        if (!resume)
            return false;
        request.resume = *resume;
        if (!request.resume && QFileInfo::exists(request.path))
            existing.append(request.path);
    }
    if (!confirmOverwrite(parent, existing))
        return false;

    auto *progress = new ExportProgressDialog(session, requests, parent);
    progress->show();
    progress->start();
    return true;
}

bool exportRecords(QWidget *parent, const QJsonArray &records, const QString &action)
{
    if (records.isEmpty())
        return false;
    const ActionSpec *spec = ActionCatalogue::find(action);
    const QStringList documented = spec ? spec->outputFields : QStringList();
    ExportDialog dialog(ExportDialog::tr("<b>Live results</b> — %1, %2 loaded")
                            .arg(action.toHtmlEscaped(), QLocale().toString(records.size())),
                        ExportFileName::sanitized(QStringLiteral("live-") + action +
                                                  QLatin1Char('-') +
                                                  QDate::currentDate().toString(Qt::ISODate)),
                        documented, false, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (QFileInfo::exists(dialog.path()) && !confirmOverwrite(parent, {dialog.path()}))
        return false;
    RecordsExport::Request request{dialog.path(), dialog.settings(), documented};
    auto *progress =
        new ExportProgressDialog({{request.path,
                                   [request, records](bool, QObject *owner) -> ExportJob * {
                                       return new LoadedRecordsExport(request, records, owner);
                                   },
                                   false}},
                                 parent);
    progress->show();
    progress->start();
    return true;
}

bool exportRunsList(QWidget *parent, Session *session, const ListParameters &query,
                    const QList<QPair<QString, QString>> &columns)
{
    if (!session)
        return false;
    QStringList titles;
    for (const auto &[field, title] : columns)
        titles.append(title);
    ExportDialog dialog(ExportDialog::tr("<b>The runs list</b>: every run the filter matches, "
                                         "all pages, as the columns shown: %1")
                            .arg(titles.join(QStringLiteral(", ")).toHtmlEscaped()),
                        ExportFileName::sanitized(QStringLiteral("runs-") +
                                                  QDate::currentDate().toString(Qt::ISODate)),
                        {}, true, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (QFileInfo::exists(dialog.path()) && !confirmOverwrite(parent, {dialog.path()}))
        return false;
    RecordsExport::Request request{dialog.path(), dialog.settings(), {}};
    for (const auto &[field, title] : columns)
        request.settings.columns.append({field, title, true});
    request.settings.onlyListedColumns = true;
    QPointer<Session> guarded(session);
    auto *progress = new ExportProgressDialog(
        {{request.path,
          [guarded, request, query](bool, QObject *owner) -> ExportJob * {
              return guarded ? guarded->newRunsListExport(request, query, owner) : nullptr;
          },
          false}},
        parent);
    progress->show();
    progress->start();
    return true;
}

} // namespace ExportFlow
