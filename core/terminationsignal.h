// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM and SIGINT as a Qt signal on the main thread's event loop (the self-pipe trick: the
// handler only writes a byte to a pipe). The handlers are installed by the first instance() call;
// connect whatever should stop (QCoreApplication::quit, a QEventLoop) to received().
class TerminationSignal : public QObject
{
    Q_OBJECT

public:
    static TerminationSignal *instance();

Q_SIGNALS:
    void received();

private:
    TerminationSignal();
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};
