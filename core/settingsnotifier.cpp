// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settingsnotifier.h"

SettingsNotifier *SettingsNotifier::instance()
{
    static SettingsNotifier notifier;
    return &notifier;
}
