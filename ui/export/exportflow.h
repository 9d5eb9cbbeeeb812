#pragma once

#include "core/domain/run.h"

#include <QList>
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

} // namespace ExportFlow
