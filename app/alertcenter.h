// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alert.h"
#include "core/alertengine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

class AlertModel;
class AlertPanel;
class GraceBanner;
class MainWindow;
class QDockWidget;
class QSystemTrayIcon;
class ServerConnection;
class ServerTreeModel;

// The console's alerts: one AlertEngine fed from every server's connection (with the pairs of the
// workspace and the thresholds of the settings), shown in the "Alerts" dock, as a badge on the
// server in the tree, as a grace banner over the pages (a live countdown while a grace period
// runs) and as tray notifications when a warning or critical alert is raised (unless snoozed).
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    AlertCenter(MainWindow *window, ServerTreeModel *treeModel);
    ~AlertCenter() override;

    AlertEngine *engine() { return &m_engine; }
    AlertModel *model() const { return m_model; }
    QDockWidget *dock() const { return m_dock; }
    GraceBanner *banner() const { return m_banner; }

    void reloadThresholds(); // from ConsoleSettings (done on every change there), evaluates again
    bool acknowledge(const QString &key); // by the local user
    void open(const QString &key); // selects the server and shows the page that explains it

    // Notifications (not the panel) stay silent until the time given; an invalid time resumes.
    void snoozeUntil(const QDateTime &until);
    bool isSnoozed() const;

    static QString localUserName();

Q_SIGNALS:
    void notified(const Alert &alert); // a tray notification was shown (or would be, without tray)

private:
    void watch(const QUuid &id, ServerConnection *connection);
    void feed(const QUuid &id);
    void feedPending();
    void onAlertChanged(const Alert &alert);
    void onAlertRaised(const Alert &alert);
    void updateGrace();
    void createTray();
    QString serverName(const QString &serverId) const;

    MainWindow *m_window;
    ServerTreeModel *m_treeModel;
    AlertEngine m_engine;
    AlertModel *m_model;
    AlertPanel *m_panel;
    QDockWidget *m_dock;
    GraceBanner *m_banner;
    QTimer m_countdown; // runs only while a grace period does
    // The servers whose data changed since the last evaluation: a fleet's answers arrive in
    // bursts, and one evaluation per burst (not one per answer) keeps the console idle.
    QSet<QUuid> m_pending;
    QTimer m_feedTimer;
    QPointer<QSystemTrayIcon> m_tray;
    QDateTime m_snoozedUntil;
    QString m_lastNotified;
};
