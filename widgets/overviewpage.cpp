// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/overviewpage.h"

#include "core/fingerprint.h"
#include "core/serverconnection.h"
#include "models/licensedisplay.h"
#include "widgets/lifecyclepanel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QStringList &knownCapabilities()
{
    static const QStringList list {
        QString::fromUtf16(Capability::License),
        QString::fromUtf16(Capability::Sessions),
        QString::fromUtf16(Capability::RemainingHours),
        QString::fromUtf16(Capability::Logs),
        QString::fromUtf16(Capability::Journal),
        QString::fromUtf16(Capability::Service),
        QString::fromUtf16(Capability::Fingerprint),
        QString::fromUtf16(Capability::LicenseUpdate),
        QString::fromUtf16(Capability::Backup),
        QString::fromUtf16(Capability::EsxiBind),
    };
    return list;
}

constexpr qint64 SkewWarningMs = 120'000;

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : ServerPage(parent)
{
    setObjectName(u"overviewPage"_s);
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_role = addRow(serverForm, tr("Role"), u"overviewRole"_s);
    m_service = addRow(serverForm, tr("Service"), u"overviewService"_s);
    m_host = addRow(serverForm, tr("Host"), u"overviewHost"_s);
    m_agent = addRow(serverForm, tr("Agent"), u"overviewAgent"_s);
    m_skew = addRow(serverForm, tr("Clock skew"), u"overviewClockSkew"_s);

    auto *licenseBox = new QGroupBox(tr("License"), this);
    auto *licenseForm = new QFormLayout(licenseBox);
    m_license = addRow(licenseForm, tr("Installed license"), u"overviewLicense"_s);
    m_hours = addRow(licenseForm, tr("Remaining hours"), u"overviewRemainingHours"_s);
    m_sessions = addRow(licenseForm, tr("Emulator sessions"), u"overviewSessions"_s);

    auto *capabilityBox = new QGroupBox(tr("Capabilities"), this);
    auto *capabilityForm = new QFormLayout(capabilityBox);
    m_reported = addRow(capabilityForm, tr("Reported"), u"overviewCapabilities"_s);
    m_missing = addRow(capabilityForm, tr("Not reported by this server"), u"overviewMissingCapabilities"_s);
    m_failing = addRow(capabilityForm, tr("Failing"), u"overviewFailingCapabilities"_s);

    auto *trustBox = new QGroupBox(tr("Trust"), this);
    auto *trustForm = new QFormLayout(trustBox);
    m_fingerprint = addRow(trustForm, tr("Pinned certificate (SHA-256)"), u"overviewFingerprint"_s);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_fingerprint->setFont(mono);

    m_lifecycle = new LifecyclePanel(this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 14, 14, 14);
    grid->setSpacing(12);
    grid->addWidget(serverBox, 0, 0);
    grid->addWidget(licenseBox, 0, 1);
    grid->addWidget(capabilityBox, 1, 0, 1, 2);
    grid->addWidget(trustBox, 2, 0, 1, 2);
    grid->addWidget(m_lifecycle, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    refresh();
}

QLabel *OverviewPage::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    auto *caption = new QLabel(label + u':', this);
    caption->setBuddy(value);
    caption->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(caption, value);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    return value;
}

QString OverviewPage::capabilityName(const QString &capability)
{
    static const QHash<QString, const char *> names {
        {u"license"_s, QT_TR_NOOP("License")},
        {u"sessions"_s, QT_TR_NOOP("Sessions")},
        {u"remainingHours"_s, QT_TR_NOOP("Remaining hours")},
        {u"logs"_s, QT_TR_NOOP("Logs")},
        {u"journal"_s, QT_TR_NOOP("Journal")},
        {u"service"_s, QT_TR_NOOP("Service control")},
        {u"fingerprint"_s, QT_TR_NOOP("Fingerprint")},
        {u"licenseUpdate"_s, QT_TR_NOOP("License update")},
        {u"backup"_s, QT_TR_NOOP("Backup")},
        {u"esxiBind"_s, QT_TR_NOOP("ESXi binding")},
    };
    const char *name = names.value(capability);
    return name ? tr(name) : capability;
}

void OverviewPage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::statusUpdated, this, &OverviewPage::refresh);
    connect(connection, &ServerConnection::licenseUpdated, this, &OverviewPage::refresh);
    connect(connection, &ServerConnection::stateChanged, this, &OverviewPage::refresh);
}

void OverviewPage::refresh()
{
    m_lifecycle->setConnection(connection());
    const ServerConnection *c = connection();
    const bool have = c && c->status().protocol > 0;
    const QString none = !c                                 ? QString()
        : c->state() == ServerConnection::State::Connecting ? tr("Waiting for the server…")
                                                            : u"—"_s;
    const QList<QLabel *> all {m_role, m_service, m_host, m_agent, m_skew, m_license, m_hours, m_sessions,
        m_reported, m_missing, m_failing, m_fingerprint};
    if (!have) {
        for (QLabel *label : all)
            label->setText(none);
        m_fingerprint->setText(!c             ? QString()
                : c->pinnedSha256().isEmpty() ? tr("not pinned")
                                              : Fingerprint::toText(c->pinnedSha256()));
        return;
    }
    const AgentStatus &s = c->status();
    const QString notReported = tr("not reported by this server");
    m_role->setText(s.role == "primary"_L1 ? tr("primary")
            : s.role == "backup"_L1        ? tr("backup")
            : s.role == "unknown"_L1       ? tr("unknown")
                                           : s.role); // a role a newer agent knows: as it says
    QString service = s.service.unit.isEmpty() ? s.service.state : s.service.unit + u": "_s + s.service.state;
    if (s.service.since.isValid())
        service += u", "_s + tr("since %1").arg(LicenseDisplay::dateTime(s.service.since));
    m_service->setText(
        c->status().has(Capability::Service) || !s.service.unit.isEmpty() ? service : notReported);
    m_host->setText(s.hostName);
    m_agent->setText(
        tr("ve-agent %1, protocol %2, %3 backend").arg(s.agentVersion).arg(s.protocol).arg(s.backend));

    const qint64 skew = c->clockSkewMs();
    QString skewText = tr("%1 s").arg(QLocale().toString(double(skew) / 1000.0, 'f', 1));
    if (std::abs(skew) >= SkewWarningMs)
        skewText = u"⚠ "_s + skewText + u" — "_s
            + tr("the host's clock is off: license dates and hours may be misjudged");
    m_skew->setText(skewText);

    m_license->setText(!s.licenseSummary.isEmpty() ? s.licenseSummary
            : c->hasLicense()                      ? LicenseDisplay::keyType(c->license().license.keyType)
            : c->licenseError().isSet()            ? c->licenseError().message
                                                   : notReported);
    if (s.remainingHours)
        m_hours->setText(LicenseDisplay::hours(*s.remainingHours));
    else
        m_hours->setText(
            s.has(Capability::RemainingHours) ? tr("none (not a COUNTDOWN license)") : notReported);
    m_sessions->setText(s.sessionCount ? QLocale().toString(*s.sessionCount) : notReported);

    QStringList reported, missing, failing;
    for (const QString &cap : s.capabilities)
        reported.append(capabilityName(cap));
    for (const QString &cap : knownCapabilities()) {
        if (!s.has(cap))
            missing.append(capabilityName(cap));
    }
    for (const QString &cap : c->failingCapabilities())
        failing.append(capabilityName(cap));
    m_reported->setText(reported.isEmpty() ? tr("none") : reported.join(u", "_s));
    m_missing->setText(missing.isEmpty() ? tr("none — everything is reported") : missing.join(u", "_s));
    m_failing->setText(failing.isEmpty() ? tr("none") : failing.join(u", "_s));
    m_fingerprint->setText(
        c->pinnedSha256().isEmpty() ? tr("not pinned") : Fingerprint::toText(c->pinnedSha256()));
}
