// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkcommand.h"

#include "cli/cliio.h"
#include "cli/servercommand.h"
#include "core/agentclient.h"
#include "core/alertengine.h"
#include "core/historysample.h"

#include <QEventLoop>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Remote = ServerCommand::Remote;
using State = ServerConnection::State;

const QString Description
    = u"Nagios/Icinga plugin: check a license server (and with --partner its primary/backup pair) for "
      "failover, running grace periods, stopped emulators, a stopped service, low COUNTDOWN hours and a "
      "near expiration date. Prints one status line 'VE LICENSE OK|WARNING|CRITICAL|UNKNOWN - …' with "
      "performance data, then one line per alert.\n\n"
      "The token comes from VE_TOKEN (the partner's from VE_PARTNER_TOKEN, else the same). Without --pin "
      "the pins come from the known-servers file ('vectl trust URL --yes').\n\n"
      "Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (agent unreachable, token refused, certificate "
      "not the pinned one, or a wrong command line)."_s;

// Agent text goes into a one-line plugin output: no control characters, and no '|' (it starts
// the performance data).
QString clean(const QString &text)
{
    return ServerCommand::printable(text).replace(u'|', u'/');
}

template<typename T> Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    QEventLoop loop;
    Result<T> result;
    start([&](const Result<T> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

State stateFor(ClientFailure failure)
{
    switch (failure) {
    case ClientFailure::Unauthorized:
    case ClientFailure::Forbidden:
        return State::AuthFailed;
    case ClientFailure::CertificateChanged:
        return State::CertificateChanged;
    case ClientFailure::Unpinned:
        return State::Untrusted;
    default:
        return State::Unreachable;
    }
}

// One round like ServerConnection's: status, then license and sessions where reported, and the
// agent's history of the remaining hours (for the hours a failover burnt).
ServerSnapshot fetch(const Remote &remote)
{
    AgentClient client;
    ServerCommand::configure(client, remote);
    ServerSnapshot s;
    s.id = remote.url.toDisplayString();
    const auto status = await<AgentStatus>([&](auto done) { client.status(done); });
    if (!status.ok()) {
        s.state = stateFor(status.failure);
        s.errorText = status.error.message;
        return s;
    }
    s.status = status.value;
    s.state = State::Connected;
    if (status.value.has(Capability::License)) {
        const auto license = await<LicenseDocument>([&](auto done) { client.license(done); });
        if (license.ok())
            s.license = license.value;
        else if (license.error.code != "no-license"_L1)
            s.state = State::Degraded;
    }
    if (status.value.has(Capability::Sessions)) {
        const auto sessions = await<QList<Session>>([&](auto done) { client.sessions(done); });
        if (sessions.ok())
            s.sessions = sessions.value;
        else
            s.state = State::Degraded;
    }
    if (status.value.remainingHours) {
        const auto history = await<QJsonObject>(
            [&](auto done) { client.request("GET"_ba, u"/api/v1/history"_s, {}, done); });
        if (history.ok())
            s.hours = hoursSamples(historyFromJson(history.value).samples);
        if (status.value.hostClock.isValid())
            s.hours.append({status.value.hostClock, *status.value.remainingHours});
    }
    return s;
}

// Pair roles from what the agents say; when neither says, the checked server is the primary.
void pair(ServerSnapshot *server, ServerSnapshot *partner)
{
    const bool serverIsBackup = server->status && server->status->role == "backup"_L1;
    const bool partnerIsPrimary = partner->status && partner->status->role == "primary"_L1;
    const bool backup = serverIsBackup || partnerIsPrimary;
    server->pairRole = backup ? ServerEntry::PairRole::Backup : ServerEntry::PairRole::Primary;
    partner->pairRole = backup ? ServerEntry::PairRole::Primary : ServerEntry::PairRole::Backup;
    server->partnerId = partner->id;
    partner->partnerId = server->id;
}

bool isPairKind(Alert::Kind kind)
{
    return kind == Alert::Kind::Failover || kind == Alert::Kind::GracePeriod
        || kind == Alert::Kind::EmulatorStopped;
}

QString perfNumber(double value)
{
    return QString::number(value, 'f', 2);
}

// remaining_hours=H;warn:;crit:;0 sessions=N;;;0 expiry_days=D;warn:;crit: (Nagios ranges: "N:"
// alerts under N).
QString performanceData(const ServerSnapshot &s, const double levels[4])
{
    QStringList perf;
    std::optional<double> hours = s.status->remainingHours;
    if (!hours && s.license)
        hours = s.license->remainingHours;
    if (hours)
        perf.append(u"remaining_hours=%1;%2:;%3:;0"_s.arg(
            perfNumber(*hours), perfNumber(levels[0]), perfNumber(levels[1])));
    if (s.sessions) {
        int served = 0;
        for (const Session &session : *s.sessions) {
            if (session.state != "grace"_L1 && session.state != "stopped"_L1
                && (session.servedBy.isEmpty() || session.servedBy == s.status->hostName))
                ++served;
        }
        perf.append(u"sessions=%1;;;0"_s.arg(served));
    }
    const QDateTime expires = s.license ? AlertConditions::expirationDate(s.license->license) : QDateTime();
    if (expires.isValid() && s.clock().isValid())
        perf.append(
            u"expiry_days=%1;%2:;%3:"_s.arg(perfNumber(double(s.clock().msecsTo(expires)) / 86'400'000.0),
                perfNumber(levels[2]), perfNumber(levels[3])));
    return perf.join(u' ');
}

std::optional<double> level(const QCommandLineParser &parser, const QString &name, double fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    const double value = parser.value(name).toDouble(ok);
    if (!*ok || !std::isfinite(value) || value < 0 || value > 1e6) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QString stateName(int exit)
{
    switch (exit) {
    case CheckCommand::Ok:
        return u"OK"_s;
    case CheckCommand::Warning:
        return u"WARNING"_s;
    case CheckCommand::Critical:
        return u"CRITICAL"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

int usage(const QString &message)
{
    if (!message.isEmpty())
        Cli::usageError(u"check"_s, message);
    Cli::writeOut(u"VE LICENSE UNKNOWN - invalid command line (see 'vectl check --help')\n"_s);
    return CheckCommand::Unknown;
}

} // namespace

int CheckCommand::run(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Description);
    parser.addOptions({
        {u"partner"_s,
            u"The other agent of the primary/backup pair (needed to see a failover from both sides)."_s,
            u"URL"_s},
        {u"partner-pin"_s, u"SHA-256 fingerprint of the partner's certificate."_s, u"SHA256"_s},
        {u"warning-hours"_s, u"WARNING under this many COUNTDOWN hours (default 100)."_s, u"N"_s},
        {u"critical-hours"_s, u"CRITICAL under this many COUNTDOWN hours (default 24)."_s, u"N"_s},
        {u"warning-days"_s, u"WARNING under this many days to the expiration date (default 30)."_s, u"N"_s},
        {u"critical-days"_s, u"CRITICAL under this many days to the expiration date (default 7)."_s, u"N"_s},
    });
    Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit == Cli::ExitOk ? Ok : usage({});

    bool ok = true;
    double levels[4] = {};
    const QStringList names {u"warning-hours"_s, u"critical-hours"_s, u"warning-days"_s, u"critical-days"_s};
    const double defaults[4] = {100, 24, 30, 7};
    for (int i = 0; i < 4; ++i) {
        const auto value = level(parser, names[i], defaults[i], &ok);
        if (!value)
            return usage(u"--%1 takes a number between 0 and 1000000"_s.arg(names[i]));
        levels[i] = *value;
    }
    if (levels[1] > levels[0] || levels[3] > levels[2])
        return usage(u"a critical level must not be above its warning level"_s);
    AlertThresholds thresholds;
    thresholds.hours = {{500, Alert::Severity::Info}, {levels[0], Alert::Severity::Warning},
        {levels[1], Alert::Severity::Critical}};
    thresholds.expiryDays = {{90, Alert::Severity::Info}, {levels[2], Alert::Severity::Warning},
        {levels[3], Alert::Severity::Critical}};
    thresholds.timeZone = QTimeZone::utc();

    std::optional<Remote> partnerRemote;
    if (parser.isSet(u"partner"_s)) {
        partnerRemote.emplace();
        if (const auto exit = ServerCommand::prepareOther(remote, parser.value(u"partner"_s),
                qEnvironmentVariable("VE_PARTNER_TOKEN"), parser.value(u"partner-pin"_s), &*partnerRemote))
            return usage({});
    }

    ServerSnapshot server = fetch(remote);
    std::optional<ServerSnapshot> partner;
    if (partnerRemote) {
        partner = fetch(*partnerRemote);
        pair(&server, &*partner);
    }
    AlertEngine engine;
    engine.setThresholds(thresholds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    engine.update(server, now);
    if (partner)
        engine.update(*partner, now);

    const QString name = clean(server.displayName());
    if (!server.isObservable()) {
        const QString why = server.state == State::Untrusted
            ? u"the certificate is not pinned: run 'vectl trust %1 --yes' after checking it"_s.arg(server.id)
            : server.errorText;
        Cli::writeOut(u"VE LICENSE UNKNOWN - %1: %2\n"_s.arg(name, clean(why)));
        return Unknown;
    }

    QList<Alert> alerts;
    int exit = Ok;
    for (const Alert &a : engine.openAlerts()) {
        if (a.serverId != server.id && !isPairKind(a.kind))
            continue;
        alerts.append(a);
        exit = std::max(exit,
            a.severity == Alert::Severity::Critical      ? int(Critical)
                : a.severity == Alert::Severity::Warning ? int(Warning)
                                                         : int(Ok));
    }
    QStringList lines;
    if (partner && !partner->isObservable()) {
        exit = std::max(exit, int(Warning));
        lines.append(u"WARNING: the partner %1 cannot be checked (%2): pair conditions may be missing."_s.arg(
            clean(partner->displayName()), clean(partner->errorText)));
    }
    QStringList titles;
    for (const Alert &a : std::as_const(alerts)) {
        if (a.severity != Alert::Severity::Info && !titles.contains(a.title))
            titles.append(a.title);
        lines.append(alertSeverityName(a.severity).toUpper() + u": "_s + clean(a.text));
    }
    const QString summary = u"VE LICENSE %1 - %2: %3"_s.arg(stateName(exit), name,
        titles.isEmpty() ? (exit == Ok ? u"no problem found"_s : u"partner not checked"_s)
                         : titles.join(u"; "_s));
    const QString perf = performanceData(server, levels);
    Cli::writeOut(summary + (perf.isEmpty() ? QString() : u" | "_s + perf) + u'\n');
    for (const QString &line : std::as_const(lines))
        Cli::writeOut(line + u'\n');
    return exit;
}
