// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminationsignal.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

TerminationSignal *TerminationSignal::instance()
{
    static auto *signal = new TerminationSignal; // lives as long as the process
    return signal;
}

TerminationSignal::TerminationSignal()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // no handlers then: the default action (termination) still applies
    m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignal::drain);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void TerminationSignal::drain()
{
    char bytes[64];
    while (::read(g_signalPipe[0], bytes, sizeof bytes) > 0) { }
    Q_EMIT received();
}
