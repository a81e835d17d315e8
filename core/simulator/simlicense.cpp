// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulator/simlicense.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString fingerprintOf(const QString &hostName)
{
    const QByteArray seed = "ve-console-simulator:" + hostName.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QString readableText(const SimLicense &l)
{
    QString out = u"<<License Viewer>> Current license:\n"_s;
    out += u"License fingerprint: "_s + l.fingerprint + u'\n';
    out += u"Customer name: "_s + l.customer + u'\n';
    out += u"License ID: "_s + l.licenseId + u'\n';
    out += u"Key type: "_s + l.keyTypeName() + u'\n';
    if (l.countdown)
        out += u"Expiration date: %1 hour(s)\n"_s.arg(l.countdownHours);
    else
        out += u"Expiration date: "_s + (l.expires.isValid() ? dateText(l.expires) : u"Permanent"_s) + u'\n';
    out += u"Platform: "_s + l.platform + u'\n';
    out += u"Release date: "_s + dateText(l.released) + u'\n';
    out += u"Grace period: %1 minutes\n"_s.arg(l.graceMinutes);
    out += u"License check interval: %1 minutes\n"_s.arg(l.checkIntervalMinutes);
    for (const SimLicense::Product &p : l.products) {
        out += u'\n';
        // The documented output ends the hardware list with a comma when it has several entries.
        out += u"Virtual Hardware: "_s + p.virtualHardware.join(u',')
            + (p.virtualHardware.size() > 1 ? u","_s : QString()) + u'\n';
        out += u"Product code: "_s + p.productCodes.join(u',') + u'\n';
        if (p.expires.isValid())
            out += u"Expiration date: "_s + dateText(p.expires) + u'\n';
        out += u"Major Version: %1\n"_s.arg(p.majorVersion);
        out += u"Minor Version: %1\n"_s.arg(p.minorVersion);
        out += u"Maximum CPU: %1\n"_s.arg(p.maxCpu);
        out += u"Maximum virtual memory: %1MB\n"_s.arg(p.maxMemoryMB);
        out += u"Instances allowed: %1\n"_s.arg(p.instances);
    }
    return out;
}

QString legacyText(const SimLicense &l)
{
    QString out = u"<<License Viewer>> Current license:\nKEYSEC\n"_s;
    out += u"K_FINGER="_s + l.fingerprint + u'\n';
    out += u"K_LICENSE_ID="_s + l.licenseId + u'\n';
    out += u"K_TYPE="_s + l.keyTypeName() + u'\n';
    if (l.countdown)
        out += u"K_EXPIRED=%1\n"_s.arg(l.countdownHours);
    else
        out += u"K_EXPIRED="_s + (l.expires.isValid() ? dateText(l.expires) : u"Permanent"_s) + u'\n';
    out += u"K_CUSTOMER="_s + l.customer + u'\n';
    out += u"K_PLATFORM="_s + l.platform + u'\n';
    out += u"K_R_DATE=%1\n"_s.arg(l.released.toSecsSinceEpoch());
    out += u"K_INTERVAL=%1\nKEYEND\n"_s.arg(l.checkIntervalMinutes);
    for (const SimLicense::Product &p : l.products) {
        out += u"PRODSEC\nP_NAME="_s + p.name + u'\n';
        out += u"P_CODE="_s + p.productCodes.join(u',') + u'\n';
        out += u"P_MAJV=%1\nP_MINV=%2\n"_s.arg(p.majorVersion).arg(p.minorVersion);
        out += u"P_CPU_NUM=%1\nP_MAX_MEM=%2MB\n"_s.arg(p.maxCpu).arg(p.maxMemoryMB);
        out += u"P_INSTANCE=%1\nPRODEND\n"_s.arg(p.instances);
    }
    return out;
}

SimLicense::Product product(const QString &name, const QStringList &hardware, const QStringList &codes,
    int major, int minor, int cpu, qint64 memoryMB, int instances)
{
    SimLicense::Product p;
    p.name = name;
    p.virtualHardware = hardware;
    p.productCodes = codes;
    p.majorVersion = major;
    p.minorVersion = minor;
    p.maxCpu = cpu;
    p.maxMemoryMB = memoryMB;
    p.instances = instances;
    return p;
}

} // namespace

bool SimLicense::Product::matches(QStringView product) const
{
    if (product.isEmpty())
        return false;
    if (name.compare(product, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &hw : virtualHardware) {
        if (hw.compare(product, Qt::CaseInsensitive) == 0 || hw == u"ALL"_s)
            return true;
    }
    return false;
}

QString SimLicense::text() const
{
    return style == Style::Legacy ? legacyText(*this) : readableText(*this);
}

QString SimLicense::keyTypeName() const
{
    return countdown ? u"COUNTDOWN"_s : u"NORMAL"_s;
}

SimLicense SimLicense::defaultPrimary(const QString &hostName, const QDateTime &start)
{
    SimLicense l;
    l.style = Style::Readable;
    l.countdown = false;
    l.expires = start.toUTC().addDays(365);
    l.fingerprint = fingerprintOf(hostName);
    l.customer = u"Example Industries"_s;
    l.licenseId = u"01.00000042.001.017"_s;
    l.platform = u"vmware.esxi"_s;
    l.released = start.toUTC().addDays(-30);
    l.products = {
        product(QString(), {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s},
            {u"Charon-SSP/4V"_s, u"Charon-SSP/4V+"_s}, 5, 3, 16, 65536, 4),
        product(QString(), {u"Charon-PAR"_s}, {u"Charon-PAR/PA9-64"_s}, 3, 0, 8, 32768, 2),
        product(QString(), {u"Charon-AXP"_s, u"Charon-VAX"_s}, {u"Charon-AXP/4100"_s, u"Charon-VAX/4000"_s},
            4, 11, 32, 65536, 2),
    };
    l.products[2].expires = l.expires.addDays(-30);
    return l;
}

SimLicense SimLicense::defaultBackup(const QString &hostName, const QDateTime &start)
{
    SimLicense l;
    l.style = Style::Legacy;
    l.countdown = true;
    l.countdownHours = 100;
    l.fingerprint = fingerprintOf(hostName);
    l.customer = u"Example Industries"_s;
    l.licenseId = u"01.00000042.002.018"_s;
    l.platform = u"amazon.aws"_s;
    l.released = start.toUTC().addDays(-30);
    l.products = {
        product(u"Charon-SSP/4U+"_s, {u"Charon-SSP/4U+"_s}, {u"Charon-SSP/4V+"_s}, 4, 2, 4, 4096, 2),
        product(u"Charon-SSP/4M"_s, {u"Charon-SSP/4M"_s}, {u"Charon-SSP/4V"_s}, 4, 2, 4, 512, 2),
        product(u"Charon-PAR"_s, {u"Charon-PAR"_s}, {u"Charon-PAR/PA9-64"_s}, 3, 0, 4, 8192, 1),
        product(u"Charon-AXP"_s, {u"Charon-AXP"_s}, {u"Charon-AXP/4100"_s}, 4, 11, 4, 8192, 1),
    };
    return l;
}

QString simDurationInWords(int minutes)
{
    if (minutes > 0 && minutes % 60 == 0) {
        const int hours = minutes / 60;
        return hours == 1 ? u"1 hour"_s : u"%1 hours"_s.arg(hours);
    }
    return minutes == 1 ? u"1 minute"_s : u"%1 minutes"_s.arg(minutes);
}
