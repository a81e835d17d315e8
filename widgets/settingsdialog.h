// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSpinBox;

// Console preferences: how often every server is polled (errors back off on their own).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setPollIntervalSeconds(int seconds);
    int pollIntervalSeconds() const;

private:
    QSpinBox *m_interval;
};
