// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AgentServer;

// The log routes (docs/protocol.md "Live logs"), viewer role:
//   GET /api/v1/logs/{source}?lines=N                the last N lines (default 1000, at most
//                                                    1,000,000), streamed as they are read
//   GET /api/v1/logs/{source}/stream?cursor=C        after cursor C, then live
//   GET /api/v1/logs/{source}/stream?backfill=N      the last N lines (default 0), then live
// Both answer chunked NDJSON (core/logwire.h) through a LogTail. {source} must be one of the
// backend's log sources by name (RouteTable already admits only [A-Za-z0-9._-] names): nothing
// else is ever opened. Unknown source → 404, a bad number or cursor → 400.
namespace LogRoutes {
void install(AgentServer &server);
}
