// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The console's own preferences (QSettings of the application; never a secret in there).
namespace ConsoleSettings {

inline constexpr int DefaultPollSeconds = 10;
inline constexpr int MinPollSeconds = 2;
inline constexpr int MaxPollSeconds = 3600;

int pollIntervalSeconds(); // clamped to [Min, Max]
void setPollIntervalSeconds(int seconds);

} // namespace ConsoleSettings
