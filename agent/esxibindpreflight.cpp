// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindpreflight.h"

#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

void EsxiBindPreflight::run(const QString &host, quint16 port, const Options &options, QObject *context,
    std::function<void(const EsxiPreflight &)> done)
{
    auto *preflight = new EsxiBindPreflight(host, port, options, context, std::move(done));
    QTimer::singleShot(0, preflight, &EsxiBindPreflight::resolve);
}

EsxiBindPreflight::EsxiBindPreflight(const QString &host, quint16 port, const Options &options,
    QObject *context, std::function<void(const EsxiPreflight &)> done)
    : QObject(context)
    , m_options(options)
    , m_done(std::move(done))
{
    m_report.host = host;
    m_report.port = port;
    m_elapsed.start();
    m_deadline.setSingleShot(true);
}

void EsxiBindPreflight::resolve()
{
    if (const QString problem = EsxiBind::checkHost(m_report.host); !problem.isEmpty()) {
        fail(u"input"_s, problem);
        return;
    }
    if (m_report.port == 0) {
        fail(u"input"_s, u"the port must be from 1 to 65535"_s);
        return;
    }
    const auto endpoint = m_options.endpoints.constFind(m_report.host.toLower());
    if (endpoint != m_options.endpoints.cend()) {
        m_queue = {endpoint->first};
        m_connectPort = endpoint->second;
        m_simulated = true;
        m_report.addresses = {endpoint->first.toString()};
        connectNext();
        return;
    }
    QString literal = m_report.host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    if (QHostAddress address; address.setAddress(literal)) {
        m_queue = {address};
        m_report.addresses = {address.toString()};
        connectNext();
        return;
    }
    m_deadline.disconnect();
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        QHostInfo::abortHostLookup(m_lookupId);
        fail(u"resolve"_s,
            u"the name %1 did not resolve within %2 s (check the DNS settings of the license-server host)"_s
                .arg(m_report.host, seconds(m_options.stepTimeoutMs)));
    });
    m_deadline.start(m_options.stepTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_report.host, this, [this](const QHostInfo &info) {
        m_deadline.stop();
        if (m_finished)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(u"resolve"_s,
                u"the name %1 does not resolve on the license-server host: %2"_s.arg(m_report.host,
                    info.error() == QHostInfo::NoError ? u"no address"_s : info.errorString()));
            return;
        }
        m_queue = info.addresses();
        for (const QHostAddress &address : std::as_const(m_queue))
            m_report.addresses.append(address.toString());
        connectNext();
    });
}

void EsxiBindPreflight::connectNext()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_queue.isEmpty()) {
        fail(u"connect"_s,
            u"no TCP connection to %1 port %2 from the license-server host: %3"_s.arg(m_report.host)
                .arg(m_report.port)
                .arg(m_lastConnectError));
        return;
    }
    const QHostAddress address = m_queue.takeFirst();
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyName(m_report.host);
    QSslConfiguration tls = m_socket->sslConfiguration();
    tls.setProtocol(QSsl::SecureProtocols);
    m_socket->setSslConfiguration(tls);
    QSslSocket *socket = m_socket;
    m_deadline.disconnect();
    connect(&m_deadline, &QTimer::timeout, this, [this, socket, address] {
        if (socket->state() == QAbstractSocket::ConnectedState) {
            fail(u"tls"_s,
                u"%1 port %2 accepted the connection but completed no TLS handshake within %3 s (is this "
                "the HTTPS port of the ESXi host or vCenter?)"_s.arg(m_report.host)
                    .arg(m_report.port)
                    .arg(seconds(m_options.stepTimeoutMs)));
            return;
        }
        m_lastConnectError
            = u"%1 did not answer within %2 s"_s.arg(address.toString(), seconds(m_options.stepTimeoutMs));
        connectNext();
    });
    connect(socket, &QSslSocket::connected, this, [this, socket, address] {
        m_report.connectedAddress = address.toString();
        m_deadline.start(m_options.stepTimeoutMs); // the handshake's own deadline
        socket->startClientEncryption();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            if (!m_report.certificateProblems.contains(error.errorString()))
                m_report.certificateProblems.append(error.errorString());
        }
        socket->ignoreSslErrors(); // the admin confirms the thumbprint instead
    });
    connect(socket, &QSslSocket::encrypted, this, &EsxiBindPreflight::succeed);
    connect(
        socket, &QAbstractSocket::errorOccurred, this, [this, socket, address](QAbstractSocket::SocketError) {
            if (m_finished)
                return;
            if (m_report.connectedAddress.isEmpty()) {
                m_lastConnectError = address.toString() + u": "_s + socket->errorString();
                connectNext();
                return;
            }
            fail(u"tls"_s,
                u"the TLS handshake with %1 port %2 failed: %3"_s.arg(m_report.host)
                    .arg(m_report.port)
                    .arg(socket->errorString()));
        });
    m_deadline.start(m_options.stepTimeoutMs);
    socket->connectToHost(address, m_connectPort ? m_connectPort : m_report.port);
}

void EsxiBindPreflight::succeed()
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull()) {
        fail(u"tls"_s, u"%1 completed the TLS handshake without a certificate"_s.arg(m_report.host));
        return;
    }
    m_report.certificate = PeerCertificate::fromCertificate(certificate);
    m_report.ok = true;
    m_report.message
        = u"%1 (%2%3) answered on port %4 and completed a TLS handshake"_s
              .arg(m_report.host, m_report.connectedAddress, m_simulated ? u", simulated"_s : QString())
              .arg(m_report.port);
    finish();
}

void EsxiBindPreflight::fail(const QString &step, const QString &message)
{
    m_report.ok = false;
    m_report.failedStep = step;
    m_report.message = message;
    finish();
}

void EsxiBindPreflight::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_report.elapsedMs = m_elapsed.elapsed();
    // From the event loop, never from inside a socket's signal or the caller's run().
    QTimer::singleShot(0, this, [this] {
        m_done(m_report);
        deleteLater();
    });
}
