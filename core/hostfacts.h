// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The facts of a license-server host that a VE license is bound to (docs/protocol.md
// "GET /api/v1/host-facts"): the agent records them at its first start and compares what it reads
// later. A change is "drift" and names its documented consequence (domain brief, "Actions that
// invalidate a license"). Every fact is optional: what cannot be read (no permission, not a
// cloud) is empty and never counts as a change. Plain values and pure functions.
struct HostFacts
{
    std::optional<int> cpuCores; // logical processors the system sees
    std::optional<qint64> memoryMB; // total RAM
    QString productUuid; // DMI product UUID (root-only on most hosts)
    QString machineId; // /etc/machine-id
    QString hypervisor; // "none" (bare metal), "kvm", "vmware", "xen", "microsoft", "amazon" …
    QString cloudProvider; // "aws", "azure", "gcp", "oci", or empty
    QString cloudInstanceType; // e.g. "t3.medium", where readable from local files
    QDateTime readAt; // UTC

    bool isEmpty() const;
};

struct HostFactDrift
{
    QString fact; // "cpuCores", "memoryMB", "productUuid", "machineId", "hypervisor",
                  // "cloudProvider", "cloudInstanceType"
    QString recorded; // as text
    QString current;
    QString message; // "CPU core count changed from 4 to 8: this invalidates the VE license"
    bool invalidates = true; // false: only on some platforms (the message says which)
};

struct HostFactsReport
{
    HostFacts recorded; // at the agent's first start (or the last accepted baseline)
    HostFacts current;
    QList<HostFactDrift> drift;
};

// Which platform-specific actions invalidate this server's license (on top of those of every
// platform): cloud (instance type, shape, size or RAM) and VMware (vMotion, ESXi/vCenter API).
struct PlatformKind
{
    bool cloud = false;
    bool vmware = false;
};

namespace HostFactsCheck {
// From the license's Platform ("amazon.aws", "azure", "oci", "gcp", "vmware" …, any case) and
// the host facts (cloud provider, hypervisor); either may be empty.
PlatformKind platformKind(const QString &licensePlatform, const HostFacts &facts);
// RAM counts as changed only beyond this much (firmware and kernels reserve a little
// differently from boot to boot): max(256 MB, 2 %).
bool memoryDiffers(qint64 recordedMB, qint64 currentMB);
// What a change of `fact` (a HostFactDrift::fact name) from `was` to `now` means, in the
// application's language; empty for a fact this version does not know.
QString describe(const QString &fact, const QString &was, const QString &now, bool invalidates);
// The drift of `current` against `recorded`, in a fixed order of facts.
QList<HostFactDrift> compare(const HostFacts &recorded, const HostFacts &current);
// The drift messages only (for alerts).
QStringList messages(const QList<HostFactDrift> &drift);
} // namespace HostFactsCheck

QJsonObject hostFactsToJson(const HostFacts &facts);
HostFacts hostFactsFromJson(const QJsonObject &object, QString *error = nullptr);
QJsonObject hostFactsReportToJson(const HostFactsReport &report);
HostFactsReport hostFactsReportFromJson(const QJsonObject &object, QString *error = nullptr);
