// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class QSslServer;

// The VMware side of the simulator: TLS endpoints on 127.0.0.1 standing in for an ESXi host and a
// vCenter (names()), each with its own self-signed certificate, made on the first start in
// <dir>/vsphere/ and kept, so their thumbprints stay the same from one run to the next. They
// complete TLS handshakes and close the connection: all the esxi_bind pre-flight needs. The
// simulator's pre-flight maps these names to them (EsxiBindPreflight::Options::endpoints).
class SimulatedVSphere : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static QStringList names(); // "esxi-01.sim", "vcenter.sim"

    // Once; false with *error when a certificate cannot be made or a port not bound.
    bool start(const QString &dir, QString *error);
    // name → loopback address and port, for the pre-flight.
    QHash<QString, QPair<QHostAddress, quint16>> endpoints() const;

private:
    QList<QPair<QString, QSslServer *>> m_servers;
};
