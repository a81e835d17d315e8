// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QJsonObject>

// The license JSON contract (docs/protocol.md): produced by vectl and the agent, read back by the
// client. licenseFromJson() accepts hostile input: wrong types become diagnostics, never crashes.
QJsonObject licenseToJson(const License &license);
License licenseFromJson(const QJsonObject &object, QString *error = nullptr);
