// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

SecretStore::Outcome outcomeOf(const QKeychain::Job *job)
{
    SecretStore::Outcome outcome;
    switch (job->error()) {
    case QKeychain::NoError:
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.error = SecretStore::Error::NotFound;
        outcome.errorText = u"no token stored for this server"_s;
        return outcome;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.error = SecretStore::Error::AccessDenied;
        outcome.errorText = u"the keychain refused access: "_s + job->errorString();
        return outcome;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing session bus, a missing Secret Service or a keyring without a login
        // collection all arrive as OtherError with a D-Bus message: the keychain is not usable.
        outcome.error = SecretStore::Error::NoKeychain;
        outcome.errorText = u"no keychain available (%1); tokens cannot be stored"_s.arg(job->errorString());
        return outcome;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    outcome.error = SecretStore::Error::Other;
    outcome.errorText = u"keychain error: "_s + job->errorString();
    return outcome;
}

// Jobs are children of the store: they die with it, and then their callbacks do not run.
template<typename JobType>
JobType *makeJob(SecretStore *store, const QString &serverId, SecretStore::Callback done,
    std::function<void(JobType *, SecretStore::Outcome &)> extract = {})
{
    auto *job = new JobType(QString::fromUtf16(SecretStore::ServiceName), store);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(serverId);
    QObject::connect(
        job, &QKeychain::Job::finished, store, [job, done = std::move(done), extract = std::move(extract)] {
            SecretStore::Outcome outcome = outcomeOf(job);
            if (outcome.ok() && extract)
                extract(job, outcome);
            done(outcome);
        });
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

void SecretStore::writeToken(const QString &serverId, const QString &token, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, serverId, std::move(done));
    job->setTextData(token);
    job->start();
}

void SecretStore::readToken(const QString &serverId, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, serverId, std::move(done),
        [](QKeychain::ReadPasswordJob *j, Outcome &outcome) { outcome.token = j->textData(); });
    job->start();
}

void SecretStore::deleteToken(const QString &serverId, Callback done)
{
    makeJob<QKeychain::DeletePasswordJob>(this, serverId, std::move(done))->start();
}
