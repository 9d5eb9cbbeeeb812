#pragma once

#include "core/launch/columnmapping.h"
#include "models/launch/csvimportjob.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class FieldMessage;
class InputRowsModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Imports the inputs of a CSV file into an input table, in three steps the
// user sees at once: the file and the start of it (delimiter as found,
// changeable), which input field or custom_data key each column feeds
// (matched by name, changeable, with required fields no column feeds
// named), then the import itself off the window's thread with progress and
// Cancel. Afterwards it says what came in and what is wrong, row by row,
// and can drop the rows with problems at once; those it leaves are marked
// in the table, to be fixed there. Nothing is dropped unsaid.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    // Imports into `model`, for the model's action.
    explicit CsvImportDialog(InputRowsModel *model, QWidget *parent = nullptr);

    // Reads the start of `path` and maps its columns automatically; what
    // "Choose file…" does once a file is picked.
    void setFile(const QString &path);
    QString file() const { return m_path; }
    // The mapping as the column choices stand; nullopt before a file
    // with a header is read.
    std::optional<ColumnMapping> mapping() const;
    // The Import button: imports the whole file with mapping().
    void startImport();

public slots:
    void reject() override;

signals:
    // Rows [first, first + count) of the model came from the file (count
    // shrinks when rows with problems are dropped here).
    void imported(int first, int count);

private:
    void chooseFile();
    void readPreview(char delimiter);
    void fillPreviewTable();
    void buildColumnChoices();
    void onTargetChosen();
    void checkMapping();
    void setRunning(bool running);
    void onProgress(qint64 bytesRead, qint64 totalBytes);
    void onFinished(const CsvImportJob::Result &result);
    void onFailed(const QString &reason);
    void onCancelled();
    void dropProblemRows();

    InputRowsModel *m_model;
    CsvImportJob *m_job;
    QString m_path;
    CsvImportJob::Preview m_preview;
    std::optional<ColumnMapping> m_automatic;
    QList<QComboBox *> m_targets;
    bool m_mappingValid = false;
    int m_importFirst = -1;
    int m_importCount = 0;

    QLabel *m_fileLabel;
    QPushButton *m_chooseButton;
    FieldMessage *m_fileMessage;
    QComboBox *m_delimiter;
    QStandardItemModel *m_previewModel;
    QTableView *m_previewTable;
    QWidget *m_columns;
    QFormLayout *m_columnsForm;
    FieldMessage *m_mappingMessage;
    QProgressBar *m_progress;
    QPushButton *m_cancelImportButton;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_dropButton;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};
