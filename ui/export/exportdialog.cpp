#include "ui/export/exportdialog.h"

#include "ui/common/fieldmessage.h"
#include "ui/export/exportcolumnlist.h"
#include "ui/export/exportfilename.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

const QString kGroup = QStringLiteral("export");

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(const QList<Run> &runs, const QStringList &knownColumns, QWidget *parent)
    : QDialog(parent)
    , m_runs(runs)
    , m_knownColumns(knownColumns)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(runs.size() == 1 ? tr("Export outputs")
                                    : tr("Export outputs of %n runs", nullptr, int(runs.size())));
    qint64 outputs = 0;
    for (const Run &run : std::as_const(m_runs))
        outputs += run.outputCount;
    const QLocale locale;
    if (m_runs.size() == 1) {
        const Run &run = m_runs.first();
        m_what = tr("<b>%1</b> — %2, %3")
                     .arg((run.name.isEmpty() ? run.actionName : run.name).toHtmlEscaped(),
                          run.actionName.toHtmlEscaped(),
                          tr("%Ln output(s)", nullptr,
                             int(std::min<qint64>(outputs, std::numeric_limits<int>::max()))));
    } else {
        m_what = tr("<b>%1 runs</b>, %2 outputs in all")
                     .arg(m_runs.size())
                     .arg(locale.toString(outputs));
    }
    const QString name = ExportFileName::forRuns(m_runs, QStringLiteral("x"));
    m_baseName = name.left(name.size() - 2);
    buildForm();
    restoreSettings();
    onFormatChanged();
    onTargetChanged();
}

ExportDialog::ExportDialog(const QString &what, const QString &baseName,
                           const QStringList &knownColumns, bool columnsFixed, QWidget *parent)
    : QDialog(parent)
    , m_what(what)
    , m_baseName(baseName)
    , m_knownColumns(knownColumns)
    , m_columnsFixed(columnsFixed)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    buildForm();
    restoreSettings();
    onFormatChanged();
    onTargetChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(m_what, this);
    summary->setObjectName(QStringLiteral("exportWhat"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets, CRM imports)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON Lines (each output as received)"), int(ExportFormat::JsonLines));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(ExportFormat::Xlsx));
    form->addRow(tr("&Format:"), m_format);

    if (m_runs.size() > 1) {
        auto *target = new QWidget(this);
        auto *targetLayout = new QVBoxLayout(target);
        targetLayout->setContentsMargins(0, 0, 0, 0);
        m_oneFile = new QRadioButton(tr("One file, with a run_uid column"), target);
        m_filePerRun = new QRadioButton(tr("One file per run, in a folder"), target);
        m_oneFile->setObjectName(QStringLiteral("exportOneFile"));
        m_filePerRun->setObjectName(QStringLiteral("exportFilePerRun"));
        m_oneFile->setChecked(true);
        targetLayout->addWidget(m_oneFile);
        targetLayout->addWidget(m_filePerRun);
        form->addRow(tr("Files:"), target);
        connect(m_filePerRun, &QRadioButton::toggled, this, &ExportDialog::onTargetChanged);
    }

    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathRow);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), pathRow);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    form->addRow(tr("F&ile:"), pathRow);
    m_pathMessage = new FieldMessage(m_path, this);
    form->addRow(QString(), m_pathMessage);
    layout->addLayout(form);

    m_csvGroup = new QGroupBox(tr("CSV"), this);
    auto *csvForm = new QFormLayout(m_csvGroup);
    m_delimiter = new QComboBox(m_csvGroup);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; ), for spreadsheets in many European locales"),
                         QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    csvForm->addRow(tr("&Delimiter:"), m_delimiter);
    m_lineEnding = new QComboBox(m_csvGroup);
    m_lineEnding->setObjectName(QStringLiteral("exportLineEnding"));
    m_lineEnding->addItem(tr("CRLF (RFC 4180, Windows)"), QStringLiteral("crlf"));
    m_lineEnding->addItem(tr("LF (Unix tools)"), QStringLiteral("lf"));
    csvForm->addRow(tr("&Line ends:"), m_lineEnding);
    m_bom = new QCheckBox(tr("Start with a UTF-8 byte order mark (Excel reads accents right)"),
                          m_csvGroup);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    csvForm->addRow(m_bom);
    m_guard = new QCheckBox(tr("Guard against formulas: put ' before a cell that starts with "
                               "= + - or @"),
                            m_csvGroup);
    m_guard->setObjectName(QStringLiteral("exportFormulaGuard"));
    m_guard->setToolTip(tr("Scraped text can hold a formula that a spreadsheet would run. Turn "
                           "this off only for files that programs read."));
    csvForm->addRow(m_guard);
    layout->addWidget(m_csvGroup);

    auto *shape = new QFormLayout;
    m_arrays = new QComboBox(this);
    m_arrays->setObjectName(QStringLiteral("exportArrays"));
    m_arrays->addItem(tr("A column per element (experiences.0.title, …)"),
                      QStringLiteral("expand"));
    m_arrays->addItem(tr("One cell per list (values joined with \"; \")"), QStringLiteral("join"));
    shape->addRow(tr("&Lists:"), m_arrays);
    m_runUid = new QCheckBox(tr("Add a run_uid column first"), this);
    m_runUid->setObjectName(QStringLiteral("exportRunUidColumn"));
    shape->addRow(QString(), m_runUid);
    m_customData = new QCheckBox(tr("Add the input's custom_data (runs with one input)"), this);
    m_customData->setObjectName(QStringLiteral("exportCustomData"));
    m_customData->setToolTip(tr("Outputs do not say which input they came from, so custom_data "
                                "can be joined only for a run with a single input."));
    shape->addRow(QString(), m_customData);
    layout->addLayout(shape);

    m_columnsGroup = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(m_columnsGroup);
    m_columns = new ExportColumnList(m_columnsGroup);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setMinimumHeight(160);
    m_columns->setColumns(m_knownColumns);
    columnsLayout->addWidget(m_columns);
    auto *columnsRow = new QHBoxLayout;
    m_columnsNote = new QLabel(m_columnsGroup);
    m_columnsNote->setWordWrap(true);
    auto *reset = new QPushButton(tr("&Reset"), m_columnsGroup);
    columnsRow->addWidget(m_columnsNote, 1);
    columnsRow->addWidget(reset);
    columnsLayout->addLayout(columnsRow);
    layout->addWidget(m_columnsGroup, 1);
    m_columnsGroup->setVisible(!m_columnsFixed);
    // Fixed columns are plain fields: no lists to expand or join.
    shape->setRowVisible(m_arrays, !m_columnsFixed);
    // Records other than outputs come from one place each: no run column.
    m_runUid->setVisible(!m_runs.isEmpty());
    m_customData->setVisible(!m_runs.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runUid, &QCheckBox::clicked, this,
            [this](bool checked) { m_runUidChosen = checked; });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(reset, &QPushButton::clicked, m_columns, &ExportColumnList::restoreDefaults);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_columns, &ExportColumnList::arrangementChanged, this, &ExportDialog::updateState);
}

void ExportDialog::restoreSettings()
{
    QSettings stored;
    stored.beginGroup(kGroup);
    const ExportSettings settings = ExportSettings::fromJson(QJsonObject{
        {QStringLiteral("format"),
         stored.value(QStringLiteral("format"), QStringLiteral("csv")).toString()},
        {QStringLiteral("delimiter"),
         stored.value(QStringLiteral("delimiter"), QStringLiteral(",")).toString()},
        {QStringLiteral("line_ending"),
         stored.value(QStringLiteral("lineEnding"), QStringLiteral("crlf")).toString()},
        {QStringLiteral("bom"), stored.value(QStringLiteral("bom"), false).toBool()},
        {QStringLiteral("formula_guard"),
         stored.value(QStringLiteral("formulaGuard"), true).toBool()},
        {QStringLiteral("arrays"),
         stored.value(QStringLiteral("arrays"), QStringLiteral("expand")).toString()},
    });
    m_format->setCurrentIndex(m_format->findData(int(settings.format)));
    const QJsonObject json = settings.toJson();
    m_delimiter->setCurrentIndex(
        m_delimiter->findData(json.value(QLatin1String("delimiter")).toString()));
    m_lineEnding->setCurrentIndex(
        m_lineEnding->findData(json.value(QLatin1String("line_ending")).toString()));
    m_bom->setChecked(settings.dialect.bom);
    m_guard->setChecked(settings.dialect.formulaGuard);
    m_arrays->setCurrentIndex(m_arrays->findData(json.value(QLatin1String("arrays")).toString()));
    m_runUidChosen = stored.value(QStringLiteral("runUidColumn"), false).toBool();
    m_runUid->setChecked(m_runUidChosen);
    const QString folder = stored.value(QStringLiteral("folder"), defaultFolder()).toString();
    m_path->setText(QDir(folder).filePath(m_baseName + QLatin1Char('.') + suffix()));
}

void ExportDialog::saveSettings() const
{
    const QJsonObject json = settings().toJson();
    QSettings stored;
    stored.beginGroup(kGroup);
    stored.setValue(QStringLiteral("format"), json.value(QLatin1String("format")).toString());
    stored.setValue(QStringLiteral("delimiter"), json.value(QLatin1String("delimiter")).toString());
    stored.setValue(QStringLiteral("lineEnding"),
                    json.value(QLatin1String("line_ending")).toString());
    stored.setValue(QStringLiteral("bom"), m_bom->isChecked());
    stored.setValue(QStringLiteral("formulaGuard"), m_guard->isChecked());
    stored.setValue(QStringLiteral("arrays"), json.value(QLatin1String("arrays")).toString());
    stored.setValue(QStringLiteral("runUidColumn"), m_runUidChosen);
    const QFileInfo target(path());
    stored.setValue(QStringLiteral("folder"),
                    onePerRun() ? target.absoluteFilePath() : target.absolutePath());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::suffix() const
{
    return ExportSettings::suffix(format());
}

void ExportDialog::onFormatChanged()
{
    const bool csv = format() == ExportFormat::Csv;
    const bool jsonl = format() == ExportFormat::JsonLines;
    m_csvGroup->setEnabled(csv);
    // JSON Lines writes each output as received: no columns to shape.
    m_arrays->setEnabled(!jsonl);
    m_runUid->setEnabled(!jsonl && !(m_oneFile && m_oneFile->isChecked()));
    m_columnsGroup->setEnabled(!jsonl);
    m_customData->setEnabled(!jsonl);
    if (!onePerRun()) {
        QFileInfo file(m_path->text());
        if (!file.fileName().isEmpty())
            m_path->setText(
                QDir(file.path()).filePath(file.completeBaseName() + QLatin1Char('.') + suffix()));
    }
    updateState();
}

void ExportDialog::onTargetChanged()
{
    if (m_oneFile) {
        m_runUid->setChecked(m_oneFile->isChecked() || m_runUidChosen);
        const QFileInfo current(m_path->text());
        m_path->setText(onePerRun() ? current.absolutePath()
                                    : QDir(current.absoluteFilePath())
                                          .filePath(m_baseName + QLatin1Char('.') + suffix()));
    }
    onFormatChanged();
}

void ExportDialog::browse()
{
    QString chosen;
    if (onePerRun()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the files"), path());
    } else {
        const QString filter = format() == ExportFormat::Csv    ? tr("CSV files (*.csv)")
                               : format() == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                                : tr("JSON Lines (*.jsonl)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter, nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    }
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updateState()
{
    QString problem;
    const QFileInfo target(path());
    if (path().trimmed().isEmpty()) {
        problem = onePerRun() ? tr("Choose the folder for the files.") : tr("Choose a file.");
    } else if (onePerRun()) {
        if (!target.isDir())
            problem = tr("No such folder.");
    } else if (target.isDir()) {
        problem = tr("This is a folder: add a file name.");
    } else if (!target.absoluteDir().exists()) {
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(target.absolutePath()));
    }
    m_pathMessage->showMessage(problem);
    const int included = m_columns->includedCount();
    if (m_knownColumns.isEmpty()) {
        m_columnsNote->setText(tr("The columns are known once the first outputs have loaded; "
                                  "all of them are exported."));
    } else {
        m_columnsNote->setText(
            tr("%1 of %2 columns. Drag to reorder, untick to leave out, double-click to rename. "
               "Columns that appear in later outputs are added at the end.")
                .arg(included)
                .arg(m_columns->count()));
    }
    m_exportButton->setEnabled(problem.isEmpty() && (included > 0 || m_knownColumns.isEmpty() ||
                                                     format() == ExportFormat::JsonLines));
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings settings;
    settings.format = format();
    const QString delimiter = m_delimiter->currentData().toString();
    settings.dialect.delimiter = delimiter == QLatin1String("tab") ? '\t'
                                 : delimiter == QLatin1String(";") ? ';'
                                                                   : ',';
    settings.dialect.lineEnding = m_lineEnding->currentData().toString() == QLatin1String("lf")
                                      ? LineEnding::Lf
                                      : LineEnding::CrLf;
    settings.dialect.bom = m_bom->isChecked();
    settings.dialect.formulaGuard = m_guard->isChecked();
    settings.arrays = m_arrays->currentData().toString() == QLatin1String("join")
                          ? ArrayHandling::Join
                          : ArrayHandling::Expand;
    if (settings.format == ExportFormat::JsonLines || m_columnsFixed)
        return settings;
    settings.runUidColumn =
        !m_runs.isEmpty() && (m_runUid->isChecked() || (m_oneFile && m_oneFile->isChecked()));
    settings.columns = m_columns->choices();
    settings.customDataColumns = !m_runs.isEmpty() && m_customData->isChecked();
    return settings;
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::onePerRun() const
{
    return m_filePerRun && m_filePerRun->isChecked();
}

QString ExportDialog::pathForRun(const Run &run) const
{
    return QDir(path()).filePath(ExportFileName::forRun(run, suffix()));
}

void ExportDialog::accept()
{
    updateState();
    if (!m_exportButton->isEnabled())
        return;
    saveSettings();
    QDialog::accept();
}
