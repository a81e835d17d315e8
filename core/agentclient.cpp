// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agentclient.h"

#include "core/fingerprint.h"
#include "core/historysample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Per-request state shared by the reply's handlers.
struct AgentClient::Pending
{
    QByteArray pin; // the pin in force when the request started
    qint64 maxBytes = 0;
    int timeoutMs = 0;
    QByteArray body; // read incrementally, so the cap holds while reading
    PeerCertificate certificate;
    ClientFailure failure = ClientFailure::None; // set when we aborted the reply ourselves
    ApiError error;
    // requestLines(): each complete line of a 2xx answer goes here; `body` holds a partial line.
    std::function<void(const QJsonObject &)> onRecord;
    // requestData(): the bytes of a 2xx answer as they arrive (onRecord is a no-op then).
    std::function<void(const QByteArray &)> onData;

    void fail(ClientFailure why, const QString &code, const QString &message)
    {
        if (failure != ClientFailure::None)
            return; // the first reason wins; abort() reports OperationCanceled afterwards
        failure = why;
        error = ApiError {0, code, message};
    }
};

namespace {

bool acceptableWithPin(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString unpinnedMessage(const PeerCertificate &certificate)
{
    return u"the server's certificate is not trusted yet (SHA-256 %1)"_s.arg(certificate.fingerprintText());
}

QString changedMessage(const QByteArray &pin, const PeerCertificate &certificate)
{
    return u"the server's certificate changed: pinned SHA-256 %1, presented SHA-256 %2"_s.arg(
        Fingerprint::toText(pin), certificate.fingerprintText());
}

// Converts the generic JSON result into a typed one; parse(object, &error) reports shape errors.
template<typename T, typename Parse>
std::function<void(const Result<QJsonObject> &)> typed(
    std::function<void(const Result<T> &)> done, Parse parse)
{
    return [done = std::move(done), parse](const Result<QJsonObject> &raw) {
        Result<T> result;
        result.failure = raw.failure;
        result.error = raw.error;
        result.certificate = raw.certificate;
        result.pinnedSha256 = raw.pinnedSha256;
        if (raw.ok()) {
            QString error;
            result.value = parse(raw.value, &error);
            if (!error.isEmpty()) {
                result.value = T {};
                result.failure = ClientFailure::Protocol;
                result.error = ApiError {raw.error.httpStatus, u"bad-response"_s,
                    u"the agent's answer has an unexpected shape: "_s + error};
            }
        }
        done(result);
    };
}

} // namespace

PeerCertificate PeerCertificate::fromCertificate(const QSslCertificate &certificate)
{
    PeerCertificate peer;
    if (certificate.isNull())
        return peer;
    peer.sha256 = certificate.digest(QCryptographicHash::Sha256);
    peer.subject = certificate.subjectDisplayName();
    peer.issuer = certificate.issuerDisplayName();
    peer.notBefore = certificate.effectiveDate().toUTC();
    peer.notAfter = certificate.expiryDate().toUTC();
    return peer;
}

QString PeerCertificate::fingerprintText() const
{
    return Fingerprint::toText(sha256);
}

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AgentClient::~AgentClient()
{
    // Callbacks of pending requests are dropped: the replies die with m_nam, unconnected.
    for (QNetworkReply *reply : std::as_const(m_pending))
        reply->disconnect(this);
}

void AgentClient::setBaseUrl(const QUrl &url)
{
    if (url != m_baseUrl)
        m_nam->clearConnectionCache();
    m_baseUrl = url;
}

QUrl AgentClient::baseUrl() const
{
    return m_baseUrl;
}

void AgentClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void AgentClient::setPinnedSha256(const QByteArray &sha256)
{
    // A kept-alive connection was verified against the old pin: never reuse it for the new one.
    if (sha256 != m_pin)
        m_nam->clearConnectionCache();
    m_pin = sha256;
}

QByteArray AgentClient::pinnedSha256() const
{
    return m_pin;
}

void AgentClient::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void AgentClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(1, bytes);
}

void AgentClient::ping(std::function<void(const Result<int> &)> done)
{
    request("GET"_ba, u"/api/v1/ping"_s, {},
        typed<int>(std::move(done), [](const QJsonObject &object, QString *error) {
            if (object.value("product"_L1).toString() != "ve-agent"_L1) {
                *error = u"not a ve-agent (product is not \"ve-agent\")"_s;
                return 0;
            }
            const int protocol = object.value("protocol"_L1).toInt(0);
            if (protocol <= 0)
                *error = u"no protocol version"_s;
            return protocol;
        }));
}

void AgentClient::status(std::function<void(const Result<AgentStatus> &)> done)
{
    request("GET"_ba, u"/api/v1/status"_s, {},
        typed<AgentStatus>(std::move(done), [](const QJsonObject &object, QString *error) {
            AgentStatus status = statusFromJson(object, error);
            if (error->isEmpty() && status.protocol != Protocol::Version)
                *error = u"the agent speaks protocol %1, this program protocol %2"_s.arg(status.protocol)
                             .arg(Protocol::Version);
            return status;
        }));
}

void AgentClient::license(std::function<void(const Result<LicenseDocument> &)> done)
{
    request("GET"_ba, u"/api/v1/license"_s, {},
        typed<LicenseDocument>(std::move(done), [](const QJsonObject &object, QString *error) {
            return licenseDocumentFromJson(object, error);
        }));
}

void AgentClient::sessions(std::function<void(const Result<QList<Session>> &)> done)
{
    request("GET"_ba, u"/api/v1/sessions"_s, {},
        typed<QList<Session>>(std::move(done),
            [](const QJsonObject &object, QString *error) { return sessionsFromJson(object, error); }));
}

void AgentClient::history(
    const QDateTime &from, const QDateTime &to, std::function<void(const Result<HistoryDocument> &)> done)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    // A "+" would read as a space: the times are UTC ("Z"), and anything else is encoded.
    const QString encoded = query.query(QUrl::FullyEncoded);
    request("GET"_ba, encoded.isEmpty() ? u"/api/v1/history"_s : u"/api/v1/history?"_s + encoded, {},
        typed<HistoryDocument>(std::move(done),
            [](const QJsonObject &object, QString *error) { return historyFromJson(object, error); }));
}

void AgentClient::request(const QByteArray &verb, const QString &path, const QByteArray &body,
    std::function<void(const Result<QJsonObject> &)> done)
{
    send(verb, path, body, {}, std::move(done));
}

void AgentClient::requestLines(const QByteArray &verb, const QString &path, const QByteArray &body,
    std::function<void(const QJsonObject &)> onRecord, std::function<void(const Result<QJsonObject> &)> done)
{
    send(
        verb, path, body, onRecord ? std::move(onRecord) : [](const QJsonObject &) {}, std::move(done));
}

AgentClient *AgentClient::clone(QObject *parent) const
{
    auto *copy = new AgentClient(parent);
    copy->m_baseUrl = m_baseUrl;
    copy->m_token = m_token;
    copy->m_pin = m_pin;
    copy->m_timeoutMs = m_timeoutMs;
    copy->m_maxBytes = m_maxBytes;
    return copy;
}

void AgentClient::requestData(const QByteArray &verb, const QString &path, const QByteArray &body,
    std::function<void(const QByteArray &)> onData, std::function<void(const Result<QJsonObject> &)> done)
{
    send(
        verb, path, body, [](const QJsonObject &) {}, std::move(done),
        onData ? std::move(onData) : [](const QByteArray &) {});
}

void AgentClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
    std::function<void(const QJsonObject &)> onRecord, std::function<void(const Result<QJsonObject> &)> done,
    std::function<void(const QByteArray &)> onData)
{
    auto pending = std::make_shared<Pending>();
    pending->onRecord = std::move(onRecord);
    pending->onData = std::move(onData);
    pending->pin = m_pin;
    pending->maxBytes = m_maxBytes;
    pending->timeoutMs = m_timeoutMs;

    QUrl url = m_baseUrl;
    if (url.scheme() != "https"_L1 || url.host().isEmpty()) {
        Result<QJsonObject> result;
        result.failure = ClientFailure::Protocol;
        result.error = ApiError {0, u"not-https"_s,
            u"only https:// URLs with a host are supported, not \"%1\""_s.arg(m_baseUrl.toDisplayString())};
        deliver(std::move(done), result);
        return;
    }
    if (!isPrintableAscii(m_token)) {
        Result<QJsonObject> result;
        result.failure = ClientFailure::Unauthorized;
        result.error
            = ApiError {0, u"invalid-token"_s, u"the token contains characters a token cannot have"_s};
        deliver(std::move(done), result);
        return;
    }
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);

    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Accept"_ba, "application/json"_ba);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization"_ba, "Bearer "_ba + m_token.toLatin1());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    req.setSslConfiguration(ssl);

    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, body);
    m_pending.append(reply);

    // Both run in the network thread's handshake, before any request byte is written.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, pending](const QList<QSslError> &errors) {
        checkCertificate(reply, *pending, errors);
    });
    connect(reply, &QNetworkReply::encrypted, this,
        [this, reply, pending] { checkCertificate(reply, *pending, {}); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, pending] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > pending->maxBytes) {
            pending->fail(ClientFailure::Protocol, u"too-large"_s,
                u"the agent's answer is larger than %1 bytes"_s.arg(pending->maxBytes));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, pending] {
        if (pending->onRecord) {
            takeLines(reply, *pending, false);
            return;
        }
        pending->body += reply->read(pending->maxBytes + 1 - pending->body.size());
        if (pending->body.size() > pending->maxBytes) {
            pending->fail(ClientFailure::Protocol, u"too-large"_s,
                u"the agent's answer is larger than %1 bytes"_s.arg(pending->maxBytes));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, pending, done = std::move(done)] { finish(reply, pending, done); });
    // The transfer timeout only catches silence; this also ends a server that trickles bytes
    // (streams end when they end: for them only silence counts).
    if (pending->onRecord)
        return;
    QTimer::singleShot(m_timeoutMs, reply, [reply, pending] {
        if (reply->isFinished())
            return;
        pending->fail(ClientFailure::Timeout, u"timeout"_s,
            u"no complete answer within %1 s"_s.arg(pending->timeoutMs / 1000.0));
        reply->abort();
    });
}

void AgentClient::checkCertificate(QNetworkReply *reply, Pending &pending, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (peer.isNull())
            peer = error.certificate();
    }
    pending.certificate = PeerCertificate::fromCertificate(peer);
    if (pending.certificate.isNull()) {
        pending.fail(ClientFailure::Network, u"tls-failed"_s, u"the server presented no certificate"_s);
    } else if (pending.pin.isEmpty()) {
        pending.fail(ClientFailure::Unpinned, u"unpinned"_s, unpinnedMessage(pending.certificate));
    } else if (pending.certificate.sha256 != pending.pin) {
        pending.fail(ClientFailure::CertificateChanged, u"certificate-changed"_s,
            changedMessage(pending.pin, pending.certificate));
    } else {
        QStringList refused;
        for (const QSslError &error : errors) {
            if (!acceptableWithPin(error.error()))
                refused.append(error.errorString());
        }
        if (refused.isEmpty()) {
            if (!errors.isEmpty())
                reply->ignoreSslErrors(errors);
            return;
        }
        pending.fail(ClientFailure::Network, u"tls-failed"_s,
            u"the pinned certificate is not acceptable: "_s + refused.join(u"; "_s));
    }
    reply->abort();
}

void AgentClient::finish(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
    const std::function<void(const Result<QJsonObject> &)> &done)
{
    reply->deleteLater();
    m_pending.removeOne(reply);

    Result<QJsonObject> result;
    result.pinnedSha256 = pending->pin;
    result.certificate = pending->certificate;
    if (result.certificate.isNull())
        result.certificate = PeerCertificate::fromCertificate(reply->sslConfiguration().peerCertificate());
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError netError = reply->error();

    if (pending->failure == ClientFailure::None && !pending->pin.isEmpty() && !result.certificate.isNull()
        && result.certificate.sha256 != pending->pin) {
        // Defence in depth: never hand out an answer from a certificate that is not the pinned one.
        pending->fail(ClientFailure::CertificateChanged, u"certificate-changed"_s,
            changedMessage(pending->pin, result.certificate));
    }
    const bool streamed = pending->onRecord && httpStatus >= 200 && httpStatus < 300;
    if (streamed && pending->failure == ClientFailure::None && reply->isOpen())
        takeLines(reply, *pending, true);
    if (streamed && pending->failure == ClientFailure::None && netError == QNetworkReply::NoError) {
        result.error.httpStatus = httpStatus;
        deliver(done, result);
        return;
    }
    if (!streamed && pending->failure == ClientFailure::None && reply->isOpen()) {
        pending->body += reply->read(pending->maxBytes + 1 - pending->body.size());
        if (pending->body.size() > pending->maxBytes)
            pending->fail(ClientFailure::Protocol, u"too-large"_s,
                u"the agent's answer is larger than %1 bytes"_s.arg(pending->maxBytes));
    }

    if (pending->failure != ClientFailure::None) {
        result.failure = pending->failure;
        result.error = pending->error;
        result.error.httpStatus = httpStatus;
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        result.failure = ClientFailure::Timeout;
        result.error
            = ApiError {0, u"timeout"_s, u"no answer within %1 s"_s.arg(pending->timeoutMs / 1000.0)};
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        result.failure = ClientFailure::Network;
        result.error = ApiError {0, u"tls-failed"_s, reply->errorString()};
    } else if (httpStatus == 0 || (netError != QNetworkReply::NoError && int(netError) < 100)) {
        result.failure = ClientFailure::Network;
        result.error = ApiError {httpStatus, u"network"_s, reply->errorString()};
    } else if (httpStatus >= 200 && httpStatus < 300) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(pending->body, &parseError);
        if (document.isObject()) {
            result.value = document.object();
            result.error.httpStatus = httpStatus;
        } else {
            result.failure = ClientFailure::Protocol;
            result.error = ApiError {httpStatus, u"bad-response"_s,
                parseError.error != QJsonParseError::NoError
                    ? u"the agent's answer is not JSON: "_s + parseError.errorString()
                    : u"the agent's answer is not a JSON object"_s};
        }
    } else {
        // errorFromJson() always returns something; only a real error document counts as one.
        const bool isErrorDocument
            = QJsonDocument::fromJson(pending->body).object().value("error"_L1).isObject();
        result.error = errorFromJson(httpStatus, pending->body);
        result.error.httpStatus = httpStatus;
        if (httpStatus == 401 || httpStatus == 403) {
            const bool unauthorized = httpStatus == 401;
            result.failure = unauthorized ? ClientFailure::Unauthorized : ClientFailure::Forbidden;
            if (!isErrorDocument) {
                result.error.code = unauthorized ? u"unauthorized"_s : u"forbidden"_s;
                result.error.message = unauthorized ? u"the agent did not accept the token"_s
                                                    : u"the token's role may not do this"_s;
            }
        } else if (isErrorDocument) {
            result.failure = ClientFailure::Server;
        } else {
            result.failure = ClientFailure::Protocol;
            result.error = ApiError {
                httpStatus, u"bad-response"_s, u"HTTP %1 without a valid error document"_s.arg(httpStatus)};
        }
    }
    deliver(done, result);
}

void AgentClient::takeLines(QNetworkReply *reply, Pending &pending, bool atEnd)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (pending.failure != ClientFailure::None || !status.isValid() || status.toInt() < 200
        || status.toInt() >= 300) {
        // An error answer is one JSON document: collect it as request() does.
        pending.body += reply->read(pending.maxBytes + 1 - pending.body.size());
        return;
    }
    if (pending.onData) {
        // read() of exactly what is buffered hands over the reply's one received chunk without a
        // copy (readAll() always copies); with more chunks buffered it copies them once.
        QByteArray data = reply->read(reply->bytesAvailable());
        if (!data.isEmpty())
            QMetaObject::invokeMethod(
                this, [on = pending.onData, data = std::move(data)] { on(data); }, Qt::QueuedConnection);
        return;
    }
    pending.body += reply->readAll();
    qsizetype start = 0;
    for (;;) {
        qsizetype end = pending.body.indexOf('\n', start);
        if (end < 0 && atEnd && start < pending.body.size())
            end = pending.body.size(); // a last line without its newline
        if (end < 0)
            break;
        const QByteArray line = pending.body.sliced(start, end - start).trimmed();
        start = qMin(end + 1, pending.body.size());
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject()) {
            pending.fail(ClientFailure::Protocol, u"bad-response"_s,
                u"the agent's stream holds a line that is not a JSON object"_s);
            reply->abort();
            return;
        }
        // Queued like done(), so records and the end arrive in order and never re-enter.
        QMetaObject::invokeMethod(
            this, [on = pending.onRecord, object = document.object()] { on(object); }, Qt::QueuedConnection);
    }
    pending.body.remove(0, start);
    if (pending.body.size() > pending.maxBytes) {
        pending.fail(ClientFailure::Protocol, u"too-large"_s,
            u"a line of the agent's stream is longer than %1 bytes"_s.arg(pending.maxBytes));
        reply->abort();
    }
}

void AgentClient::deliver(
    std::function<void(const Result<QJsonObject> &)> done, const Result<QJsonObject> &result)
{
    // Queued: the callback never runs inside request() or inside a QNetworkReply signal, so it
    // may delete this client; a destroyed client drops the queued call.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}
