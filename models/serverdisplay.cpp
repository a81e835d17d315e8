// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/serverdisplay.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's strings (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerDisplay)
};

} // namespace

namespace ServerDisplay {

QString stateText(ServerConnection::State state)
{
    using State = ServerConnection::State;
    switch (state) {
    case State::Idle:
        return Text::tr("Not connected");
    case State::Connecting:
        return Text::tr("Connecting");
    case State::Connected:
        return Text::tr("Connected");
    case State::Degraded:
        return Text::tr("Degraded");
    case State::Unreachable:
        return Text::tr("Unreachable");
    case State::AuthFailed:
        return Text::tr("Authentication failed");
    case State::Untrusted:
        return Text::tr("Certificate not trusted yet");
    case State::CertificateChanged:
        return Text::tr("Certificate changed");
    }
    return {};
}

QIcon stateIcon(ServerConnection::State state)
{
    using State = ServerConnection::State;
    switch (state) {
    case State::Idle:
        return QIcon(u":/icons/state-idle.svg"_s);
    case State::Connecting:
        return QIcon(u":/icons/state-connecting.svg"_s);
    case State::Connected:
        return QIcon(u":/icons/state-connected.svg"_s);
    case State::Degraded:
        return QIcon(u":/icons/state-degraded.svg"_s);
    case State::Unreachable:
        return QIcon(u":/icons/state-unreachable.svg"_s);
    case State::AuthFailed:
        return QIcon(u":/icons/state-authfailed.svg"_s);
    case State::Untrusted:
        return QIcon(u":/icons/state-untrusted.svg"_s);
    case State::CertificateChanged:
        return QIcon(u":/icons/state-certchanged.svg"_s);
    }
    return {};
}

QString retryText(ServerConnection::State state, const QDateTime &nextRetry, const QDateTime &now)
{
    if (!nextRetry.isValid()
        || (state != ServerConnection::State::Unreachable && state != ServerConnection::State::AuthFailed))
        return {};
    const qint64 seconds = std::max<qint64>(0, now.secsTo(nextRetry));
    return Text::tr("Next try at %1 (in %2 s).")
        .arg(nextRetry.toLocalTime().time().toString(u"HH:mm:ss"_s))
        .arg(seconds);
}

QString stateDescription(
    ServerConnection::State state, const QString &errorText, const QDateTime &nextRetry, const QDateTime &now)
{
    QString text = stateText(state);
    if (!errorText.isEmpty())
        text += u": "_s + errorText;
    const QString retry = retryText(state, nextRetry, now);
    if (!retry.isEmpty())
        text += u' ' + retry;
    return text;
}

QString environmentName(ServerEntry::Environment environment)
{
    switch (environment) {
    case ServerEntry::Environment::Production:
        return Text::tr("Production");
    case ServerEntry::Environment::Test:
        return Text::tr("Test");
    case ServerEntry::Environment::DisasterRecovery:
        return Text::tr("Disaster recovery");
    case ServerEntry::Environment::None:
        break;
    }
    return {};
}

QString environmentTag(ServerEntry::Environment environment)
{
    switch (environment) {
    case ServerEntry::Environment::Production:
        return Text::tr("PROD");
    case ServerEntry::Environment::Test:
        return Text::tr("TEST");
    case ServerEntry::Environment::DisasterRecovery:
        return Text::tr("DR");
    case ServerEntry::Environment::None:
        break;
    }
    return {};
}

QColor environmentColor(ServerEntry::Environment environment)
{
    switch (environment) {
    case ServerEntry::Environment::Production:
        return QColor(0xc6, 0x3b, 0x32);
    case ServerEntry::Environment::Test:
        return QColor(0x2e, 0x8b, 0x57);
    case ServerEntry::Environment::DisasterRecovery:
        return QColor(0xd0, 0x84, 0x10);
    case ServerEntry::Environment::None:
        break;
    }
    return {};
}

QString pairRoleName(ServerEntry::PairRole role)
{
    switch (role) {
    case ServerEntry::PairRole::Primary:
        return Text::tr("Primary");
    case ServerEntry::PairRole::Backup:
        return Text::tr("Backup");
    case ServerEntry::PairRole::None:
        break;
    }
    return {};
}

} // namespace ServerDisplay
