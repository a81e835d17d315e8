// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real ve-agent process (host backend) for integration tests: a temporary state dir, and a
// temporary install root whose license_viewer is a script printing a sample from tests/data.
// Listens on 127.0.0.1 (port 0 on the first start; restart() reuses the port).
class AgentFixture
{
public:
    AgentFixture();
    ~AgentFixture();

    // Replaces the fake license_viewer (a /bin/sh script body); call before start().
    void setLicenseViewerScript(const QByteArray &script);
    bool start(QString *error);
    bool restart(QString *error); // same port, same state dir (same certificate and tokens)
    void kill(); // SIGKILL, as a crash or a power cut
    bool isRunning() const;

    QUrl url() const;
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
    QUrl m_url;
};
