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
# shellcheck source=scripts/setup.sh
source scripts/setup.sh # install_deps, build, in_test_session
build=build/asan
reports="$here/$build/sanitizer-reports"

started=$(date +%s)
install_deps # GCC brings ASan, LSan and UBSan (libasan8, libubsan1)
build asan
built=$(date +%s)
echo "sanitize: built in $((built - started)) s"

rm -rf "$reports"
mkdir -p "$reports"
# halt_on_error for UBSan: a finding fails the process (and its test) instead of scrolling by.
# fast_unwind_on_malloc=0: the frame-pointer unwinder stops at the first frame inside a system
# library built without frame pointers (libcrypto), so a leak there would show one frame and no
# suppression in scripts/lsan.supp could match it; the full unwinder costs a little speed.
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan:strict_init_order=1:detect_stack_use_after_return=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"

status=0
# The same session as the ordinary test run (scripts/setup.sh). Instrumented code runs 2-5x
# slower: a longer timeout per test.
in_test_session ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)" \
    --timeout 900 "$@" || status=$?

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
