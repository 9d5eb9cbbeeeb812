#include "ui/detail/runsummaryview.h"

#include "core/domain/durationtext.h"
#include "core/domain/errorexplanation.h"
#include "core/domain/incrementaladvice.h"
#include "ui/common/statusstyle.h"
#include "ui/common/timedisplay.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kScheduleScheme = QStringLiteral("schedule");

QString escaped(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
}

QString row(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString time(const QDateTime &value)
{
    return escaped(TimeDisplay::instance()->format(value));
}

QString errorHtml(const std::optional<ErrorBody> &error)
{
    if (!error || error->isEmpty())
        return QStringLiteral("—");
    QString html;
    if (!error->label.isEmpty())
        html = QStringLiteral("<code>%1</code>: ").arg(error->label.toHtmlEscaped());
    return html + ErrorExplanation::sentence(*error).toHtmlEscaped();
}

QString modeText(ExecutionMode mode)
{
    switch (mode) {
    case ExecutionMode::Live:
        return RunSummaryView::tr("Live");
    case ExecutionMode::Async:
        return RunSummaryView::tr("Async");
    case ExecutionMode::Unknown:
        break;
    }
    return {};
}

qint64 maxResultsOf(const Run &run)
{
    const QJsonValue value = run.parameters.value(QLatin1String("max_results"));
    return value.isDouble() ? value.toInteger() : -1;
}

} // namespace

RunSummaryView::RunSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_completeness(new QLabel(this))
    , m_loadAll(new QPushButton(tr("Load all outputs"), this))
    , m_incremental(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("runSummaryView"));
    m_text->setObjectName(QStringLiteral("runSummaryText"));
    m_text->setAccessibleName(tr("Run summary"));
    m_text->setOpenLinks(false);
    m_completeness->setObjectName(QStringLiteral("outputCompletenessLabel"));
    m_completeness->setWordWrap(true);
    m_loadAll->setObjectName(QStringLiteral("loadAllOutputsButton"));
    m_loadAll->setToolTip(tr("Load every page of outputs to compare them with output_count."));
    m_loadAll->hide();
    m_incremental->setObjectName(QStringLiteral("incrementalLabel"));
    m_incremental->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("incrementalWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #5a3a00; border: 1px solid #e08a1e; "
                       "border-radius: 3px; padding: 6px; }"));
    for (QLabel *label : {m_completeness, m_incremental, m_warning})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_incremental->hide();
    m_warning->hide();

    auto *completeness = new QHBoxLayout;
    completeness->addWidget(m_completeness, 1);
    completeness->addWidget(m_loadAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(completeness);
    layout->addWidget(m_warning);
    layout->addWidget(m_incremental);
    layout->addWidget(m_text, 1);

    connect(m_loadAll, &QPushButton::clicked, this, &RunSummaryView::loadAllOutputsRequested);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == kScheduleScheme && !link.path().isEmpty())
            emit scheduleActivated(link.path());
    });
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this, [this] {
        refreshText();
        refreshIncremental();
    });
}

void RunSummaryView::setRun(const Run &run)
{
    m_run = run;
    m_hasRun = true;
    refreshText();
    refreshCompleteness();
    refreshIncremental();
}

void RunSummaryView::setOutputs(const Outputs &outputs)
{
    m_outputs = outputs;
    refreshCompleteness();
}

void RunSummaryView::setIncrementalContext(const IncrementalContext &context)
{
    m_context = context;
    refreshIncremental();
}

void RunSummaryView::clear()
{
    m_run = Run();
    m_hasRun = false;
    m_outputs = {};
    m_context = {};
    m_text->clear();
    refreshCompleteness();
    refreshIncremental();
}

void RunSummaryView::refreshText()
{
    if (!m_hasRun) {
        m_text->clear();
        return;
    }
    const Run &run = m_run;
    const QColor colour = StatusStyle::color(run.status);
    QString status = QStringLiteral("<span style=\"color:%1\">&#9632;</span> <b>%2</b>")
                         .arg(colour.name(), StatusStyle::label(run.status).toHtmlEscaped());
    if (!run.statusText.isEmpty())
        status += QStringLiteral(" <code>%1</code>").arg(run.statusText.toHtmlEscaped());

    QString duration = QStringLiteral("—");
    if (run.startedAt.isValid() && run.finishedAt.isValid())
        duration = DurationText::format(run.startedAt.secsTo(run.finishedAt));
    else if (run.startedAt.isValid() && run.updatedAt.isValid() && !isTerminal(run.status))
        duration = tr("%1 so far (as of the last update)")
                       .arg(DurationText::format(run.startedAt.secsTo(run.updatedAt)));

    QString action = escaped(run.actionName);
    if (run.actionId)
        action += tr(" (action id %1)").arg(*run.actionId);
    QString schedule = escaped(run.scheduledRunName);
    if (!run.scheduledRunUid.isEmpty()) {
        // A link to the schedule on the Schedules page.
        QUrl link;
        link.setScheme(kScheduleScheme);
        link.setPath(run.scheduledRunUid);
        schedule = QStringLiteral("<a href=\"%1\">%2</a> <code>%3</code>")
                       .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), schedule,
                            run.scheduledRunUid.toHtmlEscaped());
    }
    if (run.scheduledRunUid.isEmpty() && run.scheduledRunName.isEmpty())
        schedule = tr("none (launched directly)");
    QString sync = escaped(run.parameters.value(QLatin1String("sync_mode")).toString());
    const QString parameters =
        QString::fromUtf8(QJsonDocument(run.parameters).toJson(QJsonDocument::Indented));

    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"3\">");
    html += row(tr("Status"), status);
    html += row(tr("Run uid"), QStringLiteral("<code>%1</code>").arg(escaped(run.uid)));
    html += row(tr("Id"), run.id ? QString::number(*run.id) : QStringLiteral("—"));
    html += row(tr("Name"), escaped(run.name));
    html += row(tr("Action"), action);
    html += row(tr("Execution mode"), escaped(modeText(run.executionMode)));
    html += row(tr("Schedule"), schedule);
    html += row(tr("Sync mode"), run.isIncremental() ? tr("incremental") : sync);
    html += row(tr("Created"), time(run.createdAt));
    html += row(tr("Started"), time(run.startedAt));
    html += row(tr("Finished"), time(run.finishedAt));
    html += row(tr("Duration"), duration);
    html += row(tr("Updated"), time(run.updatedAt));
    html += row(tr("Postponed until"), time(run.postponedUntil));
    html += row(tr("Last sync"), time(run.syncedAt));
    html += row(tr("Automatic retries"), QString::number(run.retryCount));
    html += row(tr("Outputs stored"), QString::number(run.outputCount));
    html += row(tr("Callback URL"), escaped(run.callbackUrl));
    html += row(tr("Last error"), errorHtml(run.lastError));
    html += row(tr("Last info"), errorHtml(run.lastInfo));
    html += row(tr("User"), QStringLiteral("<code>%1</code>").arg(escaped(run.userUid)));
    html += row(tr("Workspace"), QStringLiteral("<code>%1</code>").arg(escaped(run.workspaceUid)));
    html += row(tr("Parameters"), QStringLiteral("<pre>%1</pre>").arg(parameters.toHtmlEscaped()));
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
}

void RunSummaryView::refreshCompleteness()
{
    using Phase = Outputs::Phase;
    const qint64 expected = m_run.outputCount;
    const qint64 received = m_outputs.received;
    QString text;
    bool canLoadAll = false;
    if (!m_hasRun) {
        text.clear();
    } else if (m_run.executionMode == ExecutionMode::Live) {
        text = tr("Live runs keep no outputs on the server: there is nothing to compare.");
    } else {
        switch (m_outputs.phase) {
        case Phase::NotAvailable:
            break;
        case Phase::Loading:
            text = tr("Loading outputs to compare them with the %n stored…", nullptr,
                      static_cast<int>(expected));
            break;
        case Phase::Failed:
            text = tr("The outputs could not be loaded: %1").arg(m_outputs.error);
            break;
        case Phase::Partial:
            text = tr("%1 of %2 outputs loaded so far; load the rest to check that none is "
                      "missing.")
                       .arg(received)
                       .arg(expected);
            canLoadAll = true;
            break;
        case Phase::Complete:
            if (received == expected)
                text = tr("All %n outputs received: the count matches output_count.", nullptr,
                          static_cast<int>(expected));
            else if (received < expected)
                text = tr("Received %1 of %2 outputs — %3 missing.")
                           .arg(received)
                           .arg(expected)
                           .arg(expected - received);
            else
                text = tr("Received %1 outputs but output_count says %2 — %3 more than "
                          "reported.")
                           .arg(received)
                           .arg(expected)
                           .arg(received - expected);
            if (!isTerminal(m_run.status))
                text += QLatin1Char(' ') + tr("The run has not ended: the count may still grow.");
            break;
        }
    }
    m_completeness->setText(text);
    m_loadAll->setVisible(canLoadAll);
}

void RunSummaryView::refreshIncremental()
{
    if (!m_hasRun || !m_run.isIncremental()) {
        m_incremental->hide();
        m_warning->hide();
        return;
    }
    const Run &run = m_run;
    std::optional<IncrementalAdvice::Iteration> reported;
    if (run.lastInfo)
        reported = IncrementalAdvice::fromLastInfo(*run.lastInfo);
    IncrementalAdvice::Iteration iteration = reported.value_or(IncrementalAdvice::Iteration{});
    if (!reported) {
        iteration.maxResults = std::max<qint64>(0, maxResultsOf(run));
        iteration.fetched = m_context.observedNewItems;
    }
    iteration.intervalSeconds = m_context.intervalSeconds;
    iteration.longestIntervalSeconds = m_context.longestIntervalSeconds;
    const IncrementalAdvice advice(iteration);

    QString newItems;
    if (reported && iteration.newItems >= 0)
        newItems = tr("%1 found, %2 fetched, %3 lost")
                       .arg(iteration.newItems)
                       .arg(iteration.fetched)
                       .arg(iteration.lostItems);
    else if (m_context.observedNewItems >= 0)
        newItems = tr("%1 fetched (the output count grew by that much since the previous sync "
                      "the dashboard saw)")
                       .arg(m_context.observedNewItems);
    else
        newItems = tr("not reported (the server counts them only when max_results is reached); "
                      "%n outputs in all iterations",
                      nullptr, static_cast<int>(run.outputCount));
    const qint64 maxResults = maxResultsOf(run);
    m_incremental->setText(
        tr("<b>Incremental sync.</b> Last sync: %1. New items in the last iteration: %2. "
           "max_results: %3.")
            .arg(run.syncedAt.isValid() ? TimeDisplay::instance()->format(run.syncedAt)
                                        : tr("not yet"),
                 newItems.toHtmlEscaped(),
                 maxResults >= 0 ? QString::number(maxResults) : tr("the action's default")));
    m_incremental->show();

    if (!advice.capReached()) {
        m_warning->hide();
        return;
    }
    QString warning;
    if (advice.verdict() == IncrementalAdvice::Verdict::Lost)
        warning =
            tr("<b>Items were lost.</b> The last iteration found %1 new items but "
               "max_results is %2: the %3 oldest were not fetched and never will be.")
                .arg(iteration.newItems)
                .arg(iteration.maxResults)
                .arg(std::max(iteration.lostItems, iteration.newItems - iteration.maxResults));
    else
        warning = tr("<b>Items may have been lost.</b> The last iteration fetched exactly "
                     "max_results (%1) items; any older new items were not fetched and never "
                     "will be.")
                      .arg(iteration.maxResults);
    QString suggestion;
    if (const auto rate = advice.itemsPerHour()) {
        suggestion = tr("New items arrive at about %1 per hour (%2 in %3, %4).")
                         .arg(QString::number(*rate, 'f', *rate < 10 ? 1 : 0))
                         .arg(iteration.newItems >= 0 ? iteration.newItems : iteration.fetched)
                         .arg(DurationText::format(iteration.intervalSeconds),
                              m_context.intervalSource.toHtmlEscaped());
        suggestion += QLatin1Char(' ');
        if (advice.maxResultsSuffices())
            suggestion += tr("Raise max_results to %1, or run the iterations at least every %2 "
                             "with max_results %3.")
                              .arg(advice.suggestedMaxResults())
                              .arg(DurationText::format(advice.suggestedIntervalSeconds()))
                              .arg(iteration.maxResults);
        else
            suggestion += tr("Even max_results %1 would not cover that: run the iterations at "
                             "least every %2 with max_results %3.")
                              .arg(advice.suggestedMaxResults())
                              .arg(DurationText::format(advice.suggestedIntervalSeconds()))
                              .arg(iteration.maxResults);
    } else {
        suggestion = tr("Raise max_results to at least %1, or run the iterations more often.")
                         .arg(advice.suggestedMaxResults());
    }
    m_warning->setText(warning + QStringLiteral("<br>") + suggestion);
    m_warning->show();
}
