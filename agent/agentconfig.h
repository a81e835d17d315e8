// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything ve-agent reads from the host, and how it serves, in one place. Defaults come from
// the domain brief (install root /opt/license-server); an INI file (QSettings IniFormat, see
// docs/protocol.md "Agent configuration") overrides any of them; the command line overrides the
// root, the listen address and the state directory.
//
// Commands are argument vectors (program + arguments), never shell lines: the INI value is split
// with QProcess::splitCommand rules (double quotes group, no shell expansion).
struct AgentConfig
{
    static constexpr auto DefaultRoot = "/opt/license-server";
    static constexpr auto DefaultStateDir = "/var/lib/ve-agent";

    // Install root; every default path below is relative to it.
    QString root;

    // Serving
    QHostAddress listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    quint16 listenPort = 0; // set to Protocol::DefaultPort by defaults()
    QString stateDir; // self-signed certificate, tokens, audit log
    QString certificateFile; // empty: <stateDir>/agent.crt (created on first start)
    QString keyFile; // empty: <stateDir>/agent.key
    qint64 maxBodyBytes = 1024 * 1024;
    QString role = QStringLiteral("unknown"); // primary | backup | peer | unknown (not detectable)

    // The license server's artifacts
    QStringList licenseViewer; // prints the installed license
    QString licenseLog; // <root>/log/license.log or <root>/license_log/license.log
    QString errorLog; // <root>/error.log
    QString instancesDb; // <root>/instances.db (AutoVE)
    QStringList esxiBind; // <root>/esxi_bind
    // esxi_bind's answers on standard input, one line each (agent/esxibindanswers.h)
    QStringList esxiBindAnswers;
    QString esxiBindingFile; // the binding record esxi_bind writes, if any (empty: not reported)
    QStringList fingerprintCommand; // <root>/fingerprint
    QStringList installerCommand; // <root>/license_installer
    QStringList sessionsCommand; // optional: prints {"sessions":[…]} (protocol JSON)
    QStringList remainingHoursCommand; // optional: prints a number of hours

    // License lifecycle (hostlicenseadmin.h). The fingerprint and installer commands get the file
    // they work on in place of an argument "{file}", else (the installer) as their last argument.
    QString licenseFile; // the installed license file as the installer leaves it; empty: unknown
    QStringList backupPaths; // files and directories a backup holds; default: the install root
    qint64 backupMaxBytes = 64 * 1024 * 1024;

    // Where the host facts a license is bound to are read (hostfactsreader.h): local files and
    // one local command only, never a network metadata service. An empty entry is not read.
    struct HostFactSources
    {
        QString cpuinfo = QStringLiteral("/proc/cpuinfo");
        QString meminfo = QStringLiteral("/proc/meminfo");
        QString productUuid = QStringLiteral("/sys/class/dmi/id/product_uuid");
        QString machineId = QStringLiteral("/etc/machine-id");
        QString hypervisorType = QStringLiteral("/sys/hypervisor/type");
        QString dmiDir = QStringLiteral("/sys/class/dmi/id"); // sys_vendor, product_name, chassis_asset_tag
        QString cloudInitData = QStringLiteral("/run/cloud-init/instance-data.json");
        QStringList detectVirt = {QStringLiteral("systemd-detect-virt")};
    } hostFacts;

    // Service control
    QString serviceUnit; // empty: detect CharonLicenseServer, then licensed
    QStringList systemctl = {QStringLiteral("systemctl")};
    QStringList journalctl = {QStringLiteral("journalctl")};

    // Timing (milliseconds)
    int toolTimeoutMs = 15000; // license_viewer, sessions/hours commands, systemctl show
    int serviceTimeoutMs = 90000; // systemctl start/stop/restart
    int adminToolTimeoutMs = 120000; // fingerprint program, license installer
    int licenseMaxAgeMs = 60000; // re-run license_viewer when older and someone asks
    int serviceMaxAgeMs = 5000; // re-read the unit state when older and someone asks
    int esxiBindTimeoutMs = 120000; // one esxi_bind run, then SIGTERM, SIGKILL 3 s later
    int preflightTimeoutMs = 10000; // each step of the esxi_bind pre-flight (DNS, TCP, TLS)

    // Defaults for the given install root (empty: DefaultRoot). Detects log/ vs license_log/.
    static AgentConfig defaults(const QString &root = {});

    // Applies the INI file's values over this configuration. server/root in the file is
    // honoured only through load(); here it is ignored. Returns false with *error on a bad value.
    bool applyIni(const QString &file, QString *error);

    // The whole precedence chain: defaults for rootOverride (or the file's server/root, or the
    // default root), then the file's values. file may be empty (no file). False with *error when
    // the file cannot be read or holds a bad value.
    static bool load(const QString &file, const QString &rootOverride, AgentConfig *out, QString *error);

    // Every INI key applyIni() and load() read, as "section/key", in the order of the shipped
    // ve-agent.conf: the documentation check (tests/tst_shippedconfig.cpp) compares the file
    // and the loader against it, so a new key must be added here too.
    static QStringList knownKeys();

    QString effectiveCertificateFile() const;
    QString effectiveKeyFile() const;

    // "ADDR:PORT", "[v6]:PORT" or ":PORT"/"PORT" (all interfaces). False on a malformed value.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};
