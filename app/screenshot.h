// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class MainWindow;

// `--screenshot FILE`: saves a PNG of the main window once the current page's data has arrived
// (or after a bounded wait), then quits the application with 0, or 1 when the file could not be
// written. Nothing blocks: it listens to the window's data signals and timers.
//
// With `--open NAME` it saves one of the console's other windows instead: once the data has
// arrived it triggers that window's action (a tool, a dialog), lets the window fill, and saves
// it; "prompt" saves the first question the console asks (trusting a certificate, a token).
// An action the selected server does not offer ends with 1.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    Screenshot(MainWindow *window, const QString &path, int timeoutMs, QObject *parent = nullptr);

    // The names --open accepts: "prompt", then one per action ("license-update", …).
    static QStringList windowNames();
    static constexpr auto PromptWindow = "prompt";
    void setWindowToOpen(const QString &name); // one of windowNames(); empty: the main window

    void start();

private:
    void check();
    void take();
    void open();
    void onPromptShown(QDialog *dialog);
    QWidget *openedWindow() const;
    void finish(int code);

    MainWindow *m_window;
    QString m_path;
    QString m_open;
    QTimer m_timeout;
    QTimer m_settle;
    QPointer<QDialog> m_prompt;
    bool m_opened = false;
    bool m_done = false;
};
