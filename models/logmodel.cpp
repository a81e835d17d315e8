// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logmodel.h"

#include "core/logparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr int ParsedCacheLines = 512; // a few screens of rows
constexpr qsizetype MaxShownChars = 4000; // a longer message is cut in the cell (not in RawRole)

// Lines LogStore::appendLines() will add for `lines`: one per '\n', plus an unterminated last.
qsizetype countLines(QByteArrayView lines)
{
    qsizetype count = 0;
    const char *data = lines.data();
    const char *end = data + lines.size();
    while (data < end) {
        const void *hit = std::memchr(data, '\n', size_t(end - data));
        if (!hit)
            return count + 1;
        ++count;
        data = static_cast<const char *>(hit) + 1;
    }
    return count;
}

QString cut(const QString &text)
{
    return text.size() > MaxShownChars ? text.left(MaxShownChars) + u'…' : text;
}

} // namespace

LogModel::LogModel(qsizetype maxLines, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(maxLines)
    , m_parsed(ParsedCacheLines)
{ }

qsizetype LogModel::appendLines(QByteArrayView lines)
{
    const qsizetype count = countLines(lines);
    if (count == 0)
        return 0;
    const int first = int(m_store.lineCount());
    beginInsertRows({}, first, first + int(count) - 1);
    const qsizetype added = m_store.appendLines(lines);
    endInsertRows();
    Q_ASSERT(added == count);
    if (!m_timeKindKnown)
        learnTimeKind(first);
    applyTrim();
    return added;
}

void LogModel::applyTrim()
{
    const qsizetype count = m_store.trimCount();
    if (count == 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_store.trim();
    const qint64 dropped = m_store.droppedCount();
    for (auto it = m_bookmarks.begin(); it != m_bookmarks.end();)
        it = *it < dropped ? m_bookmarks.erase(it) : std::next(it);
    endRemoveRows();
    Q_EMIT droppedCountChanged(dropped);
}

void LogModel::learnTimeKind(qsizetype firstRow)
{
    for (qsizetype row = firstRow; row < m_store.lineCount(); ++row) {
        const LogParser::Peek peek = LogParser::peek(m_store.line(row));
        if (peek.msecsSinceEpoch) {
            m_instantTimes = LogDisplay::isInstantFormat(peek.format);
            m_timeKindKnown = true;
            return;
        }
    }
}

void LogModel::clear()
{
    const bool hadDropped = m_store.droppedCount() != 0;
    beginResetModel();
    m_store.clear();
    m_parsed.clear();
    m_bookmarks.clear();
    m_timeKindKnown = false;
    m_instantTimes = false;
    endResetModel();
    if (hadDropped)
        Q_EMIT droppedCountChanged(0);
    Q_EMIT bookmarksChanged();
}

void LogModel::setMaxLines(qsizetype maxLines)
{
    m_store.setMaxLines(maxLines);
    applyTrim();
}

int LogModel::rowOfSequence(qint64 sequence) const
{
    const qint64 row = sequence - m_store.droppedCount();
    return row >= 0 && row < m_store.lineCount() ? int(row) : -1;
}

void LogModel::setClock(const LogClock &clock)
{
    if (clock == m_clock)
        return;
    m_clock = clock;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

QDateTime LogModel::shownTime(qint64 storeMs) const
{
    return storeMs == LogStore::NoTime ? QDateTime() : m_clock.shown(storeMs, m_instantTimes);
}

void LogModel::setBookmarked(int row, bool on)
{
    if (row < 0 || row >= rowCount() || isBookmarked(row) == on)
        return;
    if (on)
        m_bookmarks.insert(sequence(row));
    else
        m_bookmarks.remove(sequence(row));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {BookmarkRole, Qt::BackgroundRole});
    Q_EMIT bookmarksChanged();
}

bool LogModel::isBookmarked(int row) const
{
    return !m_bookmarks.isEmpty() && m_bookmarks.contains(sequence(row));
}

const LogLine &LogModel::parsed(int row) const
{
    const qint64 key = sequence(row);
    if (const LogLine *line = m_parsed.object(key))
        return *line;
    auto *line = new LogLine(m_store.parsedLine(row));
    m_parsed.insert(key, line);
    return *line;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.lineCount());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const LogLine::Level level = m_store.level(row);
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == LevelColumn)
            return LogDisplay::levelText(level);
        const LogLine &line = parsed(row);
        if (index.column() == TimeColumn) {
            if (!line.time.isValid())
                return QString();
            return LogDisplay::timeText(
                m_clock.shown(line.time.toMSecsSinceEpoch(), LogDisplay::isInstantFormat(line.format)));
        }
        return cut(index.column() == CategoryColumn ? line.category : line.message);
    }
    case Qt::ToolTipRole: {
        const LogLine &line = parsed(row);
        if (index.column() == TimeColumn && line.time.isValid()) {
            const qint64 ms = line.time.toMSecsSinceEpoch();
            const bool instant = LogDisplay::isInstantFormat(line.format);
            LogClock server = m_clock, local = m_clock;
            server.zone = LogClock::Zone::Server;
            local.zone = LogClock::Zone::Local;
            return tr("Server time: %1\nYour time: %2")
                .arg(LogDisplay::timeText(server.shown(ms, instant)),
                    LogDisplay::timeText(local.shown(ms, instant)));
        }
        return index.column() == MessageColumn ? QVariant(line.raw.left(2000)) : QVariant();
    }
    case Qt::ForegroundRole:
    case LevelColorRole: {
        const QColor color = LogDisplay::levelColor(level);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole:
        if (isBookmarked(row))
            return LogDisplay::bookmarkBackground();
        if (level == LogLine::Level::Error || level == LogLine::Level::Fatal)
            return LogDisplay::errorBackground();
        return {};
    case RawRole:
        return QString::fromUtf8(m_store.line(row));
    case RawBytesRole:
        return m_store.line(row).toByteArray();
    case LevelRole:
        return int(level);
    case TimeMsRole:
        return m_store.timeMs(row);
    case SequenceRole:
        return sequence(row);
    case BookmarkRole:
        return isBookmarked(row);
    default:
        return {};
    }
}

QString LogModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return QString();
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == TimeColumn)
            return m_clock.zone == LogClock::Zone::Local ? tr("Time (yours)") : tr("Time (server)");
        return columnTitle(section);
    }
    if (role == Qt::ToolTipRole && section == TimeColumn) {
        return m_clock.zone == LogClock::Zone::Local
            ? tr("In your local time, corrected for the server's clock difference")
            : tr("The server's clock, as written in the log");
    }
    return {};
}
