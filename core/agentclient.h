// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

struct HistoryDocument;
class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslError;

// The certificate an agent presented, as the trust dialog shows it.
struct PeerCertificate
{
    QByteArray sha256; // raw digest, 32 bytes
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString fingerprintText() const; // "AB:CD:…" upper-case hex with colons
    bool isNull() const { return sha256.isEmpty(); }
    static PeerCertificate fromCertificate(const QSslCertificate &certificate);
};

// Why a call failed, beyond the agent's own JSON errors.
enum class ClientFailure {
    None,
    Network, // connection refused, DNS, reset …
    Timeout, // no complete answer within the timeout
    Unpinned, // no pin configured: certificate in `certificate`, admin must decide
    CertificateChanged, // pinned fingerprint differs: both fingerprints in the result
    Unauthorized, // 401
    Forbidden, // 403
    Protocol, // not JSON, wrong shape, too large, wrong protocol version
    Server, // any other JSON error from the agent (code/message in `error`)
};

template<typename T> struct Result
{
    T value {};
    ClientFailure failure = ClientFailure::None;
    ApiError error; // code/message to show; set whenever failure != None
    PeerCertificate certificate; // what the server presented (always filled after TLS)
    QByteArray pinnedSha256; // with CertificateChanged: the pin that was expected
    bool ok() const { return failure == ClientFailure::None; }
};

// Talks to one ve-agent over HTTPS. Async; every callback runs on the thread of the client, once.
// Pinning: with a pin set, a certificate whose SHA-256 differs is refused (CertificateChanged,
// request never sent); without a pin any certificate fails with Unpinned so the caller can
// show the trust dialog. The token is sent as a bearer token. Responses over the size cap are
// cut off (Protocol). Owns one QNetworkAccessManager.
//
// Callback contract: each call's callback runs exactly once, always from the event loop (never
// from inside the call that started the request). When the client is destroyed first, pending
// callbacks are not called at all (requests are aborted). Deleting the client from inside a
// callback is safe.
//
// A pinned certificate is accepted despite exactly these verification errors: self-signed,
// unknown issuer, untrusted, host name mismatch. Anything else (expired, not yet valid, revoked…)
// fails with Network, code "tls-failed". ApiError codes set by the client itself: "not-https",
// "invalid-token", "network", "tls-failed", "timeout", "unpinned", "certificate-changed",
// "unauthorized", "forbidden", "bad-response", "too-large", "protocol-version"; the agent's own
// codes pass through with Server (and with Unauthorized/Forbidden when the agent sent one).
class AgentClient : public QObject
{
    Q_OBJECT

public:
    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    void setBaseUrl(const QUrl &url); // https://host:port
    QUrl baseUrl() const;
    void setToken(const QString &token);
    void setPinnedSha256(const QByteArray &sha256); // raw 32 bytes, empty = unpinned
    QByteArray pinnedSha256() const;
    void setTimeoutMs(int ms); // default 10 000
    void setMaxResponseBytes(qint64 bytes); // default 16 MiB

    void ping(std::function<void(const Result<int> &)> done); // value: protocol version
    void status(std::function<void(const Result<AgentStatus> &)> done);
    void license(std::function<void(const Result<LicenseDocument> &)> done);
    void sessions(std::function<void(const Result<QList<Session>> &)> done);
    // GET /api/v1/history (core/historysample.h): the samples in [from, to]; an invalid time is
    // left to the agent's default (to: its clock, from: 24 hours before to). A document whose
    // shape is wrong fails as a whole with Protocol "bad-response" naming the first problem.
    void history(const QDateTime &from, const QDateTime &to,
        std::function<void(const Result<HistoryDocument> &)> done);

    // Generic JSON call for routes without a typed wrapper yet. body may be empty.
    void request(const QByteArray &verb, const QString &path, const QByteArray &body,
        std::function<void(const Result<QJsonObject> &)> done);

    // Like request(), for a route that answers 2xx with a stream of JSON objects, one per line
    // (application/x-ndjson): onRecord runs for each object as it arrives, in order, from the
    // event loop; then done runs once (value empty on success; an error answer or a failure as
    // with request()). The timeout limits the silence between bytes, not the whole stream; the
    // size cap applies to each line. A line that is not a JSON object fails with bad-response.
    // To cancel, destroy the client (see clone()): nothing more is called then.
    void requestLines(const QByteArray &verb, const QString &path, const QByteArray &body,
        std::function<void(const QJsonObject &)> onRecord,
        std::function<void(const Result<QJsonObject> &)> done);

    // Like requestLines(), for a consumer that parses the stream itself (live logs: a JSON
    // document per line would be too slow for a backfill of a million lines): onData gets the
    // bytes of a 2xx answer as they arrive, in pieces cut anywhere, in order, from the event
    // loop. No size cap applies to it: the consumer bounds what it holds. `path` may end in a
    // query ("?a=b", percent-encoded).
    void requestData(const QByteArray &verb, const QString &path, const QByteArray &body,
        std::function<void(const QByteArray &)> onData,
        std::function<void(const Result<QJsonObject> &)> done);

    // A new client with the same URL, token, pin, timeout and size cap.
    AgentClient *clone(QObject *parent = nullptr) const;

private:
    struct Pending;
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
        std::function<void(const QJsonObject &)> onRecord,
        std::function<void(const Result<QJsonObject> &)> done,
        std::function<void(const QByteArray &)> onData = {});
    void takeLines(QNetworkReply *reply, Pending &pending, bool atEnd);
    void finish(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
        const std::function<void(const Result<QJsonObject> &)> &done);
    void checkCertificate(QNetworkReply *reply, Pending &pending, const QList<QSslError> &errors);
    void deliver(std::function<void(const Result<QJsonObject> &)> done, const Result<QJsonObject> &result);

    QNetworkAccessManager *m_nam;
    QList<QNetworkReply *> m_pending;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_pin;
    int m_timeoutMs = 10000;
    qint64 m_maxBytes = 16 * 1024 * 1024;
};
