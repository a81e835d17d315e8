// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

// Merging the lines of several logs by time: the pure part of MergedLogModel. An entry is an
// opaque 64-bit value (lane and line), a key its time; a lane's entries are merged in their own
// order, whatever their keys (a line never moves before an earlier line of its lane).
namespace LogMerge {

struct Keyed
{
    qint64 key;
    quint64 entry;
};

// The lanes merged by key; on equal keys the lower lane first.
std::vector<quint64> mergeLanes(const std::vector<std::vector<Keyed>> &lanes);

struct Merged
{
    std::vector<quint64> entries;
    std::vector<bool> isNew; // per entry: from `added`
    int runs = 0; // contiguous runs of new entries
};

// `added` merged into `tail`: a new entry goes before the first tail entry with a later key
// (equal keys: the tail first).
Merged mergeInto(const std::vector<Keyed> &tail, const std::vector<Keyed> &added);

} // namespace LogMerge
