// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The agent's error answers: always JSON {"error":{"code","message"}} (core/protocol.h), for
// every status, including the ones the connection guard sends before QHttpServer sees a request.
namespace HttpErrors {
// Machine codes used by the server itself (backends add their own, e.g. "no-license").
inline constexpr auto NotFound = "not-found";
inline constexpr auto MethodNotAllowed = "method-not-allowed";
inline constexpr auto Unauthorized = "unauthorized";
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto BadRequest = "bad-request";
inline constexpr auto PayloadTooLarge = "payload-too-large";
inline constexpr auto NotReported = "not-reported";
inline constexpr auto Internal = "internal";

QByteArray reasonPhrase(int status);
// Compact JSON body of an error.
QByteArray body(const QString &code, const QString &message);
// A complete HTTP/1.1 answer that also closes the connection (used outside QHttpServer).
QByteArray rawResponse(int status, const QString &code, const QString &message);
// HTTP status for a backend error code: no-license 404, tool-failed 502, tool-timeout 504,
// not-ready 503, not-reported 501; anything else 500.
int statusForCode(const QString &code);
} // namespace HttpErrors
