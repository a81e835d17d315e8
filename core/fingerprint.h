// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// SHA-256 certificate fingerprints as admins read and type them.
namespace Fingerprint {
inline constexpr int Sha256Bytes = 32;

// "AB:CD:…" upper-case hex with colons (what the trust dialog and vectl show).
QString toText(const QByteArray &sha256);
// 64 lower-case hex digits without separators (what the known-servers file stores).
QString toHex(const QByteArray &sha256);
// Accepts 64 hex digits, either case, optionally separated by ':' and optionally prefixed with
// "sha256:" or "SHA256:". Returns the raw 32 bytes, or an empty array when the text is not a
// SHA-256 fingerprint.
QByteArray fromText(QStringView text);
} // namespace Fingerprint
