// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

struct ProcessResult
{
    enum class Outcome { Finished, FailedToStart, TimedOut, Crashed };
    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput; // capped, see ProcessRunner::Options
    QByteArray standardError; // capped at 64 KiB
    bool truncated = false; // standard output exceeded the cap
    QString errorString; // why it failed to start

    bool succeeded() const { return outcome == Outcome::Finished && exitCode == 0; }
    // "license_viewer exited with code 3: <first line of stderr>", "… did not finish within 15 s" …
    QString describe(const QString &name, int timeoutMs) const;
};

// Runs one command asynchronously: an argument vector (no shell, nothing is interpreted), with a
// timeout and capped output. The child runs in its own process group; on timeout, or when the
// runner's context is destroyed first, the whole group is killed (a hung script cannot leave a
// stray child behind).
class ProcessRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 15000;
        qint64 maxOutputBytes = 4 * 1024 * 1024;
        QByteArray standardInput; // written, then the channel is closed
        QHash<QString, QString> environment; // added to (or replacing in) the inherited one
    };

    // done runs once on context's thread, unless context is destroyed first (then never).
    static void run(const QStringList &command, const Options &options, QObject *context,
        std::function<void(const ProcessResult &)> done);

    // Whether command[0] names an executable: an absolute/relative path that is executable, or
    // a bare name found in PATH.
    static bool isRunnable(const QStringList &command);

    ~ProcessRunner() override;

private:
    ProcessRunner(const Options &options, QObject *context, std::function<void(const ProcessResult &)> done);
    void finish();
    void killGroup();
    void drain();

    Options m_options;
    std::function<void(const ProcessResult &)> m_done;
    QProcess *m_process;
    ProcessResult m_result;
    qint64 m_pid = 0; // while running
    bool m_finished = false;
};
