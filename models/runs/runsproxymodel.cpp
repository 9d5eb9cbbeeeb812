#include "models/runs/runsproxymodel.h"

#include "core/domain/run.h"
#include "models/runs/runsmodel.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr ExecutionMode kModes[] = {ExecutionMode::Unknown, ExecutionMode::Live,
                                    ExecutionMode::Async};

// The ranks of `count` texts in the locale's order: equal texts (by that
// order) share a rank.
template <typename TextOf>
QList<int> localeRanks(qsizetype count, TextOf textOf)
{
    QList<quint32> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&textOf](quint32 a, quint32 b) {
        return QString::localeAwareCompare(textOf(a), textOf(b)) < 0;
    });
    QList<int> ranks(count, 0);
    for (qsizetype i = 1; i < count; ++i) {
        const bool same =
            QString::localeAwareCompare(textOf(order.at(i - 1)), textOf(order.at(i))) == 0;
        ranks[order.at(i)] = ranks.at(order.at(i - 1)) + (same ? 0 : 1);
    }
    return ranks;
}

// A uid in the contract's UUID form as two integers whose order is its
// text's, ignoring case (dashes sit at the same places in every one, and
// digits come before letters in both); false for any other text.
bool uuidKey(const QString &uid, quint64 *high, quint64 *low)
{
    if (uid.size() != 36)
        return false;
    quint64 halves[2] = {0, 0};
    int digits = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = uid.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
            continue;
        }
        quint64 value = 0;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'a' && c <= u'f')
            value = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            value = c - u'A' + 10;
        else
            return false;
        quint64 &half = halves[digits++ / 16];
        half = (half << 4) | value;
    }
    *high = halves[0];
    *low = halves[1];
    return true;
}

struct UuidRow
{
    quint64 high;
    quint64 low;
    int row;
};

// The rows in uid order, as integers: a fifth of the time of comparing
// the texts. Empty when one uid is not a UUID.
QList<int> uuidOrder(const RunsModel &runs)
{
    const int rows = runs.rowCount();
    QList<UuidRow> keys(rows);
    for (int row = 0; row < rows; ++row) {
        keys[row].row = row;
        if (!uuidKey(runs.compactAt(row).uid, &keys[row].high, &keys[row].low))
            return {};
    }
    std::sort(keys.begin(), keys.end(), [](const UuidRow &a, const UuidRow &b) {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    });
    QList<int> order(rows);
    for (int i = 0; i < rows; ++i)
        order[i] = keys.at(i).row;
    return order;
}

} // namespace

RunsProxyModel::RunsProxyModel(RunsModel *runs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_runs(runs)
{
    // Before setSourceModel: the keys must follow a change before the base
    // class, reacting to the same signal, sorts by them.
    connect(runs, &QAbstractItemModel::rowsInserted, this, &RunsProxyModel::onRowsInserted);
    connect(runs, &QAbstractItemModel::rowsRemoved, this, &RunsProxyModel::onRowsRemoved);
    connect(runs, &QAbstractItemModel::dataChanged, this, &RunsProxyModel::onDataChanged);
    const auto forget = [this] { m_keysValid = false; };
    connect(runs, &QAbstractItemModel::rowsMoved, this, forget);
    connect(runs, &QAbstractItemModel::modelReset, this, forget);
    connect(runs, &QAbstractItemModel::layoutChanged, this, forget);
    setSourceModel(runs);
    // A sort arrow must match the rows: rows that change, arrive or come
    // back into a search are placed by the sort at once.
    setDynamicSortFilter(true);
}

Run RunsProxyModel::runAt(const QModelIndex &proxyIndex) const
{
    return m_runs->runAt(mapToSource(proxyIndex));
}

void RunsProxyModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_foldedSearch = text.toCaseFolded();
    m_matches.clear();
    invalidateRowsFilter();
}

void RunsProxyModel::setOnlyRuns(const QSet<QString> &uids)
{
    if (uids == m_only)
        return;
    m_only = uids;
    invalidateRowsFilter();
}

QVariant RunsProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return RunsModel::serverSortField(section).isEmpty()
                   ? tr("Sorted among the loaded runs only")
                   : tr("Sorted by the server across all runs");
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool RunsProxyModel::textMatches(quint32 text) const
{
    // Texts that arrived since the search began are not known yet.
    if (m_matches.size() <= text)
        m_matches.resize(m_runs->tables().texts.size(), 0);
    qint8 &known = m_matches[text];
    if (known == 0)
        known = m_runs->tables().texts.at(text).contains(m_search, Qt::CaseInsensitive) ? 1 : 2;
    return known == 1;
}

bool RunsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const CompactRun &run = m_runs->compactAt(sourceRow);
    if (!m_only.isEmpty() && !m_only.contains(run.uid))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const quint32 text :
         {run.name, run.actionName, run.scheduledRunName, run.scheduledRunUid}) {
        if (textMatches(text))
            return true;
    }
    // Uids are lowercase: a plain search for the folded text settles
    // most of them, the slow case-blind one is left for the others.
    if (run.uid.contains(m_foldedSearch))
        return true;
    return !run.uid.isLower() && run.uid.contains(m_search, Qt::CaseInsensitive);
}

void RunsProxyModel::updateRanks() const
{
    const auto &texts = m_runs->tables().texts;
    if (m_ranks.size() == texts.size())
        return;
    m_ranks = localeRanks(texts.size(), [&texts](quint32 id) { return texts.at(id); });
    m_modeRanks = localeRanks(std::size(kModes),
                              [](quint32 mode) { return QString(toApiString(kModes[mode])); });
}

qint64 RunsProxyModel::sortKey(const CompactRun &run, int column) const
{
    switch (column) {
    case RunsModel::StatusColumn:
        // Along a run's life (the enum's order), not alphabetically; the
        // text only parts statuses this build does not know.
        return (qint64(run.status) << 32) + m_ranks.at(run.statusText);
    case RunsModel::ActionColumn:
        return m_ranks.at(run.actionName);
    case RunsModel::NameColumn:
        return m_ranks.at(run.name);
    case RunsModel::ModeColumn:
        return m_modeRanks.value(int(run.executionMode));
    case RunsModel::ScheduleColumn:
        // The cell shows the schedule's name, or its uid without one.
        return m_ranks.at(m_runs->tables().texts.at(run.scheduledRunName).isEmpty()
                              ? run.scheduledRunUid
                              : run.scheduledRunName);
    case RunsModel::OutputsColumn:
        return run.outputCount;
    case RunsModel::RetriesColumn:
        return run.retryCount;
    case RunsModel::CreatedColumn:
        return run.createdAt;
    case RunsModel::StartedColumn:
        return run.startedAt;
    case RunsModel::FinishedColumn:
        return run.finishedAt;
    case RunsModel::DurationColumn:
        return run.durationSeconds().value_or(-1);
    default:
        break;
    }
    return 0;
}

void RunsProxyModel::rebuildKeys(int column) const
{
    updateRanks();
    const int rows = m_runs->rowCount();
    m_keys.resize(rows);
    if (column == RunsModel::UidColumn) {
        // Identifiers: plain text order, ignoring case (a locale's
        // collation means nothing to them, and costs far more).
        QList<int> order = uuidOrder(*m_runs);
        if (order.isEmpty() && rows > 0) {
            // The folded copy of a lowercase uid is the uid itself, shared:
            // no allocation, and a plain compare after.
            QList<std::pair<QString, int>> uids;
            uids.reserve(rows);
            for (int row = 0; row < rows; ++row)
                uids.append({m_runs->compactAt(row).uid.toCaseFolded(), row});
            std::sort(uids.begin(), uids.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &uid : std::as_const(uids))
                order.append(uid.second);
        }
        for (int i = 0; i < rows; ++i)
            m_keys[order.at(i)] = i;
    } else {
        for (int row = 0; row < rows; ++row)
            m_keys[row] = sortKey(m_runs->compactAt(row), column);
    }
    m_keysColumn = column;
    m_keysTexts = m_runs->tables().texts.size();
    m_keysValid = true;
}

bool RunsProxyModel::keysFollow() const
{
    // New texts move other texts' ranks; new uids need all uids sorted.
    return m_keysValid && m_keysColumn != RunsModel::UidColumn &&
           m_keysTexts == m_runs->tables().texts.size();
}

void RunsProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!keysFollow()) {
        m_keysValid = false;
        return;
    }
    m_keys.insert(first, last - first + 1, 0);
    for (int row = first; row <= last; ++row)
        m_keys[row] = sortKey(m_runs->compactAt(row), m_keysColumn);
}

void RunsProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && m_keysValid)
        m_keys.remove(first, last - first + 1);
}

void RunsProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!keysFollow()) {
        m_keysValid = false;
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_keys[row] = sortKey(m_runs->compactAt(row), m_keysColumn);
}

bool RunsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keysValid || m_keysColumn != left.column())
        rebuildKeys(left.column());
    return m_keys.at(left.row()) < m_keys.at(right.row());
}
