// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// One run of esxi_bind: the real program (EsxiBindProcess) or the simulator's stand-in
// (SimulatedEsxiBind). The answers are given to start() and written to standard input, which is
// then closed; output (standard output and standard error merged, in order) is reported as it
// arrives. After start(), exactly one of failedToStart() or finished() follows, from the event
// loop; terminate() and kill() are ignored before start() and after the end.
class EsxiBindTool : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(const QByteArray &standardInput) = 0;
    virtual void terminate() = 0; // ask it to stop (SIGTERM to its process group)
    virtual void kill() = 0; // stop it now (SIGKILL to its process group)
    virtual QString name() const = 0; // for messages: "esxi_bind"

Q_SIGNALS:
    void outputReceived(const QByteArray &data);
    // crashed: ended by a signal (exitCode is then meaningless)
    void finished(int exitCode, bool crashed);
    void failedToStart(const QString &error);
};
