// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real ve-agent process (host backend) for integration tests: a temporary state dir, and a
// temporary install root whose license_viewer is a script printing a sample from tests/data.
// Listens on 127.0.0.1 (port 0 on the first start; restart() reuses the port). With extra
// arguments it runs other modes, e.g. {"--simulate", "--time-scale", "60"}: the simulated pair,
// whose two endpoints urls() lists (primary first; restart() gives the primary its old port and
// the backup the next one).
class AgentFixture
{
public:
    AgentFixture();
    ~AgentFixture();

    // Replaces the fake license_viewer (a /bin/sh script body); call before start().
    void setLicenseViewerScript(const QByteArray &script);
    // Appended to the agent's command line on every start; call before start(). With --simulate,
    // start() waits for both endpoints.
    void setExtraArguments(const QStringList &arguments);
    bool start(QString *error);
    bool restart(QString *error); // same port, same state dir (same certificate and tokens)
    void kill(); // SIGKILL, as a crash or a power cut
    int terminate(); // SIGTERM; the exit code, or -1 when it crashed or did not stop
    bool isRunning() const;
    // What the agent printed on stdout and stderr since the last call (after its "listening" lines).
    QByteArray takeOutput();
    qint64 pid() const; // of the running agent, 0 when none

    QUrl url() const; // the first endpoint
    QList<QUrl> urls() const; // every endpoint, in the order the agent printed them
    QByteArray sha256() const; // the agent's certificate fingerprint (ve-agent fingerprint)
    QString addToken(const QString &name, const QString &role, QString *error = nullptr);
    QString stateDir() const;
    QString rootDir() const;

    // Runs a ve-agent subcommand (token add, fingerprint …) on this state dir; returns stdout.
    QByteArray runAgentCommand(const QStringList &arguments, QString *error) const;

private:
    bool launch(const QString &listen, QString *error);

    QTemporaryDir m_state;
    QTemporaryDir m_root;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extra;
    QList<QUrl> m_urls;
};
