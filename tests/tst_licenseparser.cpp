// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licensejson.h"
#include "core/licenseparser.h"
#include "core/licensevalues.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

License parseFile(const QString &name)
{
    return LicenseParser::parse(readData(name));
}

// Readable failure output for optionals: "<null>" stands for an absent value.
QString str(const std::optional<QString> &value)
{
    return value.value_or(u"<null>"_s);
}

template<typename T> qint64 num(const std::optional<T> &value)
{
    return value ? qint64(*value) : -1;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

Expiration hours(double value)
{
    Expiration e;
    e.kind = Expiration::Kind::Hours;
    e.hours = value;
    return e;
}

Expiration dateExpiration(const QDateTime &date)
{
    Expiration e;
    e.kind = Expiration::Kind::Date;
    e.date = date;
    return e;
}

Expiration permanent()
{
    Expiration e;
    e.kind = Expiration::Kind::Permanent;
    return e;
}

QList<int> diagnosticLines(const License &license)
{
    QList<int> lines;
    for (const Diagnostic &d : license.diagnostics)
        lines.append(d.line);
    return lines;
}

QString diagnosticsText(const License &license)
{
    QStringList text;
    for (const Diagnostic &d : license.diagnostics)
        text.append(QString::number(d.line) + u": "_s + d.message);
    return text.join(u'\n');
}

// The readable sample, as the license says it (shared by every variant of that text).
void verifyReadableSample(const License &l)
{
    QVERIFY(l.recognised);
    QCOMPARE(l.style, License::Style::Readable);
    QCOMPARE(l.keyType, License::KeyType::Countdown);
    QCOMPARE(str(l.fingerprint), u"07792211fc8ce3fdc085a6d7e2b1c0f9a8d7e6c5b4a3928170f6e5d4c3b2a190"_s);
    QCOMPARE(str(l.customer), u"Stromasys"_s);
    QCOMPARE(str(l.licenseId), u"01.00000001.002.045"_s);
    QCOMPARE(str(l.platform), u"amazon.aws"_s);
    QCOMPARE(l.releaseDate, utc(2021, 6, 17, 13, 8, 1));
    QCOMPARE(l.expiration, hours(100));
    QCOMPARE(num(l.gracePeriodMinutes), 120);
    QCOMPARE(num(l.checkIntervalMinutes), 60);
    QVERIFY(l.extra.isEmpty());
    QCOMPARE(l.products.size(), 2);

    const ProductSection &a = l.products.at(0);
    QCOMPARE(str(a.name), u"<null>"_s);
    QCOMPARE(a.virtualHardware, (QStringList {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s}));
    QCOMPARE(a.productCodes, (QStringList {u"Charon-SSP/4V"_s, u"Charon-SSP/4V+"_s}));
    QCOMPARE(str(a.code), u"<null>"_s);
    QCOMPARE(num(a.majorVersion), 4);
    QCOMPARE(num(a.minorVersion), 2);
    QCOMPARE(num(a.maxCpu), 4);
    QCOMPARE(num(a.maxMemoryMB), 4096);
    QCOMPARE(num(a.instances), 4);
    QVERIFY(!a.expiration.isSet());
    QCOMPARE(str(a.passphrase), u"<null>"_s);
    QVERIFY(a.extra.isEmpty());

    const ProductSection &b = l.products.at(1);
    QCOMPARE(b.virtualHardware, QStringList {u"ALL"_s});
    QCOMPARE(b.productCodes, QStringList {u"ALL"_s});
    QCOMPARE(b.expiration, dateExpiration(utc(2021, 12, 22, 23, 55, 0)));
    QCOMPARE(num(b.majorVersion), 5);
    QCOMPARE(num(b.minorVersion), 3);
    QCOMPARE(num(b.maxCpu), 64);
    QCOMPARE(num(b.maxMemoryMB), 1048576);
    QCOMPARE(num(b.instances), 3);
    QVERIFY(b.extra.isEmpty());
}

void verifyLegacySample(const License &l)
{
    QVERIFY(l.recognised);
    QCOMPARE(l.style, License::Style::Legacy);
    QCOMPARE(l.keyType, License::KeyType::Countdown);
    QCOMPARE(str(l.fingerprint), u"123db1ec91a1526c40da028b9e68e5abaadc70c62719af0f6ef1f2cfd2c85bba"_s);
    QCOMPARE(str(l.licenseId), u"<null>"_s); // K_LICENSE_ID= is empty
    QCOMPARE(str(l.customer), u"Stromasys/Testing"_s);
    QCOMPARE(str(l.platform), u"amazon.aws"_s);
    QCOMPARE(l.releaseDate, utc(2020, 6, 28, 1, 48, 26)); // 1593308906
    QCOMPARE(l.expiration, hours(100)); // K_EXPIRED of a COUNTDOWN key
    QCOMPARE(num(l.gracePeriodMinutes), -1);
    QCOMPARE(num(l.checkIntervalMinutes), 60);
    QVERIFY(l.extra.isEmpty());
    QCOMPARE(l.products.size(), 2);
    const QString names[] = {u"Charon-SSP/4U020"_s, u"Charon-SSP/4M"_s};
    const qint64 memory[] = {4096, 512};
    for (int i = 0; i < 2; ++i) {
        const ProductSection &p = l.products.at(i);
        QCOMPARE(str(p.name), names[i]);
        QCOMPARE(str(p.code), u"test"_s);
        QVERIFY(p.virtualHardware.isEmpty());
        QVERIFY(p.productCodes.isEmpty());
        QCOMPARE(num(p.majorVersion), 4);
        QCOMPARE(num(p.minorVersion), 2);
        QCOMPARE(num(p.maxCpu), 4);
        QCOMPARE(num(p.maxMemoryMB), memory[i]);
        QCOMPARE(num(p.instances), 4);
        QVERIFY(!p.expiration.isSet());
        QVERIFY(p.extra.isEmpty());
    }
}

} // namespace

class TestLicenseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacySample();
    void readableSample();
    void mixedSample();
    void lineEndingsAndBlanks();
    void legacyWithCrlf();
    void readableWithTabsAndNoHeader();
    void notALicense_data();
    void notALicense();
    void invalidUtf8AndControlBytes();
    void unknownKeysKeptInOrder();
    void normalKeyPermanentAndDates();
    void duplicateKeys();
    void unclosedBlocks();
    void badValues();
    void hugeLines();
    void diagnosticsAreCapped();
    void everyTruncationParses();
    void valueSyntaxes();
    void jsonContract();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonFromHostileInput();
};

void TestLicenseParser::legacySample()
{
    const License l = parseFile(u"license_viewer-legacy-countdown.txt"_s);
    QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
    verifyLegacySample(l);
    QCOMPARE(l.products.at(0).firstLine, 12);
    QCOMPARE(l.products.at(1).firstLine, 21);
}

void TestLicenseParser::readableSample()
{
    const License l = parseFile(u"license_viewer-readable-countdown.txt"_s);
    QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
    verifyReadableSample(l);
    QCOMPARE(l.products.at(0).firstLine, 12);
    QCOMPARE(l.products.at(1).firstLine, 20);
}

void TestLicenseParser::mixedSample()
{
    // The vendor page's interleaved output: readable header lines inside KEYSEC and PRODSEC.
    const License l = parseFile(u"license_viewer-mixed.txt"_s);
    QVERIFY(l.recognised);
    QCOMPARE(l.style, License::Style::Mixed);
    QCOMPARE(l.keyType, License::KeyType::Countdown);
    // First value wins: K_FINGER (line 3) over the truncated readable one (line 5).
    QCOMPARE(str(l.fingerprint), u"123db1ec91a1526c40da028b9e68e5abaadc70c62719af0f6ef1f2cfd2c85bba"_s);
    QCOMPARE(str(l.licenseId), u"01.00000001.002.045"_s); // K_LICENSE_ID= is empty, no conflict
    QCOMPARE(str(l.customer), u"Stromasys"_s);
    QCOMPARE(str(l.platform), u"amazon.aws"_s);
    QCOMPARE(l.releaseDate, utc(2020, 6, 28, 1, 48, 26));
    QCOMPARE(l.expiration, hours(100)); // K_EXPIRED=100 and "100 hour(s)" agree
    QCOMPARE(num(l.gracePeriodMinutes), 120);
    QCOMPARE(num(l.checkIntervalMinutes), 60);
    QCOMPARE(l.products.size(), 2);
    const ProductSection &a = l.products.at(0);
    QCOMPARE(str(a.name), u"Charon-SSP/4U020"_s);
    QCOMPARE(a.virtualHardware, (QStringList {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s}));
    QCOMPARE(a.productCodes, (QStringList {u"Charon-SSP/4V"_s, u"Charon-SSP/4V+"_s}));
    QCOMPARE(str(a.code), u"test"_s);
    QCOMPARE(num(a.maxMemoryMB), 4096);
    QVERIFY(!a.expiration.isSet()); // the expiration line after "Key type" is the header's
    const ProductSection &b = l.products.at(1);
    QCOMPARE(str(b.name), u"Charon-SSP/4M"_s);
    QCOMPARE(num(b.maxMemoryMB), 512);
    // Conflicting values are reported where the losing value stands, with both values.
    QCOMPARE(diagnosticLines(l), (QList<int> {5, 10, 20}));
    QVERIFY(l.diagnostics.at(0).message.contains(u"07792211fc8ce3fdc085 <truncated>"));
    QVERIFY(l.diagnostics.at(1).message.contains(u"Stromasys/Testing"));
    QVERIFY(l.diagnostics.at(1).message.contains(u"line 6"));
    QVERIFY(l.diagnostics.at(2).message.contains(u"Release date"));
}

void TestLicenseParser::lineEndingsAndBlanks()
{
    const QByteArray lf = readData(u"license_viewer-readable-countdown.txt"_s);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    QByteArray bom = "\xef\xbb\xbf" + lf;
    for (const QByteArray &variant : {crlf, cr, bom, lf.chopped(1) /* no final line break */}) {
        const License l = LicenseParser::parse(variant);
        QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
        verifyReadableSample(l);
        QCOMPARE(l.products.at(1).firstLine, 20); // line numbers survive every line ending
    }
}

void TestLicenseParser::legacyWithCrlf()
{
    const License l = parseFile(u"license-legacy-crlf.txt"_s);
    QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
    verifyLegacySample(l);
}

void TestLicenseParser::readableWithTabsAndNoHeader()
{
    const License l = parseFile(u"license-readable-tabs-no-header.txt"_s);
    QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
    verifyReadableSample(l); // "1024GB" is the sample's 1048576 MB
    QCOMPARE(l.products.at(0).firstLine, 11);
    // Sections are equal by content, wherever they stood.
    QCOMPARE(l.products, parseFile(u"license_viewer-readable-countdown.txt"_s).products);
    QCOMPARE(l.products.at(1).firstLine, 20); // two blank lines between the sections
}

void TestLicenseParser::notALicense_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"empty input"_s;
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << u"empty input"_s;
    QTest::newRow("header line only")
        << QByteArray("<<License Viewer>> Current license:\n") << u"not a license"_s;
    QTest::newRow("binary garbage") << readData(u"license-binary-garbage.bin"_s) << u"not a license"_s;
    QTest::newRow("random text") << readData(u"not-a-license.txt"_s) << u"not a license"_s;
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0') << u"not a license"_s;
    QTest::newRow("unknown keys only") << QByteArray("FOO=1\nBar: 2\n") << u"not a license"_s;
}

void TestLicenseParser::notALicense()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const License l = LicenseParser::parse(input);
    QVERIFY(!l.recognised);
    QVERIFY(l.products.isEmpty());
    QVERIFY(!l.diagnostics.isEmpty());
    QCOMPARE(l.diagnostics.last().line, 0);
    QVERIFY2(l.diagnostics.last().message.contains(message), qPrintable(l.diagnostics.last().message));
}

void TestLicenseParser::invalidUtf8AndControlBytes()
{
    const License l = parseFile(u"license-invalid-utf8.txt"_s);
    QVERIFY(l.recognised);
    QCOMPARE(l.keyType, License::KeyType::Countdown);
    QCOMPARE(l.expiration, hours(24));
    // Invalid bytes are replaced, the valid "è" is kept.
    QVERIFY(l.customer);
    QVERIFY(l.customer->startsWith(u"Caf\uFFFD"));
    QVERIFY(l.customer->endsWith(u"Syst\u00e8mes"));
    QCOMPARE(str(l.platform), u"<null>"_s); // the line with control bytes is dropped, with a reason
    QCOMPARE(diagnosticLines(l), (QList<int> {3, 6}));
    QVERIFY(l.diagnostics.at(0).message.contains(u"UTF-8"));
    QVERIFY(l.diagnostics.at(1).message.contains(u"binary"));
    QCOMPARE(l.products.size(), 1);
    QCOMPARE(num(l.products.at(0).instances), 1);
}

void TestLicenseParser::unknownKeysKeptInOrder()
{
    const License l = parseFile(u"license-unknown-keys.txt"_s);
    QVERIFY(l.recognised);
    QCOMPARE(l.style, License::Style::Legacy);
    QCOMPARE(l.keyType, License::KeyType::Normal);
    // A plain-number K_EXPIRED of a NORMAL key is epoch seconds, like K_R_DATE.
    QCOMPARE(l.expiration, dateExpiration(utc(2025, 12, 31, 23, 59, 59)));
    QCOMPARE(l.releaseDate, utc(2023, 11, 14, 22, 13, 20));
    QCOMPARE(num(l.checkIntervalMinutes), 30);
    const QList<KeyValue> headerExtra = {
        {u"K_VENDOR_NOTE"_s, u"issued by support"_s},
        {u"K_SEATS"_s, QString()},
        {u"Support contact"_s, u"support@example.com"_s},
        {u"This line has no key at all"_s, QString()},
    };
    QCOMPARE(l.extra, headerExtra);
    QCOMPARE(l.products.size(), 1);
    const ProductSection &p = l.products.at(0);
    QCOMPARE(str(p.name), u"Charon-AXP/4100"_s);
    QCOMPARE(num(p.maxMemoryMB), 2048);
    const QList<KeyValue> productExtra = {{u"P_FEATURE"_s, u"SMP"_s}, {u"P_COMMENT"_s, u"lab only"_s}};
    QCOMPARE(p.extra, productExtra);
    // Unknown keys are expected (the vendor adds fields); only the line without a key is reported.
    QCOMPARE(diagnosticLines(l), QList<int> {15});
    QVERIFY(l.diagnostics.at(0).message.contains(u"This line has no key at all"));
}

void TestLicenseParser::normalKeyPermanentAndDates()
{
    const License l = parseFile(u"license-normal-permanent.txt"_s);
    QVERIFY2(l.diagnostics.isEmpty(), qPrintable(diagnosticsText(l)));
    QCOMPARE(l.keyType, License::KeyType::Normal);
    QCOMPARE(l.expiration, permanent());
    QCOMPARE(l.releaseDate, utc(2023, 1, 31));
    QCOMPARE(num(l.gracePeriodMinutes), 120); // "2 hour(s)"
    QCOMPARE(num(l.checkIntervalMinutes), 60); // a plain number is minutes
    QCOMPARE(l.products.size(), 2);
    const ProductSection &a = l.products.at(0);
    QCOMPARE(a.expiration, dateExpiration(utc(2030, 6, 30)));
    QCOMPARE(num(a.maxMemoryMB), 4096); // "4GB"
    QCOMPARE(str(a.passphrase), u"1111-2222-3333-4444"_s);
    const ProductSection &b = l.products.at(1);
    QCOMPARE(b.virtualHardware, QStringList {u"Charon-PAR/A400"_s}); // "Charon-PAR/A400,," has one item
    QCOMPARE(b.expiration, permanent());
    QCOMPARE(num(b.maxMemoryMB), 2048);
    QCOMPARE(str(b.passphrase), u"<null>"_s);
}

void TestLicenseParser::duplicateKeys()
{
    const License l = parseFile(u"license-duplicate-keys.txt"_s);
    QVERIFY(l.recognised);
    QCOMPARE(l.keyType, License::KeyType::Countdown); // the first K_TYPE
    QCOMPARE(l.expiration, hours(50));
    QCOMPARE(str(l.customer), u"First Customer"_s);
    QCOMPARE(num(l.products.at(0).maxCpu), 4);
    // Repeats are reported even with an equal value; a differing one names the kept value.
    QCOMPARE(diagnosticLines(l), (QList<int> {4, 7, 13}));
    QVERIFY(l.diagnostics.at(0).message.contains(u"first on line 3"));
    QVERIFY(l.diagnostics.at(0).message.contains(u"COUNTDOWN"));
}

void TestLicenseParser::unclosedBlocks()
{
    const License l = parseFile(u"license-unclosed-blocks.txt"_s);
    QVERIFY(l.recognised);
    // A new PRODSEC closes an unclosed one; a stray P_ key outside any block opens a section of
    // its own rather than being dropped.
    QCOMPARE(l.products.size(), 4);
    QCOMPARE(str(l.products.at(0).name), u"Charon-SSP/4M"_s);
    QCOMPARE(num(l.products.at(0).majorVersion), 4);
    QCOMPARE(str(l.products.at(1).name), u"Charon-SSP/4U"_s);
    QCOMPARE(num(l.products.at(1).majorVersion), 5);
    QCOMPARE(str(l.products.at(2).name), u"<null>"_s);
    QCOMPARE(num(l.products.at(2).maxCpu), 2);
    QCOMPARE(l.products.at(2).firstLine, 14);
    QCOMPARE(str(l.products.at(3).name), u"Charon-SSP/4V"_s);
    QCOMPARE(l.expiration, hours(10));
    const QString text = diagnosticsText(l);
    QVERIFY2(text.contains(u"6: PRODSEC before the KEYEND of the KEYSEC on line 2"), qPrintable(text));
    QVERIFY2(text.contains(u"9: PRODSEC before the PRODEND of the PRODSEC on line 6"), qPrintable(text));
    QVERIFY2(text.contains(u"13: PRODEND without PRODSEC"), qPrintable(text));
    QVERIFY2(text.contains(u"14: P_CPU_NUM outside a PRODSEC"), qPrintable(text));
    QVERIFY2(text.contains(u"15: KEYEND without KEYSEC"), qPrintable(text));
    QVERIFY2(text.contains(u"16: PRODSEC without PRODEND"), qPrintable(text));
}

void TestLicenseParser::badValues()
{
    const License l = parseFile(u"license-bad-values.txt"_s);
    QVERIFY(l.recognised);
    QCOMPARE(l.keyType, License::KeyType::Unknown); // "TRIAL"
    QVERIFY(!l.expiration.isSet()); // "100" means nothing without a key type
    QVERIFY(!l.releaseDate.isValid());
    QCOMPARE(num(l.gracePeriodMinutes), -1);
    QCOMPARE(num(l.checkIntervalMinutes), -1);
    QCOMPARE(l.products.size(), 1);
    const ProductSection &p = l.products.at(0);
    QCOMPARE(num(p.majorVersion), -1);
    QCOMPARE(num(p.minorVersion), -1);
    QCOMPARE(num(p.maxCpu), -1);
    QCOMPARE(num(p.maxMemoryMB), -1);
    QCOMPARE(num(p.instances), 2);
    QCOMPARE(diagnosticLines(l), (QList<int> {2, 3, 4, 5, 6, 9, 10, 11, 12}));
    // Nothing is lost: each value that did not parse stays in `extra`, in input order.
    const QList<KeyValue> headerExtra = {
        {u"Key type"_s, u"TRIAL"_s},
        {u"Expiration date"_s, u"100"_s},
        {u"Release date"_s, u"yesterday"_s},
        {u"Grace period"_s, u"a while"_s},
        {u"License check interval"_s, u"60 seconds"_s},
    };
    QCOMPARE(l.extra, headerExtra);
    QCOMPARE(p.extra.size(), 4);
    QCOMPARE(p.extra.at(3), (KeyValue {u"Maximum virtual memory"_s, u"lots"_s}));
}

void TestLicenseParser::hugeLines()
{
    QByteArray input = "KEYSEC\nK_TYPE=COUNTDOWN\nK_CUSTOMER=" + QByteArray(60000, 'c')
        + "\nK_FINGER=" + QByteArray(2 * 1024 * 1024, 'f') + "\nK_PLATFORM=vmware\nKEYEND\n";
    const License l = LicenseParser::parse(input);
    QVERIFY(l.recognised);
    QCOMPARE(l.customer->size(), 60000); // long but plausible: kept
    QCOMPARE(str(l.fingerprint), u"<null>"_s); // 2 MiB on one line: refused
    QCOMPARE(str(l.platform), u"vmware"_s);
    QCOMPARE(diagnosticLines(l), QList<int> {4});
    QVERIFY(l.diagnostics.at(0).message.contains(u"2097161 bytes"));
}

void TestLicenseParser::diagnosticsAreCapped()
{
    QByteArray input = "Key type: NORMAL\n";
    for (int i = 0; i < 5000; ++i)
        input += "what is this\n";
    const License l = LicenseParser::parse(input);
    QCOMPARE(l.diagnostics.size(), 101);
    QCOMPARE(l.diagnostics.last().line, 0);
    QVERIFY(l.diagnostics.last().message.contains(u"4900 more"));
    QCOMPARE(l.extra.size(), 5000); // capped are the reports, not the kept lines
}

void TestLicenseParser::everyTruncationParses()
{
    // A license_viewer run cut short (killed tool, partial copy): never a crash, and the keys
    // before the cut are read.
    for (const QString &name : {u"license_viewer-legacy-countdown.txt"_s,
             u"license_viewer-readable-countdown.txt"_s, u"license_viewer-mixed.txt"_s}) {
        const QByteArray data = readData(name);
        for (qsizetype cut = 0; cut <= data.size(); ++cut) {
            const License l = LicenseParser::parse(QByteArrayView(data).first(cut));
            if (cut > 100)
                QVERIFY(l.recognised);
        }
    }
}

void TestLicenseParser::valueSyntaxes()
{
    using namespace LicenseValues;
    QCOMPARE(
        splitList(u"Charon-SSP/4M,Charon-SSP/4U+,"), (QStringList {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s}));
    QCOMPARE(splitList(u" , ,"), QStringList());
    QCOMPARE(num(parseMemoryMB(u"4096MB")), 4096);
    QCOMPARE(num(parseMemoryMB(u"4 GB")), 4096);
    QCOMPARE(num(parseMemoryMB(u"1tb")), 1048576);
    QCOMPARE(num(parseMemoryMB(u"512")), 512);
    QCOMPARE(num(parseMemoryMB(u"512 KB")), -1);
    QCOMPARE(num(parseMemoryMB(u"-5MB")), -1);
    QCOMPARE(num(parseMemoryMB(u"99999999999999999GB")), -1); // overflow is an error, not a wrap
    QCOMPARE(num(parseMinutes(u"120 minutes")), 120);
    QCOMPARE(num(parseMinutes(u"2 hour(s)")), 120);
    QCOMPARE(num(parseMinutes(u"1 day")), 1440);
    QCOMPARE(num(parseMinutes(u"60")), 60);
    QCOMPARE(num(parseMinutes(u"60 seconds")), -1);
    QCOMPARE(parseExpiration(u"100 hour(s)", License::KeyType::Unknown), hours(100));
    QCOMPARE(parseExpiration(u"2.5 hours", License::KeyType::Normal), hours(2.5));
    QCOMPARE(parseExpiration(u"100", License::KeyType::Countdown), hours(100));
    QVERIFY(!parseExpiration(u"100", License::KeyType::Unknown));
    QCOMPARE(parseExpiration(u"Unlimited", License::KeyType::Normal), permanent());
    QCOMPARE(parseExpiration(u"2021-12-22 23:55:00", License::KeyType::Normal),
        dateExpiration(utc(2021, 12, 22, 23, 55, 0)));
    QCOMPARE(parseExpiration(u"22-Dec-2021", License::KeyType::Normal), dateExpiration(utc(2021, 12, 22)));
    QVERIFY(!parseExpiration(u"soon", License::KeyType::Normal));
    QCOMPARE(parseDateTime(u"2021-06-17T13:08:01+02:00"), utc(2021, 6, 17, 11, 8, 1));
    QCOMPARE(parseDateTime(u"2021-06-17T13:08:01"), utc(2021, 6, 17, 13, 8, 1));
    // A wall clock inside a daylight-saving gap of some zone is still a valid UTC time.
    QCOMPARE(parseDateTime(u"2021-03-28 02:30:00"), utc(2021, 3, 28, 2, 30, 0));
    QVERIFY(!parseDateTime(u"2021-02-30").isValid());
    QVERIFY(!parseDateTime(u"99999999999999").isValid());
}

void TestLicenseParser::jsonContract()
{
    const QJsonObject json = licenseToJson(parseFile(u"license_viewer-readable-countdown.txt"_s));
    QCOMPARE(json.value(u"style"_s).toString(), u"readable"_s);
    QCOMPARE(json.value(u"keyType"_s).toString(), u"COUNTDOWN"_s);
    QCOMPARE(json.value(u"releaseDate"_s).toString(), u"2021-06-17T13:08:01Z"_s);
    QCOMPARE(json.value(u"expiration"_s).toObject(), (QJsonObject {{u"hours"_s, 100}}));
    const QJsonObject second = json.value(u"products"_s).toArray().at(1).toObject();
    QCOMPARE(
        second.value(u"expiration"_s).toObject(), (QJsonObject {{u"date"_s, u"2021-12-22T23:55:00Z"_s}}));
    QVERIFY(second.value(u"name"_s).isNull());
    QVERIFY(second.value(u"passphrase"_s).isNull());
    const QJsonObject legacy = licenseToJson(parseFile(u"license_viewer-legacy-countdown.txt"_s));
    QVERIFY(legacy.value(u"licenseId"_s).isNull());
    QVERIFY(legacy.value(u"gracePeriodMinutes"_s).isNull());
    QCOMPARE(legacy.value(u"releaseDate"_s).toString(), u"2020-06-28T01:48:26Z"_s);
    const QJsonObject unknown = licenseToJson(parseFile(u"license-unknown-keys.txt"_s));
    QCOMPARE(unknown.value(u"extra"_s).toObject().value(u"Support contact"_s).toString(),
        u"support@example.com"_s);
    QCOMPARE(unknown.value(u"diagnostics"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 15);
    const QJsonObject normal = licenseToJson(parseFile(u"license-normal-permanent.txt"_s));
    QCOMPARE(normal.value(u"expiration"_s).toObject(), (QJsonObject {{u"permanent"_s, true}}));
}

void TestLicenseParser::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"license_viewer-legacy-countdown.txt", "license_viewer-readable-countdown.txt",
             "license_viewer-mixed.txt", "license-unknown-keys.txt", "license-normal-permanent.txt",
             "license-bad-values.txt"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestLicenseParser::jsonRoundTrip()
{
    QFETCH(QString, file);
    const License parsed = parseFile(file);
    QString error;
    const License back = licenseFromJson(licenseToJson(parsed), &error);
    QCOMPARE(error, QString());
    QCOMPARE(back.recognised, true);
    QCOMPARE(back.style, parsed.style);
    QCOMPARE(back.keyType, parsed.keyType);
    QCOMPARE(str(back.fingerprint), str(parsed.fingerprint));
    QCOMPARE(str(back.licenseId), str(parsed.licenseId));
    QCOMPARE(back.releaseDate, parsed.releaseDate);
    QCOMPARE(back.expiration, parsed.expiration);
    QCOMPARE(num(back.gracePeriodMinutes), num(parsed.gracePeriodMinutes));
    QCOMPARE(back.diagnostics, parsed.diagnostics);
    QCOMPARE(back.products.size(), parsed.products.size());
    // JSON objects have no order, so `extra` comes back sorted by key; everything else is equal.
    QCOMPARE(licenseToJson(back), licenseToJson(parsed));
}

void TestLicenseParser::jsonFromHostileInput()
{
    const QJsonObject hostile {
        {u"style"_s, 42},
        {u"keyType"_s, u"SUPER"_s},
        {u"fingerprint"_s, QJsonArray {1, 2}},
        {u"releaseDate"_s, u"not a date"_s},
        {u"expiration"_s, u"forever"_s},
        {u"gracePeriodMinutes"_s, -5},
        {u"checkIntervalMinutes"_s, 1e300},
        {u"products"_s,
            QJsonArray {u"x"_s,
                QJsonObject {{u"maxCpu"_s, 2.5}, {u"virtualHardware"_s, u"ALL"_s},
                    {u"extra"_s, QJsonObject {{u"k"_s, 1}}}}}},
        {u"extra"_s, QJsonArray()},
        {u"diagnostics"_s, u"none"_s},
    };
    QString error;
    const License l = licenseFromJson(hostile, &error);
    QVERIFY(!l.recognised);
    QVERIFY(!error.isEmpty());
    for (const char *field : {"style", "keyType", "fingerprint", "releaseDate", "expiration",
             "gracePeriodMinutes", "checkIntervalMinutes", "products[0]", "products[1].maxCpu",
             "products[1].virtualHardware", "products[1].extra.k", "extra", "diagnostics"})
        QVERIFY2(error.contains(QString::fromLatin1(field)), field);
    QCOMPARE(l.products.size(), 1);
    QCOMPARE(num(l.products.at(0).maxCpu), -1);
    QCOMPARE(num(l.gracePeriodMinutes), -1);
    QCOMPARE(num(l.checkIntervalMinutes), -1);
    QVERIFY(!l.diagnostics.isEmpty());
    // Not even an object's worth of data: still no crash.
    QVERIFY(!licenseFromJson(QJsonObject()).recognised);
}

QTEST_GUILESS_MAIN(TestLicenseParser)
#include "tst_licenseparser.moc"
