// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"
#include "core/esxibind.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

#include <optional>

class EsxiBindWizard;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

// The wizard's Run page: starts esxi_bind when it is shown (the Review page is the commit page,
// so there is no way back), appends its output as it streams, and shows the elapsed time against
// the agent's timeout. Complete once the run ended, whatever the outcome; the Done page shows it.
class EsxiBindRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EsxiBindRunPage(EsxiBindWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    void cancel(); // stops the run: its connection is dropped, the agent stops esxi_bind

    // After the end: the result, or why there is none (the agent refused, the connection failed).
    const std::optional<EsxiBindResult> &result() const { return m_result; }
    QString failure() const { return m_failure; }
    QDateTime finishedAt() const { return m_finishedAt; }

Q_SIGNALS:
    void runFinished();

private:
    void onRecord(const EsxiBindRecord &record);
    void onFinished(const Result<EsxiBindResult> &result);
    void updateProgress();

    EsxiBindWizard *m_wizard;
    QPlainTextEdit *m_output;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer m_clock; // moves the elapsed time between the agent's progress records
    QElapsedTimer m_elapsed; // since the start, then since the agent's last progress record
    qint64 m_agentElapsedMs = 0;
    qint64 m_timeoutMs = 0;
    bool m_running = false;
    bool m_started = false;
    std::optional<EsxiBindResult> m_result;
    QString m_failure;
    QDateTime m_finishedAt;
};
