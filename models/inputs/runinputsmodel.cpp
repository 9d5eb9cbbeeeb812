#include "models/inputs/runinputsmodel.h"

#include "core/json/jsonflattener.h"
#include "models/client/cursorwalker.h"
#include "models/client/edgesclient.h"

#include <QJsonDocument>

namespace {

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The input as a person reads it: the value itself for the usual
// one-field input (a URL), else the object.
QString inputText(const QJsonObject &input)
{
    if (input.size() == 1) {
        const QJsonValue value = *input.constBegin();
        if (!value.isObject() && !value.isArray())
            return JsonFlattener::cellText(value);
    }
    return compactJson(input);
}

// An input with its JSON cells written once, when it arrives, rather than
// on every paint of the row.
struct ShownInput
{
    RunInput input;
    QString inputText;
    QString customText;
};

QString errorText(const std::optional<ErrorBody> &error)
{
    if (!error || error->isEmpty())
        return {};
    if (error->message.isEmpty())
        return error->label;
    if (error->label.isEmpty())
        return error->message;
    return error->message + QStringLiteral(" (") + error->label + QLatin1Char(')');
}

bool sameInput(const RunInput &a, const RunInput &b)
{
    return a.statusText == b.statusText && a.outputCount == b.outputCount &&
           a.retryCount == b.retryCount && a.startedAt == b.startedAt &&
           a.finishedAt == b.finishedAt && a.updatedAt == b.updatedAt &&
           errorText(a.lastError) == errorText(b.lastError) && a.inputData == b.inputData &&
           a.customData == b.customData;
}

} // namespace

RunInputsModel::RunInputsModel(EdgesClient *client, QObject *parent)
    : KeyedListModel(client, ColumnCount, parent)
{
    // Errors and payloads are longer than their columns.
    setTextTooltips(true);
}

RunInputsModel::~RunInputsModel()
{
    delete m_walker;
    delete m_refreshWalker;
}

void RunInputsModel::setRunUid(const QString &uid)
{
    clearRows();
    delete m_walker;
    m_walker = nullptr;
    m_runUid = uid;
    if (uid.isEmpty() || !client())
        return;
    m_walker = newWalker();
    setLoading(true);
    m_walker->next();
}

CursorWalker *RunInputsModel::newWalker()
{
    EdgesClient *edges = client();
    const QString uid = m_runUid;
    auto *walker = new CursorWalker(
        edges, [edges, uid] { return edges->runInputs(uid, kPageSize); }, this);
    connect(walker, &CursorWalker::pageReady, this,
            [this, walker](const QJsonArray &items, bool last) {
                if (walker == m_refreshWalker)
                    onRefreshPage(items, last);
                else
                    onPage(items);
            });
    connect(walker, &CursorWalker::failed, this,
            [this, walker](const ApiError &error) { onFailed(walker, error); });
    return walker;
}

void RunInputsModel::onPage(const QJsonArray &items)
{
    // Added while still loading: a view asking for more from inside
    // rowsInserted must wait for the next call.
    appendRows(parseRows(items));
    setLoading(false);
}

void RunInputsModel::onFailed(CursorWalker *walker, const ApiError &error)
{
    if (walker == m_refreshWalker) {
        m_refreshWalker->deleteLater();
        m_refreshWalker = nullptr;
        m_refreshed.clear();
    }
    setLoading(false);
    emit loadFailed(error);
}

void RunInputsModel::refresh()
{
    if (isLoading() || m_runUid.isEmpty() || !client())
        return;
    m_refreshTarget = rowCount();
    m_refreshed.clear();
    m_refreshWalker = newWalker();
    setLoading(true);
    m_refreshWalker->next();
}

void RunInputsModel::onRefreshPage(const QJsonArray &items, bool last)
{
    m_refreshed.append(parseRows(items));
    if (!last && m_refreshed.size() < m_refreshTarget) {
        m_refreshWalker->next();
        return;
    }
    // The refresh walker now stands where the loaded rows end: it takes
    // over the lazy loading from there.
    delete m_walker;
    m_walker = m_refreshWalker;
    m_refreshWalker = nullptr;
    applyRows(std::exchange(m_refreshed, {}));
    setLoading(false);
}

void RunInputsModel::cancelLoad()
{
    if (m_walker)
        m_walker->cancel();
    if (m_refreshWalker) {
        delete m_refreshWalker;
        m_refreshWalker = nullptr;
    }
    m_refreshed.clear();
    KeyedListModel::cancelLoad();
}

const RunInput &RunInputsModel::inputAt(const QModelIndex &index) const
{
    return itemAt<ShownInput>(index.row()).input;
}

bool RunInputsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_walker && !isLoading() && !m_walker->atEnd() &&
           m_walker->pagesSeen() > 0;
}

void RunInputsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    m_walker->next();
}

KeyedListModel::Row RunInputsModel::parseRow(const QJsonObject &object) const
{
    ShownInput shown{RunInput::fromJson(object), {}, {}};
    shown.inputText = inputText(shown.input.inputData);
    shown.customText = compactJson(shown.input.customData);
    QString uid = shown.input.uid;
    return {std::move(uid), std::move(shown)};
}

bool RunInputsModel::sameRow(const Row &before, const Row &after) const
{
    return sameInput(itemOf<ShownInput>(before).input, itemOf<ShownInput>(after).input);
}

QVariant RunInputsModel::rowData(const Row &item, int row, int column, int role) const
{
    const ShownInput &shown = itemOf<ShownInput>(item);
    const RunInput &input = shown.input;
    switch (role) {
    case int(Role::Uid):
        return input.uid;
    case int(Role::Status):
        return static_cast<int>(input.status);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case PositionColumn:
        return row + 1;
    case StatusColumn:
        return input.statusText;
    case InputColumn:
        return shown.inputText;
    case CustomDataColumn:
        return shown.customText;
    case OutputsColumn:
        return input.outputCount;
    case RetriesColumn:
        return input.retryCount;
    case ErrorColumn:
        return errorText(input.lastError);
    case StartedColumn:
        return timeCell(input.startedAt);
    case FinishedColumn:
        return timeCell(input.finishedAt);
    case UidColumn:
        return input.uid;
    case ColumnCount:
        break;
    }
    return {};
}

QString RunInputsModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case PositionColumn:
        return tr("#");
    case StatusColumn:
        return tr("Status");
    case InputColumn:
        return tr("Input");
    case CustomDataColumn:
        return tr("Custom data");
    case OutputsColumn:
        return tr("Outputs");
    case RetriesColumn:
        return tr("Retries");
    case ErrorColumn:
        return tr("Error");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case UidColumn:
        return tr("Input uid");
    case ColumnCount:
        break;
    }
    return {};
}
