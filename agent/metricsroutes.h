// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class AgentServer;
struct BackendFacts;

// GET /metrics (viewer token; docs/protocol.md, "Metrics"): the server's state in the Prometheus
// text exposition format 0.0.4, so existing monitoring stacks can watch many license servers:
// ve_agent_info{version,backend,role,server} 1, ve_service_up, ve_sessions, ve_remaining_hours,
// ve_license_expiry_seconds, ve_failover_active (gauges, each with HELP and TYPE). A value the
// server does not report (no sessions source, a NORMAL license without hours, a permanent
// license) is left out rather than invented.
namespace MetricsRoutes {
inline constexpr auto ContentType = "text/plain; version=0.0.4; charset=utf-8";

void install(AgentServer &server);
QByteArray render(const BackendFacts &facts, const QString &backendKind); // the exposition text
} // namespace MetricsRoutes
