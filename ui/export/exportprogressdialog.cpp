#include "ui/export/exportprogressdialog.h"

#include "models/session/session.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

QString duration(qint64 ms)
{
    if (ms < 10000)
        return ExportProgressDialog::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 120)
        return ExportProgressDialog::tr("%1 s").arg(seconds);
    return ExportProgressDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

namespace {

QList<ExportProgressDialog::Task> outputTasks(Session *session,
                                              const QList<OutputExport::Request> &requests)
{
    QList<ExportProgressDialog::Task> tasks;
    QPointer<Session> guarded(session);
    for (const OutputExport::Request &request : requests) {
        tasks.append({request.path,
                      [guarded, request](bool resume, QObject *parent) -> ExportJob * {
                          if (!guarded)
                              return nullptr;
                          OutputExport::Request again = request;
                          again.resume = resume;
                          return guarded->newOutputExport(again, parent);
                      },
                      request.resume});
    }
    return tasks;
}

} // namespace

ExportProgressDialog::ExportProgressDialog(Session *session,
                                           const QList<OutputExport::Request> &requests,
                                           QWidget *parent)
    : ExportProgressDialog(outputTasks(session, requests), parent)
{}

ExportProgressDialog::ExportProgressDialog(QList<Task> tasks, QWidget *parent)
    : QDialog(parent)
    , m_requests(std::move(tasks))
{
    setObjectName(QStringLiteral("exportProgressDialog"));
    setWindowTitle(tr("Export"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("exportProgressBar"));
    layout->addWidget(m_bar);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("exportCounts"));
    layout->addWidget(m_counts);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("exportRate"));
    layout->addWidget(m_rate);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_showFolder = new QPushButton(tr("Show in &folder"), this);
    m_showFolder->setObjectName(QStringLiteral("exportShowFolder"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("exportOpen"));
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("exportResume"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("exportClose"));
    buttons->addWidget(m_showFolder);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    for (QPushButton *button : {m_showFolder, m_open, m_resume, m_close})
        button->hide();

    connect(m_cancel, &QPushButton::clicked, this, &ExportProgressDialog::askCancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_summaries.removeLast();
        startCurrent(true);
    });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        const QString path = m_summaries.isEmpty() ? QString() : m_summaries.last().path;
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_summaries.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_summaries.last().path));
    });
}

ExportProgressDialog::~ExportProgressDialog() = default;

bool ExportProgressDialog::isRunning() const
{
    return m_export && m_export->isRunning();
}

void ExportProgressDialog::start()
{
    m_current = 0;
    startCurrent(m_requests.value(0).resume);
}

void ExportProgressDialog::startCurrent(bool resume)
{
    if (m_current < 0 || m_current >= m_requests.size())
        return;
    if (m_export)
        m_export->deleteLater();
    const Task &task = m_requests.at(m_current);
    const QString file = QDir::toNativeSeparators(task.path);
    const QString count = m_requests.size() > 1
                              ? tr("File %1 of %2: ").arg(m_current + 1).arg(m_requests.size())
                              : QString();
    m_title->setText(count + tr("Exporting to %1").arg(file));
    m_summary->hide();
    m_counts->setText(tr("Reading the run…"));
    m_counts->show();
    m_rate->clear();
    m_rate->show();
    m_bar->setRange(0, 0);
    for (QPushButton *button : {m_showFolder, m_open, m_resume, m_close})
        button->hide();
    m_cancel->show();
    m_cancel->setDefault(true);
    m_export = task.make(resume, this);
    if (!m_export) {
        ExportSummary gone;
        gone.message = tr("The connection was closed.");
        onFinished(gone);
        return;
    }
    connect(m_export, &ExportJob::progressed, this, &ExportProgressDialog::onProgress);
    connect(m_export, &ExportJob::finished, this, &ExportProgressDialog::onFinished);
    m_export->start();
}

void ExportProgressDialog::onProgress(const ExportProgress &progress)
{
    const QLocale locale;
    const bool known = progress.expectedRows > 0;
    if (progress.finishing) {
        m_bar->setRange(0, 0);
        m_counts->setText(
            tr("Settling the file: %1 rows written…").arg(locale.toString(progress.rows)));
        m_rate->clear();
        return;
    }
    if (known) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, 1000 * progress.rows / progress.expectedRows)));
    }
    m_counts->setText(
        (known ? tr("%1 of %2 rows")
                     .arg(locale.toString(progress.rows), locale.toString(progress.expectedRows))
               : tr("%Ln row(s)", nullptr,
                    int(std::min<qint64>(progress.rows, std::numeric_limits<int>::max())))) +
        tr(", %1 written").arg(locale.formattedDataSize(progress.bytes)));
    if (progress.elapsedMs < 500)
        return;
    const double rate = progress.rows * 1000.0 / progress.elapsedMs;
    QString text = tr("%1 rows/s").arg(locale.toString(qRound64(rate)));
    if (known && rate > 0 && progress.expectedRows > progress.rows)
        text += tr(", about %1 left")
                    .arg(duration(qint64((progress.expectedRows - progress.rows) / rate * 1000)));
    m_rate->setText(text);
}

void ExportProgressDialog::onFinished(const ExportSummary &summary)
{
    m_summaries.append(summary);
    const bool goOn = summary.outcome == ExportSummary::Outcome::Complete ||
                      summary.outcome == ExportSummary::Outcome::Incomplete;
    if (goOn && m_current + 1 < m_requests.size()) {
        ++m_current;
        startCurrent(m_requests.at(m_current).resume);
        return;
    }
    showSummary();
    emit allFinished();
}

void ExportProgressDialog::showSummary()
{
    const ExportSummary &last = m_summaries.last();
    const QLocale locale;
    QStringList lines;
    for (const ExportSummary &summary : std::as_const(m_summaries)) {
        const QString file = QDir::toNativeSeparators(summary.path);
        switch (summary.outcome) {
        case ExportSummary::Outcome::Complete:
        case ExportSummary::Outcome::Incomplete: {
            QString line = tr("<b>%1 rows</b> and %2 columns written to %3 in %4.")
                               .arg(locale.toString(summary.rows))
                               .arg(summary.columns)
                               .arg(file.toHtmlEscaped(), duration(summary.elapsedMs));
            if (summary.isComplete() && summary.checkedOutputCount)
                line +=
                    QLatin1Char(' ') + tr("Every output is there: the runs' output_count is %1.")
                                           .arg(locale.toString(summary.rows));
            else
                line += QStringLiteral("<br><b>%1</b> %2")
                            .arg(tr("Not complete:"), summary.message.toHtmlEscaped());
            lines << line;
            break;
        }
        case ExportSummary::Outcome::Failed:
            lines << tr("<b>The export stopped.</b> %1").arg(summary.message.toHtmlEscaped());
            break;
        case ExportSummary::Outcome::Cancelled:
            lines << tr("<b>Cancelled.</b> %1").arg(summary.message.toHtmlEscaped());
            break;
        }
    }
    m_title->setText(last.isComplete() && m_summaries.size() == m_requests.size()
                         ? tr("Export finished")
                         : tr("Export ended"));
    m_summary->setText(lines.join(QStringLiteral("<br><br>")));
    m_summary->show();
    m_counts->hide();
    m_rate->hide();
    m_bar->setRange(0, 1);
    m_bar->setValue(last.isComplete() ? 1 : 0);
    const bool written = last.outcome == ExportSummary::Outcome::Complete ||
                         last.outcome == ExportSummary::Outcome::Incomplete;
    m_cancel->hide();
    m_showFolder->setVisible(written || last.resumable);
    m_open->setVisible(written);
    m_resume->setVisible(last.outcome == ExportSummary::Outcome::Failed && last.resumable);
    m_close->show();
    (m_resume->isVisible() ? m_resume : m_close)->setDefault(true);
    (m_resume->isVisible() ? m_resume : m_close)->setFocus();
    adjustSize();
}

bool ExportProgressDialog::askCancel()
{
    if (!isRunning())
        return true;
    if (!m_export->canResume()) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel the export?"), tr("Stop the export? The partial file is removed."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes || !isRunning())
            return !isRunning();
        m_export->cancel(false);
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Cancel the export?"),
                    tr("Keep the rows written so far? A kept export can be resumed later by "
                       "exporting the same runs to the same file."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("exportCancelBox"));
    QPushButton *keep = box.addButton(tr("&Keep and stop"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("&Remove and stop"), QMessageBox::DestructiveRole);
    QPushButton *goOn = box.addButton(tr("Continue &exporting"), QMessageBox::RejectRole);
    box.setDefaultButton(goOn);
    box.exec();
    if (!isRunning())
        return true;
    if (box.clickedButton() == keep)
        m_export->cancel(true);
    else if (box.clickedButton() == remove)
        m_export->cancel(false);
    return box.clickedButton() == keep || box.clickedButton() == remove;
}

void ExportProgressDialog::closeEvent(QCloseEvent *event)
{
    if (!askCancel()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ExportProgressDialog::reject()
{
    if (askCancel())
        QDialog::reject();
}
