// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logmerge.h"

namespace LogMerge {

std::vector<quint64> mergeLanes(const std::vector<std::vector<Keyed>> &lanes)
{
    size_t total = 0;
    for (const auto &lane : lanes)
        total += lane.size();
    std::vector<quint64> merged;
    merged.reserve(total);
    std::vector<size_t> next(lanes.size(), 0);
    // Few lanes (two in the common case): a linear pick beats a heap.
    while (merged.size() < total) {
        size_t best = lanes.size();
        for (size_t i = 0; i < lanes.size(); ++i) {
            if (next[i] < lanes[i].size()
                && (best == lanes.size() || lanes[i][next[i]].key < lanes[best][next[best]].key))
                best = i;
        }
        merged.push_back(lanes[best][next[best]++].entry);
    }
    return merged;
}

Merged mergeInto(const std::vector<Keyed> &tail, const std::vector<Keyed> &added)
{
    Merged merged;
    merged.entries.reserve(tail.size() + added.size());
    merged.isNew.reserve(tail.size() + added.size());
    size_t t = 0, n = 0;
    while (t < tail.size() || n < added.size()) {
        const bool takeNew = n < added.size() && (t == tail.size() || added[n].key < tail[t].key);
        merged.entries.push_back(takeNew ? added[n++].entry : tail[t++].entry);
        if (takeNew && (merged.isNew.empty() || !merged.isNew.back()))
            ++merged.runs;
        merged.isNew.push_back(takeNew);
    }
    return merged;
}

} // namespace LogMerge
