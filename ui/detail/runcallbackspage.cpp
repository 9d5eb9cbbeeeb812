#include "ui/detail/runcallbackspage.h"

#include "core/domain/callback.h"
#include "models/callbacks/callbackservice.h"
#include "models/callbacks/callbacksmodel.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/tablerecordactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RunCallbacksPage::RunCallbacksPage(CallbacksModel *model, CallbackService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_service(service)
    , m_view(new QTableView(this))
    , m_replay(new QPushButton(tr("Replay"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("runCallbacksPage"));
    m_view->setObjectName(QStringLiteral("runCallbacksView"));
    KeyboardNavigation::letTabLeave(m_view);
    m_view->setModel(model);
    m_view->setItemDelegate(new DateTimeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CallbacksModel::CreatedColumn, 175);
    new TableRecordActions(m_view);

    m_replay->setObjectName(QStringLiteral("replayCallbackButton"));
    m_replay->setToolTip(tr("Send the selected delivery's payload again as a new delivery. Only "
                            "originals can be replayed, at most three times each."));
    m_refresh->setObjectName(QStringLiteral("refreshCallbacksButton"));
    m_message->setObjectName(QStringLiteral("callbackMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_replay);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunCallbacksPage::updateButton);
    // CanReplay of a row changes when its replays arrive, and rows move.
    connect(model, &QAbstractItemModel::dataChanged, this, &RunCallbacksPage::updateButton);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RunCallbacksPage::updateButton);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RunCallbacksPage::updateButton);
    connect(model, &QAbstractItemModel::modelReset, this, &RunCallbacksPage::updateButton);
    connect(model, &CallbacksModel::loadFailed, this, [this](const ApiError &error) {
        m_message->setText(tr("Could not load the deliveries: %1").arg(error.message()));
    });
    connect(m_replay, &QPushButton::clicked, this, &RunCallbacksPage::onReplayClicked);
    if (service) {
        connect(service, &CallbackService::replayed, this,
                [this](const QString &, const Callback &replay) {
                    m_message->setText(tr("Replay queued as delivery %1 (%2).")
                                           .arg(replay.uid, replay.statusText.isEmpty()
                                                                ? tr("pending")
                                                                : replay.statusText));
                    m_model->refresh();
                });
        connect(service, &CallbackService::replayFailed, this,
                [this](const QString &, const ApiError &error) {
                    m_message->setText(tr("Replay refused: %1").arg(error.message()));
                    // A refusal often means the list showed an old state.
                    m_model->refresh();
                });
        connect(service, &CallbackService::busyChanged, this, &RunCallbacksPage::updateButton);
    }
    connect(m_refresh, &QPushButton::clicked, model, &CallbacksModel::refresh);
    updateButton();
}

RunCallbacksPage::~RunCallbacksPage()
{
    // Its answer concerns a page that is going away.
    if (m_service)
        m_service->cancel();
}

void RunCallbacksPage::reset()
{
    if (m_service)
        m_service->cancel();
    m_message->clear();
    updateButton();
}

void RunCallbacksPage::updateButton()
{
    const QModelIndex current = m_view->currentIndex();
    const bool allowed =
        current.isValid() && current.data(int(CallbacksModel::Role::CanReplay)).toBool();
    m_replay->setEnabled(allowed && m_service && !m_service->isBusy());
    if (!current.isValid())
        m_replay->setToolTip(tr("Select a delivery to replay it."));
    else if (current.data(int(CallbacksModel::Role::IsReplay)).toBool())
        m_replay->setToolTip(tr("A replay cannot itself be replayed: select its original."));
    else if (!allowed)
        m_replay->setToolTip(tr("This delivery cannot be replayed: it has not ended yet or "
                                "was already replayed three times."));
    else
        m_replay->setToolTip(tr("Send this delivery's payload again as a new delivery."));
}

void RunCallbacksPage::onReplayClicked()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_service)
        return;
    const QString uid = current.data(int(CallbacksModel::Role::Uid)).toString();
    if (m_service->replay(uid))
        m_message->setText(tr("Replaying %1…").arg(uid));
}
