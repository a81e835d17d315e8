// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/esxibindtool.h"

#include <QStringList>
#include <QTimer>

// The simulator's esxi_bind: no process and no script, the same contract as the real program.
// It reads the default answer script's answers (type, host, port, user, password, "yes"),
// prompts and reports progress with short pauses, and checks what it got: an unknown type
// (exit 2), a port that is not a number (2), an empty user (2), no "yes" (1, aborted). The
// simulated vSphere refuses the password "wrong" (exit 3, login failed), so a failed run can be
// shown too. On success it writes the binding record (type, host, port, user, time; never the
// password) to bindingFile and exits 0.
class SimulatedEsxiBind : public EsxiBindTool
{
    Q_OBJECT

public:
    SimulatedEsxiBind(const QString &bindingFile, QObject *parent = nullptr);

    void start(const QByteArray &standardInput) override;
    void terminate() override;
    void kill() override;
    QString name() const override;

private:
    QStringList plan(const QStringList &answers) const;
    void step();
    void say(const QString &text);
    void end(int exitCode, bool crashed = false);

    QString m_bindingFile;
    // Output still to come, one entry per pause; "+…" writes the record, "=N" exits with N.
    QStringList m_script;
    QTimer m_timer;
    bool m_running = false;
};
