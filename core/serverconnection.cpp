// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serverconnection.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

// The answers of one poll round, committed together when the round ends.
struct ServerConnection::Round
{
    quint64 generation = 0;
    Result<AgentStatus> status;
    QDateTime receivedUtc; // local clock when the status arrived
    bool askedLicense = false;
    Result<LicenseDocument> license;
    bool askedSessions = false;
    Result<QList<Session>> sessions;
};

namespace {

bool isHardFailure(ClientFailure failure)
{
    // These concern the whole server, not one capability.
    return failure == ClientFailure::CertificateChanged || failure == ClientFailure::Unpinned
        || failure == ClientFailure::Unauthorized;
}

} // namespace

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
    , m_client(new AgentClient(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerConnection::runRound);
}

void ServerConnection::setEndpoint(const QUrl &url, const QString &token, const QByteArray &pinnedSha256)
{
    if (url != m_client->baseUrl()) {
        // Another server: nothing of the old one may be shown for it.
        m_status = {};
        m_license = {};
        m_hasLicense = false;
        m_licenseError = {};
        m_sessions.clear();
        m_hours.clear();
        m_failing.clear();
        m_certificate = {};
        m_skewMs = 0;
    }
    m_client->setBaseUrl(url);
    m_client->setToken(token);
    m_client->setPinnedSha256(pinnedSha256);
    ++m_generation;
    m_inFlight = false;
    m_backoffStep = 0;
    if (m_running) {
        m_timer.stop();
        setState(State::Connecting, {}, false);
        runRound();
    }
}

void ServerConnection::setPollInterval(int ms)
{
    m_intervalMs = qMax(100, ms);
}

void ServerConnection::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffStep = 0;
    setState(State::Connecting, {}, false);
    runRound();
}

void ServerConnection::stop()
{
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
    m_nextRetry = {};
    setState(State::Idle, {}, false);
}

void ServerConnection::pollNow()
{
    if (m_inFlight)
        return; // a round is already on its way; its answer is as fresh as a new one
    m_timer.stop();
    if (m_state == State::Idle)
        setState(State::Connecting, {}, false);
    runRound();
}

void ServerConnection::runRound()
{
    m_inFlight = true;
    auto round = std::make_shared<Round>();
    round->generation = m_generation;
    m_client->status([this, round](const Result<AgentStatus> &result) {
        if (round->generation != m_generation)
            return;
        round->status = result;
        round->receivedUtc = QDateTime::currentDateTimeUtc();
        if (!result.ok()) {
            finishRound(round);
            return;
        }
        round->askedLicense = result.value.has(Capability::License);
        round->askedSessions = result.value.has(Capability::Sessions);
        fetchCapabilities(round);
    });
}

// License, then sessions, one after the other on the same kept-alive connection.
void ServerConnection::fetchCapabilities(const std::shared_ptr<Round> &round)
{
    const auto fetchSessions = [this, round] {
        if (!round->askedSessions) {
            finishRound(round);
            return;
        }
        m_client->sessions([this, round](const Result<QList<Session>> &result) {
            if (round->generation != m_generation)
                return;
            round->sessions = result;
            finishRound(round);
        });
    };
    if (!round->askedLicense) {
        fetchSessions();
        return;
    }
    m_client->license([this, round, fetchSessions](const Result<LicenseDocument> &result) {
        if (round->generation != m_generation)
            return;
        round->license = result;
        if (isHardFailure(result.failure))
            finishRound(round);
        else
            fetchSessions();
    });
}

void ServerConnection::finishRound(const std::shared_ptr<Round> &round)
{
    m_inFlight = false;
    const Result<AgentStatus> &status = round->status;
    if (!status.certificate.isNull())
        m_certificate = status.certificate;
    if (!status.ok()) {
        failRound(status.failure, status.error, status.certificate);
        return;
    }
    if (isHardFailure(round->license.failure)) {
        failRound(round->license.failure, round->license.error, round->license.certificate);
        return;
    }
    if (isHardFailure(round->sessions.failure)) {
        failRound(round->sessions.failure, round->sessions.error, round->sessions.certificate);
        return;
    }

    m_status = status.value;
    if (m_status.hostClock.isValid())
        m_skewMs = round->receivedUtc.msecsTo(m_status.hostClock);
    QStringList failing;
    QStringList problems;

    bool licenseChanged = false;
    const Result<LicenseDocument> &license = round->license;
    if (!round->askedLicense) {
        licenseChanged = m_hasLicense;
        m_hasLicense = false;
        m_licenseError = ApiError {0, u"not-reported"_s, u"this server does not report its license"_s};
    } else if (license.ok()) {
        licenseChanged
            = !m_hasLicense || licenseDocumentToJson(license.value) != licenseDocumentToJson(m_license);
        m_license = license.value;
        m_hasLicense = true;
        m_licenseError = {};
    } else if (license.failure == ClientFailure::Server && license.error.code == "no-license"_L1) {
        licenseChanged = m_hasLicense || m_licenseError.code != license.error.code;
        m_hasLicense = false;
        m_license = {};
        m_licenseError = license.error;
    } else {
        // Keep the last good document; say that it could not be refreshed.
        m_licenseError = license.error;
        failing.append(QString::fromUtf16(Capability::License));
        problems.append(u"license: "_s + license.error.message);
    }

    const bool sessionsFetched = round->askedSessions && round->sessions.ok();
    if (sessionsFetched) {
        m_sessions = round->sessions.value;
    } else if (round->askedSessions) {
        failing.append(QString::fromUtf16(Capability::Sessions));
        problems.append(u"sessions: "_s + round->sessions.error.message);
    } else {
        m_sessions.clear();
    }
    m_failing = failing;

    std::optional<double> hours = m_status.remainingHours;
    if (round->askedLicense && license.ok() && license.value.remainingHours)
        hours = license.value.remainingHours;
    std::optional<HoursSample> sample;
    if (hours) {
        sample = HoursSample {
            m_status.hostClock.isValid() ? m_status.hostClock.toUTC() : round->receivedUtc, *hours};
        m_hours.append(*sample);
        if (m_hours.size() > MaxHoursSamples)
            m_hours.remove(0, m_hours.size() - MaxHoursSamples);
    }

    m_backoffStep = 0;
    scheduleNext(m_intervalMs);
    setState(failing.isEmpty() ? State::Connected : State::Degraded, problems.join(u"; "_s), false);
    Q_EMIT statusUpdated();
    if (licenseChanged)
        Q_EMIT licenseUpdated();
    if (sessionsFetched || !round->askedSessions)
        Q_EMIT sessionsUpdated();
    if (sample)
        Q_EMIT hoursSampled(*sample);
}

void ServerConnection::failRound(
    ClientFailure failure, const ApiError &error, const PeerCertificate &certificate)
{
    if (!certificate.isNull())
        m_certificate = certificate;
    switch (failure) {
    case ClientFailure::Unpinned:
        m_nextRetry = {};
        setState(State::Untrusted, error.message, true);
        return;
    case ClientFailure::CertificateChanged:
        m_nextRetry = {};
        setState(State::CertificateChanged, error.message, true);
        return;
    case ClientFailure::Unauthorized:
    case ClientFailure::Forbidden:
        scheduleNext(nextBackoffMs());
        setState(State::AuthFailed, u"authentication failed: "_s + error.message, true);
        return;
    case ClientFailure::Protocol:
    case ClientFailure::Server:
        scheduleNext(nextBackoffMs());
        setState(State::Unreachable, u"the agent did not answer usably: "_s + error.message, true);
        return;
    case ClientFailure::Network:
    case ClientFailure::Timeout:
    case ClientFailure::None:
        scheduleNext(nextBackoffMs());
        setState(State::Unreachable, error.message, true);
        return;
    }
}

void ServerConnection::setState(State state, const QString &text, bool always)
{
    const bool changed = state != m_state || text != m_errorText;
    m_state = state;
    m_errorText = text;
    if (changed || always)
        Q_EMIT stateChanged(state);
}

void ServerConnection::scheduleNext(int ms)
{
    if (!m_running) {
        m_nextRetry = {};
        return;
    }
    m_nextRetry = QDateTime::currentDateTime().addMSecs(ms);
    m_timer.start(ms);
}

int ServerConnection::nextBackoffMs()
{
    const qint64 base = qMin<qint64>(qint64(MinBackoffMs) << qMin(m_backoffStep, 20), MaxBackoffMs);
    ++m_backoffStep;
    // ±10 % so that many consoles restarted together do not hit an agent in lockstep.
    const double jitter = 0.9 + 0.2 * QRandomGenerator::global()->generateDouble();
    return int(qMin<double>(double(base) * jitter, MaxBackoffMs));
}

ServerConnection::State ServerConnection::state() const
{
    return m_state;
}

QString ServerConnection::errorText() const
{
    return m_errorText;
}

QDateTime ServerConnection::nextRetry() const
{
    return m_nextRetry;
}

PeerCertificate ServerConnection::certificate() const
{
    return m_certificate;
}

QByteArray ServerConnection::pinnedSha256() const
{
    return m_client->pinnedSha256();
}

const AgentStatus &ServerConnection::status() const
{
    return m_status;
}

const LicenseDocument &ServerConnection::license() const
{
    return m_license;
}

bool ServerConnection::hasLicense() const
{
    return m_hasLicense;
}

ApiError ServerConnection::licenseError() const
{
    return m_licenseError;
}

const QList<Session> &ServerConnection::sessions() const
{
    return m_sessions;
}

const QList<ServerConnection::HoursSample> &ServerConnection::hoursHistory() const
{
    return m_hours;
}

QStringList ServerConnection::failingCapabilities() const
{
    return m_failing;
}

qint64 ServerConnection::clockSkewMs() const
{
    return m_skewMs;
}

AgentClient *ServerConnection::client() const
{
    return m_client;
}
