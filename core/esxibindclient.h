// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"
#include "core/esxibind.h"

#include <QObject>
#include <QPointer>

#include <functional>

// The esxi_bind routes with typed results, for the console's wizard and vectl. Each call goes
// through its own copy of the given client (same URL, token and pin), with a timeout long enough
// for the agent's pre-flight (its three steps may take up to half a minute). Async; callbacks run
// once, from the event loop, unless the EsxiBindClient is destroyed first.
class EsxiBindClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinTimeoutMs = 60000;

    // `client` is only copied (clone()); it need not outlive this object.
    explicit EsxiBindClient(const AgentClient *client, QObject *parent = nullptr);

    void state(std::function<void(const Result<EsxiBindState> &)> done);
    void preflight(
        const QString &host, quint16 port, std::function<void(const Result<EsxiPreflight> &)> done);

    // Runs esxi_bind: onRecord gets the Started, Output and Progress records as they stream in;
    // done gets the Result record's result, or the failure (409 busy, 409 thumbprint-mismatch,
    // 502 preflight-failed, 403 …). A stream that ends without a result fails with Protocol
    // ("bad-response"). One run at a time per EsxiBindClient.
    void run(const EsxiBindTarget &target, std::function<void(const EsxiBindRecord &)> onRecord,
        std::function<void(const Result<EsxiBindResult> &)> done);
    // Drops the run's connection (the agent then stops esxi_bind); its callbacks are not called.
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }

private:
    AgentClient *fresh();

    AgentClient *m_template;
    QPointer<AgentClient> m_run;
};
