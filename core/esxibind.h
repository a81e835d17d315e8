// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The esxi_bind part of the management protocol (docs/protocol.md, "esxi_bind"): binding a
// license server to the ESXi host it runs on, or to the vCenter that manages that host. The agent
// fills these types and serialises them with the *ToJson functions; clients parse with *FromJson,
// which accept hostile input and report what was wrong. Validation of what an admin types lives
// here too, so the console, vectl and the agent refuse the same things with the same words.
namespace EsxiBind {
enum class TargetType { Esxi, VCenter };
inline constexpr quint16 DefaultPort = 443;
inline constexpr int MaxHostLength = 253;
inline constexpr int MaxUserLength = 256;
inline constexpr int MaxPasswordLength = 256;

QString typeName(TargetType type); // "esxi" | "vcenter"
std::optional<TargetType> typeFromName(QStringView name);

// Empty when acceptable, else why not ("the address … is not a host name or an IP address").
// A host is a DNS name or an IPv4/IPv6 literal (IPv6 with or without brackets).
QString checkHost(const QString &host);
// User names and passwords: 1..max characters, no control characters (a line break would
// become a second answer on esxi_bind's standard input).
QString checkUser(const QString &user);
QString checkPassword(const QString &password);
// "host", "host:port", "[v6]:port" → host and port (DefaultPort when absent). False with *error.
bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error);
} // namespace EsxiBind

// What POST /api/v1/esxi-bind sends: the body is the only place the password travels.
struct EsxiBindTarget
{
    EsxiBind::TargetType type = EsxiBind::TargetType::Esxi;
    QString host;
    quint16 port = EsxiBind::DefaultPort;
    QString user;
    QString password;
    QByteArray thumbprint; // raw SHA-256 of the target's certificate, as confirmed by the admin
};

// The pre-flight, run on the license-server host: name → addresses → TCP → TLS handshake.
struct EsxiPreflight
{
    QString host;
    quint16 port = 0;
    bool ok = false;
    QString failedStep; // empty when ok, else "input" | "resolve" | "connect" | "tls"
    QString message; // what happened, in one sentence an admin can act on
    QStringList addresses; // what the name resolved to
    QString connectedAddress; // the address the TCP connection reached
    PeerCertificate certificate; // the target's leaf certificate (after a handshake)
    QStringList certificateProblems; // why a system trust store would not accept it (self-signed …)
    qint64 elapsedMs = 0;
};

// The binding as the license server records it, as far as the agent can read it.
struct EsxiBinding
{
    bool reported = false; // false: "not reported by this server"
    QString source; // the file it was read from
    QString reason; // when not reported: why
    QString type; // "esxi" | "vcenter" | empty when the record does not say
    QString host;
    quint16 port = 0;
    QString user;
    QDateTime time; // when it was bound, when the record says
    QList<QPair<QString, QString>> fields; // every other key of the record (never a secret)
};

// The last POST /api/v1/esxi-bind, from the agent's audit log.
struct EsxiBindLastRun
{
    QDateTime time;
    QString token; // who: the token's name
    QString client; // from which address
    QString type;
    QString host;
    quint16 port = 0;
    QString user;
    QString outcome; // see EsxiBindResult::outcome
    int exitCode = -1;
    QString message;
};

// GET /api/v1/esxi-bind.
struct EsxiBindState
{
    EsxiBinding binding;
    std::optional<EsxiBindLastRun> lastRun;
    bool running = false; // a run is in progress now
    bool canRun = false; // the esxi_bind command is there and runnable
    QString reason; // when !canRun: why
    bool canCheckCredentials = false; // a credentials check route exists (not in this version)
};

// The end of a run (the last record of the stream).
struct EsxiBindResult
{
    // "succeeded" | "failed" (non-zero exit) | "crashed" | "timeout" | "cancelled" | "not-started"
    QString outcome;
    bool ok = false;
    int exitCode = -1; // -1 when it did not exit by itself
    QString message;
    EsxiBinding binding; // after a success, when readable
};

// One line of the run's NDJSON stream.
struct EsxiBindRecord
{
    enum class Kind { Unknown, Started, Output, Progress, Result };
    Kind kind = Kind::Unknown;
    QString text; // Output: one line (or a prompt) of esxi_bind's output, password scrubbed
    qint64 elapsedMs = 0; // Progress
    qint64 timeoutMs = 0; // Started, Progress
    EsxiBindResult result; // Result
};

QJsonObject esxiBindTargetToJson(const EsxiBindTarget &target);
// Every field validated (type, host, port, user, password, thumbprint); *error names the first
// bad one. The password is never part of an error message.
EsxiBindTarget esxiBindTargetFromJson(const QJsonObject &object, QString *error);

QJsonObject esxiPreflightToJson(const EsxiPreflight &preflight);
EsxiPreflight esxiPreflightFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject esxiBindingToJson(const EsxiBinding &binding);
EsxiBinding esxiBindingFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject esxiBindLastRunToJson(const EsxiBindLastRun &run);
EsxiBindLastRun esxiBindLastRunFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject esxiBindStateToJson(const EsxiBindState &state);
EsxiBindState esxiBindStateFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject esxiBindResultToJson(const EsxiBindResult &result);
EsxiBindResult esxiBindResultFromJson(const QJsonObject &object, QString *error = nullptr);

// {"started":{…}}, {"output":"…"}, {"progress":{…}}, {"result":{…}}; anything else is Unknown
// (newer agents may add records: clients skip them).
QJsonObject esxiBindRecordToJson(const EsxiBindRecord &record);
EsxiBindRecord esxiBindRecordFromJson(const QJsonObject &object, QString *error = nullptr);
