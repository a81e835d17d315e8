// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QString>

// A license.log of numbered lines for the fault tests: every line says which one it is, so a
// reader's output shows at once whether a line was lost, repeated or reordered.

// "… line 000042 …\n" for every number in [from, to].
inline QByteArray numberedLines(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "2024-05-01 12:00:00 INFO  VE     line " + QByteArray::number(i).rightJustified(6, '0')
            + " of the numbered log\n";
    return out;
}

// The numbers of the numbered lines in `text`, in order (JSON records and other lines between
// them are skipped).
inline QList<int> lineNumbers(QByteArrayView text)
{
    QList<int> numbers;
    for (qsizetype at = text.indexOf("VE     line "); at >= 0; at = text.indexOf("VE     line ", at + 1)) {
        bool ok = false;
        const int n = text.sliced(at + 12).first(qMin<qsizetype>(6, text.size() - at - 12)).toInt(&ok);
        if (ok)
            numbers.append(n);
    }
    return numbers;
}

inline QList<int> numberRange(int from, int to)
{
    QList<int> out;
    for (int i = from; i <= to; ++i)
        out.append(i);
    return out;
}

inline bool appendToLog(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

// What the license server does at every start: license.log → .1, older ones shift up, at most
// `keep` kept, a new empty license.log.
inline bool rotateLog(const QString &log, int keep = 20)
{
    QFile::remove(log + u'.' + QString::number(keep));
    for (int i = keep - 1; i >= 1; --i) {
        const QString from = log + u'.' + QString::number(i);
        if (QFile::exists(from) && !QFile::rename(from, log + u'.' + QString::number(i + 1)))
            return false;
    }
    return QFile::rename(log, log + QStringLiteral(".1")) && appendToLog(log, {});
}
