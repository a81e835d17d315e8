// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/hourschart.h"

#include "models/licensedisplay.h"

#include <QBrush>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QColor HoursColor(0x3d, 0x7a, 0xb8);

QColor severityColor(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return QColor(0x60, 0x7d, 0x8b);
    case Alert::Severity::Warning:
        return QColor(0xe0, 0x82, 0x00);
    case Alert::Severity::Critical:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

QString severityName(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return HoursChart::tr("Information");
    case Alert::Severity::Warning:
        return HoursChart::tr("Warning");
    case Alert::Severity::Critical:
        break;
    }
    return HoursChart::tr("Critical");
}

} // namespace

HoursChart::HoursChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_series(new QLineSeries(m_chart))
    , m_projection(new QLineSeries(m_chart))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_hoursAxis(new QValueAxis(m_chart))
    , m_runOutLabel(new QGraphicsSimpleTextItem(m_chart))
{
    m_runOutLabel->setZValue(10);
    setObjectName(u"hoursChart"_s);
    setAccessibleName(tr("Remaining hours over time"));
    setRenderHint(QPainter::Antialiasing);
    m_series->setObjectName(u"hoursSeries"_s);
    m_series->setName(tr("Remaining hours"));
    m_projection->setObjectName(u"hoursProjection"_s);
    m_projection->setName(tr("Projection at the current burn rate"));
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_projection);
    m_chart->legend()->hide();
    m_timeAxis->setTitleText(tr("Time"));
    m_hoursAxis->setTitleText(tr("Hours"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_hoursAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_series, m_projection}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_hoursAxis);
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &HoursChart::placeLabels);
    applyTheme();
    setData({}, {}, {});
}

void HoursChart::setData(const QList<ServerConnection::HoursSample> &samples, const HoursForecast &forecast,
    const QList<AlertThresholds::Level> &thresholds)
{
    QList<QPointF> points;
    points.reserve(samples.size());
    for (const auto &sample : samples)
        points.append(QPointF(double(sample.time.toMSecsSinceEpoch()), sample.hours));
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_series->replace(points);
    // Markers make the first few samples visible; with many they would only clutter the line.
    m_series->setPointsVisible(points.size() <= 120);

    QList<QPointF> projection;
    for (const auto &sample : forecast.projection())
        projection.append(QPointF(double(sample.time.toMSecsSinceEpoch()), sample.hours));
    m_projection->replace(projection);
    if (!projection.isEmpty())
        m_runOutLabel->setText(tr("run-out %1").arg(LicenseDisplay::dateTime(forecast.runOut)));

    if (points.isEmpty()) {
        m_hidden.clear();
        setThresholdLines({});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        updateAxes(0, 100, now - 600'000, now);
        return;
    }
    double low = points.constFirst().y();
    double high = low;
    for (const QPointF &p : std::as_const(points)) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    const double limit = std::max(high * 1.25, high + 1.0);
    QList<AlertThresholds::Level> shown;
    m_hidden.clear();
    for (const auto &level : thresholds) {
        if (level.value <= limit)
            shown.append(level);
        else
            m_hidden.append(level.value);
    }
    std::sort(m_hidden.begin(), m_hidden.end(), std::greater<double>());
    setThresholdLines(shown);
    for (const auto &level : std::as_const(shown)) {
        low = std::min(low, level.value);
        high = std::max(high, level.value);
    }
    if (!projection.isEmpty())
        low = 0;

    const qint64 first = qint64(points.constFirst().x());
    const qint64 last = qint64(points.constLast().x());
    qint64 end = last;
    if (!projection.isEmpty()) {
        const qint64 span = std::max<qint64>(last - first, 60'000);
        end = std::min(qint64(projection.constLast().x()), last + 3 * span);
    }
    updateAxes(low, high, first, end);
}

void HoursChart::setThresholdLines(const QList<AlertThresholds::Level> &levels)
{
    bool same = levels.size() == m_thresholds.size();
    for (qsizetype i = 0; same && i < levels.size(); ++i)
        same = m_thresholds.at(i)->property("level").toDouble() == levels.at(i).value
            && m_thresholds.at(i)->property("severity").toInt() == int(levels.at(i).severity);
    if (same)
        return;
    for (QLineSeries *series : std::as_const(m_thresholds)) {
        m_chart->removeSeries(series);
        delete series;
    }
    qDeleteAll(m_labels);
    m_thresholds.clear();
    m_labels.clear();
    for (const auto &level : levels) {
        auto *series = new QLineSeries(m_chart);
        series->setObjectName(u"hoursThreshold"_s);
        series->setName(
            tr("%1: %2 h").arg(severityName(level.severity), QLocale().toString(level.value, 'g', 12)));
        series->setProperty("level", level.value);
        series->setProperty("severity", int(level.severity));
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_hoursAxis);
        auto *label = new QGraphicsSimpleTextItem(series->name(), m_chart);
        label->setZValue(10);
        m_thresholds.append(series);
        m_labels.append(label);
    }
    // Series paint in the order they were added: the hours and the projection go over the lines.
    for (QLineSeries *series : {m_series, m_projection}) {
        m_chart->removeSeries(series);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_hoursAxis);
    }
    applyTheme();
}

void HoursChart::updateAxes(double low, double high, qint64 firstMs, qint64 lastMs)
{
    QDateTime first = QDateTime::fromMSecsSinceEpoch(firstMs);
    QDateTime last = QDateTime::fromMSecsSinceEpoch(lastMs);
    if (first.secsTo(last) < 60)
        last = first.addSecs(60); // a short history starts at the left edge and grows
    m_timeAxis->setRange(first, last);
    const qint64 span = first.secsTo(last);
    m_timeAxis->setFormat(span >= 86400 ? u"dd.MM. HH:mm"_s : span >= 3600 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    const double pad = std::max(0.5, (high - low) * 0.1);
    m_hoursAxis->setRange(low <= 0 ? 0.0 : std::max(0.0, low - pad), high + pad);
    m_hoursAxis->applyNiceNumbers();
    m_hoursAxis->setLabelFormat(m_hoursAxis->max() - m_hoursAxis->min() < 10 ? u"%.1f"_s : u"%.0f"_s);
    for (QLineSeries *series : std::as_const(m_thresholds)) {
        const double value = series->property("level").toDouble();
        series->replace({QPointF(double(first.toMSecsSinceEpoch()), value),
            QPointF(double(last.toMSecsSinceEpoch()), value)});
    }
    placeLabels();
}

void HoursChart::placeLabels()
{
    const QRectF area = m_chart->plotArea();
    for (qsizetype i = 0; i < m_thresholds.size() && i < m_labels.size(); ++i) {
        QLineSeries *series = m_thresholds.at(i);
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const QPointF at = m_chart->mapToPosition(QPointF(0, series->property("level").toDouble()), series);
        const QRectF box = label->boundingRect();
        label->setPos(area.right() - box.width() - 6, at.y() - box.height() - 1);
        label->setVisible(area.contains(QPointF(area.center().x(), at.y())));
    }
    placeRunOutLabel(area);
}

void HoursChart::placeRunOutLabel(const QRectF &area)
{
    const QList<QPointF> line = m_projection->points();
    m_runOutLabel->setVisible(line.size() == 2 && line.at(1).x() > line.at(0).x());
    if (!m_runOutLabel->isVisible())
        return;
    // Where the dashed line ends in view: at 0, or at the right edge when the run-out lies beyond.
    const double right = double(m_timeAxis->max().toMSecsSinceEpoch());
    QPointF end = line.at(1);
    if (end.x() > right) {
        const double share = (right - line.at(0).x()) / (line.at(1).x() - line.at(0).x());
        end = QPointF(right, line.at(0).y() * (1 - share));
    }
    const QPointF at = m_chart->mapToPosition(end, m_projection);
    const QRectF box = m_runOutLabel->boundingRect();
    const double x = std::clamp(at.x() - box.width() - 4, area.left() + 4, area.right() - box.width() - 4);
    // Below the line: the threshold labels sit above theirs, and a threshold may be at the same height.
    const double y = std::clamp(at.y() + 4, area.top() + 2, area.bottom() - box.height() - 2);
    m_runOutLabel->setPos(x, y);
}

void HoursChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    if (m_chart->theme() != (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight))
        m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    for (QAbstractAxis *axis :
        {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_hoursAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
    // setTheme() resets the series colours.
    QPen pen(HoursColor);
    pen.setWidthF(2.5);
    m_series->setPen(pen);
    QPen dashed(HoursColor);
    dashed.setWidthF(2);
    dashed.setStyle(Qt::DashLine);
    m_projection->setPen(dashed);
    m_runOutLabel->setBrush(HoursColor);
    for (qsizetype i = 0; i < m_thresholds.size(); ++i) {
        const QColor color = severityColor(Alert::Severity(m_thresholds.at(i)->property("severity").toInt()));
        QPen line(color);
        line.setWidthF(1.5);
        m_thresholds.at(i)->setPen(line);
        if (i < m_labels.size())
            m_labels.at(i)->setBrush(color);
    }
}

void HoursChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}
