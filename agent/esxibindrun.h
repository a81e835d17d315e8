// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/secretscrubber.h"
#include "core/esxibind.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class EsxiBindTool;

// One esxi_bind run, from start to result: gives the tool its answers, turns its output into
// records (one per line; a prompt that waits for input without a line break is sent after a
// short pause), scrubs the password from every record, even when it is split across reads,
// reports progress every second, and ends a run that exceeds its timeout or is cancelled
// cleanly: SIGTERM to the tool's process group, SIGKILL after the grace period.
//
// Records, in order: one Started, then any Output and Progress records; then finished() once
// with the result (the caller sends it as the Result record). Output is capped (MaxOutputBytes); what comes
// beyond it is dropped and said so once.
class EsxiBindRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 120000;
        int terminateGraceMs = 3000;
        int promptFlushMs = 250;
        int progressIntervalMs = 1000;
    };
    static constexpr qsizetype MaxLineBytes = 4096;
    static constexpr qint64 MaxOutputBytes = 1024 * 1024;

    // Takes ownership of the tool. `password` is scrubbed from the output.
    EsxiBindRun(
        EsxiBindTool *tool, const QString &password, const Options &options, QObject *parent = nullptr);

    void start(const QByteArray &answers);
    void cancel(); // the client went away: stop the tool; the result is "cancelled"
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void recordReady(const EsxiBindRecord &record);
    void finished(const EsxiBindResult &result);

private:
    void onOutput(const QByteArray &data);
    void emitLines(bool flushPartial);
    void emitText(const QByteArray &line);
    void stop(const QString &outcome);
    void onToolFinished(int exitCode, bool crashed);
    void finish(const EsxiBindResult &result);

    EsxiBindTool *m_tool;
    SecretScrubber m_scrubber;
    Options m_options;
    QByteArray m_line; // scrubbed bytes of the current, incomplete line
    QString m_lastText; // the last non-empty output line, for the failure message
    bool m_afterPrompt = false; // the last record was a prompt (a line without its break)
    qint64 m_outputBytes = 0;
    bool m_outputCapped = false;
    QString m_stopReason; // "timeout" | "cancelled" once a stop began
    bool m_killed = false; // the grace period ran out
    bool m_finished = false;
    QElapsedTimer m_elapsed;
    QTimer m_timeout;
    QTimer m_grace;
    QTimer m_progress;
    QTimer m_promptFlush;
};
