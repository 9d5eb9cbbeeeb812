#include "models/callbacks/callbacksmodel.h"

#include "models/client/edgesclient.h"
#include "models/client/listparameters.h"

namespace {

bool sameError(const std::optional<ErrorBody> &a, const std::optional<ErrorBody> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->label == b->label && a->message == b->message && a->scope == b->scope &&
                  a->statusCode == b->statusCode && a->ref == b->ref);
}

bool sameCallback(const Callback &a, const Callback &b)
{
    return a.statusText == b.statusText && a.retryCount == b.retryCount &&
           a.httpStatus == b.httpStatus && a.httpResponse == b.httpResponse &&
           sameError(a.error, b.error) && a.parentUid == b.parentUid &&
           a.callbackUrl == b.callbackUrl && a.batchUid == b.batchUid && a.createdAt == b.createdAt;
}

} // namespace

CallbacksModel::CallbacksModel(EdgesClient *client, QObject *parent)
    : KeyedListModel(client, ColumnCount, parent)
{
    // Errors and payloads are longer than their columns.
    setTextTooltips(true);
}

CallbacksModel::~CallbacksModel() = default;

void CallbacksModel::setRunUid(const QString &uid)
{
    m_runUid = uid;
    clearRows();
    refresh();
}

void CallbacksModel::refresh()
{
    if (m_runUid.isEmpty())
        return;
    EdgesClient *edges = client();
    const QString runUid = m_runUid;
    loadAll(
        [edges, runUid](int offset) {
            ListParameters parameters;
            parameters.filter(QStringLiteral("run_uid"), {runUid});
            // Oldest first: new deliveries and replays come at the end.
            parameters.sort = {QStringLiteral("created_at")};
            parameters.limit = kPageSize;
            parameters.offset = offset;
            return edges->listCallbacks(parameters);
        },
        kPageSize);
}

const Callback &CallbacksModel::callbackAt(const QModelIndex &index) const
{
    return itemAt<Callback>(index.row());
}

KeyedListModel::Row CallbacksModel::parseRow(const QJsonObject &object) const
{
    Callback callback = Callback::fromJson(object);
    QString uid = callback.uid;
    return {std::move(uid), std::move(callback)};
}

bool CallbacksModel::sameRow(const Row &before, const Row &after) const
{
    return sameCallback(itemOf<Callback>(before), itemOf<Callback>(after));
}

bool CallbacksModel::canReplay(const Callback &callback) const
{
    return !callback.isReplay() &&
           (callback.status == CallbackStatus::Failed ||
            callback.status == CallbackStatus::Success) &&
           m_replays.value(callback.uid) < kMaxReplays;
}

void CallbacksModel::rowsApplied()
{
    QHash<QString, int> replays;
    for (int row = 0; row < rowCount(); ++row) {
        const Callback &callback = itemAt<Callback>(row);
        if (callback.isReplay())
            ++replays[callback.parentUid];
    }
    if (replays == m_replays)
        return;
    // CanReplay of an original depends on rows other than its own.
    QList<int> flipped;
    for (int row = 0; row < rowCount(); ++row) {
        const Callback &callback = itemAt<Callback>(row);
        if (!callback.isReplay() && (m_replays.value(callback.uid) < kMaxReplays) !=
                                        (replays.value(callback.uid) < kMaxReplays))
            flipped.append(row);
    }
    m_replays = std::move(replays);
    for (int row : std::as_const(flipped))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {int(Role::CanReplay)});
}

QVariant CallbacksModel::rowData(const Row &item, int, int column, int role) const
{
    const Callback &callback = itemOf<Callback>(item);
    switch (role) {
    case int(Role::Uid):
        return callback.uid;
    case int(Role::Status):
        return static_cast<int>(callback.status);
    case int(Role::IsReplay):
        return callback.isReplay();
    case int(Role::CanReplay):
        return canReplay(callback);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return callback.statusText;
    case HttpStatusColumn:
        return callback.httpStatus ? QVariant(*callback.httpStatus) : QVariant();
    case RetriesColumn:
        return callback.retryCount;
    case CreatedColumn:
        return timeCell(callback.createdAt);
    case ReplayOfColumn:
        return callback.parentUid;
    case BatchColumn:
        return callback.batchUid;
    case UrlColumn:
        return callback.callbackUrl;
    case ErrorColumn:
        return callback.error ? callback.error->message : QString();
    case UidColumn:
        return callback.uid;
    case ColumnCount:
        break;
    }
    return {};
}

QString CallbacksModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return tr("Status");
    case HttpStatusColumn:
        return tr("HTTP status");
    case RetriesColumn:
        return tr("Retries");
    case CreatedColumn:
        return tr("Created");
    case ReplayOfColumn:
        return tr("Replay of");
    case BatchColumn:
        return tr("Batch");
    case UrlColumn:
        return tr("URL");
    case ErrorColumn:
        return tr("Error");
    case UidColumn:
        return tr("Callback uid");
    case ColumnCount:
        break;
    }
    return {};
}

QString CallbacksModel::cacheKey() const
{
    return m_runUid.isEmpty() ? QString() : QStringLiteral("callbacks?run_uid=") + m_runUid;
}
