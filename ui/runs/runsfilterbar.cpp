#include "ui/runs/runsfilterbar.h"

#include "core/domain/actioncatalogue.h"
#include "models/schedules/schedulesmodel.h"
#include "ui/common/statusstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

constexpr int kSearchDelayMs = 250;

} // namespace

RunsFilterBar::RunsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_statuses(new QToolButton(this))
    , m_action(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_schedule(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_presets(new QToolButton(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("runsFilterBar"));

    m_statuses->setObjectName(QStringLiteral("statusFilterButton"));
    m_statuses->setPopupMode(QToolButton::InstantPopup);
    m_statuses->setToolTip(tr("Show runs in these statuses"));
    auto *menu = new QMenu(m_statuses);
    menu->setObjectName(QStringLiteral("statusFilterMenu"));
    // Without a name a screen reader announces the pop-up as only "menu".
    menu->setAccessibleName(tr("Status filter"));
    menu->installEventFilter(this);
    QAction *clear = menu->addAction(tr("Clear"));
    clear->setObjectName(QStringLiteral("statusFilterClear"));
    clear->setToolTip(tr("Show runs in any status"));
    connect(clear, &QAction::triggered, this, &RunsFilterBar::clearStatuses);
    menu->addSeparator();
    for (const RunStatus status : knownRunStatuses()) {
        const QString name = toApiString(status);
        QAction *action = menu->addAction(StatusStyle::icon(status), name);
        action->setObjectName(QStringLiteral("statusFilter_") + name);
        // The API value: menu text may gain accelerators on some desktops.
        action->setData(name);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateStatusText();
            emitFilter();
        });
    }
    m_statuses->setMenu(menu);
    updateStatusText();

    m_action->setObjectName(QStringLiteral("actionFilterCombo"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setAccessibleDescription(tr("Shows only the runs of one action"));
    // Sized by a short name, not the longest title: the row fits 900 px.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(14);
    m_action->addItem(tr("All actions"), QString());
    for (const ActionSpec &action : ActionCatalogue::actions())
        m_action->addItem(action.title, action.slug);

    m_mode->setObjectName(QStringLiteral("modeFilterCombo"));
    m_mode->setAccessibleName(tr("Mode filter"));
    m_mode->setAccessibleDescription(tr("Shows only the runs of one execution mode"));
    m_mode->addItem(tr("All modes"), QString());
    m_mode->addItem(tr("Async"), QStringLiteral("ASYNC"));
    m_mode->addItem(tr("Live"), QStringLiteral("LIVE"));

    m_schedule->setObjectName(QStringLiteral("scheduleFilterCombo"));
    m_schedule->setAccessibleName(tr("Schedule filter"));
    m_schedule->setAccessibleDescription(tr("Shows only the runs one schedule started"));
    m_schedule->addItem(tr("All schedules"), QString());
    m_schedule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schedule->setMinimumContentsLength(12);

    m_search->setObjectName(QStringLiteral("runsSearchEdit"));
    m_search->setAccessibleName(tr("Search runs by name or uid"));
    m_search->setPlaceholderText(tr("Search name or uid (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    m_scheduleRebuild.setSingleShot(true);

    m_presets->setObjectName(QStringLiteral("presetsButton"));
    m_presets->setText(tr("Presets"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_presets);
    presets->setObjectName(QStringLiteral("presetsMenu"));
    presets->setAccessibleName(tr("Filter presets"));
    m_presets->setMenu(presets);
    rebuildPresetMenu();

    m_counts->setObjectName(QStringLiteral("runsStatusCounts"));
    m_counts->setTextFormat(Qt::RichText);
    // On a line of their own and wrapped: every status with runs stays in
    // sight however narrow the window, and never widens it.
    m_counts->setWordWrap(true);
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_counts->setMinimumWidth(0);

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_statuses);
    row->addWidget(m_action);
    row->addWidget(m_mode);
    row->addWidget(m_schedule);
    row->addWidget(m_presets);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_counts);

    // Tab follows reading order, left to right; creation order put the
    // drop-downs before the search box.
    QWidget::setTabOrder(m_search, m_statuses);
    QWidget::setTabOrder(m_statuses, m_action);
    QWidget::setTabOrder(m_action, m_mode);
    QWidget::setTabOrder(m_mode, m_schedule);
    QWidget::setTabOrder(m_schedule, m_presets);

    connect(m_action, &QComboBox::currentIndexChanged, this, &RunsFilterBar::emitFilter);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RunsFilterBar::emitFilter);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &RunsFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RunsFilterBar::onSearchEdited);
    connect(&m_searchDelay, &QTimer::timeout, this, &RunsFilterBar::onSearchEdited);
    connect(&m_scheduleRebuild, &QTimer::timeout, this, &RunsFilterBar::rebuildScheduleCombo);
}

RunsModel::Filter RunsFilterBar::filter() const
{
    RunsModel::Filter filter;
    for (const QAction *action : m_statuses->menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            filter.statuses.append(action->data().toString());
    }
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        filter.actions = {action};
    if (const QString mode = m_mode->currentData().toString(); !mode.isEmpty())
        filter.modes = {mode};
    filter.scheduleUid = m_schedule->currentData().toString();
    // A pasted uid asks the server, so the run is found even if not loaded.
    const QString text = m_search->text().trimmed();
    if (!QUuid::fromString(text).isNull())
        filter.uids = {text.toLower()};
    return filter;
}

QString RunsFilterBar::searchText() const
{
    const QString text = m_search->text().trimmed();
    return QUuid::fromString(text).isNull() ? text : QString();
}

void RunsFilterBar::setPreset(const RunsFilterPresets::Preset &preset)
{
    m_applying = true;
    for (QAction *action : m_statuses->menu()->actions()) {
        if (action->isCheckable())
            action->setChecked(preset.filter.statuses.contains(action->data().toString()));
    }
    const QString action = preset.filter.actions.value(0);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(preset.filter.modes.value(0))));
    const QString schedule = preset.filter.scheduleUid;
    if (!schedule.isEmpty() && m_schedule->findData(schedule) < 0)
        m_schedule->addItem(tr("Schedule %1").arg(schedule.left(8)), schedule);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(schedule)));
    m_search->setText(preset.filter.uids.isEmpty() ? preset.searchText
                                                   : preset.filter.uids.first());
    m_searchDelay.stop();
    m_applying = false;
    updateStatusText();
    emitFilter();
    onSearchEdited();
}

void RunsFilterBar::setSchedules(SchedulesModel *schedules)
{
    m_schedules = schedules;
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(schedules, signal, &m_scheduleRebuild, qOverload<>(&QTimer::start));
    connect(schedules, &QAbstractItemModel::dataChanged, &m_scheduleRebuild,
            qOverload<>(&QTimer::start));
    connect(schedules, &QAbstractItemModel::modelReset, &m_scheduleRebuild,
            qOverload<>(&QTimer::start));
    rebuildScheduleCombo();
}

void RunsFilterBar::rebuildScheduleCombo()
{
    if (!m_schedules)
        return;
    const QString current = m_schedule->currentData().toString();
    const QSignalBlocker blocker(m_schedule);
    m_schedule->clear();
    m_schedule->addItem(tr("All schedules"), QString());
    for (int row = 0; row < m_schedules->rowCount(); ++row) {
        const QString uid =
            m_schedules->index(row, 0).data(int(SchedulesModel::Role::Uid)).toString();
        QString name = m_schedules->index(row, SchedulesModel::NameColumn).data().toString();
        if (name.isEmpty())
            name = uid.left(8);
        m_schedule->addItem(name, uid);
    }
    if (!current.isEmpty() && m_schedule->findData(current) < 0)
        m_schedule->addItem(tr("Schedule %1").arg(current.left(8)), current);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(current)));
}

void RunsFilterBar::setStatusCounts(const QMap<RunStatus, int> &counts, int loaded)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() == 0)
            continue;
        parts.append(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2&nbsp;%3")
                         .arg(StatusStyle::color(it.key()).name(),
                              StatusStyle::label(it.key()).toHtmlEscaped())
                         .arg(it.value()));
    }
    // A plain space between statuses: the line wraps there, never inside one.
    m_counts->setText(parts.isEmpty()
                          ? QString()
                          : tr("Of %1 loaded: %2").arg(loaded).arg(parts.join(QLatin1Char(' '))));
    m_counts->setVisible(!parts.isEmpty());
}

bool RunsFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // A ticked status keeps the menu open, so several can be ticked in one
    // go; the menu closes on Escape, a click outside or "Clear".
    auto *menu = qobject_cast<QMenu *>(watched);
    if (!menu || menu != m_statuses->menu())
        return QWidget::eventFilter(watched, event);
    QAction *action = nullptr;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            action = menu->actionAt(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
            action = menu->activeAction();
    }
    if (!action || !action->isCheckable() || !action->isEnabled())
        return QWidget::eventFilter(watched, event);
    action->trigger();
    return true;
}

void RunsFilterBar::clearStatuses()
{
    m_applying = true;
    for (QAction *action : m_statuses->menu()->actions()) {
        if (action->isCheckable())
            action->setChecked(false);
    }
    m_applying = false;
    updateStatusText();
    emitFilter();
}

void RunsFilterBar::emitFilter()
{
    if (m_applying)
        return;
    const RunsModel::Filter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit filterChanged(current);
}

void RunsFilterBar::onSearchEdited()
{
    if (m_applying)
        return;
    m_searchDelay.stop();
    emitFilter();
    const QString text = searchText();
    if (text == m_lastSearch)
        return;
    m_lastSearch = text;
    emit searchTextChanged(text);
}

void RunsFilterBar::updateStatusText()
{
    const QStringList statuses = filter().statuses;
    if (statuses.isEmpty())
        m_statuses->setText(tr("All statuses"));
    else if (statuses.size() == 1)
        m_statuses->setText(statuses.first());
    else
        m_statuses->setText(tr("%1 statuses").arg(statuses.size()));
}

void RunsFilterBar::savePreset(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    RunsFilterPresets::save(name.trimmed(), preset());
    rebuildPresetMenu();
}

void RunsFilterBar::applyPreset(const QString &name)
{
    if (RunsFilterPresets::names().contains(name))
        setPreset(RunsFilterPresets::load(name));
}

void RunsFilterBar::removePreset(const QString &name)
{
    RunsFilterPresets::remove(name);
    rebuildPresetMenu();
}

void RunsFilterBar::askPresetName()
{
    // Window-modal without a nested event loop: the table keeps refreshing.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save filter preset"));
    dialog->setLabelText(tr("Preset name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &RunsFilterBar::savePreset);
    dialog->open();
}

void RunsFilterBar::rebuildPresetMenu()
{
    QMenu *menu = m_presets->menu();
    // clear() leaves submenus alive; the old "Delete preset" goes here.
    for (QMenu *old : menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        old->deleteLater();
    menu->clear();
    QAction *save = menu->addAction(tr("Save current filter…"));
    save->setObjectName(QStringLiteral("actionSavePreset"));
    connect(save, &QAction::triggered, this, &RunsFilterBar::askPresetName);
    QAction *clear = menu->addAction(tr("Clear all filters"));
    clear->setObjectName(QStringLiteral("actionClearFilters"));
    connect(clear, &QAction::triggered, this, [this] { setPreset({}); });
    const QStringList names = RunsFilterPresets::names();
    if (names.isEmpty())
        return;
    menu->addSeparator();
    QMenu *remove = new QMenu(tr("Delete preset"), menu);
    for (const QString &name : names) {
        QAction *apply = menu->addAction(name);
        apply->setObjectName(QStringLiteral("preset_") + name);
        connect(apply, &QAction::triggered, this, [this, name] { applyPreset(name); });
        QAction *drop = remove->addAction(name);
        connect(drop, &QAction::triggered, this, [this, name] { removePreset(name); });
    }
    menu->addSeparator();
    menu->addMenu(remove);
}
