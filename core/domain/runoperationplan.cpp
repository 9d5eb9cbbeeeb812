#include "core/domain/runoperationplan.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    QString translated = QCoreApplication::translate("RunOperationPlan", text, disambiguation, n);
    // Without a translator (a headless use, the unit tests) the source's
    // "(s)" would show: English's own rule then. No translation has "(s)".
    if (n >= 0)
        translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return translated;
}

} // namespace

QString RunOperationPlan::verb(RunOperation operation)
{
    switch (operation) {
    case RunOperation::Resume:
        return tr("Resume");
    case RunOperation::Continue:
        return tr("Continue");
    case RunOperation::Cancel:
        break;
    }
    return tr("Cancel");
}

QString RunOperationPlan::refusal(RunOperation operation, const Run &run)
{
    const QString status = run.statusText.isEmpty() ? tr("unknown") : run.statusText;
    if (!allowedOperations(run.status).testFlag(operation)) {
        return tr("%1 is not allowed from %2").arg(verb(operation), status);
    }
    // Contract 3.9: live runs answer at once and cannot be cancelled.
    if (operation == RunOperation::Cancel && run.executionMode == ExecutionMode::Live)
        return tr("live runs cannot be cancelled");
    // Contract 3.8: continue fetches what is new since the last sync, which
    // only an incremental run has.
    if (operation == RunOperation::Continue && !run.isIncremental())
        return tr("not an incremental run");
    return {};
}

RunOperationPlan RunOperationPlan::make(RunOperation operation, const QList<Run> &runs)
{
    RunOperationPlan plan;
    plan.operation = operation;
    QSet<QString> seen;
    for (const Run &run : runs) {
        if (run.uid.isEmpty() || seen.contains(run.uid))
            continue;
        seen.insert(run.uid);
        if (const QString reason = refusal(operation, run); reason.isEmpty())
            plan.eligible.append(run);
        else
            plan.skipped.append({run, reason});
    }
    return plan;
}

QString RunOperationPlan::summary() const
{
    const QString action =
        eligible.isEmpty()
            ? tr("Nothing to %1.").arg(verb(operation).toLower())
            : tr("%1 %Ln run(s).", nullptr, int(eligible.size())).arg(verb(operation));
    if (skipped.isEmpty())
        return action;
    return action + QLatin1Char(' ') +
           tr("%Ln selected run(s) will be skipped.", nullptr, int(skipped.size()));
}
