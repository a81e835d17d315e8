// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/hourspage.h"

#include "core/consolesettings.h"
#include "core/historycsv.h"
#include "core/historywatch.h"
#include "core/settingsnotifier.h"
#include "models/licensedisplay.h"
#include "widgets/hourschart.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool answering(const ServerConnection *connection)
{
    return connection
        && (connection->state() == ServerConnection::State::Connected
            || connection->state() == ServerConnection::State::Degraded);
}

} // namespace

HoursPage::HoursPage(QWidget *parent)
    : ServerPage(parent)
    , m_message(new QLabel(this))
    , m_historyNote(new QLabel(this))
    , m_exportNote(new QLabel(this))
    , m_exportAction(new QAction(tr("E&xport CSV…"), this))
    , m_exportButton(new QToolButton(this))
    , m_chart(new HoursChart(this))
    , m_figures(new QGridLayout)
{
    setObjectName(u"hoursPage"_s);
    m_message->setObjectName(u"hoursMessage"_s);
    m_message->setWordWrap(true);
    m_figures->setSpacing(12);
    m_remaining = addFigure(tr("Remaining hours"), u"hoursRemaining"_s, 0);
    m_rate = addFigure(tr("Burn rate"), u"hoursBurnRate"_s, 1);
    m_runOut = addFigure(tr("Projected run-out"), u"hoursRunOut"_s, 2);

    m_historyNote->setObjectName(u"hoursHistoryNote"_s);
    m_historyNote->setWordWrap(true);
    m_historyNote->setForegroundRole(QPalette::PlaceholderText);
    m_exportNote->setObjectName(u"hoursExportNote"_s);
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportNote->hide(); // until there is something to say
    m_exportAction->setObjectName(u"actionExportHistoryCsv"_s);
    m_exportAction->setShortcut(QKeySequence::Save); // live only while this page is shown
    m_exportAction->setToolTip(tr("Save the history of remaining hours, sessions and service state as "
                                  "a CSV file (%1)")
                                   .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &HoursPage::chooseCsvFile);
    m_exportButton->setObjectName(u"exportHistoryButton"_s);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setFocusPolicy(Qt::StrongFocus);
    m_exportButton->setAutoRaise(false);

    connect(SettingsNotifier::instance(), &SettingsNotifier::alertThresholdsChanged, this,
        &HoursPage::updateChart);

    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyNote, 1);
    historyRow->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addLayout(m_figures);
    layout->addLayout(historyRow);
    layout->addWidget(m_exportNote);
    layout->addWidget(m_chart, 1);
    refresh();
}

QLabel *HoursPage::addFigure(const QString &caption, const QString &objectName, int column)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *title = new QLabel(caption, frame);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(frame);
    value->setObjectName(objectName);
    value->setAccessibleName(caption);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *box = new QVBoxLayout(frame);
    box->addWidget(title);
    box->addWidget(value);
    box->addStretch(1);
    m_figures->addWidget(frame, 0, column);
    m_figures->setColumnStretch(column, 1);
    return value;
}

QString HoursPage::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

bool HoursPage::hasData() const
{
    if (!ServerPage::hasData() || (m_watch && m_watch->isFetching()))
        return false;
    // A chart worth a look: the burn rate is known (measured, idle or exhausted).
    return m_forecast.trend != HoursForecast::Trend::Unknown || !connection()->status().remainingHours;
}

void HoursPage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::statusUpdated, this, &HoursPage::updateFigures);
    connect(connection, &ServerConnection::stateChanged, this, &HoursPage::maybeFetch);
}

void HoursPage::refresh()
{
    attachWatch();
    updateChart();
    maybeFetch();
}

void HoursPage::showEvent(QShowEvent *event)
{
    ServerPage::showEvent(event);
    maybeFetch(); // the first show for a server loads the agent's history
}

void HoursPage::attachWatch()
{
    HistoryWatch *watch = connection() ? HistoryWatch::forConnection(connection()) : nullptr;
    if (watch == m_watch)
        return;
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    if (watch) {
        connect(watch, &HistoryWatch::historyChanged, this, &HoursPage::updateChart);
        connect(watch, &HistoryWatch::historyChanged, this, &HoursPage::maybeFetch); // another server
        connect(watch, &HistoryWatch::fetchFinished, this, &HoursPage::updateHistoryNote);
    }
}

void HoursPage::maybeFetch()
{
    if (isVisible() && m_watch && answering(connection()) && !m_watch->hasFetched()
        && !m_watch->isFetching()) {
        m_watch->fetch();
        updateHistoryNote();
    }
}

void HoursPage::updateChart()
{
    const QList<ServerConnection::HoursSample> samples
        = m_watch ? m_watch->hoursSamples() : QList<ServerConnection::HoursSample>();
    m_forecast = HoursForecast::compute(samples);
    m_chart->setData(samples, m_forecast, ConsoleSettings::alertThresholds().hours);
    updateFigures();
    updateHistoryNote();
}

void HoursPage::updateFigures()
{
    const ServerConnection *c = connection();
    const bool reported = c && c->status().protocol > 0 && c->status().has(Capability::RemainingHours);
    const bool countdown = reported && c->status().remainingHours.has_value();
    m_exportAction->setEnabled(!m_exporting && m_watch && !m_watch->entries().isEmpty());
    if (!c)
        m_message->setText(tr("No server selected."));
    else if (c->status().protocol == 0)
        m_message->setText(tr("Waiting for the server…"));
    else if (!reported)
        m_message->setText(tr("Remaining hours are not reported by this server."));
    else if (!countdown)
        m_message->setText(tr("This server's license is not a COUNTDOWN license: no hours are consumed."));
    else
        m_message->setText(
            tr("COUNTDOWN hours run only while at least one emulator is logged in. The rate is "
               "measured over the last hour of the history; the dashed line projects it to the run-out."));
    m_chart->setVisible(countdown);
    if (!countdown) {
        m_remaining->setText(u"—"_s);
        m_rate->setText(u"—"_s);
        m_runOut->setText(u"—"_s);
        return;
    }
    m_remaining->setText(LicenseDisplay::hours(*c->status().remainingHours));
    m_rate->setToolTip(QString());
    switch (m_forecast.trend) {
    case HoursForecast::Trend::Unknown:
        m_rate->setText(tr("measuring…"));
        m_runOut->setText(tr("measuring…"));
        break;
    case HoursForecast::Trend::Steady:
        m_rate->setText(tr("idle"));
        m_rate->setToolTip(tr("No emulator is logged in: no hours are consumed."));
        m_runOut->setText(tr("not while idle"));
        break;
    case HoursForecast::Trend::Burning:
        m_rate->setText(tr("%1 h per hour").arg(QLocale().toString(m_forecast.burnRatePerHour, 'f', 2)));
        m_runOut->setText(m_forecast.runOut.isValid()
                ? tr("%1\n(in %2)")
                      .arg(LicenseDisplay::dateTime(m_forecast.runOut),
                          durationText(c->status().hostClock.isValid()
                                  ? c->status().hostClock.secsTo(m_forecast.runOut)
                                  : QDateTime::currentDateTimeUtc().secsTo(m_forecast.runOut)))
                : tr("not in the foreseeable future"));
        break;
    case HoursForecast::Trend::Exhausted:
        m_rate->setText(u"—"_s);
        m_runOut->setText(tr("ran out at %1").arg(LicenseDisplay::dateTime(m_forecast.runOut)));
        break;
    }
}

void HoursPage::updateHistoryNote()
{
    QString text;
    if (!m_watch) {
        text = QString();
    } else if (m_watch->isFetching()) {
        text = tr("Loading the agent's history…");
    } else if (!m_watch->errorText().isEmpty()) {
        text = m_watch->errorText() + u' ' + tr("The chart shows what this console saw.");
    } else if (m_watch->hasFetched()) {
        const qsizetype agent = m_watch->agentSamples();
        const qsizetype console = m_watch->entries().size() - agent;
        text = m_watch->entries().isEmpty()
            ? tr("The agent has recorded no history yet.")
            : tr("History since %1 · samples recorded by the agent: %2 · seen by this console: %3")
                  .arg(LicenseDisplay::dateTime(m_watch->entries().constFirst().sample.time),
                      QLocale().toString(agent), QLocale().toString(console));
    } else {
        text = tr("The agent's history loads when the server answers.");
    }
    QStringList hidden;
    for (double value : m_chart->hiddenThresholds())
        hidden.append(QLocale().toString(value, 'g', 12));
    if (!hidden.isEmpty() && m_chart->isVisible())
        text += u" · "_s + tr("Alert thresholds above the chart: %1 h.").arg(hidden.join(u", "_s));
    m_historyNote->setText(text.trimmed());
}

void HoursPage::chooseCsvFile()
{
    if (!m_exportAction->isEnabled())
        return;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString host = connection() ? connection()->status().hostName : QString();
    host.replace(unsafe, u"_"_s);
    const QString name = u"hours-%1-%2.csv"_s.arg(host.isEmpty() ? u"server"_s : host.left(64),
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    QString path = QFileDialog::getSaveFileName(this, tr("Export History as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    exportCsv(path);
}

bool HoursPage::exportCsv(const QString &path)
{
    if (m_exporting || !m_watch || m_watch->entries().isEmpty() || path.isEmpty())
        return false;
    m_exporting = true;
    m_exportAction->setEnabled(false);
    m_exportNote->setText(tr("Exporting…"));
    m_exportNote->setVisible(true);
    const QList<HistoryWatch::Entry> entries = m_watch->entries(); // shared, copied on write
    const QString server = connection() ? connection()->status().hostName : QString();
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread *thread = QThread::create([entries, server, path, error, ok] {
        *ok = HistoryCsv::write(path, HistoryCsv::format(entries, server), error.get());
    });
    connect(thread, &QThread::finished, this, [this, error, ok, path, rows = entries.size()] {
        m_exporting = false;
        const QString message = *ok
            ? tr("Saved %1 rows to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path))
            : *error;
        m_exportNote->setText(message);
        QPalette palette = this->palette();
        if (!*ok)
            palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_exportNote->setPalette(palette);
        m_exportNote->setVisible(true);
        updateFigures();
        Q_EMIT csvExported(*ok, message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}
