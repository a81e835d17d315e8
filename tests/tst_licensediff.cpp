// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LicenseDiff: header fields, product sections added/removed/changed, unknown keys, passphrases
// never shown, and the identity rule (Platform, Customer name, License ID) an update must keep.
#include "core/licensediff.h"
#include "core/licenseparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &name)
{
    QFile f(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

License readable(const QByteArray &from = {}, const QByteArray &to = {})
{
    QByteArray text = sample(u"license_viewer-readable-countdown.txt"_s);
    if (!from.isEmpty())
        text.replace(from, to);
    return LicenseParser::parse(text);
}

const LicenseFieldChange *find(const QList<LicenseFieldChange> &changes, const QString &field)
{
    for (const LicenseFieldChange &c : changes) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestLicenseDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalLicensesHaveNoDiff();
    void headerFieldsChange();
    void sectionFieldChanges();
    void sectionsAddedAndRemoved();
    void legacySectionsPairByName();
    void duplicateLabelsPairInOrder();
    void unknownKeysAreCompared();
    void passphraseIsNeverShown();
    void firstLicenseListsEverySection();
    void identityConflicts_data();
    void identityConflicts();
    void labels();
};

void TestLicenseDiff::identicalLicensesHaveNoDiff()
{
    QVERIFY(LicenseDiff::compare(readable(), readable()).isEmpty());
    // Where the text stands (line numbers) is not what the license says.
    const License moved
        = LicenseParser::parse(QByteArray("\n\n" + sample(u"license_viewer-readable-countdown.txt"_s)));
    QVERIFY(LicenseDiff::compare(readable(), moved).isEmpty());
}

void TestLicenseDiff::headerFieldsChange()
{
    const License update = readable("Expiration date: 100 hour(s)", "Expiration date: 250 hour(s)");
    const LicenseDiff diff = LicenseDiff::compare(readable(), update);
    QCOMPARE(diff.header.size(), 1);
    QCOMPARE(diff.header.first(), (LicenseFieldChange {u"expiration"_s, u"100 hours"_s, u"250 hours"_s}));
    QVERIFY(diff.sections.isEmpty());

    const License grace = readable("Grace period: 120 minutes", "Grace period: 1440 minutes");
    const LicenseDiff graceDiff = LicenseDiff::compare(readable(), grace); // g points into it
    const LicenseFieldChange *g = find(graceDiff.header, u"gracePeriod"_s);
    QVERIFY(g);
    QCOMPARE(g->before, u"120 minutes"_s);
    QCOMPARE(g->after, u"1440 minutes"_s);
}

void TestLicenseDiff::sectionFieldChanges()
{
    const License update = readable("Maximum CPU: 4\n", "Maximum CPU: 8\n");
    const LicenseDiff diff = LicenseDiff::compare(readable(), update);
    QVERIFY(diff.header.isEmpty());
    QCOMPARE(diff.sections.size(), 1);
    const LicenseSectionChange &s = diff.sections.first();
    QCOMPARE(s.kind, LicenseSectionChange::Kind::Changed);
    QCOMPARE(s.beforeIndex, 0);
    QCOMPARE(s.afterIndex, 0);
    QCOMPARE(s.label, u"Charon-SSP/4M, Charon-SSP/4U+; code Charon-SSP/4V, Charon-SSP/4V+"_s);
    QCOMPARE(s.fields, (QList<LicenseFieldChange> {{u"maxCpu"_s, u"4"_s, u"8"_s}}));

    const License dated
        = readable("Expiration date: 2021-12-22 23:55:00", "Expiration date: 2022-12-22 23:55:00");
    const LicenseDiff d2 = LicenseDiff::compare(readable(), dated);
    QCOMPARE(d2.sections.size(), 1);
    QCOMPARE(d2.sections.first().fields.first().field, u"expiration"_s);
    QCOMPARE(d2.sections.first().fields.first().after, u"2022-12-22 23:55:00 UTC"_s);
}

void TestLicenseDiff::sectionsAddedAndRemoved()
{
    // The second section's hardware changes: it is another section now.
    const License update = readable("Virtual Hardware: ALL", "Virtual Hardware: Charon-AXP/4100");
    const LicenseDiff diff = LicenseDiff::compare(readable(), update);
    QCOMPARE(diff.sections.size(), 2);
    QCOMPARE(diff.sections.at(0).kind, LicenseSectionChange::Kind::Removed);
    QCOMPARE(diff.sections.at(0).label, u"ALL; code ALL"_s);
    QCOMPARE(diff.sections.at(0).afterIndex, -1);
    QCOMPARE(diff.sections.at(1).kind, LicenseSectionChange::Kind::Added);
    QCOMPARE(diff.sections.at(1).label, u"Charon-AXP/4100; code ALL"_s);
    QCOMPARE(diff.sections.at(1).beforeIndex, -1);
    const LicenseFieldChange *instances = find(diff.sections.at(1).fields, u"instances"_s);
    QVERIFY(instances);
    QCOMPARE(instances->before, QString());
    QCOMPARE(instances->after, u"3"_s);
    const LicenseFieldChange *removed = find(diff.sections.at(0).fields, u"maxMemory"_s);
    QVERIFY(removed);
    QCOMPARE(removed->before, u"1048576 MB"_s);
    QCOMPARE(removed->after, QString());
}

void TestLicenseDiff::legacySectionsPairByName()
{
    const QByteArray text = sample(u"license_viewer-legacy-countdown.txt"_s);
    const License installed = LicenseParser::parse(text);
    QByteArray changed = text;
    changed.replace("P_MAX_MEM=512MB", "P_MAX_MEM=1024MB");
    const LicenseDiff diff = LicenseDiff::compare(installed, LicenseParser::parse(changed));
    QCOMPARE(diff.sections.size(), 1);
    QCOMPARE(diff.sections.first().label, u"Charon-SSP/4M"_s);
    QCOMPARE(diff.sections.first().fields,
        (QList<LicenseFieldChange> {{u"maxMemory"_s, u"512 MB"_s, u"1024 MB"_s}}));
}

void TestLicenseDiff::duplicateLabelsPairInOrder()
{
    License a;
    a.recognised = true;
    ProductSection s;
    s.name = u"X"_s;
    s.maxCpu = 1;
    a.products = {s, s};
    License b = a;
    b.products[1].maxCpu = 2;
    const LicenseDiff diff = LicenseDiff::compare(a, b);
    QCOMPARE(diff.sections.size(), 1);
    QCOMPARE(diff.sections.first().beforeIndex, 1);
    QCOMPARE(diff.sections.first().afterIndex, 1);
    b.products.removeLast();
    const LicenseDiff fewer = LicenseDiff::compare(a, b);
    QCOMPARE(fewer.sections.size(), 1);
    QCOMPARE(fewer.sections.first().kind, LicenseSectionChange::Kind::Removed);
}

void TestLicenseDiff::unknownKeysAreCompared()
{
    License a = readable();
    License b = a;
    a.extra = {{u"Support level"_s, u"basic"_s}, {u"Old key"_s, u"x"_s}};
    b.extra = {{u"Support level"_s, u"premium"_s}, {u"New key"_s, u"y"_s}};
    const LicenseDiff diff = LicenseDiff::compare(a, b);
    QCOMPARE(diff.header,
        (QList<LicenseFieldChange> {{u"extra:Support level"_s, u"basic"_s, u"premium"_s},
            {u"extra:Old key"_s, u"x"_s, QString()}, {u"extra:New key"_s, QString(), u"y"_s}}));
    QCOMPARE(LicenseDiff::fieldLabel(u"extra:Support level"_s), u"Support level"_s);
}

void TestLicenseDiff::passphraseIsNeverShown()
{
    License a = readable();
    License b = a;
    a.products[0].passphrase = u"1111-2222-3333-4444"_s;
    b.products[0].passphrase = u"5555-6666-7777-8888"_s;
    LicenseDiff diff = LicenseDiff::compare(a, b);
    QCOMPARE(diff.sections.first().fields,
        (QList<LicenseFieldChange> {{u"passphrase"_s, u"set"_s, u"changed"_s}}));
    b.products[0].passphrase.reset();
    diff = LicenseDiff::compare(a, b);
    QCOMPARE(diff.sections.first().fields,
        (QList<LicenseFieldChange> {{u"passphrase"_s, u"set"_s, u"not set"_s}}));
    for (const LicenseSectionChange &s : LicenseDiff::compare(License(), a).sections) {
        for (const LicenseFieldChange &c : s.fields)
            QVERIFY(!c.after.contains(u"1111"_s));
    }
}

void TestLicenseDiff::firstLicenseListsEverySection()
{
    const LicenseDiff diff = LicenseDiff::compare(License(), readable());
    QCOMPARE(diff.sections.size(), 2);
    for (const LicenseSectionChange &s : diff.sections)
        QCOMPARE(s.kind, LicenseSectionChange::Kind::Added);
    QVERIFY(find(diff.header, u"licenseId"_s));
    QVERIFY(LicenseDiff::identityConflicts(License(), readable()).isEmpty()); // nothing to keep
}

void TestLicenseDiff::identityConflicts_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::newRow("platform") << "Platform: amazon.aws"_ba
                              << "Platform: azure"_ba << u"Platform"_s;
    QTest::newRow("platform gone") << "Platform: amazon.aws\n"_ba
                                   << ""_ba << u"Platform"_s;
    QTest::newRow("customer") << "Customer name: Stromasys"_ba
                              << "Customer name: Stromasys2"_ba << u"Customer name"_s;
    QTest::newRow("license id") << "License ID: 01.00000001.002.045"_ba
                                << "License ID: 01.00000001.002.04"_ba << u"License ID"_s;
    QTest::newRow("platform case") << "Platform: amazon.aws"_ba
                                   << "Platform: Amazon.AWS"_ba << QString();
    QTest::newRow("other field") << "Maximum CPU: 4\n"_ba
                                 << "Maximum CPU: 64\n"_ba << QString();
}

void TestLicenseDiff::identityConflicts()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    const QStringList conflicts = LicenseDiff::identityConflicts(readable(), readable(from, to));
    if (field.isEmpty()) {
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(u' ')));
        return;
    }
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().contains(field), qPrintable(conflicts.first()));
    QVERIFY(conflicts.first().contains(u"cannot change"_s));
}

void TestLicenseDiff::labels()
{
    ProductSection s;
    QCOMPARE(LicenseDiff::sectionLabel(s, 2), u"section 3"_s);
    s.code = u"test"_s;
    QCOMPARE(LicenseDiff::sectionLabel(s, 0), u"code test"_s);
    QCOMPARE(LicenseDiff::fieldLabel(u"maxCpu"_s), u"Maximum CPU"_s);
    Expiration permanent;
    permanent.kind = Expiration::Kind::Permanent;
    QCOMPARE(LicenseDiff::expirationText(permanent), u"permanent"_s);
    QCOMPARE(LicenseDiff::expirationText(Expiration()), QString());
}

QTEST_GUILESS_MAIN(TestLicenseDiff)
#include "tst_licensediff.moc"
