// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentconfig.h"
#include "core/hostfacts.h"

#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <optional>

// Reads the host facts a VE license is bound to from the configured local sources
// (AgentConfig::HostFactSources): /proc/cpuinfo, /proc/meminfo, the DMI product UUID,
// /etc/machine-id, the hypervisor (systemd-detect-virt, /sys/hypervisor/type or the DMI vendor)
// and the cloud (DMI vendor and asset tag, cloud-init's cached instance data). Never a network
// call: an instance type only local files tell stays empty. What cannot be read stays empty.
namespace HostFactsReader {

// Pure parsers, for any text.
std::optional<int> cpuCount(QByteArrayView cpuinfo); // "processor : N" lines
std::optional<qint64> memoryMB(QByteArrayView meminfo); // MemTotal
QString hypervisorFromDetectVirt(QByteArrayView output); // "none", "kvm", "vmware" …; empty when unusable
// sys_vendor and product_name → "vmware", "kvm", "microsoft", "xen", "amazon", "google"
// "oracle"; empty when they name no hypervisor.
QString hypervisorFromDmi(const QString &vendor, const QString &product);
// sys_vendor, product_name, chassis_asset_tag → "aws", "azure", "gcp", "oci" or empty.
QString cloudProviderFromDmi(const QString &vendor, const QString &product, const QString &assetTag);
// An instance type from cloud-init's instance-data.json (v1.instance_type, or the EC2 / Azure
// metadata cloud-init cached); empty when it names none.
QString instanceTypeFromCloudInit(QByteArrayView json);

// Reads every source; `done` runs once on context's thread (the detect-virt command runs
// asynchronously with timeoutMs), not at all when context is destroyed first.
void read(const AgentConfig::HostFactSources &sources, int timeoutMs, QObject *context,
    std::function<void(const HostFacts &facts)> done);

// The recorded baseline in the state dir (JSON, mode 0600). load: false when the file does not
// exist (no error) or is unreadable or damaged (*error set).
bool loadRecord(const QString &file, HostFacts *facts, QString *error);
bool saveRecord(const QString &file, const HostFacts &facts, QString *error);

} // namespace HostFactsReader
