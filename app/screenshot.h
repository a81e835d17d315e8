// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class MainWindow;

// `--screenshot FILE`: saves a PNG of the main window once the current page's data has arrived
// (or after a bounded wait), then quits the application with 0, or 1 when the file could not be
// written. Nothing blocks: it listens to the window's data signals and a timer.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    Screenshot(MainWindow *window, const QString &path, int timeoutMs, QObject *parent = nullptr);

    void start();

private:
    void check();
    void take();

    MainWindow *m_window;
    QString m_path;
    QTimer m_timeout;
    QTimer m_settle;
    bool m_done = false;
};
