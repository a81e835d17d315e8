// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logfilter.h"
#include "models/logdisplay.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <memory>
#include <vector>

class LogFilterModel;
class LogModel;
namespace LogMerge {
struct Merged;
}

// What a log view shows: the filtered lines of one or more LogModels ("lanes", one per server
// and source), merged by time, with the lane's server name and colour in the first column. A
// Logs page has one lane; the All servers view has one per selected server (primary and
// backup side by side is the common case). The lane models are not owned; each lane gets its
// own LogFilterModel (owned), so one LogModel can feed several views.
//
// One lane: rows map 1:1 to the lane's filtered rows, every source signal is passed on (an
// append is one insertion at the end, a trim one removal at the front).
//
// Several lanes: lines are ordered by their instant (LogModel::clock(): the server's UTC offset
// and clock skew applied, so servers with different clocks interleave correctly); lines
// without a time sort first; each lane keeps its own order (a line is never moved before an
// earlier line of its lane, also when a server's clock went back); equal times keep arrival
// order. Appends are merged incrementally: lines later than everything shown are one insertion
// at the end; a lane that is behind (its backlog arrives late) inserts in at most 32 runs, or
// resets the model when its lines interleave finer than that. When a lane's store trims its
// oldest lines, the merged rows are cut at the front up to that lane's oldest held line (other
// lanes' lines older than that are hidden too, so the view only shows the span every lane still
// holds): one removal at the front. A lane reset or setFilter() resets. Clock changes apply to
// lines merged after them (and to all at the next reset).
class MergedLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServerColumn, TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        LaneRole = Qt::UserRole + 64, // int; LogModel's roles are passed on as well
        LaneColorRole, // QColor
        LaneRowRole, // int: the row in the lane's LogModel
    };
    static constexpr int MaxInsertRuns = 32;

    explicit MergedLogModel(QObject *parent = nullptr);
    ~MergedLogModel() override;

    int addLane(LogModel *model, const QString &name, const QColor &color = {}); // resets
    void clearLanes(); // resets
    int laneCount() const { return int(m_lanes.size()); }
    LogModel *laneModel(int lane) const;
    QString laneName(int lane) const;
    QColor laneColor(int lane) const;
    static QColor defaultLaneColor(int lane); // primary blue, backup orange, …

    int laneOf(int row) const;
    int laneRow(int row) const; // the row in laneModel(laneOf(row))
    QByteArrayView rawLine(int row) const; // the line's bytes in its store (no copy)

    // The filter of every lane. Its time range is in shown time (what the time column shows, as
    // a wall clock in UTC-labelled ms); each lane converts it with its own clock.
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    QString errorString() const; // why the filter's regular expression is invalid, else empty
    bool isFiltering() const;

    // Sets the time column's zone of every lane's LogModel and re-applies a time filter.
    void setTimeZone(LogClock::Zone zone);
    LogClock::Zone timeZone() const;
    // Shown time ↔ the UTC-labelled ms a time filter holds.
    static qint64 shownToFilterMs(const QDateTime &shown);

    void setBookmarked(int row, bool on);
    bool isBookmarked(int row) const;

    qint64 totalLines() const; // held by all lanes, unfiltered
    qint64 droppedCount() const; // dropped by all lanes' stores

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);
    void linesChanged(); // totalLines() may have changed
    void filterApplied(); // after setFilter(); errorString() may have changed

private:
    struct Lane;

    bool single() const { return m_lanes.size() == 1; }
    const Lane &lane(int index) const { return *m_lanes[size_t(index)]; }
    void connectLane(int index);
    void applyFilter(int index);
    void rebuild();
    qint64 key(quint64 entry) const;
    qint64 keyOf(int lane, int laneRow) const;
    qint64 cutKey() const; // rows with an earlier time are hidden (see above)
    quint64 entryFor(int lane, int filterRow) const;
    void mergeAppended(int lane, int first, int last);
    void insertRuns(qsizetype tailStart, const LogMerge::Merged &merged);
    void removeDropped(int lane, int first, int last);
    void applyCut();
    int findEntry(quint64 entry) const;
    void beginReset();
    void endReset();

    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::vector<quint64> m_entries; // lane << 56 | the line's sequence in its LogModel (several lanes)
    LogFilter m_filter;
    int m_resetDepth = 0;
};
