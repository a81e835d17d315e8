// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The agent's monitoring parts without a network: the history store on disk (restarts, torn and
// damaged records, foreign files, the bound, a full disk), the sampler on a backend's clock, and
// the Prometheus text of /metrics.
#include "agent/backend.h"
#include "agent/backendfacts.h"
#include "agent/historysampler.h"
#include "agent/historystore.h"
#include "agent/metricsroutes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

HistorySample sample(int minute, double hours = 100, int sessions = 4)
{
    HistorySample s;
    s.time = T0.addSecs(qint64(minute) * 60);
    s.remainingHours = hours - minute / 60.0;
    s.sessions = sessions;
    s.serviceUp = minute % 2 == 0;
    s.failoverActive = minute % 3 == 0;
    return s;
}

QList<HistorySample> all(const HistoryStore &store)
{
    QDateTime next;
    return store.samples(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), T0.addYears(100), 1000000, &next);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

void appendBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Lets the test process write files up to `bytes` only, as a full disk would (EFBIG instead of
// SIGXFSZ); restores the limit when destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    bool m_ok = false;
};

class FakeBackend : public Backend
{
public:
    QDateTime clock = T0;
    std::optional<double> hours = 100;
    QList<Session> served;
    QString role_ = u"backup"_s;
    QString host = u"ve-backup.test"_s;
    int refreshes = 0;

    QString kind() const override { return u"simulator"_s; }
    QString role() const override { return role_; }
    QString hostName() const override { return host; }
    QStringList capabilities() const override { return {u"license"_s, u"sessions"_s}; }
    ServiceState serviceState() const override
    {
        ServiceState s;
        s.state = u"active"_s;
        return s;
    }
    LicenseDocument license(ApiError *) const override
    {
        LicenseDocument doc;
        doc.remainingHours = hours;
        doc.license.expiration.kind = Expiration::Kind::Date;
        doc.license.expiration.date = T0.addDays(30);
        return doc;
    }
    QList<Session> sessions() const override { return served; }
    QList<LogSourceInfo> logSources() const override { return {}; }
    void controlService(const QString &, ControlDone done) override { done(false, {}); }
    void refresh() override { ++refreshes; }
    QDateTime now() const override { return clock; }
};

Session session(const QString &state, const QString &servedBy)
{
    Session s;
    s.id = u"s-"_s + state;
    s.emulatorHost = u"emu-"_s + state;
    s.state = state;
    s.servedBy = servedBy;
    return s;
}

} // namespace

class TestAgentMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void recordsSurviveReopening();
    void tornLastRecordIsSkippedAndCutOff();
    void damagedRecordIsSkipped();
    void foreignFileIsMovedAside();
    void storeStaysBounded();
    void fullDiskKeepsTheFileValid();
    void queryRangeAndLimit();
    void decodeRefusesGarbage();

    void samplerTakesOneSamplePerMinuteOfTheBackendClock();
    void samplerShowsWriteErrorsInStatus();
    void factsCountServedSessionsAndFailover();

    void metricsText();
    void metricsEscapeLabels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"history.dat"_s); }
};

void TestAgentMonitoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAgentMonitoring::recordsSurviveReopening()
{
    QList<HistorySample> written;
    {
        HistoryStore store(path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        for (int i = 0; i < 50; ++i) {
            written.append(sample(i));
            QVERIFY2(store.append(written.last(), &error), qPrintable(error));
        }
        HistorySample unknown;
        unknown.time = T0.addSecs(-60);
        written.append(unknown); // nothing known but the time
        QVERIFY(store.append(unknown, &error));
    }
    QCOMPARE(fileSize(path()), HistoryStore::HeaderSize + 51 * HistoryStore::RecordSize);
    QCOMPARE(QFile(path()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    HistoryStore reopened(path());
    QString error;
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.skipped(), 0);
    QCOMPARE(reopened.size(), 51);
    QList<HistorySample> sorted = written;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    QCOMPARE(all(reopened), sorted);
    QVERIFY(!all(reopened).first().remainingHours && !all(reopened).first().sessions);
}

void TestAgentMonitoring::tornLastRecordIsSkippedAndCutOff()
{
    QString error;
    {
        HistoryStore store(path());
        QVERIFY(store.open(&error));
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.append(sample(i), &error));
    }
    // A crash in the middle of the fourth write: half a record.
    appendBytes(path(), HistoryStore::encode(sample(3)).left(13));
    HistoryStore store(path());
    QVERIFY(store.open(&error));
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.skipped(), 1);
    QCOMPARE(fileSize(path()), HistoryStore::HeaderSize + 3 * HistoryStore::RecordSize);
    QVERIFY(store.append(sample(4), &error));
    HistoryStore again(path());
    QVERIFY(again.open(&error));
    QCOMPARE(again.skipped(), 0);
    QCOMPARE(all(again), (QList<HistorySample> {sample(0), sample(1), sample(2), sample(4)}));
}

void TestAgentMonitoring::damagedRecordIsSkipped()
{
    QString error;
    {
        HistoryStore store(path());
        QVERIFY(store.open(&error));
        for (int i = 0; i < 4; ++i)
            QVERIFY(store.append(sample(i), &error));
    }
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(HistoryStore::HeaderSize + HistoryStore::RecordSize + 9)); // inside the 2nd record's time
    QVERIFY(f.write("\x7f", 1) == 1);
    f.close();
    HistoryStore store(path());
    QVERIFY(store.open(&error));
    QCOMPARE(store.skipped(), 1);
    QCOMPARE(all(store), (QList<HistorySample> {sample(0), sample(2), sample(3)}));
    QCOMPARE(fileSize(path()), HistoryStore::HeaderSize + 4 * HistoryStore::RecordSize); // never rewritten
}

void TestAgentMonitoring::foreignFileIsMovedAside()
{
    appendBytes(path(), "these are not the samples you are looking for\n");
    HistoryStore store(path());
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not a history file"_s));
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.size(), 0);
    QFile aside(path() + u".bad"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QVERIFY(aside.readAll().startsWith("these are not"));
    QVERIFY(store.append(sample(0), &error));
    QCOMPARE(fileSize(path()), HistoryStore::HeaderSize + HistoryStore::RecordSize);
}

void TestAgentMonitoring::storeStaysBounded()
{
    QString error;
    {
        HistoryStore store(path(), 10);
        QVERIFY(store.open(&error));
        for (int i = 0; i < 25; ++i) {
            QVERIFY2(store.append(sample(i), &error), qPrintable(error));
            QVERIFY(store.size() <= 11);
            QVERIFY(fileSize(path()) <= HistoryStore::HeaderSize + 11 * HistoryStore::RecordSize);
        }
        QCOMPARE(store.last(), std::optional<HistorySample>(sample(24)));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {u"history.dat"_s}); // no temp file left
    HistoryStore store(path(), 10);
    QVERIFY(store.open(&error));
    const QList<HistorySample> kept = all(store);
    QVERIFY(kept.size() >= 10);
    QCOMPARE(kept.last(), sample(24));
    QCOMPARE(kept.first(), sample(25 - int(kept.size()))); // the newest ones, in order

    // A store left bigger than its bound (an older agent, a smaller setting) is cut at open.
    HistoryStore smaller(path(), 5);
    QVERIFY(smaller.open(&error));
    QCOMPARE(smaller.size(), 5);
    QCOMPARE(fileSize(path()), HistoryStore::HeaderSize + 5 * HistoryStore::RecordSize);
}

void TestAgentMonitoring::fullDiskKeepsTheFileValid()
{
    QString error;
    HistoryStore store(path());
    QVERIFY(store.open(&error));
    QVERIFY(store.append(sample(0), &error));
    QVERIFY(store.append(sample(1), &error));
    const qint64 valid = fileSize(path());
    {
        FileSizeLimit full(rlim_t(valid + 10)); // room for 10 bytes of the next record only
        QVERIFY(full.ok());
        QVERIFY(!store.append(sample(2), &error));
        QVERIFY2(!error.isEmpty(), "a write error says why");
        QVERIFY(!store.append(sample(3), &error));
    }
    QCOMPARE(fileSize(path()), valid); // the torn record did not stay
    QCOMPARE(store.size(), 4); // kept in memory
    QVERIFY2(store.append(sample(4), &error), qPrintable(error)); // room again
    HistoryStore reopened(path());
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.skipped(), 0);
    QCOMPARE(all(reopened), (QList<HistorySample> {sample(0), sample(1), sample(4)}));
}

void TestAgentMonitoring::queryRangeAndLimit()
{
    HistoryStore store(path());
    QString error;
    QVERIFY(store.open(&error));
    for (int i : {5, 1, 3, 2, 4, 0})
        QVERIFY(store.append(sample(i), &error));
    QDateTime next;
    QCOMPARE(store.samples(T0.addSecs(60), T0.addSecs(240), 100, &next),
        (QList<HistorySample> {sample(1), sample(2), sample(3), sample(4)}));
    QVERIFY(!next.isValid());
    QCOMPARE(store.samples(T0, T0.addSecs(600), 2, &next), (QList<HistorySample> {sample(0), sample(1)}));
    QCOMPARE(next, sample(2).time);
    QVERIFY(store.samples(T0.addSecs(601), T0.addSecs(900), 2, &next).isEmpty());
}

void TestAgentMonitoring::decodeRefusesGarbage()
{
    QByteArray record = HistoryStore::encode(sample(7));
    QCOMPARE(HistoryStore::decode(record.constData()), std::optional<HistorySample>(sample(7)));
    for (int i = 0; i < HistoryStore::RecordSize; ++i) {
        QByteArray damaged = record;
        damaged[i] = char(damaged[i] ^ 0x20);
        QVERIFY2(!HistoryStore::decode(damaged.constData()), qPrintable(QString::number(i)));
    }
    QVERIFY(!HistoryStore::decode(QByteArray(HistoryStore::RecordSize, '\0').constData()));
}

void TestAgentMonitoring::samplerTakesOneSamplePerMinuteOfTheBackendClock()
{
    FakeBackend backend;
    HistorySampler sampler(&backend, path());
    QString error;
    QVERIFY(sampler.start(&error));
    QCOMPARE(sampler.store().size(), 1); // at once
    backend.clock = T0.addSecs(59);
    sampler.sampleNow();
    QCOMPARE(sampler.store().size(), 1); // same minute
    backend.clock = T0.addSecs(60);
    backend.hours = 99.5;
    sampler.sampleNow();
    QCOMPARE(sampler.store().size(), 2);
    QCOMPARE(sampler.store().last()->time, T0.addSecs(60));
    QCOMPARE(sampler.store().last()->remainingHours, std::optional<double>(99.5));
    backend.clock = T0.addSecs(3 * 3600); // a jump: one sample, no invented minutes between
    sampler.sampleNow();
    QCOMPARE(sampler.store().size(), 3);
    QVERIFY(backend.refreshes >= 3);
    // The timer looks at the clock on its own.
    backend.clock = T0.addSecs(4 * 3600);
    QTRY_COMPARE(sampler.store().size(), 4);
    QVERIFY(backend.warnings().isEmpty());
}

void TestAgentMonitoring::samplerShowsWriteErrorsInStatus()
{
    FakeBackend backend;
    HistorySampler sampler(&backend, path());
    QString error;
    QVERIFY(sampler.start(&error));
    {
        FileSizeLimit full(rlim_t(fileSize(path())));
        QVERIFY(full.ok());
        backend.clock = T0.addSecs(60);
        sampler.sampleNow();
        QCOMPARE(backend.warnings().size(), 1);
        QVERIFY2(backend.warnings().first().startsWith(u"history: cannot write"_s),
            qPrintable(backend.warnings().first()));
        QCOMPARE(sampler.writeError().isEmpty(), false);
    }
    backend.clock = T0.addSecs(120);
    sampler.sampleNow();
    QVERIFY(backend.warnings().isEmpty());
    QVERIFY(sampler.writeError().isEmpty());
    HistoryStore reopened(path());
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.size(), 2); // the first and the last; the one in between never reached the disk
}

void TestAgentMonitoring::factsCountServedSessionsAndFailover()
{
    FakeBackend backend;
    backend.role_ = u"primary"_s;
    backend.host = u"p"_s;
    backend.served = {session(u"active"_s, u"p"_s), session(u"failover"_s, u"b"_s), session(u"grace"_s, {}),
        session(u"stopped"_s, {})};
    BackendFacts facts = BackendFacts::read(backend);
    QCOMPARE(facts.sessions, std::optional<int>(1)); // the failed-over one is served by the backup
    QVERIFY(facts.failoverActive);
    backend.served = {session(u"active"_s, u"p"_s)};
    QVERIFY(!BackendFacts::read(backend).failoverActive);
    backend.role_ = u"backup"_s; // a backup serving anyone is a failover
    QVERIFY(BackendFacts::read(backend).failoverActive);
    QCOMPARE(BackendFacts::read(backend).licenseExpiry, T0.addDays(30));
}

void TestAgentMonitoring::metricsText()
{
    FakeBackend backend;
    backend.served = {session(u"failover"_s, u"ve-backup.test"_s)};
    backend.hours = 12.25;
    const QString text
        = QString::fromUtf8(MetricsRoutes::render(BackendFacts::read(backend), backend.kind()));
    QVERIFY(text.endsWith(u'\n'));
    for (const QString &line :
        {u"# TYPE ve_remaining_hours gauge"_s, u"ve_remaining_hours 12.25"_s, u"ve_sessions 1"_s,
            u"ve_service_up 1"_s, u"ve_failover_active 1"_s, u"ve_license_expiry_seconds 2592000"_s})
        QVERIFY2(text.split(u'\n').contains(line), qPrintable(line + u" in\n"_s + text));
    // Unknown values are left out, not invented.
    backend.hours.reset();
    const QString normal
        = QString::fromUtf8(MetricsRoutes::render(BackendFacts::read(backend), backend.kind()));
    QVERIFY(!normal.contains(u"ve_remaining_hours"_s));
}

void TestAgentMonitoring::metricsEscapeLabels()
{
    FakeBackend backend;
    backend.host = u"evil\"host\\name\nve_service_up 0"_s;
    const QString text
        = QString::fromUtf8(MetricsRoutes::render(BackendFacts::read(backend), backend.kind()));
    QVERIFY2(text.contains(u"server=\"evil\\\"host\\\\name\\nve_service_up 0\"} 1"_s), qPrintable(text));
    QCOMPARE(text.count(u"\nve_service_up "_s), 1);
}

QTEST_GUILESS_MAIN(TestAgentMonitoring)
#include "tst_agentmonitoring.moc"
