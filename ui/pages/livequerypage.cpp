#include "livequerypage.h"

#include "client/apireply.h"
#include "client/curlcommand.h"
#include "client/edgesclient.h"
#include "common/datetimedelegate.h"
#include "common/icons.h"
#include "domain/actioncatalogue.h"
#include "identities/identitiesmodel.h"
#include "json/jsonflattener.h"
#include "liveinput.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The status line counts down in whole seconds; a quarter second keeps it
// from lagging visibly.
constexpr int kTickMs = 250;
// The raw view is for reading, not for holding a large page twice.
constexpr qsizetype kRawLimit = 256 * 1024;

const QLatin1String kErrorStyle("color: #d03a3a;");

QString counted(qsizetype count, const char *one, const char *many)
{
    return count == 1 ? LiveQueryPage::tr(one) : LiveQueryPage::tr(many).arg(count);
}

QString seconds(qint64 ms)
{
    return QString::number(std::max<qint64>(1, (ms + 999) / 1000));
}

QString pretty(const QJsonValue &value)
{
    QString text;
    if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    else
        text = JsonFlattener::cellText(value);
    if (text.size() > kRawLimit)
        text = text.left(kRawLimit) +
               LiveQueryPage::tr("\n… (%1 more characters not shown)").arg(text.size() - kRawLimit);
    return text.trimmed();
}

// An ISO-8601 date-time cell is shown as a time, in the dashboard's zone.
QVariant cellValue(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (!iso.match(text).hasMatch())
        return text;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return text;
    // api-decisions (1.3): a time without an offset is UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

LiveQueryPage::LiveQueryPage(EdgesClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_identities(new IdentitiesModel(client, this))
    , m_actionCombo(new QComboBox(this))
    , m_identityCombo(new QComboBox(this))
    , m_identityError(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_inputError(new QLabel(this))
    , m_template(new QPushButton(tr("Fill &fields"), this))
    , m_run(new QPushButton(Icons::get(QStringLiteral("play")), tr("&Run"), this))
    , m_nextButton(new QPushButton(tr("&Next page"), this))
    , m_cancel(new QPushButton(Icons::get(QStringLiteral("cancel")), tr("Cance&l"), this))
    , m_copyCurl(
          new QPushButton(Icons::get(QStringLiteral("copy-curl")), tr("Copy as c&url"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_results(new QStandardItemModel(this))
    , m_rawToggle(new QToolButton(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("liveQueryPage"));
    m_actionCombo->setObjectName(QStringLiteral("liveActionCombo"));
    m_identityCombo->setObjectName(QStringLiteral("liveIdentityCombo"));
    m_identityError->setObjectName(QStringLiteral("liveIdentityErrorLabel"));
    m_input->setObjectName(QStringLiteral("liveInputEdit"));
    m_inputError->setObjectName(QStringLiteral("liveInputErrorLabel"));
    m_template->setObjectName(QStringLiteral("liveTemplateButton"));
    m_run->setObjectName(QStringLiteral("liveRunButton"));
    m_nextButton->setObjectName(QStringLiteral("liveNextButton"));
    m_cancel->setObjectName(QStringLiteral("liveCancelButton"));
    m_copyCurl->setObjectName(QStringLiteral("liveCopyCurlButton"));
    m_status->setObjectName(QStringLiteral("liveStatusLabel"));
    m_table->setObjectName(QStringLiteral("liveResultsView"));
    m_rawToggle->setObjectName(QStringLiteral("liveRawToggle"));
    m_raw->setObjectName(QStringLiteral("liveRawView"));

    // Every action of the catalogue has a live route (contract section 7).
    for (const ActionSpec &spec : ActionCatalogue::actions())
        m_actionCombo->addItem(spec.title + QStringLiteral(" — ") + spec.slug, spec.slug);

    for (QLabel *error : {m_identityError, m_inputError}) {
        error->setStyleSheet(kErrorStyle);
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        error->hide();
    }
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 8);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setToolTip(tr("Put the action's input fields in the input, with empty values"));
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

    m_rawToggle->setText(tr("Raw request and response"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->hide();

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityCombo, 1);
    identityRow->addWidget(m_identityError, 1);
    auto *inputColumn = new QVBoxLayout;
    inputColumn->addWidget(m_input);
    inputColumn->addWidget(m_inputError);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Action:"), m_actionCombo);
    // Rows holding layouts get no buddy on their own: the mnemonic needs one.
    auto *identityLabel = new QLabel(tr("&Identity:"), this);
    identityLabel->setBuddy(m_identityCombo);
    form->addRow(identityLabel, identityRow);
    auto *inputLabel = new QLabel(tr("In&put (JSON):"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, inputColumn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_template);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_copyCurl);

    auto *rawBox = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_rawToggle);
    rawLayout->addWidget(m_raw, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(rawBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    connect(m_rawToggle, &QToolButton::toggled, this, [this, splitter](bool open) {
        m_rawToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_raw->setVisible(open);
        // The closed pane is one button high; opened, it needs room to read.
        if (open && splitter->sizes().value(1) < splitter->height() / 4) {
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total * 3 / 5, total * 2 / 5});
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_pacing.setSingleShot(true);
    m_tick.setInterval(kTickMs);
    connect(&m_pacing, &QTimer::timeout, this, &LiveQueryPage::send);
    connect(&m_tick, &QTimer::timeout, this, &LiveQueryPage::updateStatus);
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &LiveQueryPage::onActionChanged);
    connect(m_identityCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_identityError->hide(); });
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] { setInputError({}); });
    connect(m_template, &QPushButton::clicked, this, &LiveQueryPage::fillTemplate);
    connect(m_run, &QPushButton::clicked, this, &LiveQueryPage::run);
    connect(m_nextButton, &QPushButton::clicked, this, &LiveQueryPage::nextPage);
    connect(m_cancel, &QPushButton::clicked, this, &LiveQueryPage::cancel);
    connect(m_copyCurl, &QPushButton::clicked, this, &LiveQueryPage::copyCurl);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_identities, signal, this, &LiveQueryPage::rebuildIdentities);
    connect(m_identities, &QAbstractItemModel::dataChanged, this,
            &LiveQueryPage::rebuildIdentities);
    connect(m_identities, &QAbstractItemModel::modelReset, this, &LiveQueryPage::rebuildIdentities);

    rebuildIdentities();
    onActionChanged();
    m_lastOutcome = tr("Pick an action, type its input and press Run.");
    updateStatus();
    updateButtons();
}

LiveQueryPage::~LiveQueryPage()
{
    m_pacing.stop();
    m_tick.stop();
    // Its answer must not reach a page that is going away.
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
}

void LiveQueryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Identities are needed once the page is looked at, not before.
    if (m_identities->rowCount() == 0 && !m_identities->isLoading())
        m_identities->refresh();
}

QString LiveQueryPage::action() const
{
    return m_actionCombo->currentData().toString();
}

void LiveQueryPage::setAction(const QString &slug)
{
    if (const int index = m_actionCombo->findData(slug); index >= 0)
        m_actionCombo->setCurrentIndex(index);
}

const ActionSpec *LiveQueryPage::currentSpec() const
{
    return ActionCatalogue::find(action());
}

bool LiveQueryPage::isBusy() const
{
    return m_pacing.isActive() || !m_pending.isNull();
}

void LiveQueryPage::setPacing(int minMs, int maxMs)
{
    m_pacingMinMs = std::max(0, minMs);
    m_pacingMaxMs = std::max(m_pacingMinMs, maxMs);
    if (m_gapMs > m_pacingMaxMs)
        m_gapMs = m_pacingMaxMs;
}

void LiveQueryPage::onActionChanged()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return;
    // Replace the text only when it is still an untouched template.
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || text == m_templateShown)
        fillTemplate();
    m_input->setPlaceholderText(
        spec->takesInput()
            ? tr("{\"%1\": \"…\"}").arg(spec->inputFields.join(QStringLiteral("\": \"…\", \"")))
            : tr("This action takes no input: leave empty"));
    m_identityError->hide();
    setInputError({});
}

void LiveQueryPage::rebuildIdentities()
{
    const QString current = m_identityCombo->currentData().toString();
    const QSignalBlocker blocker(m_identityCombo);
    m_identityCombo->clear();
    m_identityCombo->addItem(tr("Automatic (no identity named)"), QString());
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        const QModelIndex name = m_identities->index(row, IdentitiesModel::NameColumn);
        const QString type =
            m_identities->index(row, IdentitiesModel::TypeColumn).data().toString();
        m_identityCombo->addItem(tr("%1 (%2)").arg(name.data().toString(), type),
                                 name.data(int(IdentitiesModel::Role::Uid)));
    }
    m_identityCombo->setCurrentIndex(std::max(0, m_identityCombo->findData(current)));
}

void LiveQueryPage::fillTemplate()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return;
    m_templateShown = spec->takesInput() ? LiveInput::templateFor(*spec) : QString();
    m_input->setPlainText(m_templateShown);
}

void LiveQueryPage::setInputError(const QString &text)
{
    m_inputError->setText(text);
    m_inputError->setVisible(!text.isEmpty());
}

std::optional<QJsonObject> LiveQueryPage::bodyFromForm()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return std::nullopt;
    const LiveInput::Result input = LiveInput::parse(*spec, m_input->toPlainText());
    setInputError(input.error);
    const QString identity = m_identityCombo->currentData().toString();
    const bool identityMissing =
        spec->identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount && identity.isEmpty();
    m_identityError->setText(
        identityMissing
            ? tr("%1 reads one identity's own account: choose an identity").arg(spec->title)
            : QString());
    m_identityError->setVisible(identityMissing);
    if (!input.isValid()) {
        m_input->setFocus();
        return std::nullopt;
    }
    if (identityMissing) {
        m_identityCombo->setFocus();
        return std::nullopt;
    }
    QJsonObject body;
    // Contract 2.2: leave `input` out for actions that take none.
    if (spec->takesInput() || !input.input.isEmpty())
        body.insert(QStringLiteral("input"), input.input);
    if (!identity.isEmpty())
        body.insert(QStringLiteral("identity_ids"), QJsonArray{identity});
    return body;
}

EdgesRequest LiveQueryPage::requestFor(Call call, const QString &slug,
                                       const QJsonObject &body) const
{
    // The same request EdgesClient::runLive and runLiveNext send, written
    // out for the raw view and the curl command.
    EdgesRequest request;
    request.method = "POST";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.family = RouteFamily::Live;
    request.idempotent = false;
    if (call == Call::Next)
        request.absoluteUrl = m_next;
    else
        request.path = QStringLiteral("/actions/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(slug)) +
                       QStringLiteral("/run/live");
    return request;
}

void LiveQueryPage::run()
{
    if (isBusy())
        return;
    const std::optional<QJsonObject> body = bodyFromForm();
    if (!body)
        return;
    m_results->clear();
    m_columnOf.clear();
    m_pages = 0;
    m_next.clear();
    m_callAction = action();
    m_callBody = *body;
    start(Call::First, *body);
}

void LiveQueryPage::nextPage()
{
    if (isBusy() || m_next.isEmpty())
        return;
    start(Call::Next, m_callBody);
}

void LiveQueryPage::start(Call call, const QJsonObject &body)
{
    m_call = call;
    m_request = requestFor(call, m_callAction, body);
    m_hasRequest = true;
    m_raw->setPlainText(QStringLiteral("POST ") +
                        m_client->urlOf(m_request).toString(QUrl::FullyEncoded) +
                        QStringLiteral("\nX-API-Key: $EDGES_API_KEY\nContent-Type: "
                                       "application/json\n\n") +
                        pretty(body));
    // Contract 1.7: live calls one after another, with a random pause.
    const qint64 wait = m_sinceLastCall.isValid() ? m_gapMs - m_sinceLastCall.elapsed() : 0;
    if (wait > 0)
        m_pacing.start(static_cast<int>(wait));
    else
        send();
    m_tick.start();
    updateStatus();
    updateButtons();
    emit busyChanged(true);
}

void LiveQueryPage::send()
{
    ApiReply *reply = m_call == Call::Next ? m_client->runLiveNext(m_next, m_callBody)
                                           : m_client->runLive(m_callAction, m_callBody);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    updateStatus();
}

void LiveQueryPage::onFinished(ApiReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    m_tick.stop();
    m_sinceLastCall.start();
    m_gapMs = m_pacingMaxMs > m_pacingMinMs ? static_cast<int>(QRandomGenerator::global()->bounded(
                                                  m_pacingMinMs, m_pacingMaxMs + 1))
                                            : m_pacingMinMs;

    const int attempts = reply->attempts();
    const QString tries = counted(attempts, "1 attempt", "%1 attempts");
    QString raw = m_raw->toPlainText() + QStringLiteral("\n\n— response —\n");
    if (reply->succeeded()) {
        const int before = m_results->rowCount();
        appendResults(reply->json());
        const int rows = m_results->rowCount() - before;
        if (before == 0)
            fitColumns();
        m_next = reply->nextPage();
        ++m_pages;
        m_lastOutcome =
            tr("Page %1: %2 · %3 in all · HTTP %4 after %5 · %6")
                .arg(m_pages)
                .arg(counted(rows, "1 row", "%1 rows"))
                .arg(m_results->rowCount())
                .arg(reply->httpStatus())
                .arg(tries, m_next.isEmpty() ? tr("last page") : tr("more on the next page"));
        raw += QStringLiteral("HTTP %1\n").arg(reply->httpStatus());
        if (!m_next.isEmpty())
            raw += QStringLiteral("X-Pagination-Next: ") + m_next.toString(QUrl::FullyEncoded) +
                   QLatin1Char('\n');
        raw += QLatin1Char('\n') + pretty(reply->json());
        emit pageLoaded(rows, m_results->rowCount());
    } else {
        const ApiError &error = reply->error();
        if (error.kind == ApiError::Kind::Cancelled) {
            m_lastOutcome = tr("Cancelled. A request already sent may still count against the "
                               "plan's credits.");
            raw += tr("(cancelled)");
        } else {
            QString what = error.message();
            if (error.httpStatus > 0) {
                what += QStringLiteral(" (HTTP %1").arg(error.httpStatus);
                if (!error.body.label.isEmpty())
                    what += QLatin1Char(' ') + error.body.label;
                what += QLatin1Char(')');
            }
            m_lastOutcome = tr("Failed after %1: %2").arg(tries, what);
            raw += error.httpStatus > 0 ? QStringLiteral("HTTP %1\n\n").arg(error.httpStatus)
                                        : QString();
            if (!error.body.isEmpty()) {
                QJsonObject body{{QStringLiteral("error_label"), error.body.label},
                                 {QStringLiteral("error_scope"), error.body.scope},
                                 {QStringLiteral("error_ref"), error.body.ref},
                                 {QStringLiteral("message"), error.body.message},
                                 {QStringLiteral("params"), error.body.params}};
                if (error.body.statusCode)
                    body.insert(QStringLiteral("status_code"), *error.body.statusCode);
                raw += pretty(body);
            } else {
                raw += error.message();
            }
        }
    }
    m_raw->setPlainText(raw);
    updateStatus();
    updateButtons();
    emit busyChanged(false);
}

void LiveQueryPage::appendResults(const QJsonValue &json)
{
    QList<JsonFlattener::Cells> rows;
    const auto addValue = [&rows](const QJsonValue &value) {
        if (value.isObject())
            rows.append(JsonFlattener::flatten(value.toObject()));
        else
            rows.append({{QStringLiteral("value"), JsonFlattener::cellText(value)}});
    };
    if (json.isArray()) {
        const QJsonArray array = json.toArray();
        for (const QJsonValue &value : array)
            addValue(value);
    } else if (json.isObject()) {
        // A single-object action's no-result answer is {}.
        if (!json.toObject().isEmpty())
            addValue(json);
    } else if (!json.isNull() && !json.isUndefined()) {
        addValue(json);
    }

    // Columns come from the data, in the order they first appear.
    for (const JsonFlattener::Cells &cells : std::as_const(rows)) {
        for (const auto &cell : cells) {
            if (m_columnOf.contains(cell.first))
                continue;
            const int column = static_cast<int>(m_columnOf.size());
            m_columnOf.insert(cell.first, column);
            m_results->setColumnCount(column + 1);
            m_results->setHorizontalHeaderItem(column, new QStandardItem(cell.first));
        }
    }
    for (const JsonFlattener::Cells &cells : std::as_const(rows)) {
        QList<QStandardItem *> items(m_results->columnCount(), nullptr);
        for (auto &item : items)
            item = new QStandardItem;
        for (const auto &cell : cells) {
            QStandardItem *item = items[m_columnOf.value(cell.first)];
            item->setData(cellValue(cell.second), Qt::DisplayRole);
            item->setToolTip(cell.second);
        }
        m_results->appendRow(items);
    }
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
    QString text;
    if (m_pacing.isActive()) {
        text = tr("Pausing %1 s between live calls, as the live-mode guide asks…")
                   .arg(seconds(m_pacing.remainingTime()));
    } else if (m_pending) {
        const int attempts = m_pending->attempts();
        const int allowed = m_client->settings().maxRetries + 1;
        // The client waits out a 429 on a timer of the reply's own; while it
        // runs, the previous attempt was refused.
        const QTimer *retry = nullptr;
        const QList<QTimer *> timers =
            m_pending->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
        for (const QTimer *timer : timers) {
            if (timer->isActive())
                retry = timer;
        }
        if (retry && attempts > 0) {
            text = tr("Rate limited (HTTP 429) or server unreachable: attempt %1 of %2 in %3 s…")
                       .arg(attempts + 1)
                       .arg(allowed)
                       .arg(seconds(retry->remainingTime()));
        } else if (attempts == 0) {
            text = tr("Waiting in line for the plan's live rate limit…");
        } else {
            text = tr("Waiting for the answer… (attempt %1 of %2)").arg(attempts).arg(allowed);
        }
    } else {
        text = m_lastOutcome;
    }
    m_status->setText(text);
}

void LiveQueryPage::updateButtons()
{
    const bool busy = isBusy();
    m_run->setEnabled(!busy);
    m_nextButton->setEnabled(!busy && !m_next.isEmpty());
    m_cancel->setEnabled(busy);
    m_actionCombo->setEnabled(!busy);
}

void LiveQueryPage::cancel()
{
    if (m_pacing.isActive()) {
        m_pacing.stop();
        m_tick.stop();
        m_lastOutcome = tr("Cancelled before sending.");
        updateStatus();
        updateButtons();
        emit busyChanged(false);
        return;
    }
    if (m_pending)
        m_pending->cancel();
}

QString LiveQueryPage::curlCommand()
{
    if (m_hasRequest)
        return CurlCommand::build(m_request, m_client->urlOf(m_request));
    const std::optional<QJsonObject> body = bodyFromForm();
    if (!body)
        return {};
    const EdgesRequest request = requestFor(Call::First, action(), *body);
    return CurlCommand::build(request, m_client->urlOf(request));
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
