#include "ui/launch/actionpicker.h"

#include "core/domain/actionspec.h"
#include "models/catalogue/actionsmodel.h"
#include "ui/common/keyboardnavigation.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace {

// The search matches an action's title or its slug.
class SearchableActions final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const QString text = index.data(Qt::DisplayRole).toString() + QLatin1Char(' ') +
                             index.data(int(ActionsModel::Role::Slug)).toString();
        return text.contains(filterRegularExpression());
    }
};

QString describe(const ActionSpec &action)
{
    QStringList parameters;
    for (const ActionSpec::Parameter &parameter : action.parameters)
        parameters.append(parameter.name);
    const QString none = ActionPicker::tr("none");
    QString html = QStringLiteral("<b>%1</b> <code>%2</code><br>")
                       .arg(action.title.toHtmlEscaped(), action.slug.toHtmlEscaped());
    html += ActionPicker::tr("Modes: live, async, schedule") + QStringLiteral("<br>");
    html += ActionPicker::tr("Input fields (required): %1")
                .arg(action.inputFields.isEmpty() ? none
                                                  : action.inputFields.join(QStringLiteral(", ")))
                .toHtmlEscaped() +
            QStringLiteral("<br>");
    html += ActionPicker::tr("Parameters: %1")
                .arg(parameters.isEmpty() ? none : parameters.join(QStringLiteral(", ")))
                .toHtmlEscaped() +
            QStringLiteral("<br>");
    html += action.supportsIncremental
                ? ActionPicker::tr("Supports incremental sync (with an engagement identity).")
                : ActionPicker::tr("No incremental sync.");
    if (action.identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount)
        html += QStringLiteral("<br>") +
                ActionPicker::tr("Reads one identity's own account: exactly one identity, not "
                                 "managed.");
    return html;
}

} // namespace

ActionPicker::ActionPicker(QWidget *parent)
    : QWidget(parent)
    , m_actions(new ActionsModel(this))
    , m_filter(new SearchableActions(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("actionPicker"));
    m_filter->setSourceModel(m_actions);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("launchActionSearch"));
    m_search->setPlaceholderText(tr("Search by name or slug"));
    m_search->setAccessibleName(tr("Search actions"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("launchActionList"));
    m_list->setAccessibleName(tr("Actions"));
    m_list->setModel(m_filter);
    KeyboardNavigation::letTabLeave(m_list);
    m_details->setObjectName(QStringLiteral("launchActionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        // The only match is chosen; otherwise the choice stays if visible.
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        onCurrentChanged();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionPicker::onCurrentChanged);
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

const ActionSpec *ActionPicker::action() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_actions->actionAt(m_filter->mapToSource(current));
}

void ActionPicker::setAction(const QString &slug)
{
    m_search->clear();
    const int row = m_actions->rowOfSlug(slug);
    if (row >= 0)
        m_list->setCurrentIndex(m_filter->mapFromSource(m_actions->index(row, 0)));
}

void ActionPicker::onCurrentChanged()
{
    const ActionSpec *chosen = action();
    m_details->setText(chosen
                           ? describe(*chosen)
                           : tr("No action matches “%1”.").arg(m_search->text().toHtmlEscaped()));
    emit actionChanged(chosen);
}
