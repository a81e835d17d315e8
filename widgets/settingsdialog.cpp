// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settingsdialog.h"

#include "core/consolesettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_interval(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Console Settings"));
    m_interval->setObjectName(u"pollInterval"_s);
    m_interval->setRange(ConsoleSettings::MinPollSeconds, ConsoleSettings::MaxPollSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    auto *hint
        = new QLabel(tr("Every server is asked for its status, license and sessions at this interval. After "
                        "an error the console waits longer between tries (up to 5 minutes) until the server "
                        "answers again."),
            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Refresh every:"), this);
    label->setBuddy(m_interval);
    form->addRow(label, m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::setPollIntervalSeconds(int seconds)
{
    m_interval->setValue(seconds);
}

int SettingsDialog::pollIntervalSeconds() const
{
    return m_interval->value();
}
