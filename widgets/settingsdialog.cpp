// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settingsdialog.h"

#include "core/consolesettings.h"
#include "widgets/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

// "info under 500 · warning under 100 · critical under 24" for the levels as they would apply.
QString meaning(const QList<double> &levels, const QString &unit)
{
    QStringList parts;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString value = QLocale().toString(levels.at(i), 'g', 12) + unit;
        parts.append(i == 0 ? SettingsDialog::tr("information under %1").arg(value)
                : i == 1    ? SettingsDialog::tr("warning under %1").arg(value)
                            : SettingsDialog::tr("critical under %1").arg(value));
    }
    return parts.join(u" · "_s);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_hoursMeaning(new QLabel(this))
    , m_daysMeaning(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Console Settings"));
    m_interval->setObjectName(u"pollInterval"_s);
    m_interval->setRange(ConsoleSettings::MinPollSeconds, ConsoleSettings::MaxPollSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Refresh every:"), this);
    label->setBuddy(m_interval);
    form->addRow(label, m_interval);
    form->addRow(hintLabel(tr("Every server is asked for its status, license and sessions at this interval. "
                              "After an error the console waits longer between tries (up to 5 minutes) "
                              "until the server answers again."),
        this));
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of the console"));
    const QString systemLanguage = QLocale().nativeLanguageName(); // empty for the C locale: English
    m_language->addItem(tr("System default (%1)")
                            .arg(systemLanguage.isEmpty() ? UiLanguage::nativeName(u"en"_s) : systemLanguage),
        QString());
    const QStringList languages = UiLanguage::available();
    for (const QString &code : languages)
        m_language->addItem(UiLanguage::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::setting())));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(hintLabel(tr("A new language applies the next time the console starts."), this));

    auto *alerts = new QGroupBox(tr("Alert thresholds"), this);
    auto *alertForm = new QFormLayout(alerts);
    m_hours = addLevelsField(
        alertForm, tr("Remaining &hours:"), u"hoursThresholds"_s, tr("Remaining COUNTDOWN hours thresholds"));
    alertForm->addRow(QString(), m_hoursMeaning);
    m_days = addLevelsField(alertForm, tr("Days to &expiry:"), u"expiryThresholds"_s,
        tr("Days to the expiration date thresholds"));
    alertForm->addRow(QString(), m_daysMeaning);
    alertForm->addRow(
        hintLabel(tr("Numbers separated by commas, with a point for decimals (e.g. 500, 100, 24). "
                     "The highest raises an information, the next a warning, every lower one a "
                     "critical alert. The hours chart draws them as lines."),
            alerts));
    for (QLabel *meaningLabel : {m_hoursMeaning, m_daysMeaning}) {
        meaningLabel->setWordWrap(true);
        meaningLabel->setForegroundRole(QPalette::PlaceholderText);
    }
    m_hoursMeaning->setObjectName(u"hoursThresholdsMeaning"_s);
    m_daysMeaning->setObjectName(u"expiryThresholdsMeaning"_s);
    m_error->setObjectName(u"thresholdsError"_s);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    alertForm->addRow(m_error);

    m_hours->setText(ConsoleSettings::levelsText(ConsoleSettings::hoursThresholds()));
    m_days->setText(ConsoleSettings::levelsText(ConsoleSettings::expiryThresholdDays()));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaults"_s);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Restore the default alert thresholds"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);
    for (QLineEdit *edit : {m_hours, m_days})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(alerts);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    validate();
}

QLineEdit *SettingsDialog::addLevelsField(
    QFormLayout *form, const QString &label, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(200);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    return edit;
}

void SettingsDialog::setPollIntervalSeconds(int seconds)
{
    m_interval->setValue(seconds);
}

int SettingsDialog::pollIntervalSeconds() const
{
    return m_interval->value();
}

std::optional<QList<double>> SettingsDialog::hoursThresholds() const
{
    return ConsoleSettings::parseLevels(m_hours->text(), ConsoleSettings::MaxHoursThreshold);
}

std::optional<QList<double>> SettingsDialog::expiryThresholdDays() const
{
    return ConsoleSettings::parseLevels(m_days->text(), ConsoleSettings::MaxExpiryThresholdDays);
}

void SettingsDialog::restoreDefaults()
{
    m_hours->setText(ConsoleSettings::levelsText(ConsoleSettings::defaultHoursThresholds()));
    m_days->setText(ConsoleSettings::levelsText(ConsoleSettings::defaultExpiryThresholdDays()));
}

void SettingsDialog::validate()
{
    QString hoursError;
    QString daysError;
    const auto hours
        = ConsoleSettings::parseLevels(m_hours->text(), ConsoleSettings::MaxHoursThreshold, &hoursError);
    const auto days
        = ConsoleSettings::parseLevels(m_days->text(), ConsoleSettings::MaxExpiryThresholdDays, &daysError);
    m_hoursMeaning->setText(hours ? meaning(*hours, tr(" h")) : QString());
    m_daysMeaning->setText(days ? meaning(*days, tr(" days")) : QString());
    QStringList problems;
    if (!hours)
        problems.append(tr("Remaining hours: %1").arg(hoursError));
    if (!days)
        problems.append(tr("Days to expiry: %1").arg(daysError));
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::accept()
{
    const auto hours = hoursThresholds();
    const auto days = expiryThresholdDays();
    if (!hours || !days)
        return; // OK is disabled then; Enter in a field must not get past the check either
    if (*hours != ConsoleSettings::hoursThresholds())
        ConsoleSettings::setHoursThresholds(*hours);
    if (*days != ConsoleSettings::expiryThresholdDays())
        ConsoleSettings::setExpiryThresholdDays(*days);
    UiLanguage::setSetting(m_language->currentData().toString());
    QDialog::accept();
}
