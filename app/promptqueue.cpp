// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/promptqueue.h"

#include "app/connectionmanager.h"
#include "core/workspace.h"
#include "widgets/trustcertificatedialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

PromptQueue::PromptQueue(Workspace *workspace, ConnectionManager *connections, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_connections(connections)
    , m_window(window)
{
    connect(connections, &ConnectionManager::stateChanged, this, &PromptQueue::onStateChanged);
    connect(connections, &ConnectionManager::tokenMissing, this, [this](const QUuid &id) {
        if (m_automatic && !m_declinedToken.contains(id))
            enqueue({Kind::Token, id, {}});
    });
    connect(connections, &ConnectionManager::keychainUnavailable, this, [this](const QString &error) {
        enqueue({Kind::KeychainInfo, {}, error});
    });
}

void PromptQueue::setAutomatic(bool automatic)
{
    m_automatic = automatic;
}

bool PromptQueue::isBusy() const
{
    return m_current || !m_queue.isEmpty();
}

void PromptQueue::onStateChanged(const QUuid &id, ServerConnection::State state)
{
    using State = ServerConnection::State;
    if ((state == State::Untrusted || state == State::CertificateChanged) && m_automatic
        && !m_declinedTrust.contains(id))
        enqueue({Kind::Trust, id, {}});
}

void PromptQueue::verifyNow(const QUuid &id)
{
    m_declinedTrust.remove(id);
    m_connections->pollNow(id);
}

void PromptQueue::askToken(const QUuid &id)
{
    m_declinedToken.remove(id);
    enqueue({Kind::Token, id, {}});
}

void PromptQueue::enqueue(const Prompt &prompt)
{
    for (const Prompt &queued : std::as_const(m_queue)) {
        if (queued.kind == prompt.kind && queued.id == prompt.id)
            return;
    }
    m_queue.append(prompt);
    // Let the current event finish first: prompts never open from inside a model update.
    QTimer::singleShot(0, this, &PromptQueue::next);
}

void PromptQueue::next()
{
    if (m_current || m_queue.isEmpty())
        return;
    const Prompt prompt = m_queue.takeFirst();
    QDialog *dialog = nullptr;
    switch (prompt.kind) {
    case Kind::Trust:
        dialog = makeTrustDialog(prompt.id);
        break;
    case Kind::Token:
        dialog = makeTokenDialog(prompt.id);
        break;
    case Kind::KeychainInfo:
        dialog = makeKeychainInfo(prompt.text);
        break;
    }
    if (!dialog) { // the question answered itself meanwhile
        next();
        return;
    }
    m_current = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        m_current = nullptr;
        QTimer::singleShot(0, this, &PromptQueue::next);
    });
    dialog->open();
    Q_EMIT promptShown(dialog);
}

QDialog *PromptQueue::makeTrustDialog(const QUuid &id)
{
    ServerConnection *connection = m_connections->connection(id);
    const ServerEntry *entry = m_workspace->server(id);
    if (!connection || !entry)
        return nullptr;
    const bool changed = connection->state() == ServerConnection::State::CertificateChanged;
    if (!changed && connection->state() != ServerConnection::State::Untrusted)
        return nullptr;
    const auto mode
        = changed ? TrustCertificateDialog::Mode::Changed : TrustCertificateDialog::Mode::FirstUse;
    auto *dialog = new TrustCertificateDialog(
        mode, entry->name, entry->url, connection->certificate(), entry->pinnedSha256, m_window);
    connect(dialog, &QDialog::finished, this, [this, id, dialog](int result) {
        if (result == QDialog::Accepted)
            m_connections->trust(id, dialog->acceptedSha256());
        else
            m_declinedTrust.insert(id);
    });
    return dialog;
}

QDialog *PromptQueue::makeTokenDialog(const QUuid &id)
{
    const ServerEntry *entry = m_workspace->server(id);
    if (!entry)
        return nullptr;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"tokenPrompt"_s);
    dialog->setWindowTitle(tr("Access Token — %1").arg(entry->name));
    const QString where = m_connections->keychainAvailable()
        ? tr("It is stored in the system keychain.")
        : tr("No keychain is available: it is kept in memory until the console quits.");
    dialog->setLabelText(
        tr("Enter the access token for %1 (%2).\n%3").arg(entry->name, entry->url.authority(), where));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QDialog::finished, this, [this, id, dialog](int result) {
        const QString token = dialog->textValue().trimmed();
        if (result == QDialog::Accepted && !token.isEmpty())
            m_connections->setToken(id, token);
        else
            m_declinedToken.insert(id);
    });
    return dialog;
}

QDialog *PromptQueue::makeKeychainInfo(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("No Keychain Available"),
        tr("The console cannot reach a system keychain, so access tokens cannot be "
           "stored. It will ask for each server's token every time it starts and keep "
           "the tokens in memory only; nothing is written to disk."),
        QMessageBox::Ok, m_window);
    box->setObjectName(u"keychainUnavailableBox"_s);
    box->setDetailedText(text);
    return box;
}
