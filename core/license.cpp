// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/license.h"

using namespace Qt::StringLiterals;

bool operator==(const ProductSection &a, const ProductSection &b)
{
    // firstLine is where the text stood, not what the license says: two equal sections may stand
    // on different lines (a diff of two license_viewer outputs relies on this).
    return a.name == b.name && a.virtualHardware == b.virtualHardware && a.productCodes == b.productCodes
        && a.code == b.code && a.majorVersion == b.majorVersion && a.minorVersion == b.minorVersion
        && a.maxCpu == b.maxCpu && a.maxMemoryMB == b.maxMemoryMB && a.instances == b.instances
        && a.expiration == b.expiration && a.passphrase == b.passphrase && a.extra == b.extra;
}

QString licenseStyleName(License::Style style)
{
    switch (style) {
    case License::Style::Legacy:
        return u"legacy"_s;
    case License::Style::Readable:
        return u"readable"_s;
    case License::Style::Mixed:
        return u"mixed"_s;
    }
    return u"readable"_s;
}

QString licenseKeyTypeName(License::KeyType type)
{
    switch (type) {
    case License::KeyType::Normal:
        return u"NORMAL"_s;
    case License::KeyType::Countdown:
        return u"COUNTDOWN"_s;
    case License::KeyType::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}
