// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logwirereader.h"

#include <cstring>

using namespace Qt::StringLiterals;

LogWireReader::LogWireReader(qsizetype maxRecordBytes)
    : m_maxRecordBytes(qMax<qsizetype>(16, maxRecordBytes))
{ }

void LogWireReader::reset()
{
    m_partial.clear();
    m_error.clear();
    m_blockMissing = 0;
    m_record.line.clear();
}

bool LogWireReader::failWith(const QString &message)
{
    m_error = message;
    m_partial.clear();
    m_blockMissing = 0;
    m_record.line.clear();
    return false;
}

bool LogWireReader::feed(QByteArrayView data, const Handler &handle)
{
    if (hasFailed())
        return false;
    while (!data.isEmpty()) {
        if (m_blockMissing > 0) {
            const qsizetype take = qMin(m_blockMissing, data.size());
            m_record.line.append(data.first(take));
            data = data.sliced(take);
            m_blockMissing -= take;
            if (m_blockMissing == 0 && !finishBlock(handle))
                return false;
            continue;
        }
        const void *hit = std::memchr(data.data(), '\n', size_t(data.size()));
        const qsizetype length = hit ? static_cast<const char *>(hit) - data.data() : data.size();
        if (m_partial.size() + length > m_maxRecordBytes)
            return failWith(u"a record is longer than %1 bytes"_s.arg(m_maxRecordBytes));
        if (!hit) {
            m_partial.append(data);
            return true;
        }
        const QByteArrayView piece = data.first(length);
        data = data.sliced(length + 1);
        bool go = false;
        if (m_partial.isEmpty()) {
            go = handleRecord(piece, handle);
        } else {
            m_partial.append(piece);
            go = handleRecord(m_partial, handle);
            m_partial.clear();
        }
        if (!go)
            return false;
    }
    return true;
}

bool LogWireReader::handleRecord(QByteArrayView json, const Handler &handle)
{
    if (json.endsWith('\r'))
        json.chop(1);
    if (json.trimmed().isEmpty())
        return true;
    QString error;
    if (!LogWire::parseRecord(json, &m_record, &error))
        return failWith(u"malformed log record: "_s + error);
    if (m_record.kind != LogWire::Record::Kind::Block)
        return handle(m_record);
    if (m_record.blockBytes > m_maxRecordBytes)
        return failWith(u"a block is longer than %1 bytes"_s.arg(m_maxRecordBytes));
    // The text follows; it is collected in the record's own buffer, which keeps its capacity from
    // block to block unless a handler kept it.
    m_blockMissing = qsizetype(m_record.blockBytes);
    m_record.line.reserve(m_blockMissing);
    return true;
}

bool LogWireReader::finishBlock(const Handler &handle)
{
    const LogWire::BlockScan scan = LogWire::scanBlock(m_record.line);
    if (scan.lines != m_record.blockLines || !m_record.line.endsWith('\n')) {
        return failWith(u"malformed log block: %1 lines announced, %2 sent"_s.arg(m_record.blockLines)
                            .arg(scan.lines + (m_record.line.endsWith('\n') ? 0 : 1)));
    }
    if (!scan.clean) {
        m_scratch.resize(0);
        LogWire::appendLogText(&m_scratch, m_record.line); // keeps every line feed
        m_record.line.swap(m_scratch);
    }
    return handle(m_record);
}
