// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include "app/mainwindow.h"
#include "app/promptqueue.h"
#include "core/workspace.h"

#include <QAction>
#include <QApplication>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// --open names and the object names of their actions.
constexpr std::pair<const char *, const char *> Actions[] = {
    {"add-server", "actionAddServer"},
    {"license-update", "actionLicenseUpdate"},
    {"server-manager", "actionServerManager"},
    {"fingerprint", "actionExportFingerprint"},
    {"backup", "actionDownloadBackup"},
    {"audit-log", "actionAuditLog"},
    {"esxi-bind", "actionEsxiBind"},
    {"all-logs", "actionAllLogs"},
    {"settings", "actionSettings"},
};

// A window the action opened gets this long to load its data and lay out.
constexpr int OpenedSettleMs = 1500;

} // namespace

Screenshot::Screenshot(MainWindow *window, const QString &path, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    // Once the data is there, let layouts and the chart settle for a moment.
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_timeout, &QTimer::timeout, this, &Screenshot::take);
    connect(&m_settle, &QTimer::timeout, this, &Screenshot::take);
    connect(window, &MainWindow::pageDataChanged, this, &Screenshot::check);
    connect(window, &MainWindow::currentServerChanged, this, &Screenshot::check);
    connect(window->prompts(), &PromptQueue::promptShown, this, &Screenshot::onPromptShown);
}

QStringList Screenshot::windowNames()
{
    QStringList names {QString::fromLatin1(PromptWindow)};
    for (const auto &[name, action] : Actions)
        names.append(QString::fromLatin1(name));
    return names;
}

void Screenshot::setWindowToOpen(const QString &name)
{
    m_open = name;
}

void Screenshot::start()
{
    m_timeout.start();
    check();
}

void Screenshot::check()
{
    if (m_done || m_opened || m_settle.isActive() || m_open == QLatin1String(PromptWindow))
        return;
    // Without servers there is nothing to wait for: the welcome page is what there is to see.
    if (m_window->workspace()->servers().isEmpty() || m_window->currentPageHasData())
        m_settle.start();
}

void Screenshot::onPromptShown(QDialog *dialog)
{
    if (m_done || m_open != QLatin1String(PromptWindow) || m_prompt)
        return;
    m_prompt = dialog;
    m_opened = true;
    m_settle.start(OpenedSettleMs);
}

void Screenshot::take()
{
    if (m_done)
        return;
    if (!m_open.isEmpty() && !m_opened) {
        open();
        return;
    }
    m_timeout.stop();
    m_settle.stop();
    QWidget *target = m_open.isEmpty() ? m_window : openedWindow();
    if (!target) {
        std::fprintf(stderr, "ve-console: the window \"%s\" did not open\n", qPrintable(m_open));
        finish(1);
        return;
    }
    const bool saved = target->grab().save(m_path, "PNG");
    if (!saved)
        std::fprintf(stderr, "ve-console: cannot write the screenshot to %s\n", qPrintable(m_path));
    finish(saved ? 0 : 1);
}

void Screenshot::open()
{
    if (m_open == QLatin1String(PromptWindow)) { // the timeout: no question was asked
        std::fprintf(stderr, "ve-console: the console asked nothing to take a screenshot of\n");
        finish(1);
        return;
    }
    QAction *action = nullptr;
    for (const auto &[name, objectName] : Actions) {
        if (m_open == QLatin1String(name))
            action = m_window->findChild<QAction *>(QString::fromLatin1(objectName));
    }
    if (!action || !action->isEnabled()) {
        std::fprintf(
            stderr, "ve-console: \"%s\" is not available for the selected server\n", qPrintable(m_open));
        finish(1);
        return;
    }
    m_opened = true;
    // Queued: a modal dialog's exec() would otherwise run inside this call. The timers keep
    // working in its event loop.
    QTimer::singleShot(0, action, &QAction::trigger);
    m_timeout.start();
    m_settle.start(OpenedSettleMs);
}

// The prompt, else the modal dialog, else the window the action opened beside the main window.
QWidget *Screenshot::openedWindow() const
{
    if (m_prompt)
        return m_prompt;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        const Qt::WindowType type = w->windowType();
        if (w != m_window && w->isVisible() && (type == Qt::Dialog || type == Qt::Window))
            return w;
    }
    return nullptr;
}

void Screenshot::finish(int code)
{
    m_done = true;
    m_timeout.stop();
    m_settle.stop();
    // Leaves every event loop, a modal dialog's included.
    QCoreApplication::exit(code);
}
