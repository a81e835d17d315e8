// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/simulatedvsphere.h"

#include "agent/certificatestore.h"
#include "agent/securefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

QStringList SimulatedVSphere::names()
{
    return {u"esxi-01.sim"_s, u"vcenter.sim"_s};
}

bool SimulatedVSphere::start(const QString &dir, QString *error)
{
    const QDir folder(QDir(dir).filePath(u"vsphere"_s));
    if (!SecureFile::makePrivateDirectory(folder.path(), error))
        return false;
    for (const QString &name : names()) {
        const QString certificate = folder.filePath(name + u".crt"_s);
        const QString key = folder.filePath(name + u".key"_s);
        if (!QFileInfo::exists(certificate) && !QFileInfo::exists(key)
            && !CertificateStore::createSelfSigned(certificate, key, name, error))
            return false;
        CertificateStore::Identity identity;
        if (!CertificateStore::load(certificate, key, &identity, error))
            return false;
        auto *server = new QSslServer(this);
        server->setSslConfiguration(CertificateStore::serverConfiguration(identity));
        connect(server, &QTcpServer::pendingConnectionAvailable, server, [server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
                socket->disconnectFromHost();
            }
        });
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            *error = u"the simulated %1 cannot listen: %2"_s.arg(name, server->errorString());
            return false;
        }
        m_servers.append({name, server});
    }
    return true;
}

QHash<QString, QPair<QHostAddress, quint16>> SimulatedVSphere::endpoints() const
{
    QHash<QString, QPair<QHostAddress, quint16>> out;
    for (const auto &[name, server] : m_servers)
        out.insert(name, {QHostAddress(QHostAddress::LocalHost), server->serverPort()});
    return out;
}
