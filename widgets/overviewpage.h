// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/serverpage.h"

class LifecyclePanel;
class QFormLayout;
class QLabel;

// The selected server at a glance: role, service, agent, clock skew, license summary, remaining
// hours, sessions and which capabilities the server does not report (shown as such, never
// invented).
class OverviewPage : public ServerPage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // Capability name → what an admin calls it.
    static QString capabilityName(const QString &capability);

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_role;
    QLabel *m_service;
    QLabel *m_host;
    QLabel *m_agent;
    QLabel *m_skew;
    QLabel *m_license;
    QLabel *m_hours;
    QLabel *m_sessions;
    QLabel *m_reported;
    QLabel *m_missing;
    QLabel *m_failing;
    QLabel *m_fingerprint;
    LifecyclePanel *m_lifecycle; // host-fact drift, backups, invalidating actions
};
