#pragma once

#include "core/cron/cronfieldspec.h"

#include <QWidget>

class CronValueGrid;
class FieldMessage;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

// The editor of one cron field: a choice of form (every value, specific
// values in a grid, a range, a step) and the controls of that form, with
// the field's message under it. It edits a CronFieldSpec; turning the five
// into an expression is CronEditor's job.
class CronFieldEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronFieldEditor)

public:
    explicit CronFieldEditor(CronFieldKind kind, QWidget *parent = nullptr);

    CronFieldKind kind() const { return m_kind; }
    CronFieldSpec spec() const;
    // Shows the spec, without specEdited().
    void setSpec(const CronFieldSpec &spec);
    // In place of the controls, for a field the fields cannot show: its
    // text as typed and where to edit it. setSpec() brings the controls back.
    void showAsText(const QString &text);
    FieldMessage *message() const { return m_message; }

signals:
    void specEdited();

private:
    enum Page
    {
        EveryPage,
        ValuesPage,
        RangePage,
        StepPage,
        TextPage,
    };

    QWidget *rangePage();
    QWidget *stepPage();
    QComboBox *valueCombo(const QString &accessibleName);
    void onModeChanged(int mode);
    void onControlEdited();
    void showPage(Page page);

    CronFieldKind m_kind;
    QLabel *m_label;
    QComboBox *m_mode;
    QStackedWidget *m_pages;
    CronValueGrid *m_grid;
    QComboBox *m_rangeFirst = nullptr;
    QComboBox *m_rangeLast = nullptr;
    QSpinBox *m_step = nullptr;
    QComboBox *m_stepFirst = nullptr;
    QComboBox *m_stepLast = nullptr;
    QLabel *m_text;
    FieldMessage *m_message;
    // What the controls showed before the last change of form.
    CronFieldSpec m_shown;
    bool m_setting = false;
};
