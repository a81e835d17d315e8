// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esxibind.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <functional>

class QSslSocket;

// The pre-flight from this host to an ESXi host or a vCenter, in three steps, each with its own
// deadline: resolve the name (QHostInfo, asynchronous), connect over TCP to each address in turn
// until one answers, complete a TLS handshake. The result names the step that failed and why, or
// the target's certificate: SHA-256 thumbprint, subject, issuer, validity. A certificate a system
// trust store would not accept (ESXi's own are self-signed) is no failure: the admin confirms the
// thumbprint instead, and the reasons are listed in certificateProblems.
//
// Endpoints map names to a local address and port instead of resolving them (the simulator's
// vSphere stand-in: "esxi.sim" → 127.0.0.1:port); names are compared case-insensitively.
class EsxiBindPreflight : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int stepTimeoutMs = 10000;
        QHash<QString, QPair<QHostAddress, quint16>> endpoints; // lower-case name → address, port
    };

    // done runs once, from the event loop, on context's thread; never when context dies first.
    static void run(const QString &host, quint16 port, const Options &options, QObject *context,
        std::function<void(const EsxiPreflight &)> done);

private:
    EsxiBindPreflight(const QString &host, quint16 port, const Options &options, QObject *context,
        std::function<void(const EsxiPreflight &)> done);
    void resolve();
    void connectNext();
    void fail(const QString &step, const QString &message);
    void succeed();
    void finish();

    EsxiPreflight m_report;
    Options m_options;
    std::function<void(const EsxiPreflight &)> m_done;
    QList<QHostAddress> m_queue; // addresses still to try
    QString m_lastConnectError;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    int m_lookupId = -1;
    quint16 m_connectPort = 0; // an endpoint's port instead of the requested one
    bool m_simulated = false;
    bool m_finished = false;
};
