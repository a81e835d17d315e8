// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/esxibindrunpage.h"

#include "core/esxibindclient.h"
#include "widgets/esxibindwizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EsxiBindRunPage::EsxiBindRunPage(EsxiBindWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_output(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"esxiBindRunPage"_s);
    setTitle(tr("Running esxi_bind"));
    m_output->setObjectName(u"runOutput"_s);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(10000);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_output->setFont(mono);
    m_output->setAccessibleName(tr("esxi_bind output"));
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 0);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_output, 1);
    m_clock.setInterval(500);
    connect(&m_clock, &QTimer::timeout, this, &EsxiBindRunPage::updateProgress);
}

void EsxiBindRunPage::initializePage()
{
    if (m_started)
        return; // one run per wizard
    m_started = true;
    m_running = true;
    const EsxiBindTarget target = m_wizard->target();
    setSubTitle(
        tr("On %1: binding to %2 %3:%4. The agent checks the thumbprint once more, then runs "
           "esxi_bind and streams its output here.")
            .arg(m_wizard->serverName(),
                target.type == EsxiBind::TargetType::VCenter ? tr("the vCenter") : tr("the ESXi host"),
                target.host)
            .arg(target.port));
    m_status->setText(tr("Checking the target again and starting esxi_bind…"));
    m_elapsed.start();
    m_clock.start();
    QPointer<EsxiBindRunPage> self(this);
    m_wizard->esxi()->run(
        target,
        [self](const EsxiBindRecord &record) {
            if (self)
                self->onRecord(record);
        },
        [self](const Result<EsxiBindResult> &result) {
            if (self)
                self->onFinished(result);
        });
}

bool EsxiBindRunPage::isComplete() const
{
    return m_started && !m_running;
}

void EsxiBindRunPage::cancel()
{
    if (!m_running)
        return;
    m_wizard->esxi()->cancel();
    m_running = false;
    m_clock.stop();
    m_failure = tr("Cancelled: the connection was dropped, so the agent stopped esxi_bind.");
}

void EsxiBindRunPage::onRecord(const EsxiBindRecord &record)
{
    switch (record.kind) {
    case EsxiBindRecord::Kind::Started:
        m_timeoutMs = record.timeoutMs;
        m_status->setText(tr("esxi_bind is running on %1.").arg(m_wizard->serverName()));
        break;
    case EsxiBindRecord::Kind::Output: {
        const bool atEnd = m_output->verticalScrollBar()->value() == m_output->verticalScrollBar()->maximum();
        m_output->appendPlainText(record.text);
        if (atEnd) // follow the output unless the admin scrolled up to read
            m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
        break;
    }
    case EsxiBindRecord::Kind::Progress:
        // The agent's count wins; the local clock only moves it on between records.
        m_timeoutMs = record.timeoutMs;
        m_agentElapsedMs = record.elapsedMs;
        m_elapsed.start();
        updateProgress();
        break;
    case EsxiBindRecord::Kind::Result:
    case EsxiBindRecord::Kind::Unknown:
        break;
    }
}

void EsxiBindRunPage::updateProgress()
{
    if (m_timeoutMs <= 0)
        return;
    const qint64 elapsed = m_agentElapsedMs + m_elapsed.elapsed();
    m_progress->setRange(0, int(m_timeoutMs / 1000));
    m_progress->setValue(int(qMin(elapsed, m_timeoutMs) / 1000));
    m_progress->setFormat(tr("%1 s of at most %2 s").arg(elapsed / 1000).arg(m_timeoutMs / 1000));
}

void EsxiBindRunPage::onFinished(const Result<EsxiBindResult> &result)
{
    m_running = false;
    m_clock.stop();
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (result.ok()) {
        m_result = result.value;
        m_status->setText(result.value.ok ? tr("esxi_bind finished successfully.")
                                          : tr("esxi_bind did not succeed: %1").arg(result.value.message));
    } else {
        m_failure = result.error.code == "thumbprint-mismatch"_L1
            ? tr("Nothing was run: %1").arg(result.error.message)
            : tr("Nothing was run: the agent refused (%1).").arg(result.error.message);
        if (result.failure == ClientFailure::Network || result.failure == ClientFailure::Timeout)
            m_failure = tr("The connection to the agent failed: %1. esxi_bind may have run: check the "
                           "binding, then run the wizard again.")
                            .arg(result.error.message);
        m_status->setText(m_failure);
    }
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}
