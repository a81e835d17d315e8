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
}

bool LogWireReader::feed(QByteArrayView data, const Handler &handle)
{
    if (hasFailed())
        return false;
    while (!data.isEmpty()) {
        const void *hit = std::memchr(data.data(), '\n', size_t(data.size()));
        const qsizetype length = hit ? static_cast<const char *>(hit) - data.data() : data.size();
        if (m_partial.size() + length > m_maxRecordBytes) {
            m_partial.clear();
            m_error = u"a record is longer than %1 bytes"_s.arg(m_maxRecordBytes);
            return false;
        }
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
    if (!LogWire::parseRecord(json, &m_record, &error)) {
        m_error = u"malformed log record: "_s + error;
        return false;
    }
    return handle(m_record);
}
