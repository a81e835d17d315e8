// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_fleet [--servers N] [--seconds S] [--runs R] [--agents A] [--interval S] [--only cold|poll]
// The console with a large fleet, the real MainWindow (app/) in this process or in a child.
//  - cold start: this program started again as a child, R times for each kind, interleaved:
//    "empty" (QApplication and an empty 1200×760 QWidget, the anchor), "console" with 0 and with
//    N saved servers (what ve-console's main does: QApplication, translations, the MainWindow on
//    a workspace file, show, start, select a server). The time from just before starting the
//    child to the child's report that the first frame of its window is painted (the first
//    QEvent::Paint of the top-level widget, reported once that event has been handled and the
//    frame flushed): median and range; the console's own breakdown (in main: QApplication, the
//    window built, shown, painted) for the last kind.
//  - polling: A real ve-agent processes (--simulate: two endpoints each; by default one agent per
//    200 servers) and N servers in the workspace, each under its own loopback address 127.0.x.y
//    (the agents listen on 0.0.0.0: the workspace refuses two servers with the same URL, and all
//    of 127.0.0.0/8 reaches a socket bound to it), pinned, with a viewer token kept in memory as
//    the demo does; refresh every S seconds (default 10). The time until all N are connected
//    after start() and the event-loop latency during that wave; then, over S seconds (default
//    120): the console's CPU time (whole process and GUI thread) as a percentage of one core, the
//    agents' CPU, the latency of a 50 ms timer on the GUI thread (how late each tick fires:
//    p50/p99/max), poll rounds per second (and how evenly they spread), open alerts, threads and
//    resident memory. An agent accepts at most 128 connections per endpoint (ConnectionGuard)
//    and the console keeps one open per server, hence several agents.
#include "app/alertcenter.h"
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/serverconnection.h"
#include "core/workspace.h"
#include "core/workspacejson.h"
#include "tests/agentfixture.h"
#include "widgets/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QMap>
#include <QMetaEnum>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double cpuMs(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU time of another process in ms: the sum over its threads of /proc/PID/task/TID/schedstat.
double processCpuMs(qint64 pid)
{
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    double ns = 0;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid + u"/schedstat"_s));
        if (file.open(QIODevice::ReadOnly))
            ns += file.readAll().split(' ').value(0).toDouble();
    }
    return ns / 1e6;
}

// A field of /proc/self/status ("Threads", "VmRSS"): its first number, or -1.
qint64 selfStatus(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// Calls `painted` once the first paint event of `window` has been handled (the frame is flushed
// by then: the report is queued behind the event that painted).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> painted)
        : QObject(window)
        , m_window(window)
        , m_painted(std::move(painted))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
            m_seen = true;
            QTimer::singleShot(0, this, m_painted);
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_painted;
    bool m_seen = false;
};

// A timer every 50 ms on the GUI thread: how late each tick fires, in ms.
class LatencyProbe : public QObject
{
public:
    static constexpr int IntervalMs = 50;

    explicit LatencyProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_late.push_back(std::max(0.0, now - m_last - IntervalMs));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void reset() { m_late.clear(); }
    QString summary() const
    {
        return u"p50 %1 ms, p99 %2 ms, max %3 ms (%4 ticks)"_s.arg(ms(percentile(m_late, 0.5)),
            ms(percentile(m_late, 0.99)), ms(percentile(m_late, 1.0)), QString::number(m_late.size()));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    std::vector<double> m_late;
};

// ---- the child: one cold start ----

int runChild(int argc, char **argv, const QString &kind, const QString &workspaceFile)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const double appMs = double(clock.nsecsElapsed()) / 1e6;
    double builtMs = 0;
    double shownMs = 0;
    std::unique_ptr<QWidget> window;
    if (kind == "empty"_L1) {
        window = std::make_unique<QWidget>();
        window->resize(1200, 760);
    } else {
        // As app/main.cpp does before its window.
        QCoreApplication::setOrganizationName(u"VE License Console"_s);
        QCoreApplication::setApplicationName(u"ve-console"_s);
        QApplication::setApplicationDisplayName(u"VE License Console"_s);
        QApplication::setDesktopFileName(u"ve-console"_s);
        QApplication::setWindowIcon(QIcon(u":/icons/ve-console.svg"_s));
        UiLanguage::install(app, UiLanguage::effectiveLocale());
        MainWindow::Options options;
        options.workspacePath = workspaceFile;
        window = std::make_unique<MainWindow>(options);
    }
    builtMs = double(clock.nsecsElapsed()) / 1e6;
    // MainWindow::start() promises to create the connections after the first paint: count those
    // created before it.
    int connections = 0;
    double firstConnectionMs = -1;
    int servers = 0;
    if (auto *main = qobject_cast<MainWindow *>(window.get())) {
        servers = int(main->workspace()->servers().size());
        QObject::connect(main->connections(), &ConnectionManager::connectionAdded, main, [&] {
            if (connections++ == 0)
                firstConnectionMs = double(clock.nsecsElapsed()) / 1e6;
        });
    }
    new FirstPaint(window.get(), [&] {
        print(u"painted app %1 built %2 shown %3 painted %4 servers %5 connections %6 first-connection %7"_s
                  .arg(ms(appMs), ms(builtMs), ms(shownMs), ms(double(clock.nsecsElapsed()) / 1e6))
                  .arg(servers)
                  .arg(connections)
                  .arg(ms(firstConnectionMs)));
        QCoreApplication::exit(0);
    });
    window->show();
    if (auto *main = qobject_cast<MainWindow *>(window.get())) {
        main->start();
        if (main->currentServer().isNull() && !main->workspace()->servers().isEmpty())
            main->selectServer(main->workspace()->servers().constFirst().id);
    }
    shownMs = double(clock.nsecsElapsed()) / 1e6;
    return QApplication::exec();
}

// ---- the parent: cold starts ----

struct ColdKind
{
    QString label;
    QStringList arguments;
    std::vector<double> wall; // ms, start of the child to its first frame
    // The child's own, in ms since main(): app, built, shown, painted; then servers, connections
    // created before the first paint, the first one's time.
    std::vector<QList<double>> breakdown;
};

bool coldRun(ColdKind &kind)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels); // stderr: shown only on a failure
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), kind.arguments);
    QByteArray out;
    while (!out.contains('\n') && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished(30000);
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (!out.startsWith("painted") || words.size() < 15) {
        print(u"cold start %1: no first paint reported (%2 %3)"_s.arg(
            kind.label, QString::fromUtf8(out), QString::fromUtf8(child.readAllStandardError())));
        return false;
    }
    kind.wall.push_back(wall);
    QList<double> breakdown;
    for (qsizetype i = 2; i < words.size(); i += 2)
        breakdown.append(words[i].toDouble());
    kind.breakdown.push_back(breakdown);
    return true;
}

QString writeWorkspace(const QString &dir, int servers)
{
    WorkspaceData data;
    for (int i = 0; i < servers; ++i) {
        ServerEntry entry;
        entry.id = QUuid::createUuid();
        entry.name = u"License server %1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        entry.url = QUrl(u"https://127.0.%1.%2:8093"_s.arg(i / 250).arg(i % 250 + 1));
        entry.folder = u"Site %1"_s.arg(i / 25 + 1, 2, 10, QLatin1Char('0'));
        entry.environment = ServerEntry::Environment::Production;
        entry.pinnedSha256 = QByteArray(32, char(i % 256));
        data.servers.append(entry);
        if (!data.folders.contains(entry.folder))
            data.folders.append(entry.folder);
    }
    const QString path = u"%1/workspace-%2.json"_s.arg(dir).arg(servers);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workspaceToJson(data)) < 0)
        return {};
    return path;
}

void coldStart(int servers, int runs)
{
    QTemporaryDir dir;
    const QString none = writeWorkspace(dir.path(), 0);
    const QString full = writeWorkspace(dir.path(), servers);
    std::vector<ColdKind> kinds {
        {u"empty QWidget window"_s, {u"--child"_s, u"empty"_s}, {}, {}},
        {u"console, 0 servers"_s, {u"--child"_s, u"console"_s, u"--workspace"_s, none}, {}, {}},
        {u"console, %1 servers"_s.arg(servers), {u"--child"_s, u"console"_s, u"--workspace"_s, full}, {}, {}},
    };
    for (ColdKind &kind : kinds) // warm the page cache, not counted
        coldRun(kind), kind.wall.clear(), kind.breakdown.clear();
    for (int run = 0; run < runs; ++run) {
        for (ColdKind &kind : kinds)
            coldRun(kind);
    }
    const double anchor = percentile(kinds.front().wall, 0.5);
    for (const ColdKind &kind : kinds) {
        if (kind.wall.empty())
            continue;
        const double median = percentile(kind.wall, 0.5);
        print(u"cold start to first paint (%1, %2): median %3 ms, range %4–%5 ms over %6 runs; "
              "%7 × the empty window"_s
                  .arg(kind.label, QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM")), ms(median),
                      ms(percentile(kind.wall, 0)), ms(percentile(kind.wall, 1.0)))
                  .arg(kind.wall.size())
                  .arg(median / anchor, 0, 'f', 2));
        std::vector<double> app, built, shown, painted;
        for (const QList<double> &b : kind.breakdown) {
            app.push_back(b[0]);
            built.push_back(b[1]);
            shown.push_back(b[2]);
            painted.push_back(b[3]);
        }
        const QList<double> &last = kind.breakdown.back();
        print(u"  in main() (medians): QApplication %1 ms, window built %2 ms, shown %3 ms, painted %4 ms; "
              "before main() about %5 ms; %6 servers loaded, %7 connections created before the first "
              "paint (the first at %8 ms)"_s
                  .arg(ms(percentile(app, 0.5)), ms(percentile(built, 0.5)), ms(percentile(shown, 0.5)),
                      ms(percentile(painted, 0.5)), ms(median - percentile(painted, 0.5)))
                  .arg(last[4])
                  .arg(last[5])
                  .arg(last[6] < 0 ? u"-"_s : ms(last[6])));
    }
}

// ---- the parent: polling ----

int countIn(MainWindow &window, ServerConnection::State state)
{
    int n = 0;
    for (const QUuid &id : window.connections()->ids()) {
        const ServerConnection *c = window.connections()->connection(id);
        n += c && c->state() == state ? 1 : 0;
    }
    return n;
}

QString stateCounts(MainWindow &window)
{
    QMap<int, int> counts;
    for (const QUuid &id : window.connections()->ids())
        ++counts[int(window.connections()->connection(id)->state())];
    QStringList parts;
    const QMetaEnum names = QMetaEnum::fromType<ServerConnection::State>();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(QString::fromLatin1(names.valueToKey(it.key()))).arg(it.value()));
    return parts.join(u", "_s);
}

int poll(int servers, int agentCount, int intervalSeconds, int seconds)
{
    std::vector<std::unique_ptr<AgentFixture>> agents;
    struct Endpoint
    {
        int port;
        QByteArray pin;
        QString token;
    };
    QList<Endpoint> endpoints;
    for (int a = 0; a < agentCount; ++a) {
        auto agent = std::make_unique<AgentFixture>();
        agent->setExtraArguments({u"--simulate"_s, u"--listen"_s, u"0.0.0.0:0"_s});
        QString error;
        const QString token = agent->addToken(u"bench"_s, u"viewer"_s, &error);
        if (token.isEmpty() || !agent->start(&error)) {
            print(u"agent %1: %2"_s.arg(a + 1).arg(error));
            return 1;
        }
        const QByteArray pin = agent->sha256();
        for (const QUrl &url : agent->urls())
            endpoints.append({url.port(), pin, token});
        agents.push_back(std::move(agent));
    }

    LatencyProbe probe;
    probe.start();
    MainWindow::Options options;
    options.restoreState = false;
    MainWindow window(options);
    window.connections()->setPollIntervalMs(intervalSeconds * 1000);
    QElapsedTimer timer;
    timer.start();
    QUuid first;
    for (int i = 0; i < servers; ++i) {
        const Endpoint &endpoint = endpoints.at(i % endpoints.size());
        ServerEntry entry;
        entry.name = u"License server %1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        entry.url = QUrl(u"https://127.0.%1.%2:%3"_s.arg(i / 250).arg(i % 250 + 1).arg(endpoint.port));
        entry.folder = u"Site %1"_s.arg(i / 25 + 1, 2, 10, QLatin1Char('0'));
        entry.environment = ServerEntry::Environment::Production;
        entry.pinnedSha256 = endpoint.pin;
        const QUuid id = window.workspace()->addServer(entry);
        if (id.isNull()) {
            print(u"server %1 refused: %2"_s.arg(i + 1).arg(window.workspace()->lastError()));
            return 1;
        }
        window.connections()->setToken(id, endpoint.token, false);
        if (first.isNull())
            first = id;
    }
    const double addMs = double(timer.nsecsElapsed()) / 1e6;

    bool painted = false;
    new FirstPaint(&window, [&painted] { painted = true; });
    timer.restart();
    window.show();
    runUntil([&] { return painted; }, 30000);
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    print(u"polling: %1 servers over %2 agents (%3 endpoints, %4 servers each at most), refresh every %5 s; "
          "adding them to the workspace %6 ms, show to first paint %7 ms"_s.arg(servers)
              .arg(agentCount)
              .arg(endpoints.size())
              .arg((servers + endpoints.size() - 1) / endpoints.size())
              .arg(intervalSeconds)
              .arg(ms(addMs), ms(paintMs)));

    probe.reset();
    const double waveCpu = cpuMs();
    timer.restart();
    window.start();
    window.selectServer(first);
    const bool all
        = runUntil([&] { return countIn(window, ServerConnection::State::Connected) == servers; }, 120000);
    const double waveMs = double(timer.nsecsElapsed()) / 1e6;
    print(u"connect wave: %1 %2 ms after start(), console CPU %3 ms; event-loop latency (50 ms timer) "
          "during the wave: %4"_s.arg(
              all ? u"all connected"_s : u"NOT all connected (%1)"_s.arg(stateCounts(window)), ms(waveMs),
              ms(cpuMs() - waveCpu), probe.summary()));

    // Poll rounds answered, per second of the measurement: how evenly the polls are spread.
    int rounds = 0;
    std::vector<int> perSecond(size_t(seconds) + 1, 0);
    QElapsedTimer since;
    since.start();
    for (const QUuid &id : window.connections()->ids()) {
        QObject::connect(
            window.connections()->connection(id), &ServerConnection::statusUpdated, &window, [&] {
                ++rounds;
                ++perSecond[std::min(perSecond.size() - 1, size_t(since.elapsed() / 1000))];
            });
    }
    int alertSignals = 0;
    AlertEngine *engine = window.alerts()->engine();
    for (auto signal : {&AlertEngine::alertRaised, &AlertEngine::alertUpdated, &AlertEngine::alertCleared})
        QObject::connect(engine, signal, &window, [&alertSignals] { ++alertSignals; });
    probe.reset();
    std::vector<double> agentCpu;
    for (const auto &agent : agents)
        agentCpu.push_back(processCpuMs(agent->pid()));
    const double selfCpu = cpuMs();
    const double mainCpu = cpuMs(RUSAGE_THREAD);
    timer.restart();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    const double consoleCpu = cpuMs() - selfCpu;
    const double mainCpuUsed = cpuMs(RUSAGE_THREAD) - mainCpu;
    double agentsCpu = 0;
    for (size_t a = 0; a < agents.size(); ++a)
        agentsCpu += processCpuMs(agents[a]->pid()) - agentCpu[a];
    print(u"steady polling over %1 s: console CPU %2 % of one core (%3 ms; GUI thread %4 %), agents %5 % "
          "together; %6 poll rounds/s (expected %7)"_s.arg(wall / 1000, 0, 'f', 0)
              .arg(consoleCpu / wall * 100, 0, 'f', 2)
              .arg(consoleCpu, 0, 'f', 0)
              .arg(mainCpuUsed / wall * 100, 0, 'f', 2)
              .arg(agentsCpu / wall * 100, 0, 'f', 2)
              .arg(rounds / (wall / 1000), 0, 'f', 1)
              .arg(double(servers) / intervalSeconds, 0, 'f', 1));
    perSecond.pop_back(); // the partial last second
    print(u"event-loop latency (50 ms timer) while polling: %1; poll rounds answered per second: "
          "busiest %2, quietest %3"_s.arg(probe.summary())
              .arg(*std::max_element(perSecond.cbegin(), perSecond.cend()))
              .arg(*std::min_element(perSecond.cbegin(), perSecond.cend())));
    QMap<QString, int> kinds;
    for (const Alert &alert : engine->openAlerts())
        ++kinds[alertKindKey(alert.kind)];
    QStringList alerts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        alerts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    print(u"console process: %1 threads, %2 MiB resident; states at the end: %3; %4 open alerts (%5), "
          "%6 alert signals/s"_s.arg(selfStatus("Threads"))
              .arg(double(selfStatus("VmRSS")) / 1024, 0, 'f', 0)
              .arg(stateCounts(window))
              .arg(engine->openAlerts().size())
              .arg(alerts.join(u", "_s))
              .arg(alertSignals / (wall / 1000), 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArrayView(argv[i]) == "--child") {
            const QString kind = QString::fromLocal8Bit(argv[i + 1]);
            const QString workspace = i + 3 < argc ? QString::fromLocal8Bit(argv[i + 3]) : QString();
            return runChild(argc, argv, kind, workspace);
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VE License Console"_s);
    QCoreApplication::setApplicationName(u"ve-console"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The console with a large fleet: cold start and polling."_s);
    parser.addHelpOption();
    const QCommandLineOption serversOption(u"servers"_s, u"Servers (default 500)."_s, u"N"_s, u"500"_s);
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"Steady polling measured for S seconds (default 120)."_s, u"S"_s, u"120"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Cold starts of each kind (default 10)."_s, u"R"_s, u"10"_s);
    const QCommandLineOption agentsOption(
        u"agents"_s, u"ve-agent --simulate processes (default one per 200 servers)."_s, u"A"_s);
    const QCommandLineOption intervalOption(
        u"interval"_s, u"Refresh interval in seconds (default 10)."_s, u"S"_s, u"10"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Only one part: cold or poll."_s, u"part"_s);
    parser.addOptions({serversOption, secondsOption, runsOption, agentsOption, intervalOption, onlyOption});
    parser.process(app);
    const int servers = std::clamp(parser.value(serversOption).toInt(), 1, Workspace::MaxServers);
    const QString only = parser.value(onlyOption);
    if (only.isEmpty() || only == "cold"_L1)
        coldStart(servers, std::max(1, parser.value(runsOption).toInt()));
    if (only.isEmpty() || only == "poll"_L1) {
        const int agents
            = parser.isSet(agentsOption) ? parser.value(agentsOption).toInt() : (servers + 199) / 200;
        return poll(servers, std::max(1, agents), std::max(2, parser.value(intervalOption).toInt()),
            std::max(1, parser.value(secondsOption).toInt()));
    }
    return 0;
}
