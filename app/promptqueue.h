// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

class ConnectionManager;
class QDialog;
class QWidget;
class Workspace;

// The questions the console has to ask the admin, one window-modal dialog at a time (never a
// nested event loop): trust a certificate seen for the first time, a changed certificate
// (blocking, never silent), a token the keychain does not hold, and — once — that no keychain
// is available. A certificate the admin rejected is not asked about again in this session until
// verifyNow() for that server.
class PromptQueue : public QObject
{
    Q_OBJECT

public:
    PromptQueue(Workspace *workspace, ConnectionManager *connections, QWidget *window);

    void setAutomatic(bool automatic); // false: nothing pops up on its own (screenshots)
    void verifyNow(const QUuid &id); // re-check the server, asking again if needed
    void askToken(const QUuid &id); // the admin wants to enter a (new) token
    bool isBusy() const;

Q_SIGNALS:
    void promptShown(QDialog *dialog);

private:
    enum class Kind { Trust, Token, KeychainInfo };
    struct Prompt
    {
        Kind kind;
        QUuid id;
        QString text;
    };

    void onStateChanged(const QUuid &id, ServerConnection::State state);
    void enqueue(const Prompt &prompt);
    void next();
    QDialog *makeTrustDialog(const QUuid &id);
    QDialog *makeTokenDialog(const QUuid &id);
    QDialog *makeKeychainInfo(const QString &text);

    Workspace *m_workspace;
    ConnectionManager *m_connections;
    QWidget *m_window;
    QList<Prompt> m_queue;
    QPointer<QDialog> m_current;
    QSet<QUuid> m_declinedTrust;
    QSet<QUuid> m_declinedToken;
    bool m_automatic = true;
};
