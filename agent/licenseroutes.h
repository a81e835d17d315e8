// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"

class AgentServer;

// The license routes of the lifecycle (docs/protocol.md "License lifecycle"), admin role:
//   POST /api/v1/license/fingerprint   {"confirm": true} to go on although a license is (or may
//                                       be) installed; without it → 409 confirmation-required
//   PUT  /api/v1/license                body: the license file (at most MaxLicenseBytes)
// Both answer 501 not-reported when the backend cannot do it (Backend::licenseAdmin()).
// The update is refused before anything runs: 413 over the size cap, 422 not-a-license /
// identity-changed (Platform, Customer name or License ID differ from the installed license),
// 409 already-installed, 503 when the installed license is not known yet.
namespace LicenseRoutes {
inline constexpr int MaxLicenseBytes = Protocol::MaxLicenseFileBytes;
void install(AgentServer &server);
} // namespace LicenseRoutes
