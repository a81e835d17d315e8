// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alert.h"

using namespace Qt::StringLiterals;

QString Alert::makeKey(const QString &serverId, Kind kind, const QString &subject)
{
    return serverId + u'/' + alertKindKey(kind) + u'/' + subject;
}

QString alertKindKey(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Failover:
        return u"failover"_s;
    case Alert::Kind::SwitchBack:
        return u"switch-back"_s;
    case Alert::Kind::GracePeriod:
        return u"grace-period"_s;
    case Alert::Kind::EmulatorStopped:
        return u"emulator-stopped"_s;
    case Alert::Kind::ServiceDown:
        return u"service-down"_s;
    case Alert::Kind::Unreachable:
        return u"unreachable"_s;
    case Alert::Kind::CertificateChanged:
        return u"certificate-changed"_s;
    case Alert::Kind::AuthFailed:
        return u"auth-failed"_s;
    case Alert::Kind::HoursLow:
        return u"hours-low"_s;
    case Alert::Kind::ExpirySoon:
        return u"expiry-soon"_s;
    case Alert::Kind::HostFactDrift:
        break;
    }
    return u"host-fact-drift"_s;
}

QString alertSeverityName(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return u"info"_s;
    case Alert::Severity::Warning:
        return u"warning"_s;
    case Alert::Severity::Critical:
        break;
    }
    return u"critical"_s;
}
