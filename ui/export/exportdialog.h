#pragma once

#include "core/domain/run.h"
#include "core/export/exportsettings.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class ExportColumnList;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Sets up an export of one or several runs' outputs: format, file, CSV
// dialect, arrays, formula guard, the columns (pick, order, rename) and,
// for several runs, one file or one per run. The choices are remembered
// for the next export; the folder too.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `knownColumns`: the columns the outputs table has seen so far, in its
    // order; the export's own order puts the documented fields first.
    ExportDialog(const QList<Run> &runs, const QStringList &knownColumns,
                 QWidget *parent = nullptr);
    // Records that are not a run's outputs (the live panel's results, the
    // runs list): `what` says which, in rich text; `baseName` is the file
    // name proposed, without suffix; `columnsFixed` hides the column list
    // (the runs list exports its visible columns).
    ExportDialog(const QString &what, const QString &baseName, const QStringList &knownColumns,
                 bool columnsFixed, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportSettings settings() const;
    // The file, or with onePerRun() the folder the files go in.
    QString path() const;
    bool onePerRun() const;
    // The file of each run when onePerRun().
    QString pathForRun(const Run &run) const;

    void accept() override;

private:
    void buildForm();
    void restoreSettings();
    void saveSettings() const;
    void onFormatChanged();
    void onTargetChanged();
    void browse();
    void updateState();
    ExportFormat format() const;
    QString suffix() const;

    QList<Run> m_runs;
    QString m_what;
    QString m_baseName;
    QStringList m_knownColumns;
    bool m_columnsFixed = false;
    QComboBox *m_format = nullptr;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_filePerRun = nullptr;
    QLineEdit *m_path = nullptr;
    FieldMessage *m_pathMessage = nullptr;
    QGroupBox *m_csvGroup = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_guard = nullptr;
    QComboBox *m_arrays = nullptr;
    QCheckBox *m_runUid = nullptr;
    QCheckBox *m_customData = nullptr;
    // The user's own run_uid choice: one file of several runs forces the
    // column on, and that must not stick to a file per run or be
    // remembered as what the user chose.
    bool m_runUidChosen = false;
    QGroupBox *m_columnsGroup = nullptr;
    ExportColumnList *m_columns = nullptr;
    QLabel *m_columnsNote = nullptr;
    QPushButton *m_exportButton = nullptr;
};
