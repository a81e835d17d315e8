// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// Cuts fuzz input into the pieces a network or a growing file would deliver: the sizes come from
// a small generator seeded by the input, so every input replays the same way.
class FuzzChunks
{
public:
    FuzzChunks(QByteArrayView data, quint32 seed, int maxChunk)
        : m_rest(data)
        , m_state(seed * 2654435761u + 1)
        , m_max(maxChunk < 1 ? 1 : maxChunk)
    { }

    bool atEnd() const { return m_rest.isEmpty(); }
    QByteArrayView next()
    {
        m_state = m_state * 1103515245u + 12345u;
        const qsizetype size
            = qMin<qsizetype>(m_rest.size(), 1 + qsizetype((m_state >> 16) % quint32(m_max)));
        const QByteArrayView piece = m_rest.first(size);
        m_rest = m_rest.sliced(size);
        return piece;
    }

private:
    QByteArrayView m_rest;
    quint32 m_state;
    int m_max;
};
