// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindprocess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

EsxiBindProcess::EsxiBindProcess(const QStringList &command, QObject *parent)
    : EsxiBindTool(parent)
    , m_command(command)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        m_process->write(m_input);
        m_process->closeWriteChannel();
        m_input.clear(); // the answers hold the password: keep no copy here
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
        [this] { Q_EMIT outputReceived(m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failedToStart(m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray rest = m_process->readAllStandardOutput();
        if (!rest.isEmpty())
            Q_EMIT outputReceived(rest);
        m_pid = 0;
        Q_EMIT finished(exitCode, status == QProcess::CrashExit);
    });
}

EsxiBindProcess::~EsxiBindProcess()
{
    signalGroup(SIGKILL);
}

void EsxiBindProcess::start(const QByteArray &standardInput)
{
    if (m_command.isEmpty() || m_command.first().isEmpty()) {
        QTimer::singleShot(
            0, this, [this] { Q_EMIT failedToStart(u"no esxi_bind command is configured"_s); });
        return;
    }
    m_input = standardInput;
    m_process->setProgram(m_command.first());
    m_process->setArguments(m_command.mid(1));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"UTC"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    m_process->setProcessEnvironment(env);
    // Own session and process group, so that a stop reaches the whole tree.
    m_process->setChildProcessModifier([] { ::setsid(); });
    m_process->start(QIODevice::ReadWrite);
}

void EsxiBindProcess::terminate()
{
    signalGroup(SIGTERM);
}

void EsxiBindProcess::kill()
{
    signalGroup(SIGKILL);
}

QString EsxiBindProcess::name() const
{
    return m_command.isEmpty() ? u"esxi_bind"_s : QFileInfo(m_command.first()).fileName();
}

void EsxiBindProcess::signalGroup(int signal)
{
    // The child called setsid(): its pid is the id of its process group.
    if (m_pid > 0)
        ::kill(pid_t(-m_pid), signal);
}
