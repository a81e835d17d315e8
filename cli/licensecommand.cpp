// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/licensecommand.h"

#include "cli/cliio.h"
#include "core/licensediff.h"
#include "core/licensejson.h"
#include "core/licenseparser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxLicenseBytes = 16 * 1024 * 1024; // license_viewer prints a few kilobytes

QString valueOrDash(const std::optional<QString> &value)
{
    return value ? *value : u"-"_s;
}

template<typename T> QString numberOrDash(const std::optional<T> &value, const QString &unit = QString())
{
    return value ? QString::number(*value) + unit : u"-"_s;
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(u"yyyy-MM-dd HH:mm:ss") + u" UTC"_s : u"-"_s;
}

QString expirationText(const Expiration &expiration)
{
    if (expiration.kind == Expiration::Kind::Hours)
        return QString::number(expiration.hours) + u" hours of emulator runtime"_s;
    const QString text = LicenseDiff::expirationText(expiration);
    return text.isEmpty() ? u"-"_s : text;
}

QString row(const QString &indent, const QString &label, const QString &value)
{
    const QString key = label + u':';
    return indent + key.leftJustified(24) + value + u'\n';
}

QString extraText(const QString &indent, const QList<KeyValue> &extra)
{
    QString text;
    for (const KeyValue &entry : extra)
        text += indent + (entry.value.isEmpty() ? entry.key : entry.key + u": "_s + entry.value) + u'\n';
    return text.isEmpty() ? text : indent + u"Other lines (kept as printed):\n"_s + text;
}

} // namespace

QString LicenseCommand::summary(const License &license)
{
    QString text;
    text += row({}, u"Format"_s, licenseStyleName(license.style));
    text += row({}, u"Key type"_s, licenseKeyTypeName(license.keyType));
    text += row({}, u"License ID"_s, valueOrDash(license.licenseId));
    text += row({}, u"Customer"_s, valueOrDash(license.customer));
    text += row({}, u"Platform"_s, valueOrDash(license.platform));
    text += row({}, u"Fingerprint"_s, valueOrDash(license.fingerprint));
    text += row({}, u"Release date"_s, dateText(license.releaseDate));
    text += row({}, u"Expiration"_s, expirationText(license.expiration));
    text += row({}, u"Grace period"_s, numberOrDash(license.gracePeriodMinutes, u" minutes"_s));
    text += row({}, u"Check interval"_s, numberOrDash(license.checkIntervalMinutes, u" minutes"_s));
    text += extraText({}, license.extra);
    for (qsizetype i = 0; i < license.products.size(); ++i) {
        const ProductSection &p = license.products.at(i);
        const QString in = u"  "_s;
        text += u"\nProduct section %1 (line %2)\n"_s.arg(i + 1).arg(p.firstLine);
        if (p.name)
            text += row(in, u"Name"_s, *p.name);
        if (!p.virtualHardware.isEmpty())
            text += row(in, u"Virtual hardware"_s, p.virtualHardware.join(u", "));
        if (!p.productCodes.isEmpty())
            text += row(in, u"Product codes"_s, p.productCodes.join(u", "));
        if (p.code)
            text += row(in, u"Code"_s, *p.code);
        text += row(in, u"Version"_s, numberOrDash(p.majorVersion) + u'.' + numberOrDash(p.minorVersion));
        text += row(in, u"Maximum CPUs"_s, numberOrDash(p.maxCpu));
        text += row(in, u"Maximum memory"_s, numberOrDash(p.maxMemoryMB, u" MB"_s));
        text += row(in, u"Instances allowed"_s, numberOrDash(p.instances));
        if (p.expiration.isSet())
            text += row(in, u"Expiration"_s, expirationText(p.expiration));
        if (p.passphrase)
            text += row(in, u"Passphrase"_s, *p.passphrase);
        text += extraText(in, p.extra);
    }
    return text;
}

QString LicenseCommand::diagnosticsText(const QString &source, const QList<Diagnostic> &diagnostics)
{
    QString text;
    for (const Diagnostic &d : diagnostics) {
        text += d.line > 0 ? u"%1:%2: %3\n"_s.arg(source).arg(d.line).arg(d.message)
                           : u"%1: %2\n"_s.arg(source, d.message);
    }
    return text;
}

int LicenseCommand::show(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the license in license_viewer output (legacy KEYSEC/PRODSEC blocks, the readable style or "
        "a mix). Exit codes: 0 a license, 2 not a license, 64 usage error, 66 input not readable."_s);
    parser.addPositionalArgument(
        u"file"_s, u"license_viewer output, or - for standard input."_s, u"FILE|-"_s);
    Cli::GlobalOptions globals;
    if (const auto exit = Cli::parseCommand(parser, invocation, Cli::Globals::Offline, &globals))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return Cli::usageError(invocation.command, files.isEmpty() ? u"missing FILE"_s : u"only one FILE"_s);

    const QString source = Cli::inputName(files.first());
    QByteArray data;
    bool tooLarge = false;
    QString error;
    if (!Cli::readInput(files.first(), MaxLicenseBytes, &data, &tooLarge, &error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return Cli::ExitNoInput;
    }
    if (tooLarge) {
        Cli::writeErr(u"vectl: %1: larger than %2 MiB: not a license_viewer output\n"_s.arg(source).arg(
            MaxLicenseBytes >> 20));
        return Cli::ExitNotLicense;
    }
    const License license = LicenseParser::parse(data);
    Cli::writeErr(diagnosticsText(source, license.diagnostics));
    if (!license.recognised) {
        Cli::writeErr(u"vectl: %1: not a license\n"_s.arg(source));
        return Cli::ExitNotLicense;
    }
    if (globals.json)
        Cli::writeOut(QByteArrayView(QJsonDocument(licenseToJson(license)).toJson(QJsonDocument::Indented)));
    else
        Cli::writeOut(summary(license));
    return Cli::ExitOk;
}
