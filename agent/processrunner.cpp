// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/processrunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxErrorBytes = 64 * 1024;

void appendCapped(QByteArray *to, const QByteArray &data, qint64 cap, bool *truncated)
{
    const qint64 room = cap - to->size();
    if (data.size() > room) {
        if (truncated)
            *truncated = true;
        to->append(data.first(qMax<qint64>(0, room)));
        return;
    }
    to->append(data);
}
} // namespace

QString ProcessResult::describe(const QString &name, int timeoutMs) const
{
    const QString detail = QString::fromUtf8(standardError.trimmed().split('\n').value(0)).left(300);
    switch (outcome) {
    case Outcome::FailedToStart:
        return u"cannot run %1: %2"_s.arg(name, errorString);
    case Outcome::TimedOut:
        return u"%1 did not finish within %2 s and was stopped"_s.arg(name).arg(timeoutMs / 1000.0);
    case Outcome::Crashed:
        return u"%1 crashed"_s.arg(name) + (detail.isEmpty() ? QString() : u": "_s + detail);
    case Outcome::Finished:
        break;
    }
    if (exitCode == 0)
        return u"%1 succeeded"_s.arg(name);
    return u"%1 exited with code %2"_s.arg(name).arg(exitCode)
        + (detail.isEmpty() ? QString() : u": "_s + detail);
}

bool ProcessRunner::isRunnable(const QStringList &command)
{
    if (command.isEmpty() || command.first().isEmpty())
        return false;
    const QString program = command.first();
    if (program.contains(u'/')) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable();
    }
    return !QStandardPaths::findExecutable(program).isEmpty();
}

void ProcessRunner::run(const QStringList &command, const Options &options, QObject *context,
    std::function<void(const ProcessResult &)> done)
{
    auto *runner = new ProcessRunner(options, context, std::move(done));
    if (command.isEmpty()) {
        runner->m_result.errorString = u"no command configured"_s;
        QTimer::singleShot(0, runner, &ProcessRunner::finish);
        return;
    }
    QProcess *p = runner->m_process;
    p->setProgram(command.first());
    p->setArguments(command.mid(1));
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
            env.insert(it.key(), it.value());
        p->setProcessEnvironment(env);
    }
    // Own session and process group, so a timeout can kill the whole tree.
    p->setChildProcessModifier([] { ::setsid(); });
    p->start(QIODevice::ReadWrite);
    QTimer::singleShot(options.timeoutMs, runner, [runner] {
        runner->m_result.outcome = ProcessResult::Outcome::TimedOut;
        runner->killGroup();
    });
}

ProcessRunner::ProcessRunner(
    const Options &options, QObject *context, std::function<void(const ProcessResult &)> done)
    : QObject(context)
    , m_options(options)
    , m_done(std::move(done))
    , m_process(new QProcess(this))
{
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        if (!m_options.standardInput.isEmpty())
            m_process->write(m_options.standardInput);
        m_process->closeWriteChannel();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::drain);
    connect(m_process, &QProcess::readyReadStandardError, this, &ProcessRunner::drain);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end with finished()
        m_result.outcome = ProcessResult::Outcome::FailedToStart;
        m_result.errorString = m_process->errorString();
        finish();
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        drain();
        if (m_result.outcome != ProcessResult::Outcome::TimedOut) {
            m_result.outcome = status == QProcess::CrashExit ? ProcessResult::Outcome::Crashed
                                                             : ProcessResult::Outcome::Finished;
        }
        m_result.exitCode = exitCode;
        m_pid = 0;
        finish();
    });
}

ProcessRunner::~ProcessRunner()
{
    if (!m_finished)
        killGroup();
}

void ProcessRunner::drain()
{
    appendCapped(&m_result.standardOutput, m_process->readAllStandardOutput(), m_options.maxOutputBytes,
        &m_result.truncated);
    appendCapped(&m_result.standardError, m_process->readAllStandardError(), MaxErrorBytes, nullptr);
}

void ProcessRunner::killGroup()
{
    // The child called setsid(): its pid is the id of its process group.
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGKILL);
}

void ProcessRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(m_result);
    deleteLater();
}
