// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/testtiming.h"

#include <QFile>
#include <QList>
#include <QString>

// The resident memory of a process (VmRSS of /proc/PID/status), for tests that check the agent's
// memory stays bounded; -1 when the process is gone.
inline qint64 processRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Built with AddressSanitizer (AddressSanitized, testtiming.h): freed memory stays in its
// quarantine (256 MB) and every allocation carries red zones, so resident memory says nothing
// about what the agent holds. Memory bounds are asserted in the ordinary build only.
