// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SecretScrubber: secrets masked in a stream however it is cut into pieces.
#include "agent/secretscrubber.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretScrubber : public QObject
{
    Q_OBJECT

private:
    // Feeds `input` cut at every position in `cuts` (ascending) and returns the whole output.
    static QByteArray scrub(
        const QList<QByteArray> &secrets, const QByteArray &input, const QList<qsizetype> &cuts)
    {
        SecretScrubber scrubber(secrets);
        QByteArray out;
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            out += scrubber.feed(QByteArrayView(input).sliced(from, cut - from));
            from = cut;
        }
        out += scrubber.feed(QByteArrayView(input).sliced(from));
        return out + scrubber.finish();
    }

private Q_SLOTS:
    void everySplitIsMasked()
    {
        const QByteArray secret = "p4ss-w0rd";
        const QByteArray input = "login p4ss-w0rd ok\nagain:p4ss-w0rdp4ss-w0rd\np4ss-w0 (not it)\n";
        const QByteArray expected = "login ******** ok\nagain:****************\np4ss-w0 (not it)\n";
        QCOMPARE(scrub({secret}, input, {}), expected);
        // One cut anywhere, and two cuts anywhere.
        for (qsizetype a = 1; a < input.size(); ++a) {
            QCOMPARE(scrub({secret}, input, {a}), expected);
            for (qsizetype b = a + 1; b < input.size(); ++b)
                QCOMPARE(scrub({secret}, input, {a, b}), expected);
        }
        // Byte by byte.
        QList<qsizetype> bytes;
        for (qsizetype i = 1; i < input.size(); ++i)
            bytes.append(i);
        QCOMPARE(scrub({secret}, input, bytes), expected);
    }

    void holdsBackOnlyWhatCouldBeASecret()
    {
        SecretScrubber scrubber({"secret"});
        QCOMPARE(scrubber.feed("prompt: "), QByteArray("prompt: "));
        QCOMPARE(scrubber.pending(), 0);
        QCOMPARE(scrubber.feed("xx sec"), QByteArray("xx "));
        QCOMPARE(scrubber.pending(), 3);
        QCOMPARE(scrubber.feed("ond\n"), QByteArray("second\n"));
        QCOMPARE(scrubber.feed("secre"), QByteArray());
        // The stream ends on what may be the start of the secret: masked too.
        QCOMPARE(scrubber.finish(), QByteArray(SecretScrubber::Mask));
        QCOMPARE(scrubber.finish(), QByteArray());
    }

    void severalSecretsAndUtf8()
    {
        const QByteArray umlaut = u"pässwörd"_s.toUtf8();
        QCOMPARE(
            scrub({umlaut, "pw"}, "a pässwörd b pw c", {3, 4, 11}), QByteArray("a ******** b ******** c"));
        QCOMPARE(scrub({}, "nothing to hide", {5}), QByteArray("nothing to hide"));
        QCOMPARE(
            scrub({QByteArray()}, "empty secrets are ignored", {}), QByteArray("empty secrets are ignored"));
    }
};

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "tst_secretscrubber.moc"
