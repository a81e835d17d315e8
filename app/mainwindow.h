// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/esxibindwizard.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>

class AlertCenter;
class AllLogsView;
class AdminActions;
class ConnectionManager;
class LogFeedRegistry;
class PageHeader;
class PromptQueue;
class QLabel;
class QStackedWidget;
class QTabBar;
class SecretStore;
class ServerConnection;
class ServerPage;
class ServerTreeModel;
class ServerTreeView;
class Workspace;
class WorkspaceActions;

// The console's shell: actions and menus, the servers dock, the header strip and a stack of
// pages for the selected server. It owns the workspace, the connections and the prompts; the
// pages only read the selected server's connection. Widgets have object names so that tests
// can drive it with findChild.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Overview, License, Sessions, Hours, Logs };

    struct Options
    {
        QString workspacePath; // empty: nothing is loaded or saved (demo, tests)
        bool restoreState = true; // window geometry, dock state and last page from QSettings
        bool automaticPrompts = true;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const;
    ConnectionManager *connections() const;
    PromptQueue *prompts() const;
    AlertCenter *alerts() const { return m_alerts; }

    void start(); // begins polling every server, right after the window's first paint
    void selectServer(const QUuid &id);
    QUuid currentServer() const;
    void showPage(Page page);
    Page currentPage() const;
    ServerPage *page(Page page) const;
    // The selected server's data for the current page has arrived.
    bool currentPageHasData() const;

    static bool pageFromName(const QString &name, Page *page); // "overview", "license", …

    // Opens the esxi_bind wizard (Tools > Bind to VMware…) for server `id`, pre-filled: the entry
    // point of the re-bind alert. Non-modal, deleted when closed. Null when the server has no
    // connection (not polled yet, removed).
    EsxiBindWizard *openEsxiBindWizard(const QUuid &id, const EsxiBindPrefill &prefill = {});

Q_SIGNALS:
    void currentServerChanged(const QUuid &id);
    void pageDataChanged(); // something the current page shows arrived

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void onCurrentServerChanged(const QUuid &id);
    void updateHeader();
    void updateStatusBar();
    void scheduleStatusBar();
    void showSettings();
    void showAbout();
    void showAllLogs();
    void restoreWindowState();
    void saveWindowState();

    Options m_options;
    Workspace *m_workspace;
    SecretStore *m_secrets;
    ConnectionManager *m_connections;
    ServerTreeModel *m_treeModel;
    ServerTreeView *m_tree;
    PromptQueue *m_prompts;
    LogFeedRegistry *m_logFeeds; // live logs shared by the Logs page and the All servers view
    QPointer<AllLogsView> m_allLogs;
    AlertCenter *m_alerts = nullptr;
    WorkspaceActions *m_actions;
    AdminActions *m_admin = nullptr; // Tools: fingerprint, license update, service, backup, audit
    PageHeader *m_header;
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QList<ServerPage *> m_pages;
    QLabel *m_loading;
    QLabel *m_summary;
    QTimer m_statusTimer; // coalesces status bar updates from many servers
    QUuid m_current;
    QPointer<ServerConnection> m_currentConnection;
};
