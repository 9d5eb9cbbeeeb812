#include "ui/launch/csvimportdialog.h"

#include "models/launch/inputrowsmodel.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/launch/counttext.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Target = ColumnMapping::Target;

constexpr int kPreviewRecords = 20;
// Enough to read through; the table marks every row in any case.
constexpr int kListedProblems = 500;
constexpr int kKindRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

QString columnTitle(const QStringList &header, qsizetype column)
{
    const QString name = header.value(column);
    return name.trimmed().isEmpty() ? CsvImportDialog::tr("column %1 (no name)").arg(column + 1)
                                    : name;
}

QString targetText(const Target &target)
{
    switch (target.kind) {
    case Target::Kind::InputField:
        return target.name;
    case Target::Kind::CustomDataKey:
        return CsvImportDialog::tr("custom_data key \"%1\"").arg(target.name);
    case Target::Kind::CustomDataPairs:
        return CsvImportDialog::tr("custom_data pairs (key=value)");
    case Target::Kind::Ignored:
        break;
    }
    return CsvImportDialog::tr("Ignore");
}

void addTarget(QComboBox *combo, const Target &target)
{
    combo->addItem(targetText(target));
    combo->setItemData(combo->count() - 1, int(target.kind), kKindRole);
    combo->setItemData(combo->count() - 1, target.name, kNameRole);
}

Target targetOf(const QComboBox *combo)
{
    return {Target::Kind(combo->currentData(kKindRole).toInt()),
            combo->currentData(kNameRole).toString()};
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return CsvImportDialog::tr("Semicolon ( ; )");
    case '\t':
        return CsvImportDialog::tr("Tab");
    default:
        return CsvImportDialog::tr("Comma ( , )");
    }
}

} // namespace

CsvImportDialog::CsvImportDialog(InputRowsModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_job(new CsvImportJob(this))
    , m_fileLabel(new QLabel(tr("No file chosen"), this))
    , m_chooseButton(new QPushButton(tr("&Choose file…"), this))
    , m_fileMessage(new FieldMessage(m_chooseButton, this))
    , m_delimiter(new QComboBox(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_previewTable(new QTableView(this))
    , m_columns(new QWidget(this))
    , m_columnsForm(new QFormLayout(m_columns))
    , m_mappingMessage(new FieldMessage(m_columns, this))
    , m_progress(new QProgressBar(this))
    , m_cancelImportButton(new QPushButton(tr("Cancel import"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_dropButton(new QPushButton(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import inputs from a CSV file — %1").arg(m_model->action().slug));
    m_fileLabel->setObjectName(QStringLiteral("csvFileLabel"));
    m_chooseButton->setObjectName(QStringLiteral("csvChooseFileButton"));
    m_fileMessage->setObjectName(QStringLiteral("csvFileMessage"));
    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    m_delimiter->setToolTip(tr("Found from the header line; change it if the columns look wrong."));
    for (const char delimiter : {',', ';', '\t'})
        m_delimiter->addItem(delimiterName(delimiter), int(delimiter));
    m_previewTable->setObjectName(QStringLiteral("csvPreviewTable"));
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    KeyboardNavigation::letTabLeave(m_previewTable);
    m_columns->setObjectName(QStringLiteral("csvColumnChoices"));
    m_mappingMessage->setObjectName(QStringLiteral("csvMappingMessage"));
    m_progress->setObjectName(QStringLiteral("csvImportProgress"));
    // Per mille: a byte count of a large file does not fit an int.
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancelImportButton->setObjectName(QStringLiteral("csvCancelImportButton"));
    m_summary->setObjectName(QStringLiteral("csvImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("csvImportProblems"));
    m_problems->setAccessibleName(tr("Problems of the imported rows"));
    m_dropButton->setObjectName(QStringLiteral("csvDropProblemRowsButton"));
    m_importButton->setObjectName(QStringLiteral("csvImportButton"));
    m_importButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("csvCloseButton"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_chooseButton);
    auto *top = new QFormLayout;
    auto *fileTitle = new QLabel(tr("File:"), this);
    fileTitle->setBuddy(m_chooseButton);
    top->addRow(fileTitle, fileRow);
    top->addRow(QString(), m_fileMessage);
    top->addRow(tr("&Delimiter:"), m_delimiter);
    auto *columnsArea = new QScrollArea(this);
    columnsArea->setObjectName(QStringLiteral("csvColumnsArea"));
    columnsArea->setWidget(m_columns);
    columnsArea->setWidgetResizable(true);
    auto *previewTitle = new QLabel(tr("&First rows:"), this);
    previewTitle->setBuddy(m_previewTable);
    auto *columnsTitle = new QLabel(tr("Each column &feeds:"), this);
    columnsTitle->setBuddy(columnsArea);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImportButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dropButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(previewTitle);
    layout->addWidget(m_previewTable, 2);
    layout->addWidget(columnsTitle);
    layout->addWidget(columnsArea, 1);
    layout->addWidget(m_mappingMessage);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    resize(900, 680);

    connect(m_chooseButton, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_delimiter, &QComboBox::activated, this,
            [this] { readPreview(char(m_delimiter->currentData().toInt())); });
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_cancelImportButton, &QPushButton::clicked, m_job, &CsvImportJob::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &CsvImportDialog::reject);
    connect(m_dropButton, &QPushButton::clicked, this, &CsvImportDialog::dropProblemRows);
    connect(m_job, &CsvImportJob::progress, this, &CsvImportDialog::onProgress);
    connect(m_job, &CsvImportJob::finished, this, &CsvImportDialog::onFinished);
    connect(m_job, &CsvImportJob::failed, this, &CsvImportDialog::onFailed);
    connect(m_job, &CsvImportJob::cancelled, this, &CsvImportDialog::onCancelled);

    m_problems->hide();
    m_dropButton->hide();
    setRunning(false);
}

void CsvImportDialog::setFile(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    m_fileLabel->setText(QStringLiteral("%1 (%2)").arg(
        info.fileName(), QLocale(QLocale::English).formattedDataSize(info.size())));
    m_fileLabel->setToolTip(path);
    m_importFirst = -1;
    m_importCount = 0;
    m_summary->clear();
    m_problems->clear();
    m_problems->hide();
    m_dropButton->hide();
    readPreview(CsvReader::kSniff);
}

std::optional<ColumnMapping> CsvImportDialog::mapping() const
{
    if (!m_automatic)
        return std::nullopt;
    ColumnMapping mapping = *m_automatic;
    for (qsizetype column = 0; column < m_targets.size(); ++column)
        mapping.setTarget(column, targetOf(m_targets.at(column)));
    return mapping;
}

void CsvImportDialog::startImport()
{
    const std::optional<ColumnMapping> chosen = mapping();
    if (!chosen || !m_mappingValid || m_importFirst >= 0 || m_job->isRunning())
        return;
    m_summary->clear();
    m_fileMessage->clearMessage();
    if (m_job->start(m_path, m_model->action(), *chosen, m_preview.delimiter))
        setRunning(true);
}

void CsvImportDialog::reject()
{
    // The job stops between two chunks; its rows never reach the table.
    m_job->cancel();
    QDialog::reject();
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import inputs from a CSV file"), QFileInfo(m_path).absolutePath(),
        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CsvImportDialog::readPreview(char delimiter)
{
    m_preview = CsvImportJob::preview(m_path, kPreviewRecords, delimiter);
    m_fileMessage->showMessage(m_preview.error);
    if (m_preview.isValid()) {
        m_automatic = ColumnMapping(m_preview.header, m_model->action());
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(m_preview.delimiter)));
    } else {
        m_automatic.reset();
    }
    buildColumnChoices();
    fillPreviewTable();
    checkMapping();
}

void CsvImportDialog::fillPreviewTable()
{
    m_previewModel->clear();
    const QStringList &header = m_preview.header;
    qsizetype columns = header.size();
    for (const CsvReader::Record &record : std::as_const(m_preview.records))
        columns = std::max(columns, record.fields.size());
    m_previewModel->setColumnCount(int(columns));
    for (const CsvReader::Record &record : std::as_const(m_preview.records)) {
        QList<QStandardItem *> cells;
        for (const QString &field : record.fields)
            cells.append(new QStandardItem(field));
        m_previewModel->appendRow(cells);
    }
    QStringList rowTitles;
    for (qsizetype row = 0; row < m_preview.records.size(); ++row)
        rowTitles.append(QString::number(row + 1));
    m_previewModel->setVerticalHeaderLabels(rowTitles);
    // Each column's title says where it goes, so the choices below can be
    // checked against the values above.
    const std::optional<ColumnMapping> chosen = mapping();
    QStringList titles;
    for (qsizetype column = 0; column < columns; ++column) {
        titles.append(column < header.size()
                          ? columnTitle(header, column) + QStringLiteral("\n→ ") +
                                targetText(chosen->target(column))
                          : tr("(no column)"));
    }
    m_previewModel->setHorizontalHeaderLabels(titles);
}

void CsvImportDialog::buildColumnChoices()
{
    while (m_columnsForm->rowCount() > 0)
        m_columnsForm->removeRow(0);
    m_targets.clear();
    if (!m_automatic)
        return;
    const QStringList &header = m_preview.header;
    for (qsizetype column = 0; column < header.size(); ++column) {
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("csvColumnTarget%1").arg(column));
        for (const QString &field : m_model->action().inputFields)
            addTarget(combo, Target::inputField(field));
        if (!header.at(column).trimmed().isEmpty())
            addTarget(combo, Target::customDataKey(header.at(column)));
        addTarget(combo, Target::customDataPairs());
        addTarget(combo, Target::ignored());
        const Target automatic = m_automatic->target(column);
        for (int item = 0; item < combo->count(); ++item) {
            if (combo->itemData(item, kKindRole).toInt() == int(automatic.kind) &&
                combo->itemData(item, kNameRole).toString() == automatic.name)
                combo->setCurrentIndex(item);
        }
        auto *label = new QLabel(columnTitle(header, column), m_columns);
        label->setBuddy(combo);
        combo->setAccessibleName(tr("Column %1 feeds").arg(columnTitle(header, column)));
        m_columnsForm->addRow(label, combo);
        m_targets.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::onTargetChosen);
    }
}

void CsvImportDialog::onTargetChosen()
{
    fillPreviewTable();
    checkMapping();
}

void CsvImportDialog::checkMapping()
{
    const std::optional<ColumnMapping> chosen = mapping();
    m_mappingValid = chosen.has_value();
    QStringList lines;
    if (chosen) {
        for (const LaunchProblem &problem : chosen->problems()) {
            m_mappingValid = m_mappingValid && !problem.isError();
            lines.append(problem.message());
        }
    }
    m_mappingMessage->showMessage(lines.join(QLatin1Char('\n')));
    setRunning(m_job->isRunning());
}

void CsvImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelImportButton->setVisible(running);
    if (running)
        m_progress->setValue(0);
    m_chooseButton->setEnabled(!running);
    m_delimiter->setEnabled(!running && m_automatic.has_value());
    m_columns->setEnabled(!running);
    m_importButton->setEnabled(!running && m_mappingValid && m_importFirst < 0);
}

void CsvImportDialog::onProgress(qint64 bytesRead, qint64 totalBytes)
{
    m_progress->setValue(int(bytesRead * 1000 / std::max<qint64>(1, totalBytes)));
}

void CsvImportDialog::onFinished(const CsvImportJob::Result &result)
{
    m_importFirst = m_model->rowCount();
    m_importCount = int(result.rows.size());
    m_model->appendImportedRows(result.rows);
    setRunning(false);

    m_problems->clear();
    qsizetype problems = 0;
    const CsvImport::Row *firstBad = nullptr;
    for (const CsvImport::Row &row : result.rows) {
        if (!firstBad && row.hasErrors())
            firstBad = &row;
        for (const LaunchProblem &problem : row.problems) {
            if (++problems <= kListedProblems)
                m_problems->addItem(row.describe(problem));
        }
    }
    if (problems > kListedProblems)
        m_problems->addItem(
            tr("… and %1 more, marked in the table.")
                .arg(CountText::of(problems - kListedProblems,
                                   QT_TRANSLATE_N_NOOP("CountText", "%Ln problem(s)"))));
    m_problems->setVisible(problems > 0);

    const int bad = int(m_model->errorRows(m_importFirst, m_importCount).size());
    QString summary =
        tr("%1 imported, %2 with problems")
            .arg(CountText::of(m_importCount, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)")),
                 CountText::number(bad));
    if (firstBad) {
        const auto error = std::find_if(firstBad->problems.cbegin(), firstBad->problems.cend(),
                                        [](const LaunchProblem &p) { return p.isError(); });
        summary += QStringLiteral(" (%1)").arg(firstBad->describe(*error));
    }
    summary += QLatin1Char('.');
    if (bad > 0)
        summary += QLatin1Char(' ') + tr("Fix them in the table, or drop them here.");
    if (result.blankRows > 0 || result.emptyLines > 0)
        summary += QLatin1Char(' ') +
                   tr("Skipped %1 of empty cells and %2.")
                       .arg(CountText::of(result.blankRows,
                                          QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)")),
                            CountText::of(result.emptyLines,
                                          QT_TRANSLATE_N_NOOP("CountText", "%Ln empty line(s)")));
    m_summary->setText(summary);
    m_dropButton->setText(
        tr("&Drop %1 with problems")
            .arg(CountText::of(bad, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))));
    m_dropButton->setVisible(bad > 0);
    m_closeButton->setFocus();
    emit imported(m_importFirst, m_importCount);
}

void CsvImportDialog::onFailed(const QString &reason)
{
    setRunning(false);
    m_fileMessage->showMessage(
        tr("The file could not be imported, so nothing was added: %1").arg(reason));
}

void CsvImportDialog::onCancelled()
{
    setRunning(false);
    m_summary->setText(tr("Import cancelled: nothing was added."));
}

void CsvImportDialog::dropProblemRows()
{
    const QList<int> rows = m_model->errorRows(m_importFirst, m_importCount);
    m_model->removeRowList(rows);
    m_importCount -= int(rows.size());
    m_dropButton->hide();
    m_summary->setText(
        m_summary->text() + QLatin1Char(' ') +
        tr("Dropped %1 with problems; %2 from the file remain.")
            .arg(CountText::of(rows.size(), QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)")),
                 CountText::number(m_importCount)));
    emit imported(m_importFirst, m_importCount);
}
