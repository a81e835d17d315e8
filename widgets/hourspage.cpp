// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/hourspage.h"

#include "core/hoursforecast.h"
#include "models/licensedisplay.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

HoursPage::HoursPage(QWidget *parent)
    : ServerPage(parent)
    , m_message(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QLineSeries(m_chart))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_hoursAxis(new QValueAxis(m_chart))
    , m_figures(new QGridLayout)
{
    setObjectName(u"hoursPage"_s);
    m_message->setObjectName(u"hoursMessage"_s);
    m_message->setWordWrap(true);
    m_chartView->setObjectName(u"hoursChart"_s);
    m_chartView->setAccessibleName(tr("Remaining hours over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);

    m_figures->setSpacing(12);
    m_remaining = addFigure(tr("Remaining hours"), u"hoursRemaining"_s, 0);
    m_rate = addFigure(tr("Burn rate"), u"hoursBurnRate"_s, 1);
    m_runOut = addFigure(tr("Projected run-out"), u"hoursRunOut"_s, 2);

    m_series->setName(tr("Remaining hours"));
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Remaining hours since the console started watching"));
    m_timeAxis->setFormat(u"HH:mm:ss"_s);
    m_timeAxis->setTitleText(tr("Time"));
    m_hoursAxis->setTitleText(tr("Hours"));
    m_hoursAxis->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_hoursAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_hoursAxis);
    QPen pen(QColor(0x3d, 0x7a, 0xb8));
    pen.setWidthF(2.5);
    m_series->setPen(pen);
    applyTheme();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addLayout(m_figures);
    layout->addWidget(m_chartView, 1);
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
    return ServerPage::hasData() && (m_series->count() > 1 || !connection()->status().remainingHours);
}

void HoursPage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::hoursSampled, this, &HoursPage::appendSample);
    connect(connection, &ServerConnection::statusUpdated, this, &HoursPage::updateFigures);
}

void HoursPage::refresh()
{
    QList<QPointF> points;
    if (connection()) {
        const auto &history = connection()->hoursHistory();
        points.reserve(history.size());
        for (const auto &sample : history)
            points.append(QPointF(double(sample.time.toMSecsSinceEpoch()), sample.hours));
    }
    m_series->replace(points);
    updateAxes();
    updateFigures();
}

void HoursPage::appendSample(const ServerConnection::HoursSample &sample)
{
    m_series->append(double(sample.time.toMSecsSinceEpoch()), sample.hours);
    // Keep the chart in step with the connection's own cap on the history.
    if (m_series->count() > ServerConnection::MaxHoursSamples)
        m_series->removePoints(0, m_series->count() - ServerConnection::MaxHoursSamples);
    updateAxes();
    updateFigures();
}

void HoursPage::updateAxes()
{
    const QList<QPointF> points = m_series->points();
    // Markers make the first few samples visible; with many they would only clutter the line.
    m_series->setPointsVisible(points.size() <= 120);
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addSecs(-600), now);
        m_hoursAxis->setRange(0, 100);
        return;
    }
    double low = points.constFirst().y();
    double high = low;
    for (const QPointF &p : points) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x()));
    QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(points.constLast().x()));
    if (first.secsTo(last) < 60)
        last = first.addSecs(60); // a short history starts at the left edge and grows
    m_timeAxis->setRange(first, last);
    m_timeAxis->setFormat(first.daysTo(last) >= 1 ? u"dd.MM. HH:mm"_s : u"HH:mm:ss"_s);
    // Zoomed to what the console saw, so that a slow decline is visible.
    const double pad = std::max(0.5, (high - low) * 0.25);
    m_hoursAxis->setRange(std::max(0.0, low - pad), high + pad);
    m_hoursAxis->applyNiceNumbers();
    m_hoursAxis->setLabelFormat(m_hoursAxis->max() - m_hoursAxis->min() < 10 ? u"%.1f"_s : u"%.0f"_s);
}

void HoursPage::updateFigures()
{
    const ServerConnection *c = connection();
    const bool reported = c && c->status().protocol > 0 && c->status().has(Capability::RemainingHours);
    const bool countdown = reported && c->status().remainingHours.has_value();
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
               "measured over the last hour the console watched."));
    m_chartView->setVisible(countdown);
    if (!countdown) {
        m_remaining->setText(u"—"_s);
        m_rate->setText(u"—"_s);
        m_runOut->setText(u"—"_s);
        return;
    }
    const HoursForecast forecast = HoursForecast::compute(c->hoursHistory());
    m_remaining->setText(LicenseDisplay::hours(*c->status().remainingHours));
    switch (forecast.trend) {
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
        m_rate->setText(tr("%1 h per hour").arg(QLocale().toString(forecast.burnRatePerHour, 'f', 2)));
        m_runOut->setText(forecast.runOut.isValid()
                ? tr("%1\n(in %2)")
                      .arg(LicenseDisplay::dateTime(forecast.runOut),
                          durationText(QDateTime::currentDateTimeUtc().secsTo(forecast.runOut)))
                : tr("not in the foreseeable future"));
        break;
    case HoursForecast::Trend::Exhausted:
        m_rate->setText(u"—"_s);
        m_runOut->setText(tr("ran out at %1").arg(LicenseDisplay::dateTime(forecast.runOut)));
        break;
    }
}

void HoursPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    for (QAbstractAxis *axis :
        {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_hoursAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
    QPen pen(QColor(0x3d, 0x7a, 0xb8));
    pen.setWidthF(2.5);
    m_series->setPen(pen); // setTheme() resets the series colour
}

void HoursPage::changeEvent(QEvent *event)
{
    ServerPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}
