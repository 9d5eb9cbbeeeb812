#include "ui/live/livequerypage.h"

#include "models/client/apiresult.h"
#include "models/common/recordrole.h"
#include "models/live/livequery.h"
#include "models/live/liveresultsmodel.h"
#include "models/session/session.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/icons.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/tablerecordactions.h"
#include "ui/common/timedisplay.h"
#include "ui/export/exportflow.h"
#include "ui/live/liveexchangeview.h"
#include "ui/live/livequeryform.h"

#include <QAction>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString seconds(qint64 ms)
{
    return QString::number(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace

LiveQueryPage::LiveQueryPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(session->liveQuery())
    , m_form(new LiveQueryForm(session->identities(), this))
    , m_template(new QPushButton(tr("Fill &fields"), this))
    , m_run(new QPushButton(Icons::get(QStringLiteral("play")), tr("&Run"), this))
    , m_nextButton(new QPushButton(tr("&Next page"), this))
    , m_fetchAll(new QPushButton(tr("Fetch &all pages"), this))
    , m_fetchMore(new QPushButton(tr("Fetch &more:"), this))
    , m_moreCount(new QSpinBox(this))
    , m_pauseMin(new QDoubleSpinBox(this))
    , m_pauseMax(new QDoubleSpinBox(this))
    , m_cancel(new QPushButton(Icons::get(QStringLiteral("cancel")), tr("Sto&p"), this))
    , m_copyCurl(
          new QPushButton(Icons::get(QStringLiteral("copy-curl")), tr("Copy as c&url"), this))
    , m_historyButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_results(new LiveResultsModel(this))
    , m_exchange(new LiveExchangeView(this))
{
    setObjectName(QStringLiteral("liveQueryPage"));
    m_template->setObjectName(QStringLiteral("liveTemplateButton"));
    m_run->setObjectName(QStringLiteral("liveRunButton"));
    m_nextButton->setObjectName(QStringLiteral("liveNextButton"));
    m_fetchAll->setObjectName(QStringLiteral("liveFetchAllButton"));
    m_fetchAll->setToolTip(tr("Follow X-Pagination-Next to the last page, one call at a time "
                              "with the pause between"));
    m_fetchMore->setObjectName(QStringLiteral("liveFetchMoreButton"));
    m_fetchMore->setToolTip(tr("Fetch this many more pages, one call at a time"));
    m_moreCount->setObjectName(QStringLiteral("liveMorePagesSpin"));
    m_moreCount->setAccessibleName(tr("Pages to fetch"));
    m_moreCount->setRange(1, 1000);
    m_moreCount->setValue(5);
    m_moreCount->setSuffix(tr(" pages"));
    for (QDoubleSpinBox *pause : {m_pauseMin, m_pauseMax}) {
        pause->setRange(0, 120);
        pause->setDecimals(1);
        pause->setSingleStep(0.5);
        pause->setSuffix(tr(" s"));
    }
    m_pauseMin->setObjectName(QStringLiteral("livePauseMinSpin"));
    m_pauseMin->setAccessibleName(tr("Shortest pause between live calls"));
    m_pauseMin->setValue(kDefaultPacingMinMs / 1000.0);
    m_pauseMax->setObjectName(QStringLiteral("livePauseMaxSpin"));
    m_pauseMax->setAccessibleName(tr("Longest pause between live calls"));
    m_pauseMax->setValue(kDefaultPacingMaxMs / 1000.0);
    m_cancel->setObjectName(QStringLiteral("liveCancelButton"));
    m_copyCurl->setObjectName(QStringLiteral("liveCopyCurlButton"));
    m_historyButton->setObjectName(QStringLiteral("liveHistoryButton"));
    m_historyButton->setText(tr("&History"));
    m_historyButton->setToolTip(
        tr("The last %1 live queries; choose one to run it again").arg(LiveHistory::kMaxEntries));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    auto *historyMenu = new QMenu(m_historyButton);
    historyMenu->setObjectName(QStringLiteral("liveHistoryMenu"));
    historyMenu->setAccessibleName(tr("Live query history"));
    m_historyButton->setMenu(historyMenu);
    connect(historyMenu, &QMenu::aboutToShow, this, &LiveQueryPage::rebuildHistoryMenu);
    m_status->setObjectName(QStringLiteral("liveStatusLabel"));
    m_table->setObjectName(QStringLiteral("liveResultsView"));
    m_table->setAccessibleName(tr("Live query results"));
    KeyboardNavigation::letTabLeave(m_table);

    m_template->setToolTip(tr("Start again from one empty row of the action's input fields"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Send the input to the action's live route (Ctrl+Return)"));
    m_nextButton->setToolTip(tr("Send the same request to the X-Pagination-Next address"));
    m_copyCurl->setToolTip(tr("Copy the last request, or the one Run would send, as a curl "
                              "command; the key is written as $EDGES_API_KEY"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_results);
    m_table->setItemDelegate(new DateTimeDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    (new TableRecordActions(m_table))->fitColumnsToTitles();

    // Two rows, so the page keeps to 900 px: asking, then paging.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_template);
    buttons->addWidget(m_historyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_copyCurl);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_nextButton);
    paging->addWidget(m_fetchAll);
    paging->addWidget(m_fetchMore);
    paging->addWidget(m_moreCount);
    // The results loaded so far, to a file (Ctrl+E on the page).
    auto *exportResults =
        new QAction(Icons::get(QStringLiteral("export")), tr("&Export results…"), this);
    exportResults->setObjectName(QStringLiteral("actionExportLiveResults"));
    exportResults->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportResults->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportResults->setToolTip(tr("Write the results loaded so far to CSV, JSON Lines or Excel "
                                 "(Ctrl+E)"));
    addAction(exportResults);
    connect(exportResults, &QAction::triggered, this, [this] {
        QJsonArray records;
        for (int row = 0; row < m_results->rowCount(); ++row)
            records.append(m_results->index(row, 0).data(kRecordRole).toJsonObject());
        ExportFlow::exportRecords(this, records, action());
    });
    auto updateExport = [this, exportResults] {
        exportResults->setEnabled(m_results->rowCount() > 0);
    };
    connect(m_results, &QAbstractItemModel::rowsInserted, this, updateExport);
    connect(m_results, &QAbstractItemModel::modelReset, this, updateExport);
    connect(m_results, &QAbstractItemModel::rowsRemoved, this, updateExport);
    updateExport();
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("liveExportButton"));
    exportButton->setDefaultAction(exportResults);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    paging->addWidget(exportButton);
    paging->addStretch(1);
    auto *pauseLabel = new QLabel(tr("Pause between pages:"), this);
    pauseLabel->setBuddy(m_pauseMin);
    paging->addWidget(pauseLabel);
    paging->addWidget(m_pauseMin);
    paging->addWidget(new QLabel(QStringLiteral("–"), this));
    paging->addWidget(m_pauseMax);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_exchange);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    connect(m_exchange, &LiveExchangeView::toggled, this, [splitter](bool open) {
        // The closed pane is one button high; opened, it needs room to read.
        if (open && splitter->sizes().value(1) < splitter->height() / 4) {
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total * 3 / 5, total * 2 / 5});
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addLayout(paging);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_query, &LiveQuery::callStarted, this, &LiveQueryPage::onCallStarted);
    connect(m_query, &LiveQuery::progressChanged, this, &LiveQueryPage::updateStatus);
    connect(m_query, &LiveQuery::callFinished, this, &LiveQueryPage::onCallFinished);
    connect(m_query, &LiveQuery::cancelledBeforeSending, this,
            [this] { m_lastOutcome = tr("Cancelled before sending."); });
    connect(m_query, &LiveQuery::busyChanged, this, &LiveQueryPage::onBusyChanged);
    connect(m_template, &QPushButton::clicked, m_form, &LiveQueryForm::fillTemplate);
    connect(m_run, &QPushButton::clicked, this, &LiveQueryPage::run);
    connect(m_nextButton, &QPushButton::clicked, this, &LiveQueryPage::nextPage);
    connect(m_fetchAll, &QPushButton::clicked, this, &LiveQueryPage::fetchAllPages);
    connect(m_fetchMore, &QPushButton::clicked, this, &LiveQueryPage::fetchMorePages);
    connect(m_query, &LiveQuery::walkingChanged, this, [this] {
        updateStatus();
        updateButtons();
    });
    const auto pacing = [this] {
        // The longer bound never falls below the shorter one.
        if (m_pauseMax->value() < m_pauseMin->value())
            m_pauseMax->setValue(m_pauseMin->value());
        m_query->setPacing(qRound(m_pauseMin->value() * 1000), qRound(m_pauseMax->value() * 1000));
    };
    connect(m_pauseMin, &QDoubleSpinBox::valueChanged, this, pacing);
    connect(m_pauseMax, &QDoubleSpinBox::valueChanged, this, pacing);
    pacing();
    connect(m_cancel, &QPushButton::clicked, this, &LiveQueryPage::cancel);
    connect(m_copyCurl, &QPushButton::clicked, this, &LiveQueryPage::copyCurl);

    m_lastOutcome = tr("Pick an action, type its input and press Run.");
    updateStatus();
    updateButtons();

    // Reading order: the form, its buttons left to right, the results.
    setTabOrder(m_form, m_template);
    setTabOrder(m_template, m_historyButton);
    setTabOrder(m_historyButton, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_copyCurl);
    setTabOrder(m_copyCurl, m_nextButton);
    setTabOrder(m_nextButton, m_fetchAll);
    setTabOrder(m_fetchAll, m_fetchMore);
    setTabOrder(m_fetchMore, m_moreCount);
    setTabOrder(m_moreCount, m_pauseMin);
    setTabOrder(m_pauseMin, m_pauseMax);
    setTabOrder(m_pauseMax, m_table);
    setTabOrder(m_table, m_exchange);
}

LiveQueryPage::~LiveQueryPage()
{
    // The query belongs to the session and may be cancelled later: nothing
    // of that may reach a page half torn down.
    m_query->disconnect(this);
}

QString LiveQueryPage::action() const
{
    return m_form->action();
}

void LiveQueryPage::setAction(const QString &slug)
{
    m_form->setAction(slug);
}

QAbstractItemModel *LiveQueryPage::results() const
{
    return m_results;
}

bool LiveQueryPage::isBusy() const
{
    return m_query->isBusy();
}

bool LiveQueryPage::hasNextPage() const
{
    return m_query->hasNextPage();
}

void LiveQueryPage::setPacing(int minMs, int maxMs)
{
    const QSignalBlocker minBlocker(m_pauseMin);
    const QSignalBlocker maxBlocker(m_pauseMax);
    m_pauseMin->setValue(minMs / 1000.0);
    m_pauseMax->setValue(maxMs / 1000.0);
    m_query->setPacing(minMs, maxMs);
}

void LiveQueryPage::fetchAllPages()
{
    m_query->fetchPages(0);
}

void LiveQueryPage::fetchMorePages()
{
    m_query->fetchPages(m_moreCount->value());
}

void LiveQueryPage::run()
{
    if (isBusy())
        return;
    const std::optional<QJsonObject> body = m_form->body();
    if (!body)
        return;
    m_results->clearResults();
    m_history.add(action(), *body, m_session->now());
    m_query->run(action(), *body);
}

void LiveQueryPage::runAgain(int entry)
{
    if (isBusy() || entry < 0 || entry >= m_history.entries().size())
        return;
    const LiveHistory::Entry chosen = m_history.entries().at(entry);
    m_form->setRequest(chosen.action, chosen.body);
    run();
}

void LiveQueryPage::rebuildHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    const QList<LiveHistory::Entry> &entries = m_history.entries();
    if (entries.isEmpty()) {
        menu->addAction(tr("No live queries yet"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const LiveHistory::Entry &entry = entries.at(i);
        QString input =
            QString::fromUtf8(QJsonDocument(entry.body.value(QStringLiteral("input")).toObject())
                                  .toJson(QJsonDocument::Compact));
        if (input.size() > 60)
            input = input.left(59) + QChar(0x2026);
        QAction *action = menu->addAction(
            tr("%1 · %2 · %3")
                .arg(TimeDisplay::instance()->formatShort(entry.at), entry.action, input));
        action->setObjectName(QStringLiteral("liveHistory_%1").arg(i));
        connect(action, &QAction::triggered, this, [this, i] { runAgain(i); });
    }
}

void LiveQueryPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("live/history"), m_history.toVariant());
}

void LiveQueryPage::restoreState(const QSettings &settings)
{
    m_history = LiveHistory::fromVariant(settings.value(QStringLiteral("live/history")));
}

void LiveQueryPage::nextPage()
{
    m_query->nextPage();
}

void LiveQueryPage::cancel()
{
    m_query->cancel();
}

void LiveQueryPage::onCallStarted(const EdgesRequest &request, const QJsonObject &body)
{
    m_exchange->showRequest(m_session->urlOf(request), body);
}

void LiveQueryPage::onCallFinished(const ApiResult &result)
{
    const QString tries = tr("%Ln attempt(s)", nullptr, result.attempts);
    if (result.succeeded()) {
        const int before = m_results->rowCount();
        m_results->appendPage(result.json, m_query->pages());
        const int rows = m_results->rowCount() - before;
        if (before == 0)
            fitColumns();
        m_lastOutcome =
            tr("Page %1: %2 · %3 in all · HTTP %4 after %5 · %6")
                .arg(m_query->pages())
                .arg(tr("%Ln row(s)", nullptr, rows))
                .arg(m_results->rowCount())
                .arg(result.httpStatus)
                .arg(tries, m_query->hasNextPage() ? tr("more on the next page") : tr("last page"));
        emit pageLoaded(rows, m_results->rowCount());
    } else {
        const ApiError &error = result.error;
        if (error.kind == ApiError::Kind::Cancelled) {
            m_lastOutcome = tr("Cancelled. A request already sent may still count against the "
                               "plan's credits.");
        } else {
            QString what = error.message();
            if (error.httpStatus > 0) {
                what += QStringLiteral(" (HTTP %1").arg(error.httpStatus);
                if (!error.body.label.isEmpty())
                    what += QLatin1Char(' ') + error.body.label;
                what += QLatin1Char(')');
            }
            m_lastOutcome = tr("Failed after %1: %2").arg(tries, what);
        }
    }
    m_exchange->showResponse(result);
}

void LiveQueryPage::onBusyChanged(bool busy)
{
    updateStatus();
    updateButtons();
    emit busyChanged(busy);
}

void LiveQueryPage::fitColumns()
{
    // Wide enough to read the first page, never so wide that one long
    // text pushes every other column out of sight.
    const int widest = fontMetrics().averageCharWidth() * 40;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_results->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void LiveQueryPage::updateStatus()
{
    const LiveQuery::Progress progress = m_query->progress();
    QString text;
    switch (progress.stage) {
    case LiveQuery::Stage::Pausing:
        text = tr("Pausing %1 s between live calls, as the live-mode guide asks…")
                   .arg(seconds(progress.remainingMs));
        break;
    case LiveQuery::Stage::RetryWait:
        text = tr("Rate limited (HTTP 429) or server unreachable: attempt %1 of %2 in %3 s…")
                   .arg(progress.attempt)
                   .arg(progress.allowedAttempts)
                   .arg(seconds(progress.remainingMs));
        break;
    case LiveQuery::Stage::Queued:
        text = tr("Waiting in line for the plan's live rate limit…");
        break;
    case LiveQuery::Stage::Waiting:
        text = tr("Waiting for the answer… (attempt %1 of %2)")
                   .arg(progress.attempt)
                   .arg(progress.allowedAttempts);
        break;
    case LiveQuery::Stage::Idle:
        text = m_lastOutcome;
        break;
    }
    if (m_query->isWalking()) {
        const int left = m_query->pagesLeft();
        text = (left < 0 ? tr("Fetching every page: %1 loaded · ").arg(m_query->pages())
                         : tr("Fetching pages: %1 loaded, %2 more after this one · ")
                               .arg(m_query->pages())
                               .arg(left)) +
               text;
    }
    m_status->setText(text);
}

void LiveQueryPage::updateButtons()
{
    const bool busy = isBusy();
    m_run->setEnabled(!busy);
    m_nextButton->setEnabled(!busy && hasNextPage());
    m_fetchAll->setEnabled(!busy && hasNextPage());
    m_fetchMore->setEnabled(!busy && hasNextPage());
    m_cancel->setEnabled(busy || m_query->isWalking());
    m_form->setActionEnabled(!busy);
}

QString LiveQueryPage::curlCommand()
{
    if (const std::optional<EdgesRequest> last = m_query->lastRequest())
        return m_session->curlCommand(*last);
    const std::optional<QJsonObject> body = m_form->body();
    if (!body)
        return {};
    const EdgesRequest request = LiveQuery::firstPageRequest(action(), *body);
    return m_session->curlCommand(request);
}

void LiveQueryPage::copyCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    if (!isBusy())
        m_status->setText(tr("Copied as curl; the key is written as $EDGES_API_KEY."));
}
