#pragma once

#include <QWidget>

struct ActionSpec;
class ActionsModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// Chooses the action to launch: a search over the catalogue's titles and
// slugs, the list, and what the chosen action takes (input fields,
// parameters, modes, incremental sync).
class ActionPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPicker)

public:
    explicit ActionPicker(QWidget *parent = nullptr);

    // The chosen action, or nullptr while the search hides every action.
    const ActionSpec *action() const;
    void setAction(const QString &slug);
    QLineEdit *searchField() const { return m_search; }

signals:
    void actionChanged(const ActionSpec *action);

private:
    void onCurrentChanged();

    ActionsModel *m_actions;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_details;
};
