// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"
#include "widgets/serverpage.h"

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

// Remaining hours of a COUNTDOWN license: the burn rate and projected run-out time (computed by
// HoursForecast from what the console saw) and a chart of the hours since it started watching.
class HoursPage : public ServerPage
{
    Q_OBJECT

public:
    explicit HoursPage(QWidget *parent = nullptr);

    bool hasData() const override;
    // "5 h 12 min", "3 d 4 h", "40 s"
    static QString durationText(qint64 seconds);

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addFigure(const QString &caption, const QString &objectName, int column);
    void appendSample(const ServerConnection::HoursSample &sample);
    void updateFigures();
    void updateAxes();
    void applyTheme();

    QLabel *m_message;
    QLabel *m_remaining;
    QLabel *m_rate;
    QLabel *m_runOut;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_hoursAxis;
    class QGridLayout *m_figures;
};
