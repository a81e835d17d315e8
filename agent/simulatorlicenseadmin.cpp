// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/simulatorlicenseadmin.h"

#include "agent/agentserver.h"
#include "agent/httperrors.h"
#include "agent/securefile.h"
#include "agent/simulatorbackend.h"
#include "core/filetransfer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

void later(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

bool readInt(const QJsonObject &o, const QString &key, qint64 min, qint64 max, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        *error = u"\"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

} // namespace

SimulatorLicenseAdmin::SimulatorLicenseAdmin(SimulatorBackend *backend, const QString &serverDir)
    : LicenseAdmin(QString(), backend)
    , m_backend(backend)
    , m_serverDir(serverDir)
    , m_recorded(modelledFacts(backend->hostName()))
    , m_current(m_recorded)
{ }

HostFacts SimulatorLicenseAdmin::modelledFacts(const QString &hostName)
{
    HostFacts f;
    f.cpuCores = 4;
    f.memoryMB = 8192;
    f.machineId
        = QString::fromLatin1(QCryptographicHash::hash(hostName.toUtf8(), QCryptographicHash::Md5).toHex());
    f.hypervisor = u"kvm"_s;
    f.cloudProvider = u"aws"_s;
    f.cloudInstanceType = u"t3.large"_s;
    f.readAt = QDateTime::currentDateTimeUtc();
    return f;
}

QStringList SimulatorLicenseAdmin::capabilities() const
{
    return {QString::fromUtf16(Capability::Fingerprint), QString::fromUtf16(Capability::LicenseUpdate),
        QString::fromUtf16(Capability::Backup)};
}

void SimulatorLicenseAdmin::exportFingerprint(FileDone done)
{
    const QString host = m_backend->hostName();
    const QByteArray seed
        = (host + u'|' + m_current.machineId + u'|' + QString::number(m_current.cpuCores.value_or(0)))
              .toUtf8();
    const QString text
        = u"<<VE Fingerprint>> (simulated license server)\nHost: %1\nFingerprint: %2\n"
          "CPU cores: %3\nMemory: %4 MB\nHypervisor: %5\nInstance type: %6\n"_s.arg(host,
              QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex()),
              QString::number(m_current.cpuCores.value_or(0)),
              QString::number(m_current.memoryMB.value_or(0)), m_current.hypervisor,
              m_current.cloudInstanceType);
    const QString name = FileTransfer::stampedName(host, u"fingerprint"_s, m_backend->now(), u"txt"_s);
    later(this, [done, name, text] { done({}, name, text.toUtf8()); });
}

void SimulatorLicenseAdmin::installLicense(
    const QByteArray &text, const License &update, const License &, InstallDone done)
{
    ApiError error;
    const LicenseDocument previous = m_backend->license(&error);
    const QString dir = QDir(m_serverDir).filePath(u"license-backups"_s);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'");
    const QString backupFile = QDir(dir).filePath(u"license-%1.lic"_s.arg(stamp));
    QString writeError;
    if (!SecureFile::makePrivateDirectory(dir, &writeError)
        || !SecureFile::writeNew(backupFile, previous.raw.toUtf8(), 0600, &writeError)) {
        later(this, [done, writeError] {
            done({{500, u"backup-failed"_s, u"Nothing was changed: "_s + writeError}, {}, {}, false});
        });
        return;
    }
    m_backend->setInstalledLicense(QString::fromUtf8(text));
    const QString id = update.licenseId.value_or(QString());
    const QString message
        = u"Installed license %1 on the simulated server; license_viewer shows it. The previous "
          "license was saved as %2. (The simulation keeps the limits of its original "
          "license.)"_s.arg(id.isEmpty() ? licenseKeyTypeName(update.keyType) : id, backupFile);
    later(this, [done, message, backupFile] { done({{}, message, backupFile, false}); });
}

bool SimulatorLicenseAdmin::collectBackup(BackupKind kind, QList<BackupEntry> *entries, ApiError *error)
{
    if (kind == BackupKind::Instances) {
        *error = {
            404, u"not-found"_s, u"This simulated server has no instances.db: it is not in AutoVE mode."_s};
        return false;
    }
    ApiError licenseError;
    const LicenseDocument doc = m_backend->license(&licenseError);
    entries->append({u"opt/license-server/license.lic"_s, doc.raw.toUtf8(), m_backend->now(), 0600});
    return true;
}

HostFactsReport SimulatorLicenseAdmin::report() const
{
    HostFactsReport r;
    r.recorded = m_recorded;
    r.current = m_current;
    r.current.readAt = QDateTime::currentDateTimeUtc();
    r.drift = HostFactsCheck::compare(m_recorded, m_current);
    return r;
}

void SimulatorLicenseAdmin::hostFacts(FactsDone done)
{
    const HostFactsReport r = report();
    later(this, [done, r] { done({}, r); });
}

void SimulatorLicenseAdmin::acceptHostFacts(FactsDone done)
{
    m_recorded = m_current;
    m_recorded.readAt = QDateTime::currentDateTimeUtc();
    hostFacts(std::move(done));
}

bool SimulatorLicenseAdmin::changeFacts(const QJsonObject &changes, QString *error)
{
    if (changes.value(u"reset"_s).toBool()) {
        m_current = m_recorded;
        return true;
    }
    HostFacts next = m_current;
    qint64 cores = next.cpuCores.value_or(0);
    qint64 memory = next.memoryMB.value_or(0);
    if (!readInt(changes, u"cpuCores"_s, 1, 4096, &cores, error)
        || !readInt(changes, u"memoryMB"_s, 1, qint64(1) << 30, &memory, error))
        return false;
    next.cpuCores = int(cores);
    next.memoryMB = memory;
    const std::pair<QString, QString *> texts[] = {{u"hypervisor"_s, &next.hypervisor},
        {u"cloudProvider"_s, &next.cloudProvider}, {u"cloudInstanceType"_s, &next.cloudInstanceType},
        {u"machineId"_s, &next.machineId}, {u"productUuid"_s, &next.productUuid}};
    for (const auto &[key, target] : texts) {
        const QJsonValue v = changes.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString() || v.toString().size() > 100) {
            *error = u"\"%1\" must be a text of at most 100 characters"_s.arg(key);
            return false;
        }
        *target = v.toString();
    }
    m_current = next;
    return true;
}

void SimulatorLicenseAdmin::installRoute(
    AgentServer &server, SimulatorBackend *primary, SimulatorBackend *backup)
{
    server.addRoute(RouteTable::Method::Post, u"/api/v1/simulator/{server}/host-facts"_s,
        RouteTable::Access::Admin, RouteTable::Body::Json,
        [primary, backup](const ApiRequest &request, ApiResponder reply) {
            const QString role = request.arguments.value(0);
            SimulatorBackend *target = role == "primary"_L1 ? primary
                : role == "backup"_L1                       ? backup
                                                            : nullptr;
            auto *admin = target ? qobject_cast<SimulatorLicenseAdmin *>(target->licenseAdmin()) : nullptr;
            if (!admin) {
                reply.sendError(404, QString::fromLatin1(HttpErrors::NotFound),
                    u"No simulated server \"%1\" (primary or backup)."_s.arg(role.left(100)));
                return;
            }
            QString error;
            if (!admin->changeFacts(request.json, &error)) {
                reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), error);
                return;
            }
            reply.sendJson(hostFactsReportToJson(admin->report()));
        });
}
