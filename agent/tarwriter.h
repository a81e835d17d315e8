// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Writes a POSIX ustar archive in memory (what `tar -xf` and every archiver reads): regular files
// only, owner root:root (uid/gid 0), names of at most 255 bytes (split into the prefix and name
// fields at a '/'). Pure, no I/O.
class TarWriter
{
public:
    // `name` is relative ("opt/license-server/license.lic"): no leading '/', no "." or ".."
    // segment, no empty segment. False with *error (nothing added) for such a name, one too long
    // for ustar, or data over 8 GiB.
    bool addFile(
        const QString &name, const QByteArray &data, const QDateTime &modified, int mode, QString *error);

    // The archive: the entries and the two zero blocks that end it. The writer is empty again.
    QByteArray finish();

    qint64 size() const { return m_data.size(); }

    static constexpr int BlockSize = 512;

private:
    QByteArray m_data;
};
