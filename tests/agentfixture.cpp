// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/agentfixture.h"

#include "core/fingerprint.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

AgentFixture::AgentFixture()
{
    QDir(m_root.path()).mkpath(u"log"_s);
    QFile log(m_root.filePath(u"log/license.log"_s));
    log.open(QIODevice::WriteOnly);
    const QString sample = QStringLiteral(VE_TEST_DATA_DIR) + u"/license_viewer-readable-countdown.txt"_s;
    setLicenseViewerScript("exec cat '" + sample.toUtf8() + "'\n");
}

void AgentFixture::setLicenseViewerScript(const QByteArray &script)
{
    QFile viewer(m_root.filePath(u"license_viewer"_s));
    if (viewer.open(QIODevice::WriteOnly)) {
        viewer.write("#!/bin/sh\n" + script);
        viewer.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

void AgentFixture::setExtraArguments(const QStringList &arguments)
{
    m_extra = arguments;
}

AgentFixture::~AgentFixture()
{
    kill();
}

bool AgentFixture::start(QString *error)
{
    return launch(u"127.0.0.1:0"_s, error);
}

bool AgentFixture::restart(QString *error)
{
    kill();
    return launch(u"127.0.0.1:"_s + QString::number(url().port()), error);
}

bool AgentFixture::launch(const QString &listen, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(VE_AGENT_BINARY),
        QStringList {u"--state-dir"_s, m_state.path(), u"--root"_s, m_root.path(), u"--listen"_s, listen}
            + m_extra);
    if (!m_process->waitForStarted(10000)) {
        *error = u"ve-agent did not start: "_s + m_process->errorString();
        return false;
    }
    // A separate process: waiting on its pipe cannot deadlock this thread.
    static const QRegularExpression listening(u"listening on (https://\\S+)\n"_s);
    const int endpoints = m_extra.contains(u"--simulate"_s) ? 2 : 1;
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_urls.clear();
        for (auto it = listening.globalMatch(QString::fromUtf8(out)); it.hasNext();)
            m_urls.append(QUrl(it.next().captured(1)));
        if (m_urls.size() >= endpoints)
            return true;
    }
    *error = u"ve-agent did not report listening; stdout: %1; stderr: %2"_s.arg(
        QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

void AgentFixture::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

int AgentFixture::terminate()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(10000) || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

QByteArray AgentFixture::takeOutput()
{
    if (!m_process)
        return {};
    return m_process->readAllStandardOutput() + m_process->readAllStandardError();
}

bool AgentFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 AgentFixture::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QUrl AgentFixture::url() const
{
    return m_urls.value(0);
}

QList<QUrl> AgentFixture::urls() const
{
    return m_urls;
}

QString AgentFixture::stateDir() const
{
    return m_state.path();
}

QString AgentFixture::rootDir() const
{
    return m_root.path();
}

QByteArray AgentFixture::runAgentCommand(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.start(
        QStringLiteral(VE_AGENT_BINARY), arguments + QStringList {u"--state-dir"_s, m_state.path()});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error)
            *error = u"ve-agent %1 failed: %2"_s.arg(
                arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QByteArray AgentFixture::sha256() const
{
    // The last word on the output that parses as a SHA-256 fingerprint.
    const QByteArray out = runAgentCommand({u"fingerprint"_s}, nullptr);
    const QStringList words = QString::fromUtf8(out).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (auto it = words.crbegin(); it != words.crend(); ++it) {
        const QByteArray raw = Fingerprint::fromText(*it);
        if (!raw.isEmpty())
            return raw;
    }
    return {};
}

QString AgentFixture::addToken(const QString &name, const QString &role, QString *error)
{
    const QByteArray out = runAgentCommand({u"token"_s, u"add"_s, name, u"--role"_s, role}, error);
    // The token is the last word printed.
    const QStringList words = QString::fromUtf8(out).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.constLast();
}
