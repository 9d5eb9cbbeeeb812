#include "sandbox/demowriter.h"

#include "sandbox/demoplan.h"
#include "sandbox/store/callbackrows.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/outputrows.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/schedulerows.h"

DemoWriter::DemoWriter(SandboxStore &store)
    : m_store(store)
{}

void DemoWriter::write(const DemoPlan &plan)
{
    for (const DemoPlan::Run &run : plan.runs) {
        const qint64 runId = m_store.runs().insert(run.row);
        for (const DemoPlan::Input &input : run.inputs) {
            InputRow row = input.row;
            row.runId = runId;
            const qint64 inputId = m_store.inputs().insert(row);
            for (const QString &output : input.outputs)
                m_store.outputs().insert(runId, inputId, output);
        }
        for (const CallbackRow &callback : run.callbacks)
            m_store.callbacks().insert(callback);
    }
    for (const CallbackRow &replay : plan.replays)
        m_store.callbacks().insert(replay);
    for (const ScheduleRow &schedule : plan.schedules)
        m_store.schedules().insert(schedule);
}
