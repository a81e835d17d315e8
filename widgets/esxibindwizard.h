// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esxibind.h"

#include <QWizard>

#include <optional>

class AgentClient;
class EsxiBindChoosePage;
class EsxiBindClient;
class EsxiBindCredentialsPage;
class EsxiBindDonePage;
class EsxiBindRunPage;
class EsxiBindTargetPage;
class SecretStore;

// What a caller may fill in before the wizard opens (the re-bind alert: the last binding's
// target, type and user). The password never comes this way: it is typed, or read from the
// keychain when an earlier run kept it there.
struct EsxiBindPrefill
{
    std::optional<EsxiBind::TargetType> type;
    QString host;
    quint16 port = EsxiBind::DefaultPort;
    QString user;
};

// Tools > Bind to VMware…: runs esxi_bind on one license server through its agent, in six pages:
//   Choose       ESXi host or vCenter, with what each means for vMotion (nothing preselected)
//   Target       address and port; the agent's pre-flight from the license-server host shows the
//                certificate's SHA-256 thumbprint, subject and validity, and the admin must tick
//                "I have verified this thumbprint" to go on (changing the target unticks it)
//   Credentials  user and password; "keep the password in the keychain" is off by default
//   Review       everything that will be sent, the password masked; "Run esxi_bind" commits
//   Run          esxi_bind's output as it streams, elapsed time against the timeout; Cancel asks
//                first, then drops the connection so that the agent stops esxi_bind
//   Done         the new binding (target, type, when) or why it failed, and what to do when the
//                credentials or the address change later (run this wizard again)
// All network work is asynchronous; the window never waits. Widgets carry object names for tests.
// The password lives only in the Credentials page's field and the request; it is written nowhere
// except, when the admin asks and the run succeeded, the OS keychain (SecretStore, key
// passwordKey(serverId)).
class EsxiBindWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoosePage, TargetPage, CredentialsPage, ReviewPage, RunPage, DonePage };

    // `client` is copied (its URL, token and pin); `secrets` may be null (no keychain offer).
    EsxiBindWizard(const AgentClient *client, const QString &serverName, const QString &serverId,
        SecretStore *secrets, QWidget *parent = nullptr);
    ~EsxiBindWizard() override;

    void setPrefill(const EsxiBindPrefill &prefill);

    // The keychain key of a server's kept ESXi/vCenter password.
    static QString passwordKey(const QString &serverId);

    // For the pages.
    EsxiBindClient *esxi() const { return m_esxi; }
    SecretStore *secrets() const { return m_secrets; }
    QString serverName() const { return m_serverName; }
    QString serverId() const { return m_serverId; }
    const EsxiBindState &agentState() const { return m_state; }
    bool agentStateKnown() const { return m_stateKnown; }
    QString agentStateError() const { return m_stateError; }
    EsxiBindTarget target() const; // from the pages' fields
    bool keepPassword() const;
    bool isRunning() const;
    EsxiBindRunPage *runPage() const { return m_run; }

    void reject() override; // asks before it stops a running esxi_bind

Q_SIGNALS:
    void agentStateChanged();
    void stopConfirmationRequested(); // before the "stop esxi_bind?" question (for tests)

private:
    EsxiBindClient *m_esxi;
    EsxiBindChoosePage *m_choose;
    EsxiBindTargetPage *m_target;
    EsxiBindCredentialsPage *m_credentials;
    EsxiBindRunPage *m_run;
    SecretStore *m_secrets;
    QString m_serverName;
    QString m_serverId;
    EsxiBindState m_state;
    bool m_stateKnown = false;
    QString m_stateError;
};
