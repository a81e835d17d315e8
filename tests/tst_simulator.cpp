// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licenseparser.h"
#include "core/logparser.h"
#include "core/simulator/simulatedsite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourS = 3600;
const QString PrimaryAddress = u"10.0.0.10"_s;
const QString BackupAddress = u"10.0.0.11"_s;
const QString BackupLicenseId = u"01.00000042.002.018"_s;
const QString PrimaryLicenseId = u"01.00000042.001.017"_s;

// The documented VE line: level padded to 5, category "VE" padded to 6, one space each side.
const QRegularExpression VeLine(
    u"\\A(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) (DEBUG|INFO |WARN |ERROR|FATAL) "
    "VE     (\\S.*)\\z"_s);
const QRegularExpression ErrorLogLine(u"\\A\\[(\\d+)\\] \\[(\\w+)\\] \\[client ([^\\]]*)\\] (.+)\\z"_s);

SimSiteConfig testConfig(int emulators = 4)
{
    SimSiteConfig c;
    c.start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    c.emulatorCount = emulators;
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList readLines(const QString &path)
{
    return QString::fromUtf8(readAll(path)).split(u'\n', Qt::SkipEmptyParts);
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// The last `n` lines of an emulator's log, parsed with the project's log parser.
QList<LogLine> tail(const QString &path, int n)
{
    const QStringList lines = readLines(path);
    QList<LogLine> out;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - n); i < lines.size(); ++i)
        out.append(LogParser::parseLine(lines.at(i).toUtf8()));
    return out;
}

bool hasLine(const QString &path, const QString &time, const QString &message)
{
    const QStringList lines = readLines(path);
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
        const auto m = VeLine.match(l);
        return m.hasMatch() && (time.isEmpty() || m.captured(1) == time) && m.captured(3) == message;
    });
}

QList<QDateTime> nextChecks(const SimulatedSite &site)
{
    QList<QDateTime> out;
    for (const SimEmulatorInfo &e : site.emulators())
        out.append(e.nextCheck);
    return out;
}

double backupHours(const SimulatedSite &site)
{
    return site.server(SimRole::Backup)->remainingHours().value_or(-1);
}

} // namespace

// Opens a site in the test's temporary directory and fails the test when that does not work.
#define OPEN_SITE(site, ...)                                                                                 \
    const auto site = open(__VA_ARGS__);                                                                     \
    QVERIFY(site->isOpen())

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startsServedByThePrimary();
    void licenseTextsParse();
    void allLogLinesUseTheDocumentedFormats();
    void backupHoursBurnOnlyWhileLoggedIn();
    void failoverAtTheNextCheck();
    void bothDownWarnsAndStopsAfterTheGracePeriod_data();
    void bothDownWarnsAndStopsAfterTheGracePeriod();
    void switchesBackWhenThePrimaryReturns();
    void restartRotatesTheLog();
    void secondStartLogsBindErrorsWithoutRotating();
    void reopeningRotatesLogsOfAnEarlierRun();
    void instanceLimitsAreRespected();
    void hoursNeverNegativeAndZeroRefuses();
    void networkDownKeepsTheServiceActive();
    void oneBigStepEqualsManySmallSteps();
    void linesAreWrittenBeforeSignals();
    void restartsAStoppedEmulator();
    void rejectsBadInput();
    void runsOnTheRealClock();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedSite> open(const SimSiteConfig &config, const QString &sub = u"site"_s);
};

void TestSimulator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SimulatedSite> TestSimulator::open(const SimSiteConfig &config, const QString &sub)
{
    auto site = std::make_unique<SimulatedSite>(config);
    QString error;
    if (!site->open(m_dir->filePath(sub), &error))
        qWarning("open failed: %s", qPrintable(error));
    return site;
}

void TestSimulator::startsServedByThePrimary()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->isOpen());
    QCOMPARE(site->now(), testConfig().start.addSecs(45)); // four emulators, 15 s apart
    const SimulatedServer *primary = site->server(SimRole::Primary);
    const SimulatedServer *backup = site->server(SimRole::Backup);
    QCOMPARE(primary->serviceState().state, u"active"_s);
    QCOMPARE(primary->serviceState().since, testConfig().start);
    QCOMPARE(backup->serviceState().state, u"active"_s);
    QVERIFY(!primary->remainingHours().has_value());
    QCOMPARE(backupHours(*site), 100.0);

    const QList<SimEmulatorInfo> emulators = site->emulators();
    QCOMPARE(emulators.size(), 4);
    QStringList products;
    for (const SimEmulatorInfo &e : emulators) {
        QCOMPARE(e.state, SimEmulatorState::Primary);
        QCOMPARE(e.servedBy, u"ve-primary"_s);
        QCOMPARE(e.nextCheck, e.since.addSecs(HourS));
        products << e.product;
        const QList<LogLine> last = tail(e.logPath, 3);
        QCOMPARE(last.size(), 3);
        QCOMPARE(last[0].message, u"Trying to login to license server: "_s + PrimaryAddress);
        QCOMPARE(last[1].message, u"Connected with license server: "_s + PrimaryAddress);
        QCOMPARE(last[2].message, u"Found available license ID: "_s + PrimaryLicenseId + u'.');
    }
    QCOMPARE(
        products, (QStringList {u"Charon-SSP/4U+"_s, u"Charon-SSP/4M"_s, u"Charon-PAR"_s, u"Charon-AXP"_s}));
    QCOMPARE(primary->sessions().size(), 4);
    QVERIFY(backup->sessions().isEmpty());
    const Session s = primary->sessions().constFirst();
    QCOMPARE(s.emulatorHost, u"ssp4u-01"_s);
    QCOMPARE(s.servedBy, u"ve-primary"_s);
    QCOMPARE(s.state, u"active"_s);
    QVERIFY(hasLine(primary->licenseLogPath(), u"2026-03-02 08:00:00"_s,
        u"Client 10.1.0.21 logged in, product section Charon-SSP/4U+ instance 1"_s));
    QVERIFY(hasLine(primary->licenseLogPath(), u"2026-03-02 08:00:15"_s,
        u"Client 10.1.0.22 logged in, product section Charon-SSP/4M instance 2"_s));

    QVERIFY(site->advanceBy(HourS));
    QVERIFY(
        hasLine(primary->licenseLogPath(), u"2026-03-02 09:00:00"_s, u"License check OK for instance 1"_s));
}

void TestSimulator::licenseTextsParse()
{
    OPEN_SITE(site, testConfig());
    const License primary = LicenseParser::parse(site->server(SimRole::Primary)->licenseText().toUtf8());
    QVERIFY(primary.recognised);
    QCOMPARE(primary.diagnostics.size(), 0);
    QCOMPARE(primary.style, License::Style::Readable);
    QCOMPARE(primary.keyType, License::KeyType::Normal);
    QCOMPARE(primary.licenseId, PrimaryLicenseId);
    QCOMPARE(primary.gracePeriodMinutes, 120);
    QCOMPARE(primary.checkIntervalMinutes, 60);
    QCOMPARE(primary.expiration.kind, Expiration::Kind::Date);
    QCOMPARE(primary.expiration.date, testConfig().start.addDays(365));
    QCOMPARE(primary.products.size(), 3);
    QCOMPARE(primary.products[0].instances, 4);
    QVERIFY(primary.products[0].virtualHardware.contains(u"Charon-SSP/4U+"_s));

    const License backup = LicenseParser::parse(site->server(SimRole::Backup)->licenseText().toUtf8());
    QVERIFY(backup.recognised);
    QCOMPARE(backup.diagnostics.size(), 0);
    QCOMPARE(backup.style, License::Style::Legacy);
    QCOMPARE(backup.keyType, License::KeyType::Countdown);
    QCOMPARE(backup.expiration.kind, Expiration::Kind::Hours);
    QCOMPARE(backup.expiration.hours, 100.0);
    QCOMPARE(backup.checkIntervalMinutes, 60);
    QCOMPARE(backup.products.size(), 4);
    QCOMPARE(backup.products[2].name, u"Charon-PAR"_s);
    QCOMPARE(backup.products[2].instances, 1);
}

void TestSimulator::allLogLinesUseTheDocumentedFormats()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(site->advanceBy(2 * HourS));
    QVERIFY(site->stopServer(SimRole::Backup));
    QVERIFY(site->advanceBy(4 * HourS));
    QVERIFY(site->restartServer(SimRole::Primary));
    QVERIFY(site->advanceBy(HourS));

    QStringList veFiles = site->emulatorLogPaths();
    veFiles << site->server(SimRole::Primary)->licenseLogPath() + u".1"_s;
    for (SimRole role : {SimRole::Primary, SimRole::Backup}) {
        const SimulatedServer *server = site->server(role);
        veFiles << server->licenseLogPath();
        for (const QString &line : readLines(server->errorLogPath()))
            QVERIFY2(ErrorLogLine.match(line).hasMatch(), qPrintable(line));
    }
    for (const QString &path : std::as_const(veFiles)) {
        const QStringList lines = readLines(path);
        QVERIFY2(!lines.isEmpty(), qPrintable(path));
        QString previous;
        for (const QString &line : lines) {
            const auto m = VeLine.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(LogParser::parseLine(line.toUtf8()).format, LogLine::Format::Ve);
            QVERIFY2(m.captured(1) >= previous, qPrintable(line)); // time order within a file
            previous = m.captured(1);
        }
    }
}

void TestSimulator::backupHoursBurnOnlyWhileLoggedIn()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->advanceBy(10 * HourS));
    QCOMPARE(backupHours(*site), 100.0); // nobody logged in to the backup

    const QList<QDateTime> checks = nextChecks(*site);
    const QDateTime firstLogin = *std::min_element(checks.cbegin(), checks.cend());
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(site->advanceTo(firstLogin));
    QCOMPARE(site->server(SimRole::Backup)->sessions().size(), 1);
    QCOMPARE(backupHours(*site), 100.0);
    // One hour per hour while at least one emulator is logged in, however many there are.
    QVERIFY(site->advanceTo(firstLogin.addSecs(3 * HourS)));
    QCOMPARE(site->server(SimRole::Backup)->sessions().size(), 4);
    QCOMPARE(backupHours(*site), 97.0);
    QCOMPARE(site->server(SimRole::Backup)->sessions().constFirst().hoursConsumed, 3.0);

    QVERIFY(site->startServer(SimRole::Primary));
    QVERIFY(site->advanceBy(HourS));
    QDateTime lastSwitch;
    for (const SimEmulatorInfo &e : site->emulators()) {
        QCOMPARE(e.state, SimEmulatorState::Primary);
        lastSwitch = std::max(lastSwitch, e.since);
    }
    QVERIFY(site->server(SimRole::Backup)->sessions().isEmpty());
    const double expected = 100.0 - double(firstLogin.secsTo(lastSwitch)) / HourS;
    QCOMPARE(backupHours(*site), expected);
    QVERIFY(site->advanceBy(20 * HourS));
    QCOMPARE(backupHours(*site), expected);
}

void TestSimulator::failoverAtTheNextCheck()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->advanceBy(HourS / 2));
    const QList<QDateTime> checks = nextChecks(*site);
    QSignalSpy serverSpy(site.get(), &SimulatedSite::serverStateChanged);
    QSignalSpy emulatorSpy(site.get(), &SimulatedSite::emulatorStateChanged);
    QVERIFY(site->stopServer(SimRole::Primary));
    QCOMPARE(serverSpy.size(), 1);
    QCOMPARE(serverSpy.at(0).at(0).value<SimRole>(), SimRole::Primary);
    QCOMPARE(site->server(SimRole::Primary)->serviceState().state, u"inactive"_s);

    // Nobody notices before its own next check.
    QVERIFY(site->advanceTo(checks.constFirst().addSecs(-1)));
    for (const SimEmulatorInfo &e : site->emulators())
        QCOMPARE(e.state, SimEmulatorState::Primary);
    QCOMPARE(emulatorSpy.size(), 0);

    QVERIFY(site->advanceTo(checks.constLast()));
    QCOMPARE(emulatorSpy.size(), 4);
    const QList<SimEmulatorInfo> emulators = site->emulators();
    for (int i = 0; i < emulators.size(); ++i) {
        const SimEmulatorInfo &e = emulators.at(i);
        QCOMPARE(e.state, SimEmulatorState::Backup);
        QCOMPARE(e.since, checks.at(i));
        QCOMPARE(e.servedBy, u"ve-backup"_s);
        const QList<LogLine> last = tail(e.logPath, 4);
        const QStringList expected = {u"Failed to connect with the license server!"_s,
            u"Trying to login to license server: "_s + BackupAddress,
            u"Connected with license server: "_s + BackupAddress,
            u"Found available license ID: "_s + BackupLicenseId + u'.'};
        const QList<LogLine::Level> levels
            = {LogLine::Level::Error, LogLine::Level::Info, LogLine::Level::Info, LogLine::Level::Info};
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(last[k].message, expected[k]);
            QCOMPARE(last[k].level, levels[k]);
            QCOMPARE(last[k].category, u"VE"_s);
            QCOMPARE(last[k].time, checks.at(i));
        }
        QVERIFY(hasLine(site->server(SimRole::Backup)->licenseLogPath(), stamp(checks.at(i)),
            u"Client %1 logged in, product section %2 instance 1"_s.arg(e.address, e.product)));
    }
    const QList<Session> sessions = site->server(SimRole::Backup)->sessions();
    QCOMPARE(sessions.size(), 4);
    QCOMPARE(sessions.constFirst().state, u"failover"_s);
    QCOMPARE(sessions.constFirst().servedBy, u"ve-backup"_s);
    QCOMPARE(site->emulatorSessions().constFirst().state, u"failover"_s);
}

void TestSimulator::bothDownWarnsAndStopsAfterTheGracePeriod_data()
{
    QTest::addColumn<int>("graceMinutes");
    QTest::addColumn<QString>("words");
    QTest::newRow("2 hours") << 120 << u"2 hours"_s;
    QTest::newRow("90 minutes") << 90 << u"90 minutes"_s;
    QTest::newRow("24 hours") << 24 * 60 << u"24 hours"_s;
}

void TestSimulator::bothDownWarnsAndStopsAfterTheGracePeriod()
{
    QFETCH(int, graceMinutes);
    QFETCH(QString, words);
    SimSiteConfig config = testConfig();
    config.primaryLicense = SimLicense::defaultPrimary(config.primaryHost, config.start);
    config.primaryLicense->graceMinutes = graceMinutes;
    OPEN_SITE(site, config);
    QVERIFY(site->advanceBy(HourS / 3));
    const QList<QDateTime> checks = nextChecks(*site);
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(site->stopServer(SimRole::Backup));
    QVERIFY(site->advanceTo(checks.constLast()));

    QList<QDateTime> deadlines;
    const QList<SimEmulatorInfo> emulators = site->emulators();
    for (int i = 0; i < emulators.size(); ++i) {
        const SimEmulatorInfo &e = emulators.at(i);
        QCOMPARE(e.state, SimEmulatorState::Grace);
        QCOMPARE(e.lossTime, checks.at(i));
        QCOMPARE(e.graceDeadline, checks.at(i).addSecs(graceMinutes * 60));
        QVERIFY(e.servedBy.isEmpty());
        deadlines << e.graceDeadline;
        const QList<LogLine> last = tail(e.logPath, 4);
        QCOMPARE(last[0].message, u"Failed to connect with the license server!"_s);
        QCOMPARE(last[1].message, u"Trying to login to license server: "_s + BackupAddress);
        QCOMPARE(last[2].message, u"Failed to connect with the license server!"_s);
        QCOMPARE(last[3].level, LogLine::Level::Warning);
        QCOMPARE(last[3].message, u"Charon will be terminated within %1!"_s.arg(words));
        QCOMPARE(last[3].time, checks.at(i));
    }
    QCOMPARE(site->emulatorSessions().constFirst().state, u"grace"_s);

    // One second before the first deadline everybody still runs; then each stops at its own.
    QVERIFY(site->advanceTo(deadlines.constFirst().addSecs(-1)));
    for (const SimEmulatorInfo &e : site->emulators())
        QCOMPARE(e.state, SimEmulatorState::Grace);
    QVERIFY(site->advanceTo(deadlines.constLast().addSecs(HourS)));
    const QList<SimEmulatorInfo> after = site->emulators();
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).state, SimEmulatorState::Stopped);
        QCOMPARE(after.at(i).since, deadlines.at(i));
        QVERIFY(!after.at(i).nextCheck.isValid());
        const LogLine fatal = tail(after.at(i).logPath, 1).constFirst();
        QCOMPARE(fatal.level, LogLine::Level::Fatal);
        QCOMPARE(fatal.message, u"License server is unavailable!"_s);
        QCOMPARE(fatal.time, deadlines.at(i));
    }
    QCOMPARE(site->emulatorSessions().constFirst().state, u"stopped"_s);
}

void TestSimulator::switchesBackWhenThePrimaryReturns()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(site->advanceBy(2 * HourS));
    const QList<QDateTime> checks = nextChecks(*site);
    QVERIFY(site->startServer(SimRole::Primary));
    QVERIFY(site->advanceTo(checks.constFirst().addSecs(-1)));
    for (const SimEmulatorInfo &e : site->emulators())
        QCOMPARE(e.state, SimEmulatorState::Backup);

    QVERIFY(site->advanceTo(checks.constLast()));
    const QList<SimEmulatorInfo> emulators = site->emulators();
    for (int i = 0; i < emulators.size(); ++i) {
        const SimEmulatorInfo &e = emulators.at(i);
        QCOMPARE(e.state, SimEmulatorState::Primary);
        QCOMPARE(e.since, checks.at(i));
        const QList<LogLine> last = tail(e.logPath, 3);
        QCOMPARE(last[0].message, u"Trying to login to license server: "_s + PrimaryAddress);
        QCOMPARE(last[1].message, u"Connected with license server: "_s + PrimaryAddress);
        QCOMPARE(last[2].message, u"Found available license ID: "_s + PrimaryLicenseId + u'.');
        QCOMPARE(last[2].time, checks.at(i));
        QVERIFY(hasLine(site->server(SimRole::Backup)->licenseLogPath(), stamp(checks.at(i)),
            u"Client %1 logged out, product section %2 instance 1"_s.arg(e.address, e.product)));
    }
    QVERIFY(site->server(SimRole::Backup)->sessions().isEmpty());
    QCOMPARE(site->server(SimRole::Primary)->sessions().size(), 4);
}

void TestSimulator::restartRotatesTheLog()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->advanceBy(3 * HourS));
    const SimulatedServer *primary = site->server(SimRole::Primary);
    const QString log = primary->licenseLogPath();
    const QByteArray before = readAll(log);
    QVERIFY(before.contains("License check OK"));
    QVERIFY(!QFile::exists(log + u".1"_s));

    QVERIFY(site->restartServer(SimRole::Primary));
    const QByteArray rotated = readAll(log + u".1"_s);
    QVERIFY(rotated.startsWith(before)); // nothing lost: the old log, then its stop lines
    QVERIFY(rotated.trimmed().endsWith("License server stopped"));
    const QStringList fresh = readLines(log);
    QCOMPARE(fresh.size(), 4);
    QCOMPARE(VeLine.match(fresh.constFirst()).captured(3),
        u"License server 2.4.9 starting on ve-primary, port 8083"_s);
    QCOMPARE(primary->serviceState().since, site->now());

    const QStringList errors = readLines(primary->errorLogPath());
    QCOMPARE(errors.size(), 1);
    const auto m = ErrorLogLine.match(errors.constFirst());
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toLongLong(), site->now().toSecsSinceEpoch());
    QCOMPARE(m.captured(3), u"192.168.2.80"_s);
    QCOMPARE(m.captured(4), u"SSL syscall error 104"_s);
    QCOMPARE(LogParser::parseLine(errors.constFirst().toUtf8()).format, LogLine::Format::ErrorLog);

    // Older logs shift; five are kept.
    for (int i = 0; i < 6; ++i) {
        QVERIFY(site->advanceBy(HourS));
        QVERIFY(site->restartServer(SimRole::Primary));
    }
    for (int n = 1; n <= 5; ++n)
        QVERIFY2(QFile::exists(log + u'.' + QString::number(n)), qPrintable(QString::number(n)));
    QVERIFY(!QFile::exists(log + u".6"_s));
    QVERIFY(readAll(log + u".5"_s).contains("License server stopped"));
}

void TestSimulator::secondStartLogsBindErrorsWithoutRotating()
{
    OPEN_SITE(site, testConfig());
    const SimulatedServer *backup = site->server(SimRole::Backup);
    const QByteArray before = readAll(backup->licenseLogPath());
    QString error;
    QVERIFY(!site->startServer(SimRole::Backup, &error));
    QVERIFY(error.contains(u"already running"_s));
    QCOMPARE(readAll(backup->licenseLogPath()), before);
    QVERIFY(!QFile::exists(backup->licenseLogPath() + u".1"_s));
    const QStringList errors = readLines(backup->errorLogPath());
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(0).endsWith(u"[error] [client ] cannot bind to 80: 98 (Address already in use)"_s));
    QVERIFY(errors.at(2).endsWith(u"[error] [client ] Failed to setup server ports"_s));
}

void TestSimulator::reopeningRotatesLogsOfAnEarlierRun()
{
    QByteArray first;
    {
        OPEN_SITE(site, testConfig(1));
        QVERIFY(site->advanceBy(HourS));
        first = readAll(site->server(SimRole::Backup)->licenseLogPath());
    }
    OPEN_SITE(again, testConfig(1));
    QVERIFY(again->isOpen());
    QCOMPARE(readAll(again->server(SimRole::Backup)->licenseLogPath() + u".1"_s), first);
}

void TestSimulator::instanceLimitsAreRespected()
{
    OPEN_SITE(site, testConfig(0));
    // The primary allows 2 Charon-PAR instances, the backup 1.
    for (const QString &name : {u"par-a"_s, u"par-b"_s, u"par-c"_s, u"par-d"_s})
        QVERIFY(site->addEmulator(name, u"Charon-PAR"_s));
    QCOMPARE(site->emulator(u"par-a"_s)->state, SimEmulatorState::Primary);
    QCOMPARE(site->emulator(u"par-b"_s)->state, SimEmulatorState::Primary);
    QCOMPARE(site->emulator(u"par-c"_s)->state, SimEmulatorState::Backup);
    QCOMPARE(site->emulator(u"par-d"_s)->state, SimEmulatorState::Grace);
    QCOMPARE(site->server(SimRole::Primary)->sessions().size(), 2);
    QCOMPARE(site->server(SimRole::Backup)->sessions().size(), 1);
    const QString now = stamp(site->now());
    QVERIFY(hasLine(site->server(SimRole::Primary)->licenseLogPath(), now,
        u"Client 10.1.0.24 refused: all 2 instance(s) for Charon-PAR in use"_s));
    QVERIFY(hasLine(site->server(SimRole::Primary)->licenseLogPath(), now,
        u"Client 10.1.0.22 logged in, product section Charon-PAR instance 2"_s));
    QVERIFY(hasLine(site->emulator(u"par-d"_s)->logPath, now,
        u"No license available on license server 10.0.0.11: all 1 instance(s) for Charon-PAR in use"_s));

    // A product no section covers gets no slot anywhere.
    QVERIFY(site->addEmulator(u"odd-1"_s, u"Charon-XYZ"_s));
    QCOMPARE(site->emulator(u"odd-1"_s)->state, SimEmulatorState::Grace);
    QVERIFY(hasLine(site->server(SimRole::Primary)->licenseLogPath(), now,
        u"Client 10.1.0.25 refused: no product section for Charon-XYZ"_s));

    // A freed primary slot goes to the emulator on the backup (it checks first), whose backup
    // slot then goes to the one in grace. The limits still hold.
    QVERIFY(site->removeEmulator(u"par-a"_s));
    QVERIFY(!site->emulator(u"par-a"_s));
    QVERIFY(hasLine(site->server(SimRole::Primary)->licenseLogPath(), now,
        u"Client 10.1.0.21 logged out, product section Charon-PAR instance 1"_s));
    QVERIFY(site->advanceBy(HourS));
    QCOMPARE(site->server(SimRole::Primary)->sessions().size(), 2);
    QCOMPARE(site->server(SimRole::Backup)->sessions().size(), 1);
    QCOMPARE(site->emulator(u"par-c"_s)->state, SimEmulatorState::Primary);
    QCOMPARE(site->emulator(u"par-d"_s)->state, SimEmulatorState::Backup);
    QCOMPARE(site->emulator(u"odd-1"_s)->state, SimEmulatorState::Grace);
}

void TestSimulator::hoursNeverNegativeAndZeroRefuses()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->setRemainingHours(SimRole::Backup, 1.5));
    QCOMPARE(backupHours(*site), 1.5);
    const QList<QDateTime> checks = nextChecks(*site);
    QVERIFY(site->stopServer(SimRole::Primary));
    const QDateTime exhausted = checks.constFirst().addSecs(HourS * 3 / 2);
    QVERIFY(site->advanceTo(exhausted.addSecs(-1)));
    QVERIFY(backupHours(*site) > 0);
    QCOMPARE(site->server(SimRole::Backup)->sessions().size(), 4);

    QVERIFY(site->advanceTo(exhausted));
    QCOMPARE(backupHours(*site), 0.0);
    QVERIFY(site->server(SimRole::Backup)->sessions().isEmpty());
    const QString log = site->server(SimRole::Backup)->licenseLogPath();
    QVERIFY(hasLine(log, stamp(exhausted),
        u"No runtime hours remaining on license %1, closing all sessions"_s.arg(BackupLicenseId)));

    QVERIFY(site->advanceTo(exhausted.addSecs(HourS))); // everybody checked once since
    QCOMPARE(backupHours(*site), 0.0);
    for (const SimEmulatorInfo &e : site->emulators())
        QCOMPARE(e.state, SimEmulatorState::Grace);
    QVERIFY(hasLine(log, QString(), u"Client 10.1.0.21 refused: no runtime hours remaining"_s));
    QVERIFY(hasLine(
        log, QString(), u"Remaining runtime low: 0 hour(s) left on license %1"_s.arg(BackupLicenseId)));
    QVERIFY(site->addEmulator(u"late"_s, u"Charon-SSP/4M"_s));
    QCOMPARE(site->emulator(u"late"_s)->state, SimEmulatorState::Grace);
    QVERIFY(site->advanceBy(10 * HourS));
    QCOMPARE(backupHours(*site), 0.0);
    for (const SimEmulatorInfo &e : site->emulators())
        QCOMPARE(e.state, SimEmulatorState::Stopped);
}

void TestSimulator::networkDownKeepsTheServiceActive()
{
    OPEN_SITE(site, testConfig(1));
    const QDateTime check = site->emulators().constFirst().nextCheck;
    QSignalSpy spy(site.get(), &SimulatedSite::serverStateChanged);
    QVERIFY(site->setNetworkDown(SimRole::Primary));
    QCOMPARE(spy.size(), 1);
    const SimulatedServer *primary = site->server(SimRole::Primary);
    QCOMPARE(primary->serviceState().state, u"active"_s);
    QVERIFY(!primary->isReachable());

    QVERIFY(site->advanceTo(check));
    QCOMPARE(site->emulators().constFirst().state, SimEmulatorState::Backup);
    QCOMPARE(primary->sessions().size(), 1); // the server waits for the missed check
    QVERIFY(site->advanceTo(check.addSecs(60)));
    QVERIFY(primary->sessions().isEmpty());
    QVERIFY(hasLine(primary->licenseLogPath(), stamp(check.addSecs(60)),
        u"Client 10.1.0.21 missed its license check, session closed, product section "
        "Charon-SSP/4U+ instance 1"_s));

    QVERIFY(site->setNetworkDown(SimRole::Primary, false));
    QVERIFY(site->advanceTo(check.addSecs(HourS)));
    QCOMPARE(site->emulators().constFirst().state, SimEmulatorState::Primary);
}

void TestSimulator::oneBigStepEqualsManySmallSteps()
{
    const auto scenario = [](SimulatedSite &site, qint64 stepSeconds) {
        const auto advance = [&site, stepSeconds](qint64 seconds) {
            for (qint64 done = 0; done < seconds; done += stepSeconds)
                QVERIFY(site.advanceBy(std::min(stepSeconds, seconds - done)));
        };
        QVERIFY(site.stopServer(SimRole::Primary));
        advance(90 * 60);
        QVERIFY(site.stopServer(SimRole::Backup));
        advance(6 * HourS);
        QVERIFY(site.startServer(SimRole::Primary));
        QVERIFY(site.restartEmulator(u"par-01"_s));
        advance(3 * HourS);
    };
    OPEN_SITE(big, testConfig(), u"big"_s);
    OPEN_SITE(small, testConfig(), u"small"_s);
    scenario(*big, 24 * HourS);
    scenario(*small, 60);
    QCOMPARE(big->now(), small->now());
    QCOMPARE(backupHours(*big), backupHours(*small));
    QStringList files = big->emulatorLogPaths();
    for (SimRole role : {SimRole::Primary, SimRole::Backup})
        files << big->server(role)->licenseLogPath();
    files << big->server(SimRole::Primary)->licenseLogPath() + u".1"_s
          << big->server(SimRole::Primary)->errorLogPath();
    for (const QString &path : std::as_const(files)) {
        QString twin = path;
        twin.replace(m_dir->filePath(u"big"_s), m_dir->filePath(u"small"_s));
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        QCOMPARE(bytes, readAll(twin));
    }
    QVERIFY(
        readAll(big->emulator(u"axp-01"_s)->logPath).contains("FATAL VE     License server is unavailable!"));
}

void TestSimulator::linesAreWrittenBeforeSignals()
{
    OPEN_SITE(site, testConfig());
    QStringList seen;
    connect(site.get(), &SimulatedSite::linesLogged, this,
        [&seen](const QString &path, const QStringList &lines) {
            const QStringList onDisk = readLines(path);
            QVERIFY(onDisk.size() >= lines.size());
            QCOMPARE(onDisk.mid(onDisk.size() - lines.size()), lines);
            seen << lines;
        });
    QSignalSpy changed(site.get(), &SimulatedSite::changed);
    QVERIFY(site->stopServer(SimRole::Primary));
    QCOMPARE(changed.size(), 1);
    QVERIFY(site->advanceBy(2 * HourS));
    QCOMPARE(changed.size(), 2);
    QVERIFY(
        seen.contains(u"%1 INFO  VE     License server stopped"_s.arg(stamp(site->startTime().addSecs(45)))));
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(),
        [](const QString &l) { return l.endsWith(u"Connected with license server: 10.0.0.11"_s); }));

    // A slot that calls back into the site is refused instead of re-entering it.
    bool reentered = true;
    connect(site.get(), &SimulatedSite::emulatorStateChanged, this,
        [&site, &reentered] { reentered = site->advanceBy(60) || site->stopServer(SimRole::Backup); });
    QVERIFY(site->stopServer(SimRole::Backup));
    QVERIFY(site->advanceBy(HourS));
    QVERIFY(!reentered);
}

void TestSimulator::restartsAStoppedEmulator()
{
    SimSiteConfig config = testConfig(1);
    OPEN_SITE(site, config);
    QVERIFY(!site->restartEmulator(u"ssp4u-01"_s)); // running
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(site->stopServer(SimRole::Backup));
    QVERIFY(site->advanceBy(4 * HourS));
    QCOMPARE(site->emulator(u"ssp4u-01"_s)->state, SimEmulatorState::Stopped);
    QVERIFY(site->startServer(SimRole::Backup));
    QVERIFY(site->advanceBy(2 * HourS));
    QCOMPARE(site->emulator(u"ssp4u-01"_s)->state, SimEmulatorState::Stopped); // stays stopped
    QCOMPARE(backupHours(*site), 100.0);
    QVERIFY(site->restartEmulator(u"ssp4u-01"_s));
    QCOMPARE(site->emulator(u"ssp4u-01"_s)->state, SimEmulatorState::Backup);
    QCOMPARE(site->emulator(u"ssp4u-01"_s)->since, site->now());
}

void TestSimulator::rejectsBadInput()
{
    SimulatedSite closed(testConfig());
    QVERIFY(!closed.advanceBy(10));
    QVERIFY(!closed.stopServer(SimRole::Primary));
    QVERIFY(!closed.addEmulator(u"x"_s, u"Charon-PAR"_s));
    QVERIFY(!closed.server(SimRole::Primary));

    QFile file(m_dir->filePath(u"plain-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QVERIFY(!closed.open(file.fileName(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!closed.isOpen());
    QVERIFY(!closed.open(QString(), &error));

    OPEN_SITE(site, testConfig());
    QVERIFY(!site->open(m_dir->filePath(u"other"_s), &error));
    for (const QString &name : {u""_s, u"../escape"_s, u"a/b"_s, u".hidden"_s, u"x\ny"_s, QString(65, u'a'),
             u"ssp4u-01"_s, u"caf\u00e9"_s}) {
        QVERIFY2(!site->addEmulator(name, u"Charon-PAR"_s, &error), qPrintable(name));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!site->addEmulator(u"ok-name"_s, u"Charon\nPAR"_s));
    QVERIFY(!site->addEmulator(u"ok-name"_s, QString()));
    QVERIFY(!QFile::exists(m_dir->filePath(u"escape.log"_s)));
    QCOMPARE(site->emulators().size(), 4);
    QVERIFY(!site->removeEmulator(u"nobody"_s));
    QVERIFY(!site->restartEmulator(u"nobody"_s));

    const QDateTime now = site->now();
    QVERIFY(!site->advanceBy(-1));
    QVERIFY(!site->advanceBy(SimulatedSite::MaxStepSeconds + 1));
    QVERIFY(!site->advanceTo(now.addSecs(-1)));
    QVERIFY(!site->advanceTo(QDateTime()));
    QCOMPARE(site->now(), now);
    for (double scale : {0.0, -1.0, std::nan(""), HUGE_VAL, 2e6})
        QVERIFY(!site->setTimeScale(scale));
    QVERIFY(!site->setRemainingHours(SimRole::Primary, 5)); // NORMAL license
    for (double hours : {-1.0, std::nan(""), HUGE_VAL, 2e6})
        QVERIFY(!site->setRemainingHours(SimRole::Backup, hours));
    QCOMPARE(backupHours(*site), 100.0);
    QVERIFY(site->stopServer(SimRole::Primary));
    QVERIFY(!site->stopServer(SimRole::Primary)); // not running
    QVERIFY(!simRoleFromName(u"Primary"));
    QVERIFY(!simRoleFromName(u"../primary"));
    QCOMPARE(simRoleFromName(u"backup"), SimRole::Backup);
}

void TestSimulator::runsOnTheRealClock()
{
    OPEN_SITE(site, testConfig());
    QVERIFY(site->setTimeScale(3600)); // one simulated hour per second
    const QDateTime start = site->now();
    QSignalSpy changed(site.get(), &SimulatedSite::changed);
    site->run(20);
    QVERIFY(site->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(site->now() >= start.addSecs(HourS), 10000);
    QVERIFY(changed.size() > 0);
    QVERIFY(site->stopServer(SimRole::Primary)); // acts at the running clock's time
    QTRY_VERIFY_WITH_TIMEOUT(site->emulators().constLast().state == SimEmulatorState::Backup, 10000);
    site->pause();
    QVERIFY(!site->isRunning());
    const QDateTime paused = site->now();
    QTest::qWait(100);
    QCOMPARE(site->now(), paused);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
