// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"
#include "core/protocol.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

// One watched license server: polls status, license and sessions through an AgentClient on a
// timer, with exponential backoff after errors, and keeps the last good answers. Lives on the
// GUI thread; never blocks (all I/O is async).
//
// Signal order for one poll round: stateChanged (if the state changed) → statusUpdated →
// licenseUpdated (when the license document differs from the last one) → sessionsUpdated →
// hoursSampled (COUNTDOWN licenses only). On any failure: stateChanged with the reason, and the
// next try is scheduled after the backoff (nextRetry()).
//
// States: start() → Connecting → Connected | Degraded | Unreachable | AuthFailed | Untrusted |
// CertificateChanged. A successful round goes back to the normal interval. Unreachable and
// AuthFailed retry after an exponential backoff (2 s, 4 s, 8 s … capped at 5 min, ±10 % jitter).
// Untrusted and CertificateChanged stop polling until setEndpoint() gives a (new) pin, or until
// pollNow() finds the certificate acceptable again. stateChanged is emitted on every failed
// round (even when the state stays, because errorText() and nextRetry() changed) and on a
// successful round when the state or errorText() changed. A license that cannot be read
// because none is installed ("no-license") is not a failure: hasLicense() turns false.
// stop() and setEndpoint() discard the answers of a round still in flight.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // not started
        Connecting, // first round in flight
        Connected, // last round fully answered
        Degraded, // status answered, but some capability's route failed
        Unreachable, // network error or timeout: errorText(), nextRetry()
        AuthFailed, // 401/403
        Untrusted, // no pin yet: certificate() holds what to show the admin
        CertificateChanged, // pin mismatch: certificate() vs pinnedSha256(); polling stops
    };
    Q_ENUM(State)

    struct HoursSample
    {
        QDateTime time; // UTC, the agent's clock
        double hours = 0;
    };

    explicit ServerConnection(QObject *parent = nullptr);

    void setEndpoint(const QUrl &url, const QString &token, const QByteArray &pinnedSha256);
    void setPollInterval(int ms); // default 10 000
    void start(); // first round now
    void stop();
    void pollNow(); // "Verify now" / refresh: one round immediately

    State state() const;
    QString errorText() const; // human text for the state, empty when Connected
    QDateTime nextRetry() const; // when Unreachable/AuthFailed: the next attempt (local time)
    PeerCertificate certificate() const;
    QByteArray pinnedSha256() const;

    const AgentStatus &status() const; // last good
    const LicenseDocument &license() const; // last good
    bool hasLicense() const;
    ApiError licenseError() const; // e.g. no-license
    const QList<Session> &sessions() const;
    const QList<HoursSample> &hoursHistory() const; // since the console started watching
    QStringList failingCapabilities() const; // capabilities whose route failed last round
    qint64 clockSkewMs() const; // agent clock minus local clock, at last status

    AgentClient *client() const; // for routes without a wrapper here

    static constexpr int MaxHoursSamples = 10000;
    static constexpr int MinBackoffMs = 2000;
    static constexpr int MaxBackoffMs = 5 * 60 * 1000;

Q_SIGNALS:
    void stateChanged(ServerConnection::State state);
    void statusUpdated();
    void licenseUpdated();
    void sessionsUpdated();
    void hoursSampled(const ServerConnection::HoursSample &sample);

private:
    struct Round;
    void runRound();
    void fetchCapabilities(const std::shared_ptr<Round> &round);
    void finishRound(const std::shared_ptr<Round> &round);
    void failRound(ClientFailure failure, const ApiError &error, const PeerCertificate &certificate);
    void setState(State state, const QString &text, bool always);
    void scheduleNext(int ms);
    int nextBackoffMs();

    AgentClient *m_client;
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_errorText;
    QDateTime m_nextRetry;
    PeerCertificate m_certificate;
    AgentStatus m_status;
    LicenseDocument m_license;
    bool m_hasLicense = false;
    ApiError m_licenseError;
    QList<Session> m_sessions;
    QList<HoursSample> m_hours;
    QStringList m_failing;
    qint64 m_skewMs = 0;
    int m_intervalMs = 10000;
    int m_backoffStep = 0;
    quint64 m_generation = 0; // bumped by stop()/setEndpoint(): older answers are dropped
    bool m_running = false;
    bool m_inFlight = false;
};
