// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alertconditions.h"
#include "core/hoursforecast.h"
#include "core/serverconnection.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

// The chart of the Hours page: the remaining hours over time (series "hoursSeries"), the
// projected decline at the measured burn rate as a dashed line from the newest sample down to 0 at
// the run-out (series "hoursProjection"), and each alert threshold as a labelled horizontal line
// in its severity's colour (series "hoursThreshold", one per line, name "<severity>: <n> h").
//
// Which thresholds are drawn: those up to 1.25 times the highest remaining hours shown (at least
// that value + 1 h), i.e. the levels the hours have crossed or will cross next. A higher one
// (500 h over a 100 h license) would squash the curve into the bottom of the chart: it is left
// out and listed by hiddenThresholds(). The drawn ones stretch the hours axis; with a projection
// the axis starts at 0. The time axis reaches the run-out when that is at most three times the
// shown history ahead; else it ends there and the dashed line leaves the chart on the right, where
// a label names the run-out time.
class HoursChart : public QChartView
{
    Q_OBJECT

public:
    explicit HoursChart(QWidget *parent = nullptr);

    void setData(const QList<ServerConnection::HoursSample> &samples, const HoursForecast &forecast,
        const QList<AlertThresholds::Level> &thresholds);
    QList<double> hiddenThresholds() const { return m_hidden; } // above the chart, highest first

    QLineSeries *hoursSeries() const { return m_series; }
    QLineSeries *projectionSeries() const { return m_projection; }
    QList<QLineSeries *> thresholdSeries() const { return m_thresholds; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setThresholdLines(const QList<AlertThresholds::Level> &levels);
    void updateAxes(double low, double high, qint64 firstMs, qint64 lastMs);
    void placeLabels();
    void placeRunOutLabel(const QRectF &area);
    void applyTheme();

    QChart *m_chart;
    QLineSeries *m_series;
    QLineSeries *m_projection;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_hoursAxis;
    QList<QLineSeries *> m_thresholds;
    QList<QGraphicsSimpleTextItem *> m_labels; // one per threshold line, same order
    QGraphicsSimpleTextItem *m_runOutLabel; // at the end of the projection, or where it leaves
    QList<double> m_hidden;
};
