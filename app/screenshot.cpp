// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include "app/mainwindow.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QPixmap>

#include <cstdio>

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
}

void Screenshot::start()
{
    m_timeout.start();
    check();
}

void Screenshot::check()
{
    if (m_done || m_settle.isActive())
        return;
    // Without servers there is nothing to wait for: the welcome page is what there is to see.
    if (m_window->workspace()->servers().isEmpty() || m_window->currentPageHasData())
        m_settle.start();
}

void Screenshot::take()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_settle.stop();
    const bool saved = m_window->grab().save(m_path, "PNG");
    if (!saved)
        std::fprintf(stderr, "ve-console: cannot write the screenshot to %s\n", qPrintable(m_path));
    QCoreApplication::exit(saved ? 0 : 1);
}
