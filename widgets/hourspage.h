// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hoursforecast.h"
#include "core/serverconnection.h"
#include "widgets/serverpage.h"

#include <QPointer>

class HistoryWatch;
class HoursChart;
class QAction;
class QLabel;
class QToolButton;

// Remaining hours of a COUNTDOWN license: the burn rate and projected run-out (HoursForecast), and
// a chart (HoursChart) of the hours with the alert thresholds and the projected decline. The data
// is the server's HistoryWatch: on the first show of the page for a server (and after a reconnect)
// the agent's own record is fetched and merged with what this console saw. "Export CSV…" (Ctrl+S
// while the page is shown) saves that history (HistoryCsv), written off the GUI thread.
class HoursPage : public ServerPage
{
    Q_OBJECT

public:
    explicit HoursPage(QWidget *parent = nullptr);

    bool hasData() const override;
    // "5 h 12 min", "3 d 4 h", "40 s"
    static QString durationText(qint64 seconds);

    // Writes the shown history to `path` as CSV off the GUI thread (what the action does after
    // asking for a file); csvExported follows once. False when there is nothing to export or an
    // export still runs.
    bool exportCsv(const QString &path);

Q_SIGNALS:
    void csvExported(bool ok, const QString &message);

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addFigure(const QString &caption, const QString &objectName, int column);
    void attachWatch();
    void maybeFetch();
    void updateChart();
    void updateFigures();
    void updateHistoryNote();
    void chooseCsvFile();

    QLabel *m_message;
    QLabel *m_remaining;
    QLabel *m_rate;
    QLabel *m_runOut;
    QLabel *m_historyNote;
    QLabel *m_exportNote;
    QAction *m_exportAction;
    QToolButton *m_exportButton;
    HoursChart *m_chart;
    class QGridLayout *m_figures;
    QPointer<HistoryWatch> m_watch;
    HoursForecast m_forecast;
    bool m_exporting = false;
};
