// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/hostlicenseadmin.h"

#include "agent/hostfactsreader.h"
#include "agent/licenseinstalljob.h"
#include "agent/processrunner.h"
#include "core/filetransfer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

int modeOf(const QFileInfo &info)
{
    const int p = int(info.permissions());
    return (((p >> 12) & 7) << 6) | (((p >> 4) & 7) << 3) | (p & 7);
}

QString archiveName(const QString &absolutePath)
{
    return QDir::cleanPath(absolutePath).mid(1);
}

void later(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

} // namespace

HostLicenseAdmin::HostLicenseAdmin(const AgentConfig &config, QObject *parent)
    : LicenseAdmin(
        config.stateDir.isEmpty() ? QString() : QDir(config.stateDir).filePath(u"backups.json"_s), parent)
    , m_config(config)
{
    QString error;
    if (!config.stateDir.isEmpty()) {
        m_haveRecord = HostFactsReader::loadRecord(recordFile(), &m_recorded, &error);
        m_recordError = error;
    }
    // The first reading is the baseline when nothing was recorded yet.
    readFacts({});
    m_factsTimer.setInterval(FactsCheckIntervalMs);
    connect(&m_factsTimer, &QTimer::timeout, this, [this] { readFacts({}); });
    m_factsTimer.start();
}

QString HostLicenseAdmin::recordFile() const
{
    return QDir(m_config.stateDir).filePath(u"host-facts.json"_s);
}

QStringList HostLicenseAdmin::capabilities() const
{
    QStringList caps;
    if (ProcessRunner::isRunnable(m_config.fingerprintCommand))
        caps.append(QString::fromUtf16(Capability::Fingerprint));
    if (ProcessRunner::isRunnable(m_config.installerCommand)
        && ProcessRunner::isRunnable(m_config.licenseViewer))
        caps.append(QString::fromUtf16(Capability::LicenseUpdate));
    if (std::any_of(m_config.backupPaths.cbegin(), m_config.backupPaths.cend(),
            [](const QString &path) { return QFileInfo::exists(path); }))
        caps.append(QString::fromUtf16(Capability::Backup));
    return caps;
}

void HostLicenseAdmin::setVerifyTiming(int attempts, int delayMs)
{
    m_verifyAttempts = qMax(1, attempts);
    m_verifyDelayMs = qMax(0, delayMs);
}

void HostLicenseAdmin::exportFingerprint(FileDone done)
{
    if (!ProcessRunner::isRunnable(m_config.fingerprintCommand) || m_fingerprintRunning) {
        const ApiError error = m_fingerprintRunning
            ? ApiError {409, u"busy"_s,
                u"A fingerprint is being made right now; try again when it is done."_s}
            : ApiError {501, u"not-reported"_s, u"No fingerprint program is configured on this server."_s};
        later(this, [done, error] { done(error, {}, {}); });
        return;
    }
    const bool toFile = m_config.fingerprintCommand.contains(u"{file}"_s);
    const QString output = QDir(m_config.stateDir).filePath(u"fingerprint.out"_s);
    QFile::remove(output);
    QStringList command = m_config.fingerprintCommand;
    if (toFile)
        command = LicenseInstallJob::commandFor(command, output);
    const QString name = QFileInfo(command.first()).fileName();
    const int timeoutMs = m_config.adminToolTimeoutMs;
    ProcessRunner::Options options;
    options.timeoutMs = timeoutMs;
    options.environment = {{u"TZ"_s, u"UTC"_s}, {u"LC_ALL"_s, u"C"_s}};
    m_fingerprintRunning = true;
    ProcessRunner::run(
        command, options, this, [this, done, toFile, output, name, timeoutMs](const ProcessResult &r) {
            m_fingerprintRunning = false;
            if (!r.succeeded()) {
                const bool timedOut = r.outcome == ProcessResult::Outcome::TimedOut;
                done({timedOut ? 504 : 502, timedOut ? u"tool-timeout"_s : u"tool-failed"_s,
                         r.describe(name, timeoutMs)},
                    {}, {});
                return;
            }
            QByteArray data = r.standardOutput;
            if (toFile) {
                QFile file(output);
                data = file.open(QIODevice::ReadOnly) ? file.read(16 * 1024 * 1024) : QByteArray();
                file.close();
                QFile::remove(output);
            }
            if (data.isEmpty()) {
                done(
                    {502, u"tool-failed"_s, u"%1 succeeded but produced no fingerprint"_s.arg(name)}, {}, {});
                return;
            }
            const bool text = !data.contains('\0') && QString::fromUtf8(data).toUtf8() == data;
            done({},
                FileTransfer::stampedName(QSysInfo::machineHostName(), u"fingerprint"_s,
                    QDateTime::currentDateTimeUtc(), text ? u"txt"_s : u"bin"_s),
                data);
        });
}

void HostLicenseAdmin::installLicense(
    const QByteArray &text, const License &update, const License &installed, InstallDone done)
{
    if (m_installRunning) {
        later(this, [done] {
            done({{409, u"busy"_s, u"Another license update is still running."_s}, {}, {}, false});
        });
        return;
    }
    m_installRunning = true;
    LicenseInstallJob::Options options;
    options.installer = m_config.installerCommand;
    options.licenseViewer = m_config.licenseViewer;
    options.backupDir = QDir(m_config.stateDir).filePath(u"license-backups"_s);
    options.licenseFile = m_config.licenseFile;
    options.installerTimeoutMs = m_config.adminToolTimeoutMs;
    options.viewerTimeoutMs = m_config.toolTimeoutMs;
    options.verifyAttempts = m_verifyAttempts;
    options.verifyDelayMs = m_verifyDelayMs;
    LicenseInstallJob::start(
        options, text, update, installed, this, [this, done](const InstallResult &result) {
            m_installRunning = false;
            Q_EMIT licenseInstallFinished();
            done(result);
        });
}

bool HostLicenseAdmin::collectBackup(BackupKind kind, QList<BackupEntry> *entries, ApiError *error)
{
    return kind == BackupKind::Instances ? collectInstances(entries, error) : collectData(entries, error);
}

bool HostLicenseAdmin::hasInstances() const
{
    return !m_config.instancesDb.isEmpty() && QFileInfo(m_config.instancesDb).isFile();
}

bool HostLicenseAdmin::excludedFromBackup(const QString &path) const
{
    // The logs are not data: the license log's directory (rotations included) and error.log*.
    const QString logDir = QFileInfo(m_config.licenseLog).absolutePath();
    const QString clean = QDir::cleanPath(path);
    if (logDir != QDir::cleanPath(m_config.root) && (clean == logDir || clean.startsWith(logDir + u'/')))
        return true;
    for (const QString &log : {m_config.licenseLog, m_config.errorLog}) {
        const QString cleanLog = QDir::cleanPath(QFileInfo(log).absoluteFilePath());
        if (!log.isEmpty() && (clean == cleanLog || clean.startsWith(cleanLog + u'.')))
            return true;
    }
    return !m_config.stateDir.isEmpty() && clean.startsWith(QDir::cleanPath(m_config.stateDir) + u'/');
}

bool HostLicenseAdmin::collectData(QList<BackupEntry> *entries, ApiError *error) const
{
    QStringList files;
    for (const QString &path : m_config.backupPaths) {
        const QFileInfo info(path);
        if (info.isSymLink() || !info.exists())
            continue;
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.removeIf([this](const QString &file) { return excludedFromBackup(file); });
    files.sort();
    files.removeDuplicates();
    if (files.isEmpty()) {
        *error = {404, u"not-found"_s,
            u"Nothing to back up: none of the backup paths (%1) holds a file."_s.arg(
                m_config.backupPaths.join(u", "_s))};
        return false;
    }
    qint64 total = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {500, u"backup-failed"_s,
                u"Cannot read %1 (%2): the agent's user needs read access to every file it backs up."_s.arg(
                    path, file.errorString())};
            return false;
        }
        total += file.size();
        if (total > m_config.backupMaxBytes) {
            *error = {500, u"backup-too-large"_s,
                u"The backup would exceed %1 MiB; narrow server/backup_paths or raise server/backup_max_mib."_s
                    .arg(m_config.backupMaxBytes / (1024 * 1024))};
            return false;
        }
        const QFileInfo info(path);
        entries->append({archiveName(info.absoluteFilePath()), file.readAll(), info.lastModified().toUTC(),
            modeOf(info)});
    }
    return true;
}

bool HostLicenseAdmin::collectInstances(QList<BackupEntry> *entries, ApiError *error) const
{
    const QFileInfo info(m_config.instancesDb);
    if (m_config.instancesDb.isEmpty() || !info.isFile()) {
        *error = {404, u"not-found"_s,
            u"This server has no instances.db (%1): it is not in AutoVE mode."_s.arg(m_config.instancesDb)};
        return false;
    }
    // The server may write it while it is read: two reads that agree in size, time and content.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QFile file(m_config.instancesDb);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {500, u"backup-failed"_s,
                u"Cannot read %1: %2"_s.arg(m_config.instancesDb, file.errorString())};
            return false;
        }
        if (file.size() > m_config.backupMaxBytes) {
            *error = {500, u"backup-too-large"_s,
                u"instances.db is larger than %1 MiB (server/backup_max_mib)."_s.arg(
                    m_config.backupMaxBytes >> 20)};
            return false;
        }
        const QDateTime before = QFileInfo(m_config.instancesDb).lastModified();
        const QByteArray first = file.readAll();
        file.seek(0);
        const QByteArray second = file.readAll();
        const QFileInfo after(m_config.instancesDb);
        if (first == second && after.lastModified() == before && after.size() == first.size()) {
            entries->append({archiveName(info.absoluteFilePath()), first, before.toUTC(), modeOf(info)});
            return true;
        }
    }
    *error = {503, u"busy"_s, u"instances.db kept changing while it was read; try again in a moment."_s};
    return false;
}

void HostLicenseAdmin::readFacts(std::function<void()> then)
{
    if (then)
        m_factsWaiting.append(std::move(then));
    if (m_factsReading)
        return;
    m_factsReading = true;
    HostFactsReader::read(m_config.hostFacts, m_config.toolTimeoutMs, this, [this](const HostFacts &facts) {
        m_factsReading = false;
        m_current = facts;
        m_factsAge.start();
        if (!m_haveRecord && m_recordError.isEmpty() && !m_config.stateDir.isEmpty()) {
            QString error;
            if (HostFactsReader::saveRecord(recordFile(), facts, &error)) {
                m_recorded = facts;
                m_haveRecord = true;
            } else {
                m_recordError = error;
            }
        }
        const QStringList drift = HostFactsCheck::messages(report().drift);
        if (drift != m_loggedDrift && !drift.isEmpty())
            qWarning("ve-agent: host facts changed: %s", qPrintable(drift.join(u"; "_s)));
        m_loggedDrift = drift;
        const QList<std::function<void()>> waiting = std::exchange(m_factsWaiting, {});
        for (const auto &call : waiting)
            call();
    });
}

HostFactsReport HostLicenseAdmin::report() const
{
    HostFactsReport r;
    r.recorded = m_recorded;
    r.current = m_current;
    if (m_haveRecord)
        r.drift = HostFactsCheck::compare(m_recorded, m_current);
    return r;
}

void HostLicenseAdmin::hostFacts(FactsDone done)
{
    auto answer = [this, done] {
        if (!m_recordError.isEmpty()) {
            done(
                {500, u"host-facts-unrecorded"_s,
                    u"The recorded host facts cannot be used (%1); accept the current facts to record them again."_s
                        .arg(m_recordError)},
                report());
            return;
        }
        done({}, report());
    };
    if (m_factsAge.isValid() && !m_factsAge.hasExpired(FactsMaxAgeMs) && !m_factsReading)
        later(this, answer);
    else
        readFacts(answer);
}

void HostLicenseAdmin::acceptHostFacts(FactsDone done)
{
    readFacts([this, done] {
        QString error;
        if (!HostFactsReader::saveRecord(recordFile(), m_current, &error)) {
            done({500, u"host-facts-unrecorded"_s, u"Cannot record the host facts: "_s + error}, report());
            return;
        }
        m_recorded = m_current;
        m_haveRecord = true;
        m_recordError.clear();
        m_loggedDrift.clear();
        done({}, report());
    });
}
