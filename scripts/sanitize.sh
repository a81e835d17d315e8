#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer (the
# `asan` preset). Every process counts, not only the test executables: ve-agent, vectl and
# ve-console started by the tests write their reports to build/asan/sanitizer-reports too, and
# any report there fails the run even when the test that started the process passed.
#
#   scripts/sanitize.sh                 build and run every test
#   scripts/sanitize.sh -R 'security|faults'    extra arguments go to ctest
#
# Leaks are fixed, not hidden: scripts/lsan.supp holds only leaks of system libraries, each with
# the reason it is not ours.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build=build/asan
reports="$here/$build/sanitizer-reports"

started=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset asan
fi
cmake --build --preset asan -j "$(nproc)"
built=$(date +%s)
echo "sanitize: built in $((built - started)) s"

rm -rf "$reports"
mkdir -p "$reports"
# halt_on_error for UBSan: a finding fails the process (and its test) instead of scrolling by.
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan:strict_init_order=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
# A keyring of this run's own: an existing login keyring with another password would stay locked.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME

status=0
# The keychain tests need a Secret Service: gnome-keyring in a private D-Bus session, as in
# scripts/setup.sh. Instrumented code runs 2-5x slower: a longer timeout per test.
dbus-run-session -- bash -c '
    echo -n ve-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$0" --output-on-failure --no-tests=error -j "$(nproc)" --timeout 900 "$@"
' "$build" "$@" || status=$?

finished=$(date +%s)
found=$(find "$reports" -type f | sort)
if [ -n "$found" ]; then
    echo "sanitize: reports from processes started during the run:"
    for f in $found; do
        echo "==== $f"
        head -60 "$f"
    done
    status=1
fi
echo "sanitize: build $((built - started)) s, tests $((finished - built)) s, total $((finished - started)) s"
exit $status
