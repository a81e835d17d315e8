// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lifecyclepanel.h"

#include "core/lifecyclewatch.h"
#include "core/serverconnection.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString bullets(const QStringList &items)
{
    QString html = u"<ul style=\"margin: 0\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

QLabel *banner(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

LifecyclePanel::LifecyclePanel(QWidget *parent)
    : QWidget(parent)
    , m_drift(banner(u"hostFactsDriftBanner"_s,
          u"QLabel { background: #c63b32; color: white; padding: 8px; border-radius: 4px; }"_s, this))
    , m_backup(banner(u"backupWarningBanner"_s,
          u"QLabel { background: #f3d36b; color: black; padding: 6px; border-radius: 4px; }"_s, this))
    , m_actionsBox(new QGroupBox(tr("Actions that invalidate this server's license"), this))
    , m_actions(new QLabel(m_actionsBox))
{
    setObjectName(u"lifecyclePanel"_s);
    m_drift->setAccessibleName(tr("Host facts changed"));
    m_backup->setAccessibleName(tr("Backup warning"));
    m_actions->setObjectName(u"invalidatingActions"_s);
    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::RichText);
    auto *boxLayout = new QVBoxLayout(m_actionsBox);
    boxLayout->addWidget(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_drift);
    layout->addWidget(m_backup);
    layout->addWidget(m_actionsBox);
    refresh();
}

QStringList LifecyclePanel::invalidatingActions(bool cloud, bool vmware)
{
    QStringList out {
        tr("Copying the license server's data to another instance"),
        tr("Badly damaging the root file system"),
        tr("Reinstalling the license server's system"),
        tr("Copying or cloning the VM, or restoring a backup into a new VM"),
        tr("Changing the number of CPU cores"),
        tr("Running the fingerprint program after a license is installed"),
    };
    if (cloud)
        out.append(tr("Cloud: changing the instance type, shape or size, or its RAM"));
    if (vmware) {
        out.append(
            tr("VMware: vMotion while bound to the ESXi host (allowed within the same vCenter when bound to "
               "the vCenter)"));
        out.append(tr("VMware: changes to the ESXi or vCenter API"));
        out.append(
            tr("VMware (until esxi_bind runs again): a change of the address or credentials it recorded"));
    }
    return out;
}

void LifecyclePanel::setConnection(ServerConnection *connection)
{
    if (connection == m_connection)
        return;
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_watch = connection ? LifecycleWatch::forConnection(connection) : nullptr;
    if (m_watch)
        connect(m_watch, &LifecycleWatch::updated, this, &LifecyclePanel::refresh);
    if (connection)
        connect(connection, &ServerConnection::licenseUpdated, this, &LifecyclePanel::refresh);
    refresh();
}

void LifecyclePanel::refresh()
{
    const bool have = m_connection && m_connection->status().protocol > 0;
    setVisible(have);
    if (!have)
        return;
    const QStringList drift = m_watch ? m_watch->driftMessages() : QStringList();
    m_drift->setVisible(!drift.isEmpty());
    if (!drift.isEmpty()) {
        m_drift->setText(u"<b>"_s + tr("⚠ The host this license is bound to has changed:").toHtmlEscaped()
            + u"</b>"_s + bullets(drift)
            + tr("If the change was intended and a new license has been issued, accept the new facts with "
                 "<tt>vectl host-facts --accept</tt>."));
    }
    QStringList missing;
    if (m_watch && m_watch->backupReported() && !m_watch->lastDataBackup().time.isValid())
        missing.append(tr("No backup of this server's license data has been taken yet."));
    if (m_watch && m_watch->hasInstancesDb() && !m_watch->lastInstancesBackup().time.isValid())
        missing.append(
            tr("instances.db (AutoVE) has never been backed up: losing it strands the emulator hosts "
               "that registered."));
    m_backup->setVisible(!missing.isEmpty());
    if (!missing.isEmpty())
        m_backup->setText(
            missing.join(u' ').toHtmlEscaped() + u' ' + tr("Use Tools > Download Backup…").toHtmlEscaped());

    const QString platform = m_connection->hasLicense()
        ? m_connection->license().license.platform.value_or(QString())
        : QString();
    const HostFacts facts
        = m_watch && m_watch->hostFactsReported() ? m_watch->hostFacts().current : HostFacts();
    const PlatformKind kind = HostFactsCheck::platformKind(platform, facts);
    m_actions->setText(bullets(invalidatingActions(kind.cloud, kind.vmware)));
}
