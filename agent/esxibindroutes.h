// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AgentServer;

// The esxi_bind routes (docs/protocol.md, "esxi_bind"), served from the backend's
// EsxiBindService (Backend::esxiBind(); without one every route answers 501 not-reported):
//   GET  /api/v1/esxi-bind            viewer: the binding as far as readable, the last run
//   POST /api/v1/esxi-bind/preflight  admin:  {host, port} → resolve, TCP, TLS, certificate
//   POST /api/v1/esxi-bind            admin:  {type, host, port, user, password, thumbprint}
// The run refuses a thumbprint that a fresh pre-flight does not confirm (409), runs one at a time
// (409 while another runs) and streams NDJSON records (application/x-ndjson): {"started":…},
// {"output":"…"} (password scrubbed), {"progress":…}, and a last {"result":…}. A client that
// disconnects stops the run. Every run is audited twice: the route's line, and an "esxi_bind"
// line with the target, the type and the outcome in "details" (never the password), which is
// where GET finds the last run.
namespace EsxiBindRoutes {
inline constexpr auto AuditAction = "esxi_bind";
void install(AgentServer &server);
} // namespace EsxiBindRoutes
