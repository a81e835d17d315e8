// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/admincommand.h"

#include "cli/admincli.h"
#include "cli/cliio.h"
#include "core/filetransfer.h"
#include "core/hostfacts.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int BackupTimeoutMs = 300000;
constexpr qint64 MaxBackupAnswerBytes = qint64(6) << 27; // 768 MiB: a 4 GiB cap is not for JSON

const QString ExitHelp = u"\n\nThe token comes from VE_TOKEN (or --token); the pin from --pin or the "
                         "known-servers file ('vectl trust URL --yes').\n\nExit codes: 0 ok, 1 the agent "
                         "refused or failed, 2 unreachable, 3 certificate not trusted, 4 authentication "
                         "failed or not an admin token, 64 usage error"_s;

const QString RestoreWarning
    = u"A backup can be restored to this same instance only: restoring it into another "
      "VM or instance invalidates the license. It cannot roll back to an older "
      "license.\n"_s;

QString factsValue(const QJsonObject &facts, const QString &key)
{
    return AdminCli::cell(facts.value(key));
}

void printJson(const QJsonObject &object)
{
    Cli::writeOut(QByteArrayView(QJsonDocument(object).toJson()));
}

} // namespace

int AdminCommand::backup(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Download a backup of the license-server data (a tar archive of the configured files), or with "
        "--instances of instances.db (AutoVE), and save it after checking its SHA-256. "_s
        + RestoreWarning + ExitHelp + u", 73 FILE cannot be written."_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Where to save it ('-': stdout)."_s, u"FILE"_s);
    const QCommandLineOption instances(u"instances"_s, u"Back up instances.db instead (AutoVE)."_s);
    parser.addOptions({output, instances});
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;
    if (parser.value(output).isEmpty())
        return Cli::usageError(invocation.command, u"missing -o FILE"_s);
    const QString path = parser.isSet(instances) ? u"/api/v1/backup?what=instances"_s : u"/api/v1/backup"_s;
    const Result<QJsonObject> result
        = AdminCli::call(remote, "GET"_ba, path, {}, BackupTimeoutMs, MaxBackupAnswerBytes);
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    TransferredFile file;
    QString error;
    if (!FileTransfer::fromJson(result.value, &file, &error)) {
        Cli::writeErr(u"vectl: %1: the backup did not arrive intact, nothing was saved: %2\n"_s.arg(
            remote.url.toDisplayString(), error));
        return ServerCommand::ExitAgentError;
    }
    if (!AdminCli::saveFile(parser.value(output), file.data, &error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return ServerCommand::ExitCannotWrite;
    }
    const QString text
        = u"Saved %1 (%2 bytes) to %3; SHA-256 %4 verified.\n"_s.arg(file.fileName,
              QString::number(file.data.size()), AdminCli::outputName(parser.value(output)), file.sha256)
        + RestoreWarning;
    if (parser.value(output) == "-"_L1)
        Cli::writeErr(text);
    else
        Cli::writeOut(text);
    return Cli::ExitOk;
}

int AdminCommand::hostFacts(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the host facts a VE license is bound to (CPU cores, RAM, machine IDs, hypervisor, cloud "
        "instance type) as the agent recorded them at its first start and as they are now, and every change "
        "with its consequence. --accept (admin) makes the current facts the new baseline once the change "
        "has been dealt with."_s
        + ExitHelp + u"; host-facts also exits 1 when the facts drifted."_s);
    const QCommandLineOption accept(u"accept"_s, u"Record the current facts as the new baseline."_s);
    parser.addOption(accept);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;
    const Result<QJsonObject> result = parser.isSet(accept)
        ? AdminCli::call(remote, "POST"_ba, u"/api/v1/host-facts/accept"_s, "{}"_ba)
        : AdminCli::call(remote, "GET"_ba, u"/api/v1/host-facts"_s);
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    QString shapeError;
    const HostFactsReport report = hostFactsReportFromJson(result.value, &shapeError);
    if (remote.json) {
        printJson(result.value);
        return report.drift.isEmpty() ? int(Cli::ExitOk) : int(ServerCommand::ExitAgentError);
    }
    const QJsonObject recorded = result.value.value(u"recorded"_s).toObject();
    const QJsonObject current = result.value.value(u"current"_s).toObject();
    QList<QStringList> rows {{u"FACT"_s, u"RECORDED"_s, u"CURRENT"_s}};
    const std::pair<QString, QString> facts[]
        = {{u"cpuCores"_s, u"CPU cores"_s}, {u"memoryMB"_s, u"RAM (MB)"_s},
            {u"productUuid"_s, u"DMI product UUID"_s}, {u"machineId"_s, u"Machine ID"_s},
            {u"hypervisor"_s, u"Hypervisor"_s}, {u"cloudProvider"_s, u"Cloud provider"_s},
            {u"cloudInstanceType"_s, u"Cloud instance type"_s}, {u"readAt"_s, u"Read at"_s}};
    for (const auto &[key, label] : facts)
        rows.append({label, factsValue(recorded, key), factsValue(current, key)});
    QString text = AdminCli::table(rows);
    if (report.drift.isEmpty())
        text += u"\nNo drift: the host is as it was recorded.\n"_s;
    for (const HostFactDrift &drift : report.drift)
        text += u"\nDRIFT: "_s + ServerCommand::printable(drift.message) + u'\n';
    if (parser.isSet(accept))
        text += u"\nThe current facts are the new baseline.\n"_s;
    Cli::writeOut(text);
    return report.drift.isEmpty() ? int(Cli::ExitOk) : int(ServerCommand::ExitAgentError);
}

int AdminCommand::audit(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the agent's audit log, newest first: every admin action and every refused attempt at one."_s
        + ExitHelp + u'.');
    const QCommandLineOption limit(
        u"limit"_s, u"How many entries (1 to 1000, default 50)."_s, u"N"_s, u"50"_s);
    parser.addOption(limit);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1 || n > 1000)
        return Cli::usageError(invocation.command, u"--limit takes a number from 1 to 1000"_s);
    const Result<QJsonObject> result = AdminCli::call(remote, "GET"_ba, u"/api/v1/audit?limit=%1"_s.arg(n));
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    if (remote.json) {
        printJson(result.value);
        return Cli::ExitOk;
    }
    QList<QStringList> rows {
        {u"TIME"_s, u"TOKEN"_s, u"CLIENT"_s, u"ACTION"_s, u"STATUS"_s, u"RESULT"_s, u"MESSAGE"_s}};
    const QJsonArray entries = result.value.value(u"entries"_s).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        rows.append({AdminCli::cell(e.value(u"time"_s)), AdminCli::cell(e.value(u"token"_s)),
            AdminCli::cell(e.value(u"client"_s)), AdminCli::cell(e.value(u"action"_s)),
            AdminCli::cell(e.value(u"status"_s)), AdminCli::cell(e.value(u"result"_s)),
            AdminCli::cell(e.value(u"message"_s))});
    }
    Cli::writeOut(entries.isEmpty() ? u"The audit log is empty.\n"_s : AdminCli::table(rows, 120));
    return Cli::ExitOk;
}
