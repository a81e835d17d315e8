// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindrun.h"

#include "agent/esxibindtool.h"

using namespace Qt::StringLiterals;

EsxiBindRun::EsxiBindRun(EsxiBindTool *tool, const QString &password, const Options &options, QObject *parent)
    : QObject(parent)
    , m_tool(tool)
    , m_scrubber({password.toUtf8()})
    , m_options(options)
{
    m_tool->setParent(this);
    connect(m_tool, &EsxiBindTool::outputReceived, this, &EsxiBindRun::onOutput);
    connect(m_tool, &EsxiBindTool::finished, this, &EsxiBindRun::onToolFinished);
    connect(m_tool, &EsxiBindTool::failedToStart, this, [this](const QString &error) {
        EsxiBindResult result;
        result.outcome = u"not-started"_s;
        result.message = u"cannot run %1: %2"_s.arg(m_tool->name(), error);
        finish(result);
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(u"timeout"_s); });
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        m_killed = true;
        m_tool->kill();
    });
    connect(&m_progress, &QTimer::timeout, this, [this] {
        EsxiBindRecord record;
        record.kind = EsxiBindRecord::Kind::Progress;
        record.elapsedMs = m_elapsed.elapsed();
        record.timeoutMs = m_options.timeoutMs;
        Q_EMIT recordReady(record);
    });
    m_promptFlush.setSingleShot(true);
    connect(&m_promptFlush, &QTimer::timeout, this, [this] { emitLines(true); });
}

void EsxiBindRun::start(const QByteArray &answers)
{
    m_elapsed.start();
    EsxiBindRecord started;
    started.kind = EsxiBindRecord::Kind::Started;
    started.text = u"%1 started"_s.arg(m_tool->name());
    started.timeoutMs = m_options.timeoutMs;
    Q_EMIT recordReady(started);
    m_timeout.start(m_options.timeoutMs);
    m_progress.start(m_options.progressIntervalMs);
    m_tool->start(answers);
}

void EsxiBindRun::cancel()
{
    stop(u"cancelled"_s);
}

void EsxiBindRun::stop(const QString &outcome)
{
    if (m_finished || !m_stopReason.isEmpty())
        return;
    m_stopReason = outcome;
    m_tool->terminate();
    m_grace.start(m_options.terminateGraceMs);
}

void EsxiBindRun::onOutput(const QByteArray &data)
{
    m_line += m_scrubber.feed(data);
    emitLines(false);
    // A prompt waits for input without a line break: send it after a short pause.
    if (!m_line.isEmpty() || m_scrubber.pending() > 0)
        m_promptFlush.start(m_options.promptFlushMs);
}

void EsxiBindRun::emitLines(bool flushPartial)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_line.indexOf('\n', start);
        if (nl < 0) {
            if (m_line.size() - start < MaxLineBytes)
                break;
            emitText(m_line.sliced(start, MaxLineBytes)); // an endless line: cut it
            m_afterPrompt = false;
            start += MaxLineBytes;
            continue;
        }
        // The line break that ends a prompt's line (the answer is not echoed) adds nothing.
        if (!(m_afterPrompt && nl == start))
            emitText(m_line.sliced(start, nl - start));
        m_afterPrompt = false;
        start = nl + 1;
    }
    m_line.remove(0, start);
    if (flushPartial && !m_line.isEmpty()) {
        emitText(m_line);
        m_line.clear();
        m_afterPrompt = true;
    }
}

void EsxiBindRun::emitText(const QByteArray &lineIn)
{
    QByteArray line = lineIn;
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_outputCapped)
        return;
    m_outputBytes += line.size() + 1;
    EsxiBindRecord record;
    record.kind = EsxiBindRecord::Kind::Output;
    if (m_outputBytes > MaxOutputBytes) {
        m_outputCapped = true;
        record.text = u"(more than %1 KiB of output: the rest is not shown)"_s.arg(MaxOutputBytes / 1024);
    } else {
        record.text = QString::fromUtf8(line);
        if (!record.text.trimmed().isEmpty())
            m_lastText = record.text.trimmed().left(300);
    }
    Q_EMIT recordReady(record);
}

void EsxiBindRun::onToolFinished(int exitCode, bool crashed)
{
    m_line += m_scrubber.finish();
    emitLines(true);
    EsxiBindResult result;
    const QString name = m_tool->name();
    const int seconds = (m_options.timeoutMs + 999) / 1000;
    if (m_stopReason == "timeout"_L1) {
        result.outcome = m_stopReason;
        result.message = m_killed
            ? u"%1 did not finish within %2 s; it ignored the request to stop and was killed"_s.arg(name).arg(
                seconds)
            : u"%1 did not finish within %2 s and was stopped"_s.arg(name).arg(seconds);
    } else if (m_stopReason == "cancelled"_L1) {
        result.outcome = m_stopReason;
        result.message = u"the client went away, so %1 was stopped"_s.arg(name);
    } else if (crashed) {
        result.outcome = u"crashed"_s;
        result.message = u"%1 ended abnormally (killed by a signal)"_s.arg(name);
    } else {
        result.exitCode = exitCode;
        result.ok = exitCode == 0;
        result.outcome = result.ok ? u"succeeded"_s : u"failed"_s;
        result.message = result.ok ? u"%1 finished successfully"_s.arg(name)
                                   : u"%1 failed with exit code %2"_s.arg(name).arg(exitCode)
                + (m_lastText.isEmpty() ? QString() : u": "_s + m_lastText);
    }
    finish(result);
}

void EsxiBindRun::finish(const EsxiBindResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_grace.stop();
    m_progress.stop();
    m_promptFlush.stop();
    Q_EMIT finished(result);
}
