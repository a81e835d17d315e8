#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian packages ve-console and ve-agent from an existing build directory, checks
# them, installs them on this machine, checks the installation and removes it again:
#   lintian (errors and warnings fail; accepted tags are overridden in installer/deb/lintian/),
#   desktop-file-validate, appstreamcli validate, visudo -c on the sudoers example,
#   apt-get install, systemd-analyze verify on the installed units, the service user, state
#   directory, certificate and conffile, a reinstall that keeps an edited configuration, the
#   three programs' --version, the installed agent answering the installed vectl over TLS,
#   then apt-get remove and purge.
#
#   scripts/check-packages.sh [BUILD_DIR]   default build/ci (cmake --preset ci), built already
#   KEEP_INSTALLED=1 scripts/check-packages.sh   leave both packages installed at the end
#
# Needs root or sudo: it installs packages. Tools it needs are installed with apt-get if missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build=${1:-build/ci}
tools=(lintian desktop-file-utils appstream systemd sudo)

root=()
[ "$(id -u)" -eq 0 ] || root=(sudo)
as_root() {
    "${root[@]}" "$@"
}
step() {
    printf '\n== %s (%ss)\n' "$*" "$SECONDS"
}
fail() {
    printf 'check-packages: FAILED: %s\n' "$*" >&2
    exit 1
}
apt_install() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build directory (cmake --preset ci)"

step "Tools"
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    apt_install "${missing[@]}"
fi

step "Build and package ($build)"
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/packages/*.deb
(cd "$build" && cpack --config CPackConfig.cmake)
agent_deb=$(realpath "$build"/packages/ve-agent_*.deb)
console_deb=$(realpath "$build"/packages/ve-console_*.deb)
version=$(dpkg-deb -f "$agent_deb" Version)
upstream=${version%-*}
echo "ve-agent $version: $agent_deb"
echo "ve-console $version: $console_deb"

step "Package contents"
depends=$(dpkg-deb -f "$agent_deb" Depends)
if grep -qE 'libqt6(gui|widgets|svg|charts)' <<<"$depends"; then
    fail "ve-agent depends on a GUI library: $depends"
fi
# (Whole outputs in variables: grep -q on a pipe would end dpkg-deb with SIGPIPE.)
conffiles=$(dpkg-deb -I "$agent_deb" conffiles)
grep -qx /etc/ve-agent/ve-agent.conf <<<"$conffiles" || fail "ve-agent.conf is not a conffile"
listing=$(dpkg-deb -c "$console_deb")
pngs=$(grep -cE 'usr/share/icons/hicolor/[0-9]+x[0-9]+/apps/ve-console\.png$' <<<"$listing" || true)
[ "$pngs" -eq 8 ] || fail "ve-console ships $pngs PNG icons, expected 8"
grep -q 'hicolor/scalable/apps/ve-console.svg$' <<<"$listing" || fail "no SVG icon"
echo "ve-agent Depends: $depends"

step "lintian"
lintian --fail-on error,warning --display-info "$agent_deb" "$console_deb"

step "Desktop entry, AppStream metainfo, sudoers example"
extract=$(mktemp -d)
trap 'rm -rf "$extract"' EXIT
dpkg-deb -x "$console_deb" "$extract/console"
dpkg-deb -x "$agent_deb" "$extract/agent"
desktop-file-validate "$extract"/console/usr/share/applications/*.desktop
appstreamcli validate --no-net "$extract"/console/usr/share/metainfo/*.metainfo.xml
visudo -c -f "$extract/agent/usr/share/doc/ve-agent/examples/sudoers"

step "Install (there may be no running systemd: the postinst must not need one)"
install_log="$extract/install.log"
if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall --no-install-recommends \
    "$agent_deb" "$console_deb" >"$install_log" 2>&1; then
    # Stale package lists: refresh once and retry.
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall --no-install-recommends \
        "$agent_deb" "$console_deb" >"$install_log" 2>&1 || { cat "$install_log"; fail "apt-get install"; }
fi
sed -n '/^ve-agent:/,/--role viewer/p' "$install_log"

step "systemd-analyze verify"
man_option=()
command -v man >/dev/null || man_option=(--man=no)
(cd /lib/systemd/system && systemd-analyze verify "${man_option[@]}" ve-agent.service \
    ve-agent-esxi-bind.socket ve-agent-license-install.socket \
    ve-agent-esxi-bind@0.service ve-agent-license-install@0.service)
echo "units verified"

step "Installed state"
getent passwd ve-agent | grep -q ':/var/lib/ve-agent:/usr/sbin/nologin$' || fail "user ve-agent"
[ "$(stat -c '%a %U' /var/lib/ve-agent)" = "700 ve-agent" ] || fail "state dir: $(stat -c '%a %U' /var/lib/ve-agent)"
[ "$(as_root stat -c '%a %U' /var/lib/ve-agent/agent.key)" = "600 ve-agent" ] || fail "no private key of ve-agent"
dpkg-query -W -f='${Conffiles}\n' ve-agent | grep -q '/etc/ve-agent/ve-agent.conf' || fail "conffile not registered"
fingerprint=$(as_root runuser -u ve-agent -- ve-agent fingerprint --config /etc/ve-agent/ve-agent.conf \
    --state-dir /var/lib/ve-agent)
grep -qF "$fingerprint" "$install_log" || fail "the postinst did not print the certificate fingerprint"
echo "user, state directory, key, conffile ok; $fingerprint"

step "Reinstall keeps the edited configuration"
echo "; edited by check-packages" | as_root tee -a /etc/ve-agent/ve-agent.conf >/dev/null
as_root env DEBIAN_FRONTEND=noninteractive dpkg --force-confold -i "$agent_deb" >/dev/null
grep -q '^; edited by check-packages$' /etc/ve-agent/ve-agent.conf || fail "the edited conffile was replaced"
[ "$(as_root runuser -u ve-agent -- ve-agent fingerprint --config /etc/ve-agent/ve-agent.conf \
    --state-dir /var/lib/ve-agent)" = "$fingerprint" ] || fail "the certificate changed on reinstall"
echo "kept"

step "Versions"
for program in ve-console vectl ve-agent; do
    out=$(QT_QPA_PLATFORM=offscreen "/usr/bin/$program" --version)
    echo "$out"
    [ "$out" = "$program $upstream" ] || fail "$program --version printed \"$out\", expected \"$program $upstream\""
done

step "In German under a German locale: the menu entry and the console"
grep -q '^Comment\[de\]=' /usr/share/applications/ve-console.desktop \
    || fail "the installed menu entry has no German comment"
help_de=$(LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen ve-console --help)
echo "$help_de" | grep -q 'Überwacht die VE-Lizenzserver' \
    || fail "the installed console did not speak German under LC_ALL=de_DE.UTF-8: $help_de"
echo "German menu entry and console text ok"

step "The installed agent (as its unit runs it) answers the installed vectl"
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/ve-agent.service)
token=$(as_root runuser -u ve-agent -- ve-agent token add check-packages --role viewer \
    --config /etc/ve-agent/ve-agent.conf --state-dir /var/lib/ve-agent 2>/dev/null)
agent_log="$extract/agent.log"
# The unit's command line, split into words as systemd does; setpriv execs it, so $! is the agent
# (or sudo, which passes the signal on).
# shellcheck disable=SC2086
"${root[@]}" setpriv --reuid=ve-agent --regid=ve-agent --init-groups -- \
    $exec_start --listen 127.0.0.1:0 >"$agent_log" 2>&1 &
agent_pid=$!
url=
for _ in $(seq 50); do
    url=$(sed -n 's/^listening on //p' "$agent_log")
    [ -n "$url" ] && break
    sleep 0.1
done
status=0
[ -n "$url" ] && VE_TOKEN=$token vectl status --server "$url" --pin "${fingerprint#SHA256 }" || status=$?
as_root kill -TERM "$agent_pid" 2>/dev/null || true
wait "$agent_pid" 2>/dev/null || true
as_root runuser -u ve-agent -- ve-agent token revoke check-packages --config /etc/ve-agent/ve-agent.conf \
    --state-dir /var/lib/ve-agent 2>/dev/null
[ -n "$url" ] || { cat "$agent_log"; fail "the installed agent did not start"; }
[ "$status" -eq 0 ] || { cat "$agent_log"; fail "vectl status exited with $status"; }

if [ "${KEEP_INSTALLED:-0}" = 1 ]; then
    step "Done: both packages stay installed (KEEP_INSTALLED=1)"
    exit 0
fi

step "Remove and purge"
# dpkg, not apt-get: a removed package from a local file is unknown to apt, so it could not purge.
as_root dpkg --remove ve-console ve-agent >/dev/null
[ -f /etc/ve-agent/ve-agent.conf ] || fail "remove deleted the configuration"
[ ! -e /usr/bin/ve-agent ] || fail "remove left ve-agent"
[ ! -e /usr/bin/ve-console ] || fail "remove left ve-console"
as_root dpkg --purge ve-console ve-agent >/dev/null 2>&1 || fail "dpkg --purge"
[ ! -e /var/lib/ve-agent ] || fail "purge left /var/lib/ve-agent"
[ ! -e /etc/ve-agent ] || fail "purge left /etc/ve-agent"
[ ! -e /lib/systemd/system/ve-agent.service ] || fail "purge left the unit"
leftovers=$(find /etc/systemd/system /var/lib/systemd/deb-systemd-helper-enabled \
    /var/lib/systemd/deb-systemd-helper-masked -name '*ve-agent*' 2>/dev/null || true)
[ -z "$leftovers" ] || fail "purge left systemd state: $leftovers"
! dpkg-query -W -f='${Status}\n' ve-agent ve-console 2>/dev/null | grep -q 'ok installed' \
    || fail "packages still installed"
step "Done: all package checks passed"
