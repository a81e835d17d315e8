#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for a bounded
# time. Fails when a target finds a crash, a leak, a hang or a broken property, and prints the
# reproducer with the command that replays it.
#
#   scripts/fuzz.sh [SECONDS]       each target SECONDS (default 60)
#   FUZZ_JOBS=N scripts/fuzz.sh     N targets at a time (default: the number of CPUs)
#   FUZZ_TARGETS="logstream agentrequest" scripts/fuzz.sh 300    only these
#
# Inputs: the seeds in tests/fuzz/corpus/<target>, the kept reproducers in
# tests/fuzz/regressions/<target> (replayed by tst_securityfuzz in every test run too) and, for
# the parsers, the fixtures in tests/data. What a run learns stays in build/fuzz/corpus/<target>
# and seeds the next run on the same machine.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
seconds=${1:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
targets=${FUZZ_TARGETS:-"licenseparser logparser protocoljson logstream loglinesplitter agentrequest"}
build=build/fuzz

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 64
fi

# shellcheck source=scripts/setup.sh
source scripts/setup.sh # install_deps, install_packages, build
started=$(date +%s)
install_deps
install_packages clang libclang-rt-14-dev # clang 14 and its libFuzzer (Debian 12)
build fuzz
built=$(date +%s)
echo "fuzz: built in $((built - started)) s"

# Leaks count as failures; UBSan findings stop the run like ASan's.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

run_target() {
    local name=$1
    local corpus="$build/corpus/$name" artifacts="$build/artifacts/$name" log="$build/logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$build/logs"
    rm -f "$artifacts"/*
    local seeds=("tests/fuzz/corpus/$name")
    [ -d "tests/fuzz/regressions/$name" ] && seeds+=("tests/fuzz/regressions/$name")
    case "$name" in
        licenseparser | logparser) seeds+=(tests/data) ;;
    esac
    # -timeout: one input taking over 10 s is a hang. -rss_limit_mb: a memory blow-up is a crash.
    if "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        echo "fuzz: $name: ok, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" \
            | grep -o '[0-9]*$') inputs in ${seconds} s, corpus $(find "$corpus" -type f | wc -l) files"
        return 0
    fi
    echo "fuzz: $name: FAILED (log: $log)"
    grep -E 'ERROR: |SUMMARY: |fuzz property violated' "$log" | head -5 | sed 's/^/    /'
    local found
    for found in "$artifacts"/*; do
        [ -f "$found" ] || continue
        echo "    reproducer: $found ($(stat -c %s "$found") bytes)"
        xxd "$found" | head -16 | sed 's/^/      /'
        echo "    replay:     $build/tests/fuzz/fuzz_$name $found"
        echo "    keep it:    cp $found tests/fuzz/regressions/$name/<what-it-breaks>"
    done
    return 1
}

failed=0
pids=()
names=()
for name in $targets; do
    if [ ! -x "$build/tests/fuzz/fuzz_$name" ]; then
        echo "fuzz: no target fuzz_$name" >&2
        exit 64
    fi
    run_target "$name" &
    pids+=($!)
    names+=("$name")
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done

echo "fuzz: done in $(($(date +%s) - started)) s (build $((built - started)) s)"
exit $failed
