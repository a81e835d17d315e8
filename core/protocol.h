// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Domain types of the management protocol v1 (docs/protocol.md). The agent fills them and
// serialises with the *ToJson functions; the client parses with *FromJson, which accept hostile
// input (wrong types, missing keys) and report what was wrong instead of crashing.

namespace Protocol {
inline constexpr int Version = 1;
inline constexpr quint16 DefaultPort = 8093; // clashes with neither 8083 (emulators) nor 80/8084
inline constexpr int MaxLicenseFileBytes = 64 * 1024; // PUT /api/v1/license refuses larger files
} // namespace Protocol

// Capability names the agent may report in status.capabilities.
namespace Capability {
inline constexpr char16_t License[] = u"license";
inline constexpr char16_t Sessions[] = u"sessions";
inline constexpr char16_t RemainingHours[] = u"remainingHours";
inline constexpr char16_t Logs[] = u"logs";
inline constexpr char16_t Journal[] = u"journal";
inline constexpr char16_t Service[] = u"service";
inline constexpr char16_t Fingerprint[] = u"fingerprint";
inline constexpr char16_t LicenseUpdate[] = u"licenseUpdate";
inline constexpr char16_t Backup[] = u"backup";
inline constexpr char16_t EsxiBind[] = u"esxiBind";
} // namespace Capability

struct ServiceState
{
    QString unit; // "licensed", "CharonLicenseServer", or empty when unknown
    // active | inactive | failed | activating | deactivating | unknown
    QString state = QStringLiteral("unknown");
    QDateTime since; // UTC, invalid when unknown
    qint64 mainPid = 0;
};

struct AgentStatus
{
    QString hostName;
    QString agentVersion;
    int protocol = 0;
    QString backend; // "host" | "simulator"
    QString role = QStringLiteral("unknown"); // primary | backup | peer | unknown
    ServiceState service;
    QDateTime hostClock; // UTC, the agent host's clock when the answer was made
    QStringList capabilities;
    std::optional<double> remainingHours; // COUNTDOWN licenses only, when readable
    std::optional<int> sessionCount;
    QString licenseSummary; // e.g. "COUNTDOWN 01.00000001.002.045 (Stromasys)"
    // Problems of the agent itself an admin must see, e.g. "history: cannot write …: disk full".
    QStringList warnings;

    bool has(QStringView capability) const { return capabilities.contains(capability); }
};

struct Session
{
    QString id;
    QString emulatorHost; // host name of the emulator
    QString address; // its address as the license server sees it
    QString product; // product section name it took a slot of
    QDateTime since; // UTC, login time
    QString state; // active | failover | grace | stopped
    double hoursConsumed = 0;
    QString servedBy; // name of the license server serving it (primary/backup host name)
    // When it lost its server (UTC): the primary (state failover) or every server (state grace);
    // invalid when not known or not lost.
    QDateTime lostSince;
    // State grace: the exact time it stops unless a server serves it (UTC); invalid otherwise.
    QDateTime graceDeadline;
};

struct LicenseDocument
{
    License license;
    QString raw; // license_viewer's text as printed
    std::optional<double> remainingHours; // where known
};

struct ApiError
{
    int httpStatus = 0; // 0 when no HTTP answer came (network, TLS, timeout)
    QString code; // machine code, e.g. "unauthorized", "no-license", "tool-timeout"
    QString message; // human text, shown verbatim
    bool isSet() const { return !code.isEmpty(); }
};

QJsonObject serviceStateToJson(const ServiceState &service); // status.service, service action answers
ServiceState serviceStateFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject statusToJson(const AgentStatus &status);
AgentStatus statusFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject sessionToJson(const Session &session);
Session sessionFromJson(const QJsonObject &object, QString *error = nullptr);
QJsonObject sessionsToJson(const QList<Session> &sessions); // {"sessions": [...]}
QList<Session> sessionsFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject licenseDocumentToJson(const LicenseDocument &doc); // license contract + raw + remainingHours
LicenseDocument licenseDocumentFromJson(const QJsonObject &object, QString *error = nullptr);

QJsonObject errorToJson(const QString &code, const QString &message); // {"error":{"code","message"}}
ApiError errorFromJson(int httpStatus, const QByteArray &body);
