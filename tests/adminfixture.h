// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AgentServer;
class AuditLog;
class HostBackend;
class TokenStore;

// An in-process agent (HostBackend + AgentServer on 127.0.0.1, TLS, an admin and a viewer token)
// whose install root is a temporary directory with fake tools:
//   license_viewer     prints <root>/installed.lic (nothing when it is missing: no license)
//   license_installer  copies its argument to <root>/installed.lic; misbehaves on request:
//                      <root>/fail-before      exits 3 without touching anything
//                      <root>/fail-after-once  writes, then exits 4 (the flag is removed)
//                      <root>/garbage-once     writes another license and exits 0 (removed)
//                      every run appends its argument's content length to <root>/installer.runs
//   fingerprint        prints "FP-DATA" and touches <root>/fingerprint.ran
// Host facts come from <root>/facts/ (cpuinfo with 4 processors, meminfo with 8 GiB, a
// machine-id); nothing else of the machine is read. Client and server share this thread: every
// wait keeps the event loop running.
class AdminFixture
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString errorCode() const;
        QString errorMessage() const;
        QByteArray header(const QByteArray &name) const;
    };

    AdminFixture();
    ~AdminFixture();

    // Builds everything; `adjust` may change the configuration first. False with *error.
    bool start(QString *error, const std::function<void(AgentConfig &)> &adjust = {});

    Reply call(
        const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body = {});

    QString path(const QString &relative) const; // under the install root
    QString statePath(const QString &relative) const;
    bool write(const QString &relative, const QByteArray &data) const;
    QByteArray read(const QString &relative) const;
    static QByteArray sample(const QString &name); // tests/data/<name>
    // The readable sample license with `from` replaced by `to` (every occurrence).
    static QByteArray sampleWith(const QByteArray &from, const QByteArray &to);

    // Waits until GET /api/v1/license answers with this License ID ("" = no license).
    bool waitForLicenseId(const QString &licenseId);
    // What the installer was run on so far (one line per run).
    int installerRuns() const;

    HostBackend *backend() const { return m_backend.get(); }
    QString admin;
    QString viewer;

private:
    QTemporaryDir m_root;
    QTemporaryDir m_state;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<HostBackend> m_backend;
    std::unique_ptr<AgentServer> m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_pin;
};
