// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/historystore.h"

#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr char Header[HistoryStore::HeaderSize] = "ve-history 1\n\0\0";
constexpr int PayloadSize = 28;
constexpr quint8 ServiceUp = 1;
constexpr quint8 Failover = 2;
constexpr quint8 HasHours = 4;
constexpr quint8 HasSessions = 8;
constexpr qint64 MinTimeMs = 0; // 1970
constexpr qint64 MaxTimeMs = 253402300799999; // 9999-12-31

quint32 crc32(const char *data, int size)
{
    quint32 crc = 0xFFFFFFFFu;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray headerBytes()
{
    return QByteArray(Header, HistoryStore::HeaderSize);
}

} // namespace

HistoryStore::HistoryStore(const QString &path, int maxSamples)
    : m_path(path)
    , m_max(std::max(maxSamples, 1))
{ }

QByteArray HistoryStore::encode(const HistorySample &sample)
{
    QByteArray record(RecordSize, '\0');
    char *d = record.data();
    d[0] = 'V';
    d[1] = 'R';
    quint8 flags = (sample.serviceUp ? ServiceUp : 0) | (sample.failoverActive ? Failover : 0)
        | (sample.remainingHours ? HasHours : 0) | (sample.sessions ? HasSessions : 0);
    d[2] = char(flags);
    qToLittleEndian<qint32>(sample.sessions.value_or(0), d + 4);
    qToLittleEndian<qint64>(sample.time.toMSecsSinceEpoch(), d + 8);
    quint64 bits = 0;
    const double hours = sample.remainingHours.value_or(0);
    std::memcpy(&bits, &hours, sizeof bits);
    qToLittleEndian<quint64>(bits, d + 16);
    qToLittleEndian<quint32>(crc32(d, PayloadSize), d + PayloadSize);
    return record;
}

std::optional<HistorySample> HistoryStore::decode(const char *d)
{
    if (d[0] != 'V' || d[1] != 'R' || d[3] != 0
        || qFromLittleEndian<quint32>(d + PayloadSize) != crc32(d, PayloadSize))
        return std::nullopt;
    const quint8 flags = quint8(d[2]);
    const qint32 sessions = qFromLittleEndian<qint32>(d + 4);
    const qint64 time = qFromLittleEndian<qint64>(d + 8);
    const quint64 bits = qFromLittleEndian<quint64>(d + 16);
    double hours = 0;
    std::memcpy(&hours, &bits, sizeof hours);
    if (flags > 15 || time < MinTimeMs || time > MaxTimeMs || !std::isfinite(hours) || sessions < 0)
        return std::nullopt;
    HistorySample s;
    s.time = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC);
    s.serviceUp = flags & ServiceUp;
    s.failoverActive = flags & Failover;
    if (flags & HasHours)
        s.remainingHours = hours;
    if (flags & HasSessions)
        s.sessions = sessions;
    return s;
}

bool HistoryStore::createFile(QString *error)
{
    if (!m_file.resize(0) || !m_file.seek(0) || m_file.write(headerBytes()) != HeaderSize) {
        *error = u"cannot write %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    m_validEnd = HeaderSize;
    return true;
}

bool HistoryStore::open(QString *error)
{
    m_file.close();
    m_samples.clear();
    m_skipped = 0;
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        *error = u"cannot open %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray data = m_file.readAll();
    if (data.isEmpty() || (data.size() < HeaderSize && headerBytes().startsWith(data)))
        return createFile(error); // new, or its header write was torn: nothing to lose
    if (!data.startsWith(headerBytes())) {
        // Not ours (or its header is damaged): keep it for a look, start a new file.
        const QString aside = m_path + u".bad"_s;
        m_file.close();
        QFile::remove(aside);
        if (!QFile::rename(m_path, aside)) {
            *error = u"%1 is not a history file and cannot be moved aside"_s.arg(m_path);
            return false;
        }
        qWarning("ve-agent: history: %s is not a history file; moved it to %s", qPrintable(m_path),
            qPrintable(aside));
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            *error = u"cannot create %1: %2"_s.arg(m_path, m_file.errorString());
            return false;
        }
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return createFile(error);
    }
    const qint64 records = (data.size() - HeaderSize) / RecordSize;
    for (qint64 i = 0; i < records; ++i) {
        if (const auto sample = decode(data.constData() + HeaderSize + i * RecordSize))
            m_samples.append(*sample);
        else
            ++m_skipped;
    }
    m_validEnd = HeaderSize + records * RecordSize;
    if (data.size() > m_validEnd) { // a torn last record: cut it off
        ++m_skipped;
        m_file.resize(m_validEnd); // if this fails, append() tries again
    }
    if (m_samples.size() > m_max) {
        QString compactError;
        if (!compact(&compactError))
            qWarning("ve-agent: history: %s", qPrintable(compactError));
    }
    return true;
}

bool HistoryStore::append(const HistorySample &sample, QString *error)
{
    m_samples.append(sample);
    if (m_samples.size() > qsizetype(m_max) + m_max / 10)
        return compact(error);
    if (!m_file.isOpen()) {
        *error = u"%1 is not open"_s.arg(m_path);
        return false;
    }
    const QByteArray record = encode(sample);
    errno = 0;
    if ((m_file.size() != m_validEnd && !m_file.resize(m_validEnd)) || !m_file.seek(m_validEnd)
        || m_file.write(record) != RecordSize) {
        // A short write (the disk filled up within the record) sets no error on QFile, only errno.
        const int cause = errno;
        *error = u"cannot write %1: %2"_s.arg(m_path,
            m_file.error() == QFileDevice::NoError && cause != 0
                ? QString::fromLocal8Bit(std::strerror(cause))
                : m_file.errorString());
        m_file.resize(m_validEnd); // drop a partly written record now, if the disk lets us
        m_file.unsetError();
        return false;
    }
    m_validEnd += RecordSize;
    return true;
}

bool HistoryStore::compact(QString *error)
{
    if (m_samples.size() > m_max)
        m_samples.remove(0, m_samples.size() - m_max); // memory stays bounded even if the disk fails
    QSaveFile save(m_path);
    QByteArray data = headerBytes();
    data.reserve(HeaderSize + m_samples.size() * RecordSize);
    for (const HistorySample &s : std::as_const(m_samples))
        data += encode(s);
    if (!save.open(QIODevice::WriteOnly) || save.write(data) != data.size() || !save.commit()) {
        *error = u"cannot rewrite %1: %2"_s.arg(m_path, save.errorString());
        return false;
    }
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        *error = u"cannot open %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_validEnd = data.size();
    return true;
}

QList<HistorySample> HistoryStore::samples(
    const QDateTime &from, const QDateTime &to, int limit, QDateTime *next) const
{
    QList<HistorySample> out;
    for (const HistorySample &s : m_samples) {
        if (s.time >= from && s.time <= to)
            out.append(s);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const HistorySample &a, const HistorySample &b) { return a.time < b.time; });
    limit = std::max(limit, 0);
    *next = out.size() > limit ? out.at(limit).time : QDateTime();
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

std::optional<HistorySample> HistoryStore::last() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    return m_samples.constLast();
}
