// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/consolesettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConsoleSettings {

int pollIntervalSeconds()
{
    const int value = QSettings().value(u"polling/intervalSeconds"_s, DefaultPollSeconds).toInt();
    return std::clamp(value, MinPollSeconds, MaxPollSeconds);
}

void setPollIntervalSeconds(int seconds)
{
    QSettings().setValue(u"polling/intervalSeconds"_s, std::clamp(seconds, MinPollSeconds, MaxPollSeconds));
}

} // namespace ConsoleSettings
