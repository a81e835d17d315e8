// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serverdialog.h"

#include "core/workspace.h"
#include "models/serverdisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServerDialog::ServerDialog(Mode mode, const Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_partner(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(mode == Mode::Add ? u"addServerDialog"_s : u"editServerDialog"_s);
    setWindowTitle(mode == Mode::Add ? tr("Add License Server") : tr("Edit License Server"));
    m_name->setObjectName(u"serverName"_s);
    m_address->setObjectName(u"serverAddress"_s);
    m_folder->setObjectName(u"serverFolder"_s);
    m_group->setObjectName(u"serverGroup"_s);
    m_environment->setObjectName(u"serverEnvironment"_s);
    m_partner->setObjectName(u"serverPartner"_s);
    m_role->setObjectName(u"serverPairRole"_s);
    m_token->setObjectName(u"serverToken"_s);
    m_notes->setObjectName(u"serverNotes"_s);
    m_error->setObjectName(u"serverDialogError"_s);

    m_name->setPlaceholderText(tr("e.g. EU primary"));
    m_address->setPlaceholderText(
        tr("host or host:port, e.g. lic1.example.com:%1").arg(Protocol::DefaultPort));
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    m_folder->addItems(workspace->folders());
    m_folder->lineEdit()->setPlaceholderText(tr("top level; use / for sub-folders"));
    m_group->setEditable(true);
    QSet<QString> groups;
    for (const ServerEntry &e : workspace->servers()) {
        if (!e.group.isEmpty())
            groups.insert(e.group);
    }
    QStringList sortedGroups(groups.cbegin(), groups.cend());
    sortedGroups.sort(Qt::CaseInsensitive);
    m_group->addItem(QString());
    m_group->addItems(sortedGroups);
    for (auto env : {ServerEntry::Environment::None, ServerEntry::Environment::Production,
             ServerEntry::Environment::Test, ServerEntry::Environment::DisasterRecovery}) {
        const QString name = ServerDisplay::environmentName(env);
        m_environment->addItem(name.isEmpty() ? tr("None") : name, int(env));
    }
    m_role->addItem(tr("this server is the primary"), int(ServerEntry::PairRole::Primary));
    m_role->addItem(tr("this server is the backup"), int(ServerEntry::PairRole::Backup));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(mode == Mode::Add ? tr("created on the host with: ve-agent token add NAME")
                                                  : tr("leave empty to keep the stored token"));
    m_token->setToolTip(tr("Stored in the system keychain, never in the settings file."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setStyleSheet(u"QLabel { color: #c63b32; }"_s);
    m_error->hide();

    auto *pairRow = new QHBoxLayout;
    pairRow->addWidget(m_partner, 1);
    pairRow->addWidget(m_role);
    auto *form = new QFormLayout;
    const auto add = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        if (layout)
            form->addRow(caption, layout);
        else
            form->addRow(caption, field);
    };
    add(tr("&Name:"), m_name);
    add(tr("&Address:"), m_address);
    add(tr("&Folder:"), m_folder);
    add(tr("&Group:"), m_group);
    add(tr("&Environment:"), m_environment);
    add(tr("&Pair with:"), m_partner, pairRow);
    add(tr("Access &token:"), m_token);
    add(tr("N&otes:"), m_notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_role->setEnabled(index > 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setEntry(ServerEntry());
    setMinimumWidth(520);
}

void ServerDialog::setEntry(const ServerEntry &entry)
{
    m_entry = entry;
    m_name->setText(entry.name);
    m_address->setText(entry.url.isValid() ? entry.url.authority() : QString());
    m_folder->setCurrentText(entry.folder);
    m_group->setCurrentText(entry.group);
    m_environment->setCurrentIndex(m_environment->findData(int(entry.environment)));
    m_notes->setPlainText(entry.notes);

    m_partner->clear();
    m_partner->addItem(tr("no partner"), QUuid());
    for (const ServerEntry &other : m_workspace->servers()) {
        if (other.id != entry.id)
            m_partner->addItem(other.name + u"  ("_s + other.url.authority() + u')', other.id);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(entry.partnerId)));
    m_role->setCurrentIndex(entry.pairRole == ServerEntry::PairRole::Backup ? 1 : 0);
    m_role->setEnabled(m_partner->currentIndex() > 0);
}

ServerEntry ServerDialog::entry() const
{
    ServerEntry e = m_entry;
    e.name = m_name->text().trimmed();
    e.url = normaliseServerUrl(m_address->text());
    e.folder = normaliseFolderPath(m_folder->currentText());
    e.group = m_group->currentText().trimmed();
    e.environment = ServerEntry::Environment(m_environment->currentData().toInt());
    e.notes = m_notes->toPlainText();
    return e;
}

QString ServerDialog::token() const
{
    return m_token->text().trimmed();
}

QUuid ServerDialog::partnerId() const
{
    return m_partner->currentData().toUuid();
}

ServerEntry::PairRole ServerDialog::pairRole() const
{
    return partnerId().isNull() ? ServerEntry::PairRole::None
                                : ServerEntry::PairRole(m_role->currentData().toInt());
}

bool ServerDialog::validate(QString *error) const
{
    if (m_name->text().trimmed().isEmpty()) {
        *error = tr("Give the server a name.");
        return false;
    }
    QString why;
    const QUrl url = normaliseServerUrl(m_address->text(), &why);
    if (!url.isValid()) {
        *error = tr("Address: %1.").arg(why);
        return false;
    }
    for (const ServerEntry &other : m_workspace->servers()) {
        if (other.id != m_entry.id && other.url == url) {
            *error = tr("The address %1 is already used by \"%2\".").arg(url.authority(), other.name);
            return false;
        }
    }
    normaliseFolderPath(m_folder->currentText(), &why);
    if (!why.isEmpty()) {
        *error = tr("Folder: %1.").arg(why);
        return false;
    }
    if (m_mode == Mode::Add && token().isEmpty()) {
        *error = tr("Enter the access token created on the license server's host.");
        return false;
    }
    return true;
}

void ServerDialog::accept()
{
    QString error;
    if (!validate(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
