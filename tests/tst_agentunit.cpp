// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The agent gives up its privileges before it starts: the systemd units the ve-agent package
// installs run it as the user ve-agent without capabilities, unable to gain privileges, with a
// read-only file system but for its state directory; the root helpers are reachable only through
// sockets of root and the group ve-agent. The files are read as shipped (installer/systemd), so a
// hardening line dropped by an edit fails here. scripts/check-packages.sh verifies the installed
// units with systemd-analyze and runs the installed agent as ve-agent; started by hand as root,
// the agent warns (tst_securityhost servingAsRootIsWarnedAbout).
#include <QFile>
#include <QMultiMap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The settings of one section of a unit file, each key with every value it was given, in order.
QMultiMap<QString, QString> unitSection(const QString &name, const QString &section)
{
    QMultiMap<QString, QString> settings;
    QFile file(QStringLiteral(VE_TEST_DATA_DIR) + u"/../../installer/systemd/"_s + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return settings;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            current = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (current == section && eq > 0)
            settings.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return settings;
}

// The value systemd uses: the last assignment (an empty one resets a list).
QString last(const QMultiMap<QString, QString> &settings, const QString &key)
{
    const QStringList values = settings.values(key); // newest first
    return values.isEmpty() ? u"<unset>"_s : values.first();
}

} // namespace

class TestAgentUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentRunsUnprivileged();
    void agentCannotGainPrivileges();
    void agentWritesOnlyItsStateDirectory();
    void rootHelpersAreReachableOnlyByTheAgentsGroup_data();
    void rootHelpersAreReachableOnlyByTheAgentsGroup();
};

void TestAgentUnit::agentRunsUnprivileged()
{
    const auto service = unitSection(u"ve-agent.service"_s, u"Service"_s);
    QVERIFY2(!service.isEmpty(), "installer/systemd/ve-agent.service not found");
    QCOMPARE(last(service, u"User"_s), u"ve-agent"_s);
    QCOMPARE(last(service, u"Group"_s), u"ve-agent"_s);
    const QString exec = last(service, u"ExecStart"_s);
    QVERIFY2(exec.startsWith(u"/usr/bin/ve-agent "_s), qPrintable(exec)); // no wrapper, no prefix
    QVERIFY2(!exec.contains(u"sudo"_s) && !exec.contains(u"setpriv"_s), qPrintable(exec));
    QVERIFY(!service.contains(u"PermissionsStartOnly"_s));
    // No capabilities, not even to bind a low port (8093 needs none).
    QCOMPARE(last(service, u"CapabilityBoundingSet"_s), QString());
    QCOMPARE(last(service, u"AmbientCapabilities"_s), QString());
}

void TestAgentUnit::agentCannotGainPrivileges()
{
    const auto service = unitSection(u"ve-agent.service"_s, u"Service"_s);
    QCOMPARE(last(service, u"NoNewPrivileges"_s), u"yes"_s);
    QCOMPARE(last(service, u"RestrictSUIDSGID"_s), u"yes"_s);
    const QStringList filters = service.values(u"SystemCallFilter"_s);
    QVERIFY2(filters.contains(u"~@privileged"_s), qPrintable(filters.join(u" | "_s)));
    QVERIFY(filters.contains(u"@system-service"_s));
    QCOMPARE(last(service, u"SystemCallErrorNumber"_s), u"EPERM"_s);
    QCOMPARE(last(service, u"RestrictNamespaces"_s), u"yes"_s);
    QCOMPARE(last(service, u"RestrictAddressFamilies"_s), u"AF_INET AF_INET6 AF_UNIX"_s);
}

void TestAgentUnit::agentWritesOnlyItsStateDirectory()
{
    const auto service = unitSection(u"ve-agent.service"_s, u"Service"_s);
    QCOMPARE(last(service, u"ProtectSystem"_s), u"strict"_s);
    QCOMPARE(service.values(u"ReadWritePaths"_s), QStringList {u"/var/lib/ve-agent"_s});
    QCOMPARE(last(service, u"StateDirectory"_s), u"ve-agent"_s);
    QCOMPARE(last(service, u"StateDirectoryMode"_s), u"0700"_s);
    QCOMPARE(last(service, u"UMask"_s), u"0077"_s);
    QCOMPARE(last(service, u"ProtectHome"_s), u"yes"_s);
    QCOMPARE(last(service, u"PrivateTmp"_s), u"yes"_s);
    QCOMPARE(last(service, u"PrivateDevices"_s), u"yes"_s);
    QCOMPARE(last(service, u"ProtectKernelTunables"_s), u"yes"_s);
    QCOMPARE(last(service, u"ProtectKernelModules"_s), u"yes"_s);
    QCOMPARE(last(service, u"ProtectControlGroups"_s), u"yes"_s);
    QVERIFY2(last(service, u"ExecStart"_s).contains(u"--state-dir /var/lib/ve-agent"_s),
        qPrintable(last(service, u"ExecStart"_s)));
}

void TestAgentUnit::rootHelpersAreReachableOnlyByTheAgentsGroup_data()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("service");
    QTest::newRow("esxi_bind") << u"ve-agent-esxi-bind.socket"_s << u"ve-agent-esxi-bind@.service"_s;
    QTest::newRow("license install") << u"ve-agent-license-install.socket"_s
                                     << u"ve-agent-license-install@.service"_s;
}

void TestAgentUnit::rootHelpersAreReachableOnlyByTheAgentsGroup()
{
    QFETCH(QString, socket);
    QFETCH(QString, service);
    const auto listen = unitSection(socket, u"Socket"_s);
    QVERIFY2(!listen.isEmpty(), qPrintable(socket));
    QVERIFY(last(listen, u"ListenStream"_s).startsWith(u"/run/"_s)); // a Unix socket, no port
    QCOMPARE(last(listen, u"SocketUser"_s), u"root"_s);
    QCOMPARE(last(listen, u"SocketGroup"_s), u"ve-agent"_s);
    QCOMPARE(last(listen, u"SocketMode"_s), u"0660"_s);
    QCOMPARE(last(listen, u"Accept"_s), u"yes"_s); // one helper process per request
    QCOMPARE(last(listen, u"MaxConnections"_s), u"1"_s);
    // The helper gets its data on the socket, and a fixed program from the unit, not the agent.
    const auto helper = unitSection(service, u"Service"_s);
    QVERIFY2(!helper.isEmpty(), qPrintable(service));
    QCOMPARE(last(helper, u"StandardInput"_s), u"socket"_s);
    QVERIFY(last(helper, u"ExecStart"_s).startsWith(u"/usr/libexec/ve-agent/ve-agent-helper "_s));
    QCOMPARE(last(helper, u"NoNewPrivileges"_s), u"yes"_s);
    QVERIFY(last(helper, u"RuntimeMaxSec"_s).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestAgentUnit)
#include "tst_agentunit.moc"
