// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog's alert thresholds: shown from the settings, bad input refused with a
// reason (OK disabled, nothing stored), good input stored highest first and announced so the
// alert engine and the hours chart pick it up; a damaged stored value falls back to the defaults.
#include "core/consolesettings.h"
#include "core/settingsnotifier.h"
#include "widgets/settingsdialog.h"
#include "widgets/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QPushButton *okButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(u"ve-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void init() { QSettings().clear(); }

    void showsTheDefaults()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.findChild<QLineEdit *>(u"hoursThresholds"_s)->text(), u"500, 100, 24"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"expiryThresholds"_s)->text(), u"90, 30, 7, 1"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"hoursThresholdsMeaning"_s)
                    ->text()
                    .contains(u"warning under 100 h"_s));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << u"hoursThresholds"_s << u" , "_s << u"at least one"_s;
        QTest::newRow("word") << u"hoursThresholds"_s << u"500, lots"_s << u"\"lots\" is not a number"_s;
        QTest::newRow("zero") << u"hoursThresholds"_s << u"100, 0"_s << u"not between 0"_s;
        QTest::newRow("negative") << u"expiryThresholds"_s << u"30, -7"_s << u"not between 0"_s;
        QTest::newRow("too large") << u"expiryThresholds"_s << u"99999"_s << u"not between 0"_s;
        QTest::newRow("nan") << u"hoursThresholds"_s << u"nan"_s << u"not a number"_s;
        QTest::newRow("twice") << u"hoursThresholds"_s << u"100, 24, 100"_s << u"twice"_s;
        QTest::newRow("too many") << u"expiryThresholds"_s << u"9 8 7 6 5 4 3 2 1"_s << u"At most 8"_s;
        QTest::newRow("decimal comma") << u"hoursThresholds"_s << u"2,5,2"_s << u"twice"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        SettingsDialog dialog;
        QSignalSpy changed(SettingsNotifier::instance(), &SettingsNotifier::alertThresholdsChanged);
        auto *edit = dialog.findChild<QLineEdit *>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *error = dialog.findChild<QLabel *>(u"thresholdsError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        dialog.accept(); // Enter in a field must not get past the check either
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(ConsoleSettings::hoursThresholds(), ConsoleSettings::defaultHoursThresholds());
        QCOMPARE(ConsoleSettings::expiryThresholdDays(), ConsoleSettings::defaultExpiryThresholdDays());
    }

    void storesGoodInputAndAnnouncesIt()
    {
        QSignalSpy changed(SettingsNotifier::instance(), &SettingsNotifier::alertThresholdsChanged);
        {
            SettingsDialog dialog;
            dialog.findChild<QLineEdit *>(u"hoursThresholds"_s)->setText(u"12.5; 200 48"_s);
            dialog.findChild<QLineEdit *>(u"expiryThresholds"_s)->setText(u"14, 60"_s);
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(dialog.findChild<QLabel *>(u"thresholdsError"_s)->isHidden());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(ConsoleSettings::hoursThresholds(), (QList<double> {200, 48, 12.5}));
        QCOMPARE(ConsoleSettings::expiryThresholdDays(), (QList<double> {60, 14}));
        const AlertThresholds levels = ConsoleSettings::alertThresholds();
        QCOMPARE(levels.hours.size(), 3);
        QCOMPARE(levels.hours.at(0).severity, Alert::Severity::Info);
        QCOMPARE(levels.hours.at(1).severity, Alert::Severity::Warning);
        QCOMPARE(levels.hours.at(2).severity, Alert::Severity::Critical);

        // A new dialog shows what was stored; OK without a change stores and announces nothing.
        SettingsDialog again;
        QCOMPARE(again.findChild<QLineEdit *>(u"hoursThresholds"_s)->text(), u"200, 48, 12.5"_s);
        QCOMPARE(again.findChild<QLineEdit *>(u"expiryThresholds"_s)->text(), u"60, 14"_s);
        again.accept();
        QCOMPARE(changed.size(), 2);

        // Restore Defaults fills the fields; only OK stores them.
        SettingsDialog third;
        QTest::mouseClick(third.findChild<QPushButton *>(u"restoreDefaults"_s), Qt::LeftButton);
        QCOMPARE(third.findChild<QLineEdit *>(u"hoursThresholds"_s)->text(), u"500, 100, 24"_s);
        QCOMPARE(ConsoleSettings::hoursThresholds(), (QList<double> {200, 48, 12.5}));
        third.accept();
        QCOMPARE(ConsoleSettings::hoursThresholds(), ConsoleSettings::defaultHoursThresholds());
        QCOMPARE(ConsoleSettings::expiryThresholdDays(), ConsoleSettings::defaultExpiryThresholdDays());
    }

    void damagedStoredValuesFallBackToTheDefaults()
    {
        QSettings().setValue(u"alerts/hoursThresholds"_s, u"100,abc"_s);
        QSettings().setValue(u"alerts/expiryThresholdDays"_s, u"-3"_s);
        QCOMPARE(ConsoleSettings::hoursThresholds(), ConsoleSettings::defaultHoursThresholds());
        QCOMPARE(ConsoleSettings::expiryThresholdDays(), ConsoleSettings::defaultExpiryThresholdDays());
        // A list written by hand without quotes reads back as a list: still understood.
        QSettings().setValue(u"alerts/hoursThresholds"_s, QStringList {u"300"_s, u"30"_s});
        QCOMPARE(ConsoleSettings::hoursThresholds(), (QList<double> {300, 30}));
    }

    void choosesTheLanguageForTheNextStart()
    {
        SettingsDialog dialog;
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QString()); // the system's by default
        QCOMPARE(language->count(), UiLanguage::available().size() + 1);
        const int japanese = language->findData(u"ja"_s);
        QVERIFY(japanese > 0);
        QCOMPARE(language->itemText(japanese), u"日本語"_s);
        language->setCurrentIndex(japanese);
        dialog.accept();
        QCOMPARE(UiLanguage::setting(), u"ja"_s);

        SettingsDialog again; // shows what was chosen; back to the system's language
        auto *shown = again.findChild<QComboBox *>(u"language"_s);
        QCOMPARE(shown->currentData().toString(), u"ja"_s);
        shown->setCurrentIndex(0);
        again.accept();
        QCOMPARE(UiLanguage::setting(), QString());
        QVERIFY(!QSettings().contains(u"ui/language"_s));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
