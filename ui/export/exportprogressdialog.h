#pragma once

#include "models/export/exportsummary.h"
#include "models/export/outputexport.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class Session;

// Follows one or more exports (one file per run runs them one after the
// other): rows, bytes, rate and the time left from the runs' output_count,
// with Cancel, which asks whether to keep the partial file to resume
// later. At the end it says what was written (rows, columns, time, whether
// it matches output_count) with Show in folder and Open, or why it
// stopped, with Resume. The window stays usable meanwhile.
class ExportProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportProgressDialog)

public:
    // One file: the job that writes it, made when it starts (again, to
    // resume).
    struct Task
    {
        QString path;
        std::function<ExportJob *(bool resume, QObject *parent)> make;
        bool resume = false;
    };

    ExportProgressDialog(QList<Task> tasks, QWidget *parent = nullptr);
    // The outputs of runs, one task per request.
    ExportProgressDialog(Session *session, const QList<OutputExport::Request> &requests,
                         QWidget *parent = nullptr);
    ~ExportProgressDialog() override;

    void start();
    bool isRunning() const;
    const QList<ExportSummary> &summaries() const { return m_summaries; }

signals:
    // Every export ended, whatever the outcome.
    void allFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void startCurrent(bool resume);
    void onProgress(const ExportProgress &progress);
    void onFinished(const ExportSummary &summary);
    // True when the export was cancelled (or had ended).
    bool askCancel();
    void showSummary();

    QList<Task> m_requests;
    int m_current = -1;
    QPointer<ExportJob> m_export;
    QList<ExportSummary> m_summaries;
    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_showFolder = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};
