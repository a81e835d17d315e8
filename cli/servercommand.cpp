// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/servercommand.h"

#include "cli/cliio.h"
#include "cli/licensecommand.h"
#include "core/agentclient.h"
#include "core/fingerprint.h"
#include "core/knownservers.h"

#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using Remote = ServerCommand::Remote;

const QString TokenAndExitHelp
    = u"\n\nThe token is read from the environment variable VE_TOKEN; --token works too, "
      "but a command line is visible to every user of the machine (ps), so prefer "
      "VE_TOKEN. Without --pin, the pin comes from the known-servers file written by "
      "'vectl trust URL --yes' (VE_KNOWN_SERVERS overrides its location).\n\n"
      "Exit codes: 0 ok, 1 the agent answered with an error, 2 unreachable or timed "
      "out, 3 certificate not trusted or changed, 4 authentication failed, "
      "64 usage error."_s;

// Text from the agent goes to a terminal: no control characters (escape sequences) get through.
QString printable(const QString &text, bool keepNewlines = false)
{
    QString out = text;
    for (QChar &c : out) {
        if (keepNewlines && c == u'\n')
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'?';
    }
    return out;
}

QString row(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(18) + value + u'\n';
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss") + u" UTC"_s : u"-"_s;
}

std::optional<QUrl> parseServerUrl(const QString &command, const QString &text, std::optional<int> *exit)
{
    const QUrl url(text.contains(u"://"_s) ? text : u"https://"_s + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != "https"_L1) {
        *exit = Cli::usageError(command, u"'%1' is not an https:// URL of a ve-agent"_s.arg(text));
        return std::nullopt;
    }
    return url;
}

void printKnownServersWarnings(const KnownServers &known)
{
    for (const QString &warning : known.warnings())
        Cli::writeErr(u"vectl: warning: "_s + warning + u'\n');
}

// The pin of remote->url: pinText (--pin) when given, else the known-servers file.
std::optional<int> resolvePin(const QString &command, const QString &pinText, Remote *remote)
{
    if (!pinText.isEmpty()) {
        remote->pin = Fingerprint::fromText(pinText);
        if (remote->pin.isEmpty())
            return Cli::usageError(command, u"--pin takes a SHA-256 fingerprint (64 hex digits)"_s);
        return std::nullopt;
    }
    KnownServers known;
    QString error;
    if (!known.load(&error))
        Cli::writeErr(u"vectl: warning: "_s + error + u'\n');
    printKnownServersWarnings(known);
    remote->pin = known.pin(remote->url);
    return std::nullopt;
}

std::optional<int> prepare(const Cli::Invocation &invocation, const QString &description, Remote *remote)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description + TokenAndExitHelp);
    return ServerCommand::prepareRemote(parser, invocation, remote);
}

int exitCodeFor(ClientFailure failure)
{
    switch (failure) {
    case ClientFailure::None:
        return Cli::ExitOk;
    case ClientFailure::Network:
    case ClientFailure::Timeout:
        return ServerCommand::ExitUnreachable;
    case ClientFailure::Unpinned:
    case ClientFailure::CertificateChanged:
        return ServerCommand::ExitCertificate;
    case ClientFailure::Unauthorized:
    case ClientFailure::Forbidden:
        return ServerCommand::ExitAuthFailed;
    case ClientFailure::Protocol:
    case ClientFailure::Server:
        break;
    }
    return ServerCommand::ExitAgentError;
}

template<typename T> int report(const QUrl &url, const Result<T> &result)
{
    if (result.ok())
        return Cli::ExitOk;
    const QString server = url.toDisplayString();
    QString text = u"vectl: %1: %2"_s.arg(server, printable(result.error.message));
    if (result.failure == ClientFailure::Server || result.failure == ClientFailure::Forbidden)
        text += u" ("_s + printable(result.error.code) + u')';
    text += u'\n';
    if (result.failure == ClientFailure::Unpinned) {
        text += u"Compare it with 've-agent fingerprint' on the server, then pin it with 'vectl trust %1 "
                u"--yes' "
                "or pass --pin.\n"_s.arg(server);
    } else if (result.failure == ClientFailure::CertificateChanged) {
        text
            += u"Refused. If the agent's certificate was replaced on purpose, check the new fingerprint with "
               "'ve-agent fingerprint' on the server, then run 'vectl trust %1 --yes'.\n"_s.arg(server);
    }
    Cli::writeErr(text);
    return exitCodeFor(result.failure);
}

// Runs one call to its end in a local event loop; prints the value or the failure.
template<typename T>
int await(const QUrl &url, const std::function<void(std::function<void(const Result<T> &)>)> &start,
    const std::function<void(const T &)> &print)
{
    QEventLoop loop;
    int exit = Cli::ExitOk;
    start([&](const Result<T> &result) {
        exit = report(url, result);
        if (exit == Cli::ExitOk)
            print(result.value);
        loop.quit();
    });
    loop.exec();
    return exit;
}

template<typename T>
int runRoute(const Cli::Invocation &invocation, const QString &description, const QString &path,
    void (AgentClient::*call)(std::function<void(const Result<T> &)>),
    const std::function<QString(const T &)> &text)
{
    Remote remote;
    if (const auto exit = prepare(invocation, description, &remote))
        return *exit;
    AgentClient client;
    ServerCommand::configure(client, remote);
    if (remote.json) {
        return await<QJsonObject>(
            remote.url, [&](auto done) { client.request("GET"_ba, path, {}, done); },
            [](const QJsonObject &object) { Cli::writeOut(QByteArrayView(QJsonDocument(object).toJson())); });
    }
    return await<T>(
        remote.url, [&](auto done) { (client.*call)(done); },
        [&](const T &value) { Cli::writeOut(text(value)); });
}

QString statusText(const AgentStatus &status)
{
    const qint64 skewMs = QDateTime::currentDateTimeUtc().msecsTo(status.hostClock);
    const QString skew = qAbs(skewMs) < 1000 ? u"in step with this machine"_s
                                             : u"%1 s %2 this machine"_s.arg(qAbs(skewMs) / 1000.0, 0, 'f', 1)
                                                   .arg(skewMs > 0 ? u"ahead of"_s : u"behind"_s);
    const ServiceState &service = status.service;
    QString serviceText = (service.unit.isEmpty() ? u"(unit unknown)"_s : printable(service.unit)) + u": "_s
        + printable(service.state);
    if (service.since.isValid())
        serviceText += u" since "_s + timeText(service.since);
    QString text;
    text += row(u"Host"_s, printable(status.hostName));
    text += row(u"Agent"_s,
        u"ve-agent %1, protocol %2, %3 backend"_s.arg(printable(status.agentVersion))
            .arg(status.protocol)
            .arg(printable(status.backend)));
    text += row(u"Role"_s, printable(status.role));
    text += row(u"Service"_s, serviceText);
    text += row(u"Host clock"_s,
        status.hostClock.isValid() ? timeText(status.hostClock) + u" ("_s + skew + u')' : u"-"_s);
    text += row(u"License"_s, status.licenseSummary.isEmpty() ? u"-"_s : printable(status.licenseSummary));
    if (status.remainingHours)
        text += row(u"Remaining hours"_s, QString::number(*status.remainingHours, 'f', 1));
    if (status.sessionCount)
        text += row(u"Sessions"_s, QString::number(*status.sessionCount));
    text += row(u"Capabilities"_s, printable(status.capabilities.join(u", "_s)));
    return text;
}

QString licenseText(const LicenseDocument &document)
{
    QString text = LicenseCommand::summary(document.license);
    if (document.remainingHours)
        text += u"\nRemaining hours: "_s + QString::number(*document.remainingHours, 'f', 1) + u'\n';
    return printable(text, true);
}

QString sessionsText(const QList<Session> &sessions)
{
    if (sessions.isEmpty())
        return u"No emulator sessions.\n"_s;
    QList<QStringList> rows {{u"ID"_s, u"EMULATOR"_s, u"ADDRESS"_s, u"PRODUCT"_s, u"SINCE"_s, u"STATE"_s,
        u"HOURS"_s, u"SERVED BY"_s}};
    for (const Session &s : sessions) {
        rows.append({s.id, s.emulatorHost, s.address, s.product,
            s.since.isValid() ? s.since.toUTC().toString(u"yyyy-MM-dd HH:mm") : u"-"_s, s.state,
            QString::number(s.hoursConsumed, 'f', 1), s.servedBy});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (QStringList &cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            cells[i] = printable(cells.at(i).left(80));
            widths[i] = qMax(widths.at(i), cells.at(i).size());
        }
    }
    QString text;
    for (const QStringList &cells : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i));
        text += line + u'\n';
    }
    return text;
}

} // namespace

std::optional<int> ServerCommand::prepareRemote(
    QCommandLineParser &parser, const Cli::Invocation &invocation, Remote *remote, qsizetype positionals)
{
    const QCommandLineOption timeout(
        u"timeout"_s, u"Seconds to wait for the agent (default 10)."_s, u"SECONDS"_s, u"10"_s);
    parser.addOption(timeout);
    Cli::GlobalOptions globals;
    if (const auto exit = Cli::parseCommand(parser, invocation, Cli::Globals::Remote, &globals))
        return exit;
    remote->command = invocation.command;
    remote->json = globals.json;
    if (parser.positionalArguments().size() > positionals)
        return Cli::usageError(invocation.command,
            u"unexpected argument '%1'"_s.arg(parser.positionalArguments().at(positionals)));
    if (globals.server.isEmpty())
        return Cli::usageError(invocation.command, u"missing --server URL"_s);
    std::optional<int> exit;
    const auto url = parseServerUrl(invocation.command, globals.server, &exit);
    if (!url)
        return exit;
    remote->url = *url;
    remote->token = globals.token.isEmpty() ? qEnvironmentVariable("VE_TOKEN") : globals.token;
    if (remote->token.isEmpty())
        return Cli::usageError(invocation.command, u"no token: set VE_TOKEN (or pass --token)"_s);
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return Cli::usageError(invocation.command, u"--timeout takes seconds between 0 and 3600"_s);
    remote->timeoutMs = qMax(1, int(seconds * 1000));
    return resolvePin(invocation.command, globals.pin, remote);
}

std::optional<int> ServerCommand::prepareOther(
    const Remote &base, const QString &url, const QString &token, const QString &pinText, Remote *remote)
{
    *remote = base;
    std::optional<int> exit;
    const auto parsed = parseServerUrl(base.command, url, &exit);
    if (!parsed)
        return exit;
    remote->url = *parsed;
    if (!token.isEmpty())
        remote->token = token;
    remote->pin.clear();
    return resolvePin(base.command, pinText, remote);
}

int ServerCommand::reportFailure(const QUrl &url, ClientFailure failure, const ApiError &error)
{
    Result<int> result;
    result.failure = failure;
    result.error = error;
    return report(url, result);
}

void ServerCommand::configure(AgentClient &client, const Remote &remote)
{
    client.setBaseUrl(remote.url);
    client.setToken(remote.token);
    client.setPinnedSha256(remote.pin);
    client.setTimeoutMs(remote.timeoutMs);
}

QString ServerCommand::printable(const QString &text, bool keepNewlines)
{
    return ::printable(text, keepNewlines);
}

int ServerCommand::status(const Cli::Invocation &invocation)
{
    return runRoute<AgentStatus>(invocation,
        u"Show the status of a ve-agent: host, service, clock, license summary."_s, u"/api/v1/status"_s,
        &AgentClient::status, statusText);
}

int ServerCommand::license(const Cli::Invocation &invocation)
{
    return runRoute<LicenseDocument>(invocation, u"Show the license installed on a license server."_s,
        u"/api/v1/license"_s, &AgentClient::license, licenseText);
}

int ServerCommand::sessions(const Cli::Invocation &invocation)
{
    return runRoute<QList<Session>>(invocation, u"List the emulator sessions of a license server."_s,
        u"/api/v1/sessions"_s, &AgentClient::sessions, sessionsText);
}

int ServerCommand::trust(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the certificate a ve-agent presents (SHA-256 fingerprint, subject, validity) and, with --yes, "
        "pin it in the known-servers file that later vectl calls use when no --pin is given. Compare the "
        "fingerprint with 've-agent fingerprint' on the server before you pin it.\n\n"
        "Exit codes: 0 ok, 2 unreachable or timed out, 64 usage error, 66 the known-servers file cannot be "
        "read, 73 it cannot be written."_s);
    parser.addPositionalArgument(u"url"_s, u"The agent, e.g. https://host:8093."_s, u"URL"_s);
    const QCommandLineOption yes(u"yes"_s, u"Pin the certificate (replaces an older pin of this server)."_s);
    parser.addOption(yes);
    Cli::GlobalOptions globals;
    if (const auto exit = Cli::parseCommand(parser, invocation, Cli::Globals::Remote, &globals))
        return *exit;
    QStringList urls = parser.positionalArguments();
    if (urls.isEmpty() && !globals.server.isEmpty())
        urls.append(globals.server);
    if (urls.size() != 1)
        return Cli::usageError(invocation.command, urls.isEmpty() ? u"missing URL"_s : u"only one URL"_s);
    std::optional<int> exit;
    const auto url = parseServerUrl(invocation.command, urls.first(), &exit);
    if (!url)
        return *exit;

    KnownServers known;
    QString error;
    if (!known.load(&error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return Cli::ExitNoInput;
    }
    printKnownServersWarnings(known);

    // Without a pin every agent answers Unpinned, with the certificate: exactly what is needed.
    AgentClient client;
    client.setBaseUrl(*url);
    QEventLoop loop;
    Result<int> result;
    client.ping([&](const Result<int> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.certificate.isNull())
        return report(*url, result);

    const PeerCertificate &cert = result.certificate;
    const QByteArray pinned = known.pin(*url);
    QString text;
    text += row(u"Server"_s, KnownServers::keyFor(*url));
    text += row(u"SHA-256"_s, cert.fingerprintText());
    text += row(u"Subject"_s, printable(cert.subject));
    text += row(u"Issuer"_s, printable(cert.issuer));
    text += row(u"Valid from"_s, timeText(cert.notBefore));
    text += row(u"Valid until"_s, timeText(cert.notAfter));
    if (pinned.isEmpty())
        text += row(u"Pinned"_s, u"no"_s);
    else if (pinned == cert.sha256)
        text += row(u"Pinned"_s, u"yes, this certificate"_s);
    else
        text += row(u"Pinned"_s, u"a DIFFERENT certificate: "_s + Fingerprint::toText(pinned));
    Cli::writeOut(text);

    if (pinned == cert.sha256)
        return Cli::ExitOk;
    if (!parser.isSet(yes)) {
        Cli::writeOut(u"Not pinned. If the fingerprint matches 've-agent fingerprint' on the server, run "
                      "'vectl trust %1 --yes'.\n"_s.arg(url->toDisplayString()));
        return Cli::ExitOk;
    }
    known.setPin(*url, cert.sha256);
    if (!known.save(&error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return ExitCannotWrite;
    }
    if (!pinned.isEmpty())
        Cli::writeErr(u"vectl: warning: replaced the pin %1 of %2\n"_s.arg(
            Fingerprint::toText(pinned), KnownServers::keyFor(*url)));
    Cli::writeOut(u"Pinned in %1.\n"_s.arg(known.path()));
    return Cli::ExitOk;
}
