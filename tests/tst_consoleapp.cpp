// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke tests of the real ve-console binary.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Runs ve-console with a private configuration (no workspace of the person running the tests).
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
        bool withDisplay = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        if (withDisplay) {
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        } else {
            env.remove(u"QT_QPA_PLATFORM"_s);
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VE_CONSOLE_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void printsVersionWithoutADisplay()
    {
        QByteArray out;
        QCOMPARE(run({u"--version"_s}, &out, nullptr, false), 0);
        QCOMPARE(out.trimmed(), QByteArray("ve-console " VE_VERSION));
    }

    void helpListsTheOptions()
    {
        QByteArray out;
        QCOMPARE(run({u"--help"_s}, &out, nullptr, false), 0);
        QVERIFY(out.contains("--demo"));
        QVERIFY(out.contains("--screenshot"));
        QVERIFY(out.contains("--page"));
    }

    void rejectsUnknownPages()
    {
        QByteArray err;
        QCOMPARE(
            run({u"--screenshot"_s, m_home.filePath(u"x.png"_s), u"--page"_s, u"bogus"_s}, nullptr, &err), 2);
        QVERIFY(err.contains("unknown page"));
        QVERIFY(!QFile::exists(m_home.filePath(u"x.png"_s)));
    }

    void savesAScreenshotAndExits()
    {
        const QString png = m_home.filePath(u"window.png"_s);
        QCOMPARE(run({u"--screenshot"_s, png}), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }

    void reportsAnUnwritableScreenshot()
    {
        QCOMPARE(run({u"--screenshot"_s, m_home.filePath(u"missing-dir/window.png"_s)}), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsoleApp)
#include "tst_consoleapp.moc"
