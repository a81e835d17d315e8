// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Console preferences: how often every server is polled (errors back off on their own; the caller
// reads and applies pollIntervalSeconds()), the language of the console (UiLanguage; it applies at
// the next start), and the alert thresholds for remaining COUNTDOWN hours and days to the
// expiration date. The thresholds and the language are read when the dialog is made and stored by
// accept() (which then notifies the alert engine and the hours chart).
// OK stays disabled while a threshold list is not valid; the reason shows under the fields.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setPollIntervalSeconds(int seconds);
    int pollIntervalSeconds() const;

    // What the fields hold now; nullopt while a list is not valid.
    std::optional<QList<double>> hoursThresholds() const;
    std::optional<QList<double>> expiryThresholdDays() const;

    void accept() override;

private:
    QLineEdit *addLevelsField(class QFormLayout *form, const QString &label, const QString &objectName,
        const QString &accessibleName);
    void restoreDefaults();
    void validate();

    QSpinBox *m_interval;
    QComboBox *m_language;
    QLineEdit *m_hours;
    QLineEdit *m_days;
    QLabel *m_hoursMeaning;
    QLabel *m_daysMeaning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
