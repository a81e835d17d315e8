// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/esxibindtool.h"

#include <QStringList>

class QProcess;

// The configured esxi_bind command as a child process: an argument vector, no shell; nothing of
// the answers is on its command line or in its environment (it inherits the agent's, plus TZ=UTC
// and LC_ALL=C). It runs in its own session and process group, so terminate() and kill() reach
// whatever it started too, and destroying a running EsxiBindProcess kills the group.
//
// ProcessRunner (processrunner.h) is not used: it collects output until the end and knows only
// SIGKILL, while a run must stream and first be asked to stop.
class EsxiBindProcess : public EsxiBindTool
{
    Q_OBJECT

public:
    explicit EsxiBindProcess(const QStringList &command, QObject *parent = nullptr);
    ~EsxiBindProcess() override;

    void start(const QByteArray &standardInput) override;
    void terminate() override;
    void kill() override;
    QString name() const override;

private:
    void signalGroup(int signal);

    QStringList m_command;
    QProcess *m_process;
    QByteArray m_input;
    qint64 m_pid = 0; // while running: the id of its process group too
};
