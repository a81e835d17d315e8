// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/licenseadmincommand.h"

#include "cli/admincli.h"
#include "cli/cliio.h"
#include "cli/licensecommand.h"
#include "cli/servercommand.h"
#include "core/filetransfer.h"
#include "core/licenseparser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int FingerprintTimeoutMs = 180000; // the agent allows the program 120 s
constexpr int UpdateTimeoutMs = 600000; // installer twice (rollback) and verification

const QString ExitHelp = u"\n\nThe token comes from VE_TOKEN (or --token); the pin from --pin or the "
                         "known-servers file ('vectl trust URL --yes').\n\nExit codes: 0 ok, 1 the agent "
                         "refused or failed (its message is printed), 2 unreachable, 3 certificate not "
                         "trusted, 4 authentication failed or not an admin token, 64 usage error"_s;

QString fieldLine(const LicenseFieldChange &change, const QString &indent)
{
    const QString label = QString(LicenseDiff::fieldLabel(change.field) + u':').leftJustified(26);
    QString value;
    if (change.before.isEmpty())
        value = change.after;
    else if (change.after.isEmpty())
        value = change.before + u" → (none)"_s;
    else
        value = change.before + u" → "_s + change.after;
    return indent + label + ServerCommand::printable(value) + u'\n';
}

} // namespace

QString LicenseAdminCommand::diffText(
    const LicenseDiff &diff, bool hasInstalled, const QStringList &conflicts)
{
    QString text;
    if (!hasInstalled)
        text += u"No license is installed: this would be the first one.\n"_s;
    else if (diff.isEmpty())
        text += u"No differences: this license is installed already.\n"_s;
    if (!diff.header.isEmpty()) {
        text += u"License fields:\n"_s;
        for (const LicenseFieldChange &change : diff.header)
            text += fieldLine(change, u"  "_s);
    }
    if (!diff.sections.isEmpty())
        text += u"Product sections:\n"_s;
    for (const LicenseSectionChange &section : diff.sections) {
        const QString mark = section.kind == LicenseSectionChange::Kind::Added ? u"+ added:   "_s
            : section.kind == LicenseSectionChange::Kind::Removed              ? u"- removed: "_s
                                                                               : u"~ changed: "_s;
        text += u"  "_s + mark + ServerCommand::printable(section.label) + u'\n';
        for (const LicenseFieldChange &change : section.fields)
            text += fieldLine(change, u"      "_s);
    }
    for (const QString &conflict : conflicts)
        text += u"Refused: "_s + conflict + u'\n';
    return text;
}

int LicenseAdminCommand::fingerprint(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Have the agent run the license server's fingerprint program (the data Stromasys needs to issue a "
        "license) and save the file. Running it after a license is installed INVALIDATES that license: the "
        "agent refuses then unless --confirm is given."_s
        + ExitHelp + u", 73 FILE cannot be written."_s);
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, u"Where to save the file ('-': stdout)."_s, u"FILE"_s);
    const QCommandLineOption confirm(
        u"confirm"_s, u"Go on although a license is installed (it will be invalidated)."_s);
    parser.addOptions({output, confirm});
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;
    if (parser.value(output).isEmpty())
        return Cli::usageError(invocation.command, u"missing -o FILE"_s);

    const QByteArray body = QJsonDocument(QJsonObject {{u"confirm"_s, parser.isSet(confirm)}}).toJson();
    const Result<QJsonObject> result
        = AdminCli::call(remote, "POST"_ba, u"/api/v1/license/fingerprint"_s, body, FingerprintTimeoutMs);
    if (!result.ok()) {
        const int exit = ServerCommand::reportFailure(remote.url, result.failure, result.error);
        if (result.error.code == "confirmation-required"_L1)
            Cli::writeErr(u"Only if the license will be re-issued anyway: run again with --confirm.\n"_s);
        return exit;
    }
    TransferredFile file;
    QString error;
    if (!FileTransfer::fromJson(result.value, &file, &error)) {
        Cli::writeErr(u"vectl: %1: the fingerprint did not arrive intact: %2\n"_s.arg(
            remote.url.toDisplayString(), error));
        return ServerCommand::ExitAgentError;
    }
    if (!AdminCli::saveFile(parser.value(output), file.data, &error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return ServerCommand::ExitCannotWrite;
    }
    const QString saved = u"Saved the fingerprint (%1 bytes, SHA-256 %2, suggested name %3) to %4.\n"_s.arg(
        QString::number(file.data.size()), file.sha256, file.fileName,
        AdminCli::outputName(parser.value(output)));
    if (parser.value(output) == "-"_L1)
        Cli::writeErr(saved);
    else
        Cli::writeOut(saved);
    return Cli::ExitOk;
}

int LicenseAdminCommand::update(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show what a license file changes against the installed license, then have the agent install it: "
        "it backs up the installed license, runs the installer, checks with license_viewer that the new "
        "license is in force and rolls back if anything fails. The agent refuses a file that is not a "
        "license or that changes the Platform, Customer name or License ID."_s
        + ExitHelp + u", 2 FILE is not a license, 66 FILE cannot be read."_s);
    parser.addPositionalArgument(u"file"_s, u"The license file ('-': stdin)."_s, u"FILE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Only show the comparison; install nothing."_s);
    parser.addOption(dryRun);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote, 1))
        return *exit;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        return Cli::usageError(invocation.command, u"missing FILE"_s);

    QByteArray data;
    bool tooLarge = false;
    QString error;
    if (!Cli::readInput(path, Protocol::MaxLicenseFileBytes, &data, &tooLarge, &error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return Cli::ExitNoInput;
    }
    const License update = LicenseParser::parse(data);
    if (tooLarge || !update.recognised) {
        Cli::writeErr(tooLarge ? u"vectl: %1: a license file is at most %2 KiB\n"_s.arg(Cli::inputName(path))
                                     .arg(Protocol::MaxLicenseFileBytes / 1024)
                               : u"vectl: %1: not a license\n"_s.arg(Cli::inputName(path))
                    + LicenseCommand::diagnosticsText(Cli::inputName(path), update.diagnostics));
        return Cli::ExitNotLicense;
    }

    const Result<QJsonObject> current = AdminCli::call(remote, "GET"_ba, u"/api/v1/license"_s);
    const bool none = !current.ok() && current.error.code == "no-license"_L1;
    if (!current.ok() && !none)
        return ServerCommand::reportFailure(remote.url, current.failure, current.error);
    QString shapeError;
    const License installed = none ? License() : licenseDocumentFromJson(current.value, &shapeError).license;
    const QStringList conflicts = LicenseDiff::identityConflicts(installed, update);
    Cli::writeOut(diffText(LicenseDiff::compare(installed, update), !none, conflicts));
    if (parser.isSet(dryRun)) {
        if (!conflicts.isEmpty())
            Cli::writeOut(u"The agent would refuse this update.\n"_s);
        return conflicts.isEmpty() ? int(Cli::ExitOk) : int(ServerCommand::ExitAgentError);
    }

    const Result<QJsonObject> result
        = AdminCli::call(remote, "PUT"_ba, u"/api/v1/license"_s, data, UpdateTimeoutMs);
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    Cli::writeOut(ServerCommand::printable(result.value.value(u"message"_s).toString()) + u'\n');
    return Cli::ExitOk;
}
