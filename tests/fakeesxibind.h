// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/faketlsserver.h"
#include "tests/testtiming.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class AgentFixture;

// The VMware side of the esxi_bind tests, all on loopback:
// - target: a TLS server with a known certificate, the "ESXi host" the pre-flight reaches;
// - a fake esxi_bind (a /bin/sh script at <root>/esxi_bind, the agent's default command) that
//   prompts like an interactive tool, reads its answers from standard input, checks each one
//   (type, host 127.0.0.1, the target's port, user, Password, the thumbprint, "yes") and fails
//   with exit code 3 and "error: wrong …" on a wrong one. It writes its argv (also as the kernel
//   sees it, /proc/self/cmdline) to argv.txt and its environment to env.txt, echoes the password
//   (once whole, once split over two writes with a pause between) as a careless tool might, and
//   writes the binding record esxi_binding.conf. User "slow" takes 2 s (scaledMs); user "hang" ignores
//   SIGTERM and sleeps (its pids in hang.pids) until killed;
// - the agent configuration (--config) that uses them: answer script with {thumbprint_hex},
//   binding file, a 3 s run timeout, a 2 s pre-flight step timeout (both scaledMs).
class FakeEsxiBind
{
public:
    static constexpr char Password[] = "S3cret-Pa55word!";
    static constexpr int TimeoutMs = scaledMs(3000);

    FakeEsxiBind();
    ~FakeEsxiBind();

    // Writes the script and the configuration into the fixture's root and points the fixture at
    // them (call before the fixture starts). False with *error.
    bool install(AgentFixture &agent, QString *error);

    FakeTlsServer &target() { return *m_target; }
    quint16 targetPort() const;
    QString file(const QString &name) const; // argv.txt, env.txt, esxi_binding.conf, hang.pids
    QByteArray read(const QString &name) const;
    void removeTraces() const; // argv.txt, env.txt and esxi_binding.conf, before a run
    // Whether every process listed in hang.pids is gone (or a zombie waiting for its parent).
    bool hungProcessesGone() const;

private:
    std::unique_ptr<FakeTlsServer> m_target;
    QString m_root;
};
