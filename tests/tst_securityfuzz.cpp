// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every fuzz target's entry (tests/fuzz/fuzzentries.h) on its seed corpus and on every reproducer
// the fuzzers found (tests/fuzz/regressions/<target>/<what it broke>), in the ordinary build and
// under the sanitizers: a fixed crash stays fixed without clang or libFuzzer. A property the entry
// checks aborts the process, which fails this test with the row's name in the log.
#include "tests/fuzz/fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecurityFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void everyTargetHasSeeds();
};

namespace {

QString fuzzDir()
{
    return QStringLiteral(VE_TEST_DATA_DIR) + u"/../fuzz"_s;
}

} // namespace

void TestSecurityFuzz::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const FuzzEntries::Target &target : FuzzEntries::targets()) {
        const QString name = QString::fromLatin1(target.name);
        QList<QPair<QString, QString>> dirs {{u"regressions"_s, fuzzDir() + u"/regressions/"_s + name},
            {u"corpus"_s, fuzzDir() + u"/corpus/"_s + name}};
        if (name == "licenseparser"_L1 || name == "logparser"_L1) // fuzz.sh seeds these with tests/data
            dirs.append({u"data"_s, QStringLiteral(VE_TEST_DATA_DIR)});
        for (const auto &[kind, path] : std::as_const(dirs)) {
            const QDir dir(path);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(name), qPrintable(file))
                    << name << dir.filePath(file);
            }
        }
    }
}

void TestSecurityFuzz::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = input.readAll();
    for (const FuzzEntries::Target &t : FuzzEntries::targets()) {
        if (target == QLatin1String(t.name)) {
            t.entry(bytes);
            // Every prefix too: a reproducer cut short must not crash either (truncated input is
            // the commonest hostile input), and a 1-byte step stays cheap for these sizes.
            const qsizetype step = qMax<qsizetype>(1, bytes.size() / 64);
            for (qsizetype n = 0; n < bytes.size(); n += step)
                t.entry(QByteArrayView(bytes).first(n));
            return;
        }
    }
    QFAIL("unknown target");
}

void TestSecurityFuzz::everyTargetHasSeeds()
{
    // scripts/fuzz.sh starts each target from these; an empty seed directory makes libFuzzer stop.
    for (const FuzzEntries::Target &target : FuzzEntries::targets()) {
        const QDir dir(fuzzDir() + u"/corpus/"_s + QLatin1String(target.name));
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), target.name);
    }
}

QTEST_GUILESS_MAIN(TestSecurityFuzz)
#include "tst_securityfuzz.moc"
