// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fakeesxibind.h"

#include "core/fingerprint.h"
#include "tests/agentfixture.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// @PORT@, @PASSWORD@ and @THUMB@ are filled in by install().
constexpr char Script[] = R"sh(#!/bin/sh
dir=$(dirname "$0")
printf '%s\n' "$0" "$@" > "$dir/argv.txt"
tr '\000' ' ' < /proc/$$/cmdline >> "$dir/argv.txt"
env > "$dir/env.txt"
fail() { echo "error: $1"; exit 3; }
echo "esxi_bind (test double)"
printf 'Bind to (esxi/vcenter): '; read -r type
printf 'Address: '; read -r host
printf 'Port: '; read -r port
printf 'User: '; read -r user
printf 'Password: '; read -r password
printf 'Thumbprint: '; read -r thumb
printf 'Proceed (yes/no)? '; read -r confirm
echo
case "$type" in esxi|vcenter) ;; *) fail "unknown type $type" ;; esac
[ "$host" = "127.0.0.1" ] || fail "wrong address $host"
[ "$port" = "@PORT@" ] || fail "wrong port $port"
case "$user" in root|slow|hang) ;; *) fail "unknown user $user" ;; esac
[ "$password" = '@PASSWORD@' ] || fail "wrong password"
[ "$thumb" = "@THUMB@" ] || fail "wrong thumbprint"
[ "$confirm" = yes ] || fail "not confirmed"
printf 'Logged in as %s with password %s\n' "$user" "$password"
printf 'Echo: %s' "$(printf '%s' "$password" | cut -c1-5)"
sleep 0.4
printf '%s (split)\n' "$(printf '%s' "$password" | cut -c6-)"
case "$user" in
slow) sleep @SLOW@ ;;
hang)
    trap '' TERM
    sleep 600 &
    echo "$$ $!" > "$dir/hang.pids"
    wait $!
    ;;
esac
printf 'type=%s\nhost=%s\nport=%s\nuser=%s\ntime=%s\nserial=42\n' "$type" "$host" "$port" "$user" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$dir/esxi_binding.conf"
echo "Binding recorded."
exit 0
)sh";

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.setPermissions(permissions);
    return true;
}

} // namespace

FakeEsxiBind::FakeEsxiBind()
    : m_target(std::make_unique<FakeTlsServer>())
{ }

FakeEsxiBind::~FakeEsxiBind() = default;

quint16 FakeEsxiBind::targetPort() const
{
    return quint16(m_target->url().port());
}

bool FakeEsxiBind::install(AgentFixture &agent, QString *error)
{
    if (!m_target->isListening() || m_target->sha256().isEmpty()) {
        *error = u"the fake ESXi host (TLS server) did not start"_s;
        return false;
    }
    m_root = agent.rootDir();
    QByteArray script(Script);
    script.replace("@PORT@", QByteArray::number(targetPort()));
    script.replace("@PASSWORD@", Password);
    script.replace("@THUMB@", Fingerprint::toHex(m_target->sha256()).toLatin1());
    script.replace("@SLOW@", QByteArray::number(scaledMs(2000) / 1000));
    const QString config = QDir(m_root).filePath(u"agent.ini"_s);
    const QByteArray ini
        = "[server]\n"
          "esxi_bind_answers = {type}, {host}, {port}, {user}, {password}, {thumbprint_hex}, yes\n"
          "esxi_binding_file = "
        + QDir(m_root).filePath(u"esxi_binding.conf"_s).toUtf8()
        + "\n"
          "[timing]\n"
          "esxi_bind_timeout_ms = "
        + QByteArray::number(TimeoutMs)
        + "\n"
          "preflight_timeout_ms = "
        + QByteArray::number(scaledMs(2000)) + "\n";
    if (!writeFile(
            file(u"esxi_bind"_s), script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner, error)
        || !writeFile(config, ini, QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    agent.setExtraArguments({u"--config"_s, config});
    return true;
}

QString FakeEsxiBind::file(const QString &name) const
{
    return QDir(m_root).filePath(name);
}

QByteArray FakeEsxiBind::read(const QString &name) const
{
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void FakeEsxiBind::removeTraces() const
{
    for (const QString &name : {u"argv.txt"_s, u"env.txt"_s, u"esxi_binding.conf"_s, u"hang.pids"_s})
        QFile::remove(file(name));
}

bool FakeEsxiBind::hungProcessesGone() const
{
    const QList<QByteArray> pids = read(u"hang.pids"_s).trimmed().split(' ');
    for (const QByteArray &pid : pids) {
        if (pid.isEmpty())
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(QString::fromLatin1(pid)));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone
        // "pid (comm) S …": the state follows the last ')'.
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0 || text.mid(close + 2, 1) != "Z")
            return false;
    }
    return true;
}
