// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Built with AddressSanitizer (scripts/sanitize.sh), every process of a test (the test, ve-agent,
// vectl) runs 2-5x slower, and freed memory stays resident in ASan's quarantine.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool AddressSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool AddressSanitized = true;
#else
inline constexpr bool AddressSanitized = false;
#endif
#else
inline constexpr bool AddressSanitized = false;
#endif

// The one place that stretches durations for the sanitized build: how long a test double takes
// to work, a timeout a test configures and waits for, a bound on how long something may take.
// What a test asserts stays the same; only the clock is slower.
inline constexpr int TimingScale = AddressSanitized ? 3 : 1;

constexpr int scaledMs(int ms)
{
    return ms * TimingScale;
}
