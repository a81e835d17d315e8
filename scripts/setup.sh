#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/setup.sh demo   install what is missing, build (Release), start ve-console --demo
#   scripts/setup.sh test   install what is missing, build (Release + tests), run every test
#   scripts/setup.sh deps   only install the Debian packages
# Both build steps are incremental: a second run only rebuilds what changed.
#
# scripts/fuzz.sh and scripts/sanitize.sh source this file for install_packages, install_deps,
# build and in_test_session; sourced, it defines them and returns without doing anything.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache dpkg-dev file openssl ca-certificates git
    qt6-base-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    qtkeychain-qt6-dev libssl-dev libxkbcommon-dev libgl-dev
    xvfb xauth fonts-dejavu-core clang-format
    gnome-keyring dbus dbus-x11 libsecret-tools
)
# Only the test suite needs these: promtool checks the agent's /metrics exposition.
test_packages=(prometheus)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs those of the given Debian packages that are missing (apt-get update first).
install_packages() {
    local missing=()
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"
    fi
}

install_deps() {
    install_packages "${packages[@]}"
}

build() {
    local preset=$1
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" -j "$(nproc)"
}

check_format() {
    local files
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
    if [ -n "$files" ]; then
        echo "Checking clang-format on $(echo "$files" | wc -l) files"
        # shellcheck disable=SC2086
        clang-format --dry-run -Werror $files
    fi
}

# Runs a command (the test suite) where the tests expect to run: offscreen, with a private
# runtime, data and config home, and a real Secret Service for the keychain tests: an unlocked
# gnome-keyring in a private D-Bus session. The tests never touch the user's own keyring or
# settings (the keyring is created in the fresh data home with a known password).
in_test_session() {
    (
        export QT_QPA_PLATFORM=offscreen
        export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
        chmod 0700 "$XDG_RUNTIME_DIR"
        XDG_DATA_HOME=$(mktemp -d)
        XDG_CONFIG_HOME=$(mktemp -d)
        export XDG_DATA_HOME XDG_CONFIG_HOME
        dbus-run-session -- bash -c '
            echo -n ve-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            exec "$@"
        ' bash "$@"
    )
}

run_tests() {
    in_test_session ctest --test-dir build/ci --output-on-failure --no-tests=error -j "$(nproc)" --timeout 300
}

# Sourced by another script: only the functions above.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    return 0
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}

case "$mode" in
    deps)
        install_deps
        ;;
    demo)
        install_deps
        build release
        exec build/release/app/ve-console --demo "${@:2}"
        ;;
    test)
        install_packages "${packages[@]}" "${test_packages[@]}"
        check_format
        bash scripts/check-translations.sh
        build ci
        run_tests
        ;;
    *)
        echo "usage: $0 demo|test|deps" >&2
        exit 64
        ;;
esac
