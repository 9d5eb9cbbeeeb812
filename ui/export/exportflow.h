#pragma once

#include "core/domain/run.h"
#include "models/client/listparameters.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QStringList>

class QWidget;
class Session;

// Export… from anywhere in the window: the dialog, then the question an
// interrupted export of the same file raises (resume or start over), then
// the progress window.
namespace ExportFlow {

// `knownColumns`: the outputs table's columns when it shows these runs'
// outputs, else empty. Returns false when the user did not start anything.
bool exportOutputs(QWidget *parent, Session *session, const QList<Run> &runs,
                   const QStringList &knownColumns = {});

// The live panel's results as loaded: `action` for the documented fields
// and the file name.
bool exportRecords(QWidget *parent, const QJsonArray &records, const QString &action);

// Every run the runs list's filter matches, all pages, as `columns` (API
// field → title, the table's visible columns in order).
bool exportRunsList(QWidget *parent, Session *session, const ListParameters &query,
                    const QList<QPair<QString, QString>> &columns);

} // namespace ExportFlow
