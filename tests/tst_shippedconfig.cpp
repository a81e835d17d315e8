// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/agentconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The default configuration the ve-agent package installs as /etc/ve-agent/ve-agent.conf: it loads
// with the real loader, documents every key the loader reads (and no other), and the values it
// shows commented out are the loader's real defaults.
class TestShippedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsWithTheRealLoader();
    void documentsEveryKnownKey();
    void documentsOnlyKnownKeysOnce();
    void commentedValuesAreTheDefaults();
    void knownKeysAreWhatTheLoaderReads();

private:
    struct Entry
    {
        QString key; // section/key
        bool commented = false;
        int line = 0;
    };
    static QList<Entry> entries(const QStringList &lines);
    static QStringList describe(const AgentConfig &c);

    QString m_path;
    QStringList m_lines;
};

void TestShippedConfig::initTestCase()
{
    m_path = QDir::cleanPath(QStringLiteral(VE_TEST_DATA_DIR) + u"/../../installer/ve-agent.conf"_s);
    QFile file(m_path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(m_path));
    m_lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QVERIFY(m_lines.size() > 20);
}

// "[section]" headers, "key = value" settings and ";key = value" defaults; prose comments start
// with "; " and are never read as keys.
QList<TestShippedConfig::Entry> TestShippedConfig::entries(const QStringList &lines)
{
    static const QRegularExpression section(u"^\\[([a-z_]+)\\]$"_s);
    static const QRegularExpression setting(u"^(;?)([a-z_]+) =( .*)?$"_s);
    QList<Entry> found;
    QString current;
    for (int i = 0; i < lines.size(); ++i) {
        if (const auto m = section.match(lines.at(i)); m.hasMatch())
            current = m.captured(1);
        else if (const auto s = setting.match(lines.at(i)); s.hasMatch())
            found.append({current + u'/' + s.captured(2), !s.captured(1).isEmpty(), i + 1});
    }
    return found;
}

QStringList TestShippedConfig::describe(const AgentConfig &c)
{
    const auto cmd = [](const QStringList &l) { return l.join(u'|'); };
    const AgentConfig::HostFactSources &f = c.hostFacts;
    return {
        u"root="_s + c.root,
        u"listen="_s + c.listenAddress.toString() + u':' + QString::number(c.listenPort),
        u"state_dir="_s + c.stateDir,
        u"certificate="_s + c.certificateFile,
        u"key="_s + c.keyFile,
        u"max_body="_s + QString::number(c.maxBodyBytes),
        u"role="_s + c.role,
        u"license_viewer="_s + cmd(c.licenseViewer),
        u"license_log="_s + c.licenseLog,
        u"error_log="_s + c.errorLog,
        u"instances_db="_s + c.instancesDb,
        u"esxi_bind="_s + cmd(c.esxiBind),
        u"esxi_bind_answers="_s + cmd(c.esxiBindAnswers),
        u"esxi_binding_file="_s + c.esxiBindingFile,
        u"fingerprint_command="_s + cmd(c.fingerprintCommand),
        u"installer_command="_s + cmd(c.installerCommand),
        u"sessions_command="_s + cmd(c.sessionsCommand),
        u"remaining_hours_command="_s + cmd(c.remainingHoursCommand),
        u"license_file="_s + c.licenseFile,
        u"backup_paths="_s + cmd(c.backupPaths),
        u"backup_max="_s + QString::number(c.backupMaxBytes),
        u"facts="_s
            + QStringList {f.cpuinfo, f.meminfo, f.productUuid, f.machineId, f.hypervisorType, f.dmiDir,
                f.cloudInitData, cmd(f.detectVirt)}
                  .join(u','),
        u"unit="_s + c.serviceUnit,
        u"systemctl="_s + cmd(c.systemctl),
        u"journalctl="_s + cmd(c.journalctl),
        u"timing="_s
            + QStringList {QString::number(c.toolTimeoutMs), QString::number(c.serviceTimeoutMs),
                QString::number(c.adminToolTimeoutMs), QString::number(c.licenseMaxAgeMs),
                QString::number(c.serviceMaxAgeMs), QString::number(c.esxiBindTimeoutMs),
                QString::number(c.preflightTimeoutMs)}
                  .join(u','),
    };
}

void TestShippedConfig::loadsWithTheRealLoader()
{
    AgentConfig config;
    QString error;
    QVERIFY2(AgentConfig::load(m_path, {}, &config, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    // The package's own choices: the root tools go through the helper units' client.
    const QString client = u"/usr/libexec/ve-agent/ve-agent-helper-client"_s;
    QCOMPARE(config.esxiBind, (QStringList {client, u"esxi-bind"_s}));
    QCOMPARE(config.installerCommand, (QStringList {client, u"license-install"_s}));
    QCOMPARE(config.listenPort, quint16(8093));
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(config.root, u"/opt/license-server"_s);
}

void TestShippedConfig::documentsEveryKnownKey()
{
    QStringList documented;
    for (const Entry &e : entries(m_lines))
        documented.append(e.key);
    QStringList missing;
    for (const QString &key : AgentConfig::knownKeys()) {
        if (!documented.contains(key))
            missing.append(key);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in ve-agent.conf: "_s + missing.join(u", "_s)));
}

void TestShippedConfig::documentsOnlyKnownKeysOnce()
{
    const QStringList known = AgentConfig::knownKeys();
    QStringList seen;
    for (const Entry &e : entries(m_lines)) {
        QVERIFY2(known.contains(e.key), qPrintable(u"line %1: unknown key %2"_s.arg(e.line).arg(e.key)));
        QVERIFY2(!seen.contains(e.key), qPrintable(u"line %1: %2 twice"_s.arg(e.line).arg(e.key)));
        seen.append(e.key);
    }
}

void TestShippedConfig::commentedValuesAreTheDefaults()
{
    // Uncommenting every ";key = value" line must change nothing: what the file shows as the
    // default is the loader's default.
    QStringList uncommented = m_lines;
    int defaults = 0;
    for (const Entry &e : entries(m_lines)) {
        if (e.commented) {
            uncommented[e.line - 1].remove(0, 1);
            ++defaults;
        }
    }
    QVERIFY(defaults >= AgentConfig::knownKeys().size() - 2);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ve-agent.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write(uncommented.join(u'\n').toUtf8());
    file.close();

    AgentConfig shipped;
    AgentConfig explicitDefaults;
    QString error;
    QVERIFY2(AgentConfig::load(m_path, {}, &shipped, &error), qPrintable(error));
    QVERIFY2(AgentConfig::load(path, {}, &explicitDefaults, &error), qPrintable(error));
    QStringList a = describe(shipped);
    QStringList b = describe(explicitDefaults);
    // The license log's default depends on the host (log/ or license_log/): compare it only where
    // the host does not decide for the legacy directory.
    if (QFileInfo(u"/opt/license-server/license_log"_s).isDir()) {
        a.removeIf([](const QString &s) { return s.startsWith(u"license_log="_s); });
        b.removeIf([](const QString &s) { return s.startsWith(u"license_log="_s); });
    }
    QCOMPARE(b, a);
}

void TestShippedConfig::knownKeysAreWhatTheLoaderReads()
{
    // The loader reads its keys as u"section/key"_s literals; the known-keys list must name
    // exactly those, or the documentation checks above would miss a new key.
    const QString source
        = QDir::cleanPath(QStringLiteral(VE_TEST_DATA_DIR) + u"/../../agent/agentconfig.cpp"_s);
    QFile file(source);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(source));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression literal(u"u\"([a-z_]+/[a-z_]+)\"_s"_s);
    QStringList read;
    for (auto it = literal.globalMatch(text); it.hasNext();)
        read.append(it.next().captured(1));
    read.removeDuplicates();
    read.sort();
    QStringList known = AgentConfig::knownKeys();
    known.sort();
    QVERIFY(read.size() > 30);
    QCOMPARE(known, read);
}

QTEST_GUILESS_MAIN(TestShippedConfig)
#include "tst_shippedconfig.moc"
