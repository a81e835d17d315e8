// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AgentServer;

// The administrative routes of the license lifecycle (docs/protocol.md "License lifecycle"):
//   GET  /api/v1/backup[?what=data|instances][&format=json|raw]   admin: a backup, answered as a
//        JSON file answer (core/filetransfer.h) or, with format=raw, as the bytes themselves
//        (Content-Disposition with the file name); both carry X-Content-SHA256
//   GET  /api/v1/backup/status          viewer: when the last backups were taken
//   GET  /api/v1/host-facts             viewer: recorded vs current host facts, drift
//   POST /api/v1/host-facts/accept      admin: the current facts become the baseline
//   GET  /api/v1/audit[?limit=N]        admin: the newest audit entries, newest first
// Also installs LicenseRoutes (licenseroutes.h). Routes of a backend without a LicenseAdmin
// answer 501 not-reported.
namespace AdminRoutes {
void install(AgentServer &server);
}
