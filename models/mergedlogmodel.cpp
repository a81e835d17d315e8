// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mergedlogmodel.h"

#include "models/logfiltermodel.h"
#include "models/logmerge.h"
#include "models/logmodel.h"

#include <QPointer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int LaneShift = 56;
constexpr quint64 SequenceMask = (quint64(1) << LaneShift) - 1;
constexpr qint64 HourMs = 3600 * 1000;

int laneOfEntry(quint64 entry)
{
    return int(entry >> LaneShift);
}

qint64 sequenceOfEntry(quint64 entry)
{
    return qint64(entry & SequenceMask);
}

} // namespace

struct MergedLogModel::Lane
{
    QPointer<LogModel> model;
    LogFilterModel *filter = nullptr; // owned by the merged model (QObject child)
    QString name;
    QColor color;
    // The instant of a store time is computed per hour of wall clock (zone offsets change on
    // the hour): the last hour's shift is kept, with the clock it was computed for.
    mutable qint64 hour = std::numeric_limits<qint64>::min();
    mutable qint64 shift = 0;
    mutable LogClock shiftClock;
};

MergedLogModel::MergedLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MergedLogModel::~MergedLogModel() = default;

QColor MergedLogModel::defaultLaneColor(int lane)
{
    static const QColor colors[]
        = {QColor(0x1e, 0x88, 0xe5), QColor(0xf5, 0x7c, 0x00), QColor(0x43, 0xa0, 0x47),
            QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x89, 0x7b), QColor(0x6d, 0x4c, 0x41)};
    return colors[size_t(lane) % std::size(colors)];
}

int MergedLogModel::addLane(LogModel *model, const QString &name, const QColor &color)
{
    beginReset();
    auto lane = std::make_unique<Lane>();
    lane->model = model;
    lane->name = name;
    lane->color = color.isValid() ? color : defaultLaneColor(laneCount());
    lane->filter = new LogFilterModel(this);
    lane->filter->setSourceModel(model);
    m_lanes.push_back(std::move(lane));
    const int index = laneCount() - 1;
    applyFilter(index);
    connectLane(index);
    endReset();
    Q_EMIT linesChanged();
    return index;
}

void MergedLogModel::clearLanes()
{
    beginReset();
    for (const auto &lane : m_lanes) {
        if (lane->model)
            disconnect(lane->model, nullptr, this, nullptr);
        delete lane->filter;
    }
    m_lanes.clear();
    endReset();
    Q_EMIT linesChanged();
}

void MergedLogModel::connectLane(int index)
{
    LogFilterModel *filter = lane(index).filter;
    LogModel *model = lane(index).model;
    connect(filter, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) {
            if (single())
                beginInsertRows({}, first, last);
        });
    connect(filter, &QAbstractItemModel::rowsInserted, this,
        [this, index](const QModelIndex &, int first, int last) {
            if (single())
                endInsertRows();
            else
                mergeAppended(index, first, last);
        });
    connect(filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this, index](const QModelIndex &, int first, int last) {
            if (single())
                beginRemoveRows({}, first, last);
            else
                removeDropped(index, first, last);
        });
    connect(filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (single())
            endRemoveRows();
    });
    connect(filter, &QAbstractItemModel::modelAboutToBeReset, this, &MergedLogModel::beginReset);
    connect(filter, &QAbstractItemModel::modelReset, this, &MergedLogModel::endReset);
    connect(filter, &QAbstractItemModel::dataChanged, this,
        [this, index](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            int top = topLeft.row(), bottom = bottomRight.row();
            if (!single()) {
                top = topLeft.row() == bottomRight.row() ? findEntry(entryFor(index, topLeft.row())) : 0;
                bottom = topLeft.row() == bottomRight.row() ? top : rowCount() - 1;
            }
            if (top >= 0 && bottom >= top)
                Q_EMIT dataChanged(this->index(top, topLeft.column() + 1),
                    this->index(bottom, bottomRight.column() + 1), roles);
        });
    connect(filter, &QAbstractItemModel::headerDataChanged, this,
        [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal)
                Q_EMIT headerDataChanged(orientation, first + 1, last + 1);
        });
    if (!model)
        return;
    connect(model, &LogModel::droppedCountChanged, this, [this] {
        if (!single())
            applyCut();
        Q_EMIT droppedCountChanged(droppedCount());
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &MergedLogModel::linesChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MergedLogModel::linesChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &MergedLogModel::linesChanged);
    connect(model, &QObject::destroyed, this, [this] {
        // A lane's model went away: drop the lane (indexes shift, so everything is rebuilt).
        beginReset();
        for (auto it = m_lanes.begin(); it != m_lanes.end();) {
            if ((*it)->model) {
                ++it;
                continue;
            }
            delete (*it)->filter;
            it = m_lanes.erase(it);
        }
        for (int i = 0; i < laneCount(); ++i) {
            disconnect(lane(i).filter, nullptr, this, nullptr);
            disconnect(lane(i).model, nullptr, this, nullptr);
            connectLane(i);
        }
        endReset();
        Q_EMIT linesChanged();
    });
}

LogModel *MergedLogModel::laneModel(int index) const
{
    return index >= 0 && index < laneCount() ? lane(index).model.data() : nullptr;
}

QString MergedLogModel::laneName(int index) const
{
    return index >= 0 && index < laneCount() ? lane(index).name : QString();
}

QColor MergedLogModel::laneColor(int index) const
{
    return index >= 0 && index < laneCount() ? lane(index).color : QColor();
}

int MergedLogModel::laneOf(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return single() ? 0 : laneOfEntry(m_entries[size_t(row)]);
}

int MergedLogModel::laneRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (single())
        return lane(0).filter->sourceRow(row);
    const quint64 entry = m_entries[size_t(row)];
    const LogModel *model = lane(laneOfEntry(entry)).model;
    return model ? model->rowOfSequence(sequenceOfEntry(entry)) : -1;
}

QByteArrayView MergedLogModel::rawLine(int row) const
{
    const LogModel *model = laneModel(laneOf(row));
    return model ? model->store().line(laneRow(row)) : QByteArrayView();
}

quint64 MergedLogModel::entryFor(int index, int filterRow) const
{
    const Lane &l = lane(index);
    return (quint64(index) << LaneShift) | quint64(l.model->sequence(l.filter->sourceRow(filterRow)));
}

qint64 MergedLogModel::keyOf(int index, int row) const
{
    const Lane &l = lane(index);
    const qint64 storeMs = l.model->store().timeMs(row);
    if (storeMs == LogStore::NoTime)
        return storeMs;
    const qint64 hour = storeMs >= 0 ? storeMs / HourMs : (storeMs - HourMs + 1) / HourMs;
    if (hour != l.hour || l.shiftClock != l.model->clock()) {
        l.hour = hour;
        l.shiftClock = l.model->clock();
        l.shift = l.shiftClock.instantMs(hour * HourMs, l.model->timesAreInstants()) - hour * HourMs;
    }
    return storeMs + l.shift;
}

qint64 MergedLogModel::key(quint64 entry) const
{
    const int index = laneOfEntry(entry);
    const int row = lane(index).model->rowOfSequence(sequenceOfEntry(entry));
    return row < 0 ? LogStore::NoTime : keyOf(index, row);
}

qint64 MergedLogModel::cutKey() const
{
    qint64 cut = LogStore::NoTime;
    for (int i = 0; i < laneCount(); ++i) {
        const LogModel *model = lane(i).model;
        if (model && model->droppedCount() > 0 && model->rowCount() > 0)
            cut = std::max(cut, keyOf(i, 0));
    }
    return cut;
}

void MergedLogModel::beginReset()
{
    if (m_resetDepth++ == 0)
        beginResetModel();
}

void MergedLogModel::endReset()
{
    if (--m_resetDepth > 0)
        return;
    rebuild();
    endResetModel();
}

void MergedLogModel::rebuild()
{
    m_entries.clear();
    if (laneCount() < 2)
        return;
    const qint64 cut = cutKey();
    std::vector<std::vector<LogMerge::Keyed>> lanes(m_lanes.size());
    for (int i = 0; i < laneCount(); ++i) {
        const LogFilterModel *filter = lane(i).filter;
        const int rows = lane(i).model ? filter->rowCount() : 0;
        auto &keyed = lanes[size_t(i)];
        keyed.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const qint64 k = keyOf(i, filter->sourceRow(row));
            if (cut == LogStore::NoTime || k >= cut)
                keyed.push_back({k, entryFor(i, row)});
        }
    }
    m_entries = LogMerge::mergeLanes(lanes);
}

void MergedLogModel::mergeAppended(int index, int first, int last)
{
    if (m_resetDepth > 0)
        return; // the end of the reset rebuilds
    const int count = last - first + 1;
    std::vector<LogMerge::Keyed> added;
    added.reserve(size_t(count));
    const LogFilterModel *filter = lane(index).filter;
    for (int row = first; row <= last; ++row)
        added.push_back({keyOf(index, filter->sourceRow(row)), entryFor(index, row)});
    // Never before the lane's own last line; otherwise after every line not later than the
    // first new one.
    qsizetype laneLast = qsizetype(m_entries.size()) - 1;
    while (laneLast >= 0 && laneOfEntry(m_entries[size_t(laneLast)]) != index)
        --laneLast;
    const auto from = m_entries.begin() + (laneLast + 1);
    const qsizetype at = std::upper_bound(from, m_entries.end(), added.front().key,
                             [this](qint64 k, quint64 entry) { return k < key(entry); })
        - m_entries.begin();
    if (at == qsizetype(m_entries.size())) {
        beginInsertRows({}, int(at), int(at) + count - 1);
        for (const LogMerge::Keyed &k : added)
            m_entries.push_back(k.entry);
        endInsertRows();
        return;
    }
    std::vector<LogMerge::Keyed> tail;
    tail.reserve(m_entries.size() - size_t(at));
    for (auto it = m_entries.begin() + at; it != m_entries.end(); ++it)
        tail.push_back({key(*it), *it});
    insertRuns(at, LogMerge::mergeInto(tail, added));
}

void MergedLogModel::insertRuns(qsizetype tailStart, const LogMerge::Merged &merged)
{
    if (merged.runs > MaxInsertRuns) {
        beginResetModel();
        m_entries.resize(size_t(tailStart));
        m_entries.insert(m_entries.end(), merged.entries.begin(), merged.entries.end());
        endResetModel();
        return;
    }
    // Runs in ascending order: everything before a run is already in its final place.
    const std::vector<bool> &isNew = merged.isNew;
    for (size_t i = 0; i < isNew.size();) {
        if (!isNew[i]) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < isNew.size() && isNew[end])
            ++end;
        const int row = int(tailStart + qsizetype(i));
        beginInsertRows({}, row, row + int(end - i) - 1);
        m_entries.insert(m_entries.begin() + row, merged.entries.begin() + qsizetype(i),
            merged.entries.begin() + qsizetype(end));
        endInsertRows();
        i = end;
    }
}

void MergedLogModel::removeDropped(int index, int first, int last)
{
    if (m_resetDepth > 0 || first > last)
        return;
    // A LogModel only trims at the front: the lane's first lines up to `last` go, and with them
    // every row before the last of them.
    const qint64 lastSequence = sequenceOfEntry(entryFor(index, last));
    const qint64 firstSequence = sequenceOfEntry(entryFor(index, first));
    qsizetype end = -1;
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        const quint64 entry = m_entries[size_t(i)];
        if (laneOfEntry(entry) != index)
            continue;
        if (sequenceOfEntry(entry) > lastSequence)
            break;
        if (sequenceOfEntry(entry) >= firstSequence)
            end = i;
    }
    if (end < 0)
        return;
    beginRemoveRows({}, 0, int(end));
    m_entries.erase(m_entries.begin(), m_entries.begin() + end + 1);
    endRemoveRows();
}

void MergedLogModel::applyCut()
{
    if (m_resetDepth > 0)
        return;
    const qint64 cut = cutKey();
    if (cut == LogStore::NoTime)
        return;
    qsizetype count = 0;
    while (count < qsizetype(m_entries.size()) && key(m_entries[size_t(count)]) < cut)
        ++count;
    if (count == 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    endRemoveRows();
}

int MergedLogModel::findEntry(quint64 entry) const
{
    const auto it = std::find(m_entries.rbegin(), m_entries.rend(), entry);
    return it == m_entries.rend() ? -1 : int(m_entries.rend() - it) - 1;
}

void MergedLogModel::applyFilter(int index)
{
    const Lane &l = lane(index);
    if (!l.model)
        return;
    LogFilter filter = m_filter;
    const auto toStore = [&](qint64 shownMs) {
        return l.model->clock().storeMs(
            QDateTime::fromMSecsSinceEpoch(shownMs, Qt::UTC), l.model->timesAreInstants());
    };
    if (filter.fromMs != std::numeric_limits<qint64>::min())
        filter.fromMs = toStore(filter.fromMs);
    if (filter.toMs != std::numeric_limits<qint64>::max())
        filter.toMs = toStore(filter.toMs);
    l.filter->setFilter(filter);
}

void MergedLogModel::setFilter(const LogFilter &filter)
{
    beginReset();
    m_filter = filter;
    for (int i = 0; i < laneCount(); ++i)
        applyFilter(i);
    endReset();
    Q_EMIT filterApplied();
}

QString MergedLogModel::errorString() const
{
    return m_lanes.empty() ? QString() : lane(0).filter->errorString();
}

bool MergedLogModel::isFiltering() const
{
    return !m_lanes.empty() && lane(0).filter->isFiltering();
}

void MergedLogModel::setTimeZone(LogClock::Zone zone)
{
    for (const auto &l : m_lanes) {
        if (!l->model)
            continue;
        LogClock clock = l->model->clock();
        clock.zone = zone;
        l->model->setClock(clock);
    }
    if (m_filter.hasTimeRange())
        setFilter(m_filter);
}

LogClock::Zone MergedLogModel::timeZone() const
{
    const LogModel *model = laneModel(0);
    return model ? model->clock().zone : LogClock::Zone::Server;
}

qint64 MergedLogModel::shownToFilterMs(const QDateTime &shown)
{
    return QDateTime(shown.date(), shown.time(), Qt::UTC).toMSecsSinceEpoch();
}

void MergedLogModel::setBookmarked(int row, bool on)
{
    if (LogModel *model = laneModel(laneOf(row)))
        model->setBookmarked(laneRow(row), on);
}

bool MergedLogModel::isBookmarked(int row) const
{
    const LogModel *model = laneModel(laneOf(row));
    return model && model->isBookmarked(laneRow(row));
}

qint64 MergedLogModel::totalLines() const
{
    qint64 total = 0;
    for (const auto &l : m_lanes)
        total += l->model ? l->model->rowCount() : 0;
    return total;
}

qint64 MergedLogModel::droppedCount() const
{
    qint64 dropped = 0;
    for (const auto &l : m_lanes)
        dropped += l->model ? l->model->droppedCount() : 0;
    return dropped;
}

int MergedLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_lanes.empty())
        return 0;
    return single() ? lane(0).filter->rowCount() : int(m_entries.size());
}

int MergedLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergedLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int laneIndex = laneOf(index.row());
    const int row = laneRow(index.row());
    const LogModel *model = laneModel(laneIndex);
    if (!model || row < 0)
        return {};
    switch (role) {
    case LaneRole:
        return laneIndex;
    case LaneColorRole:
        return lane(laneIndex).color;
    case LaneRowRole:
        return row;
    default:
        break;
    }
    if (index.column() != ServerColumn)
        return model->index(row, index.column() - 1).data(role);
    switch (role) {
    case Qt::DisplayRole:
        return lane(laneIndex).name;
    case Qt::DecorationRole:
        return lane(laneIndex).color;
    case Qt::BackgroundRole: {
        QColor tint = lane(laneIndex).color;
        tint.setAlpha(0x30);
        return tint;
    }
    case Qt::ToolTipRole:
        return lane(laneIndex).name;
    default:
        // The line's own roles (raw text, level, bookmark …) on every column.
        return role >= Qt::UserRole ? model->index(row, LogModel::TimeColumn).data(role) : QVariant();
    }
}

QVariant MergedLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ServerColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Server")) : QVariant();
    if (const LogModel *model = laneModel(0))
        return model->headerData(section - 1, orientation, role);
    return role == Qt::DisplayRole ? QVariant(LogModel::columnTitle(section - 1)) : QVariant();
}
