// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/esxibindwizard.h"

#include "core/esxibindclient.h"
#include "core/fingerprint.h"
#include "core/secretstore.h"
#include "models/licensedisplay.h"
#include "widgets/esxibindrunpage.h"
#include "widgets/esxibindtargetpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString typeText(EsxiBind::TargetType type)
{
    return type == EsxiBind::TargetType::VCenter ? EsxiBindWizard::tr("vCenter")
                                                 : EsxiBindWizard::tr("ESXi host");
}

} // namespace

// Choose: ESXi host or vCenter, nothing preselected, with the consequence of each for vMotion.
class EsxiBindChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EsxiBindChoosePage(EsxiBindWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_esxi(new QRadioButton(tr("Bind to the &ESXi host this license server runs on"), this))
        , m_vcenter(new QRadioButton(tr("Bind to the v&Center that manages that host"), this))
        , m_current(textLabel(u"currentBindingLabel"_s, this))
    {
        setObjectName(u"esxiBindChoosePage"_s);
        setTitle(tr("ESXi Host or vCenter"));
        setSubTitle(tr("esxi_bind ties the license of %1 to VMware. The choice decides what you may do with "
                       "the license server's VM later.")
                        .arg(wizard->serverName()));
        m_esxi->setObjectName(u"esxiTypeButton"_s);
        m_vcenter->setObjectName(u"vcenterTypeButton"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(m_esxi);
        group->addButton(m_vcenter);
        auto *esxiText = textLabel(u"esxiConsequence"_s, this,
            tr("Moving the VM to another host with vMotion invalidates the license."));
        auto *vcenterText = textLabel(u"vcenterConsequence"_s, this,
            tr("vMotion between hosts of that same vCenter is safe; the license stays valid."));
        for (QLabel *label : {esxiText, vcenterText})
            label->setIndent(24);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_esxi);
        layout->addWidget(esxiText);
        layout->addSpacing(8);
        layout->addWidget(m_vcenter);
        layout->addWidget(vcenterText);
        layout->addSpacing(16);
        layout->addWidget(m_current);
        layout->addStretch(1);
        connect(group, &QButtonGroup::buttonToggled, this, &QWizardPage::completeChanged);
        connect(wizard, &EsxiBindWizard::agentStateChanged, this, &EsxiBindChoosePage::showState);
        showState();
    }

    std::optional<EsxiBind::TargetType> type() const
    {
        if (m_esxi->isChecked())
            return EsxiBind::TargetType::Esxi;
        if (m_vcenter->isChecked())
            return EsxiBind::TargetType::VCenter;
        return std::nullopt;
    }
    void setType(EsxiBind::TargetType type)
    {
        (type == EsxiBind::TargetType::VCenter ? m_vcenter : m_esxi)->setChecked(true);
    }
    bool isComplete() const override
    {
        const bool refused = m_wizard->agentStateKnown() && !m_wizard->agentState().canRun;
        return type().has_value() && !refused;
    }

private:
    void showState()
    {
        if (!m_wizard->agentStateKnown()) {
            m_current->setText(m_wizard->agentStateError().isEmpty()
                    ? tr("Reading the current binding…")
                    : tr("The current binding could not be read: %1").arg(m_wizard->agentStateError()));
            return;
        }
        const EsxiBindState &state = m_wizard->agentState();
        const EsxiBinding &b = state.binding;
        QString text = b.reported ? tr("Currently bound to %1 %2 as %3 (since %4).")
                                        .arg(b.type == "vcenter"_L1 ? tr("the vCenter") : tr("the ESXi host"),
                                            b.host, b.user, LicenseDisplay::dateTime(b.time))
                                  : tr("The current binding is not reported by this server.");
        if (!state.canRun)
            text += u' ' + tr("This server's agent cannot run esxi_bind: %1").arg(state.reason);
        else if (state.running)
            text += u' ' + tr("esxi_bind is running there right now; wait until it has finished.");
        m_current->setText(text);
        Q_EMIT completeChanged();
    }

    EsxiBindWizard *m_wizard;
    QRadioButton *m_esxi;
    QRadioButton *m_vcenter;
    QLabel *m_current;
};

// Credentials: user and password; keeping the password in the keychain is opt-in.
class EsxiBindCredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EsxiBindCredentialsPage(EsxiBindWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_user(new QLineEdit(this))
        , m_password(new QLineEdit(this))
        , m_keep(new QCheckBox(tr("&Keep the password in the keychain for a later re-bind"), this))
        , m_hint(textLabel(u"credentialsHint"_s, this))
    {
        setObjectName(u"esxiBindCredentialsPage"_s);
        setTitle(tr("Credentials"));
        setSubTitle(
            tr("The account esxi_bind logs in with. The license server records it; if it changes later, "
               "the license is unavailable until esxi_bind runs again."));
        m_user->setObjectName(u"userEdit"_s);
        m_user->setPlaceholderText(tr("e.g. administrator@vsphere.local or root"));
        m_user->setMaxLength(EsxiBind::MaxUserLength);
        m_password->setObjectName(u"passwordEdit"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setMaxLength(EsxiBind::MaxPasswordLength);
        m_keep->setObjectName(u"keepPasswordCheck"_s);
        m_keep->setChecked(false);
        m_keep->setVisible(wizard->secrets() != nullptr);
        auto *form = new QFormLayout;
        form->addRow(tr("&User:"), m_user);
        form->addRow(tr("&Password:"), m_password);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_keep);
        layout->addWidget(m_hint);
        layout->addStretch(1);
        for (QLineEdit *edit : {m_user, m_password})
            connect(edit, &QLineEdit::textChanged, this, &EsxiBindCredentialsPage::validate);
    }

    QString user() const { return m_user->text().trimmed(); }
    QString password() const { return m_password->text(); }
    bool keep() const { return m_keep->isChecked(); }
    void setUser(const QString &user) { m_user->setText(user); }
    void clearPassword() { m_password->clear(); }

    void initializePage() override
    {
        // A password kept by an earlier run is offered, never required.
        if (!m_wizard->secrets() || !m_password->text().isEmpty() || m_keychainAsked)
            return;
        m_keychainAsked = true;
        QPointer<EsxiBindCredentialsPage> self(this);
        m_wizard->secrets()->readToken(
            EsxiBindWizard::passwordKey(m_wizard->serverId()), [self](const SecretStore::Outcome &outcome) {
                if (!self || !outcome.ok() || outcome.token.isEmpty() || !self->m_password->text().isEmpty())
                    return;
                self->m_password->setText(outcome.token);
                self->m_keep->setChecked(true);
                self->m_hint->setText(tr("The password kept in the keychain for this server is filled in."));
            });
    }
    bool isComplete() const override
    {
        return EsxiBind::checkUser(user()).isEmpty() && EsxiBind::checkPassword(password()).isEmpty();
    }

private:
    void validate()
    {
        QString problem;
        if (!m_user->text().isEmpty())
            problem = EsxiBind::checkUser(user());
        if (problem.isEmpty() && !m_password->text().isEmpty())
            problem = EsxiBind::checkPassword(password());
        m_hint->setText(problem.isEmpty() ? QString() : tr("Check the entry: %1.").arg(problem));
        Q_EMIT completeChanged();
    }

    EsxiBindWizard *m_wizard;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_hint;
    bool m_keychainAsked = false;
};

// Review: everything that will be sent, the password masked; committing runs esxi_bind.
class EsxiBindReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EsxiBindReviewPage(EsxiBindWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_form(new QFormLayout)
    {
        setObjectName(u"esxiBindReviewPage"_s);
        setTitle(tr("Review"));
        setSubTitle(tr("This is sent to the agent of %1. It checks the thumbprint once more, then runs "
                       "esxi_bind with these answers on its standard input.")
                        .arg(wizard->serverName()));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Run esxi_bind"));
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        const EsxiBindTarget t = m_wizard->target();
        const auto add = [this](const QString &label, const QString &value, const QString &objectName) {
            m_form->addRow(label, textLabel(objectName, this, value));
        };
        add(tr("License server:"), m_wizard->serverName(), u"reviewServer"_s);
        add(tr("Bind to:"), typeText(t.type), u"reviewType"_s);
        add(tr("Address:"), u"%1:%2"_s.arg(t.host).arg(t.port), u"reviewTarget"_s);
        add(tr("Thumbprint (SHA-256):"), Fingerprint::toText(t.thumbprint), u"reviewThumbprint"_s);
        add(tr("User:"), t.user, u"reviewUser"_s);
        // A fixed mask: not even the password's length is shown.
        add(tr("Password:"), u"••••••••"_s, u"reviewPassword"_s);
        add(tr("Keychain:"),
            m_wizard->keepPassword() ? tr("keep the password for a later re-bind (after a successful run)")
                                     : tr("do not keep the password"),
            u"reviewKeychain"_s);
    }

private:
    EsxiBindWizard *m_wizard;
    QFormLayout *m_form;
};

// Done: the new binding, or why there is none, and what to do when credentials change.
class EsxiBindDonePage : public QWizardPage
{
    Q_OBJECT

public:
    EsxiBindDonePage(EsxiBindWizard *wizard, EsxiBindCredentialsPage *credentials)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_credentials(credentials)
        , m_summary(textLabel(u"doneSummary"_s, this))
        , m_advice(textLabel(u"doneAdvice"_s, this))
        , m_keychain(textLabel(u"doneKeychain"_s, this))
    {
        setObjectName(u"esxiBindDonePage"_s);
        setTitle(tr("Done"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addSpacing(8);
        layout->addWidget(m_advice);
        layout->addWidget(m_keychain);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const EsxiBindRunPage *run = m_wizard->runPage();
        const EsxiBindTarget sent = m_wizard->target();
        const bool ok = run->result() && run->result()->ok;
        if (ok) {
            const EsxiBinding &b = run->result()->binding;
            const QString type = b.reported && !b.type.isEmpty() ? b.type : EsxiBind::typeName(sent.type);
            const QString host = b.reported && !b.host.isEmpty() ? b.host : sent.host;
            const QDateTime when = b.reported && b.time.isValid() ? b.time : run->finishedAt();
            setSubTitle(tr("%1 is bound to VMware.").arg(m_wizard->serverName()));
            m_summary->setText(
                tr("Bound to %1 %2 as %3, at %4.")
                    .arg(type == "vcenter"_L1 ? tr("the vCenter") : tr("the ESXi host"), host,
                        b.reported && !b.user.isEmpty() ? b.user : sent.user, LicenseDisplay::dateTime(when))
                + (b.reported ? QString()
                              : u' ' + tr("(As sent: this server does not report its binding record.)")));
            m_advice->setText(
                tr("If the address of the %1, the user or its password change later, the license becomes "
                   "unavailable until esxi_bind runs again: open Tools > Bind to VMware… and run this wizard "
                   "again.")
                    .arg(typeText(sent.type)));
            keepPassword(sent.password);
        } else {
            setSubTitle(tr("%1 was not bound.").arg(m_wizard->serverName()));
            m_summary->setText(run->result() ? tr("esxi_bind did not succeed: %1").arg(run->result()->message)
                                             : run->failure());
            m_advice->setText(tr("Check the output on the previous page, correct the cause (address, user, "
                                 "password, thumbprint), then run this wizard again."));
        }
        m_credentials->clearPassword();
    }

private:
    void keepPassword(const QString &password)
    {
        if (!m_wizard->keepPassword() || !m_wizard->secrets())
            return;
        m_keychain->setText(tr("Keeping the password in the keychain…"));
        QPointer<QLabel> label(m_keychain);
        m_wizard->secrets()->writeToken(EsxiBindWizard::passwordKey(m_wizard->serverId()), password,
            [label](const SecretStore::Outcome &o) {
                if (label)
                    label->setText(o.ok() ? tr("The password is kept in the keychain for a later re-bind.")
                                          : tr("The password could not be kept: %1").arg(o.errorText));
            });
    }

    EsxiBindWizard *m_wizard;
    EsxiBindCredentialsPage *m_credentials;
    QLabel *m_summary;
    QLabel *m_advice;
    QLabel *m_keychain;
};

EsxiBindWizard::EsxiBindWizard(const AgentClient *client, const QString &serverName, const QString &serverId,
    SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_esxi(new EsxiBindClient(client, this))
    , m_secrets(secrets)
    , m_serverName(serverName)
    , m_serverId(serverId)
{
    setObjectName(u"esxiBindWizard"_s);
    setWindowTitle(tr("Bind to VMware — %1").arg(serverName));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_choose = new EsxiBindChoosePage(this);
    m_target = new EsxiBindTargetPage(this);
    m_credentials = new EsxiBindCredentialsPage(this);
    m_run = new EsxiBindRunPage(this);
    setPage(ChoosePage, m_choose);
    setPage(TargetPage, m_target);
    setPage(CredentialsPage, m_credentials);
    setPage(ReviewPage, new EsxiBindReviewPage(this));
    setPage(RunPage, m_run);
    setPage(DonePage, new EsxiBindDonePage(this, m_credentials));
    setMinimumSize(640, 480);

    QPointer<EsxiBindWizard> self(this);
    m_esxi->state([self](const Result<EsxiBindState> &result) {
        if (!self)
            return;
        if (result.ok()) {
            self->m_state = result.value;
            self->m_stateKnown = true;
        } else {
            self->m_stateError = result.error.message;
        }
        Q_EMIT self->agentStateChanged();
    });
}

EsxiBindWizard::~EsxiBindWizard() = default;

QString EsxiBindWizard::passwordKey(const QString &serverId)
{
    return u"esxi-bind/"_s + serverId;
}

void EsxiBindWizard::setPrefill(const EsxiBindPrefill &prefill)
{
    if (prefill.type)
        m_choose->setType(*prefill.type);
    if (!prefill.host.isEmpty())
        m_target->setTarget(prefill.host, prefill.port);
    if (!prefill.user.isEmpty())
        m_credentials->setUser(prefill.user);
}

EsxiBindTarget EsxiBindWizard::target() const
{
    EsxiBindTarget t;
    t.type = m_choose->type().value_or(EsxiBind::TargetType::Esxi);
    t.host = m_target->host();
    t.port = m_target->port();
    t.thumbprint = m_target->confirmedThumbprint();
    t.user = m_credentials->user();
    t.password = m_credentials->password();
    return t;
}

bool EsxiBindWizard::keepPassword() const
{
    return m_credentials->keep();
}

bool EsxiBindWizard::isRunning() const
{
    return m_run->isRunning();
}

void EsxiBindWizard::reject()
{
    if (!isRunning()) {
        QWizard::reject();
        return;
    }
    Q_EMIT stopConfirmationRequested();
    QMessageBox box(QMessageBox::Warning, tr("Stop esxi_bind?"),
        tr("esxi_bind is still running on %1. Stopping it may leave the binding incomplete; the license may "
           "then be unavailable until esxi_bind runs again.")
            .arg(m_serverName),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"confirmStopBox"_s);
    box.button(QMessageBox::Yes)->setText(tr("&Stop esxi_bind"));
    box.button(QMessageBox::No)->setText(tr("&Let It Finish"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes || !isRunning())
        return;
    m_run->cancel();
    QWizard::reject();
}

#include "esxibindwizard.moc"
