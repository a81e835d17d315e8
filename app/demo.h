// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AuditLog;
class MainWindow;
class QMenu;
class SimulatorHost;
class TokenStore;
enum class SimRole;

// `ve-console --demo`: runs the simulated primary/backup pair in this process — the real agent
// server code over real TLS on loopback, in a private temporary directory — and puts both servers
// into the window's (unsaved) workspace, paired and pre-trusted, with an in-memory admin token.
//
// The demo opens in the situation the console exists for: the primary's service is stopped
// (maintenance), so the emulators fail over to the backup and burn its COUNTDOWN hours at 1 hour
// per real minute. The Simulator menu brings the primary back, stops the backup (the grace
// period starts) and so on.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(MainWindow *window);
    ~DemoSession() override;

    // False with *error when the simulator could not start (nothing is added then).
    bool start(QString *error);

private:
    void addServers(const QByteArray &pinnedSha256, const QString &token);
    void buildMenu();
    void addServerAction(QMenu *menu, const QString &text, SimRole role, bool start);

    MainWindow *m_window;
    QTemporaryDir m_dir;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    SimulatorHost *m_host = nullptr;
};

// Starts a DemoSession owned by the window; on failure shows the reason (non-blocking).
void startDemo(MainWindow &window);
