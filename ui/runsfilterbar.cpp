#include "runsfilterbar.h"

#include "domain/actioncatalogue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

RunsFilterBar::RunsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_statuses(new QToolButton(this))
    , m_action(new QComboBox(this))
    , m_mode(new QComboBox(this))
{
    setObjectName(QStringLiteral("runsFilterBar"));

    m_statuses->setObjectName(QStringLiteral("statusFilterButton"));
    m_statuses->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_statuses);
    for (const RunStatus status : knownRunStatuses()) {
        const QString name = toApiString(status);
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("statusFilter_") + name);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateStatusText();
            emitFilter();
        });
    }
    m_statuses->setMenu(menu);
    updateStatusText();

    m_action->setObjectName(QStringLiteral("actionFilterCombo"));
    m_action->addItem(tr("All actions"), QString());
    for (const ActionSpec &action : ActionCatalogue::actions())
        m_action->addItem(action.title, action.slug);

    m_mode->setObjectName(QStringLiteral("modeFilterCombo"));
    m_mode->addItem(tr("All modes"), QString());
    m_mode->addItem(tr("Async"), QStringLiteral("ASYNC"));
    m_mode->addItem(tr("Live"), QStringLiteral("LIVE"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(new QLabel(tr("Filter:"), this));
    layout->addWidget(m_statuses);
    layout->addWidget(m_action);
    layout->addWidget(m_mode);
    layout->addStretch(1);

    connect(m_action, &QComboBox::currentIndexChanged, this, &RunsFilterBar::emitFilter);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RunsFilterBar::emitFilter);
}

RunsModel::Filter RunsFilterBar::filter() const
{
    RunsModel::Filter filter;
    for (const QAction *action : m_statuses->menu()->actions()) {
        if (action->isChecked())
            filter.statuses.append(action->text());
    }
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        filter.actions = {action};
    if (const QString mode = m_mode->currentData().toString(); !mode.isEmpty())
        filter.modes = {mode};
    return filter;
}

void RunsFilterBar::emitFilter()
{
    emit filterChanged(filter());
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
