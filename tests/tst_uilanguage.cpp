// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "widgets/uilanguage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

// The console in the admin's language: the compiled-in catalogues, the language setting, and a
// main window whose menus come up translated, with Qt's own dialogs buttons too.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles()
    {
        MainWindow window(MainWindow::Options {QString(), false, false});
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            titles.append(action->text());
        return titles;
    }

    static QString cancelText()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    }

    void removeTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"VE License Console Tests"_s);
        QCoreApplication::setApplicationName(u"tst_uilanguage"_s);
        QSettings().clear();
    }

    void cleanup()
    {
        removeTranslators();
        QSettings().clear();
    }

    void everyLanguageHasACatalogue_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList codes = UiLanguage::available();
        for (const QString &code : codes) {
            if (code != "en"_L1)
                QTest::newRow(qPrintable(code)) << code;
        }
    }

    void everyLanguageHasACatalogue()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(code), u"ve-console"_s, u"_"_s, u":/i18n"_s),
            qPrintable(u"no compiled-in catalogue for "_s + code));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), code);
    }

    void settingChoosesTheLanguage()
    {
        QCOMPARE(UiLanguage::setting(), QString());
        QCOMPARE(UiLanguage::effectiveLocale(), QLocale());

        UiLanguage::setSetting(u"fr"_s);
        QCOMPARE(UiLanguage::setting(), u"fr"_s);
        QCOMPARE(UiLanguage::effectiveLocale().language(), QLocale::French);

        UiLanguage::setSetting(u"xx"_s); // not a language the console has: back to the system's
        QCOMPARE(UiLanguage::setting(), QString());
        QSettings().setValue(u"ui/language"_s, u"../../etc/passwd"_s); // a hand-edited setting
        QCOMPARE(UiLanguage::setting(), QString());
        QCOMPARE(UiLanguage::effectiveLocale(), QLocale());
    }

    void languageNamesAreNative()
    {
        QCOMPARE(UiLanguage::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(UiLanguage::nativeName(u"ja"_s), u"日本語"_s);
    }

    void mainWindowComesUpTranslated_data() { everyLanguageHasACatalogue_data(); }

    void mainWindowComesUpTranslated()
    {
        QFETCH(QString, code);
        const QStringList english = menuTitles();
        const QString englishCancel = cancelText();
        QVERIFY(english.size() >= 3);

        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QLocale(code)));
        const QStringList translated = menuTitles();
        QCOMPARE(translated.size(), english.size());
        // A title may be the same word in the language ("Server" in German); most are not.
        QStringList unchanged;
        for (qsizetype i = 0; i < english.size(); ++i) {
            if (translated.at(i) == english.at(i))
                unchanged.append(english.at(i));
            QCOMPARE(translated.at(i).count(u'&'), english.at(i).count(u'&')); // keyboard access kept
        }
        QVERIFY2(unchanged.size() <= 1, qPrintable(u"menus not translated: "_s + unchanged.join(u", ")));
        // Qt's own catalogue: the standard buttons speak the same language.
        QVERIFY2(cancelText() != englishCancel, "Qt's catalogue for the language was not loaded");
    }

    void englishNeedsNoCatalogue()
    {
        const QStringList before = menuTitles();
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QLocale(QLocale::English)));
        QCOMPARE(menuTitles(), before);
    }

    void missingLanguageIsReported()
    {
        QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
