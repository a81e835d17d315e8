// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lognavigation.h"

#include "core/logtextmatcher.h"
#include "models/mergedlogmodel.h"

#include <functional>

namespace {

int walk(int rows, int from, int direction, bool *wrapped, const std::function<bool(int)> &hit)
{
    *wrapped = false;
    if (rows <= 0)
        return -1;
    int row = from < 0 ? (direction > 0 ? 0 : rows - 1) : from + direction;
    for (int step = 0; step < rows; ++step, row += direction) {
        if (row >= rows || row < 0) {
            row = row >= rows ? 0 : rows - 1;
            *wrapped = true;
        }
        if (hit(row))
            return row;
    }
    return -1;
}

} // namespace

namespace LogNavigation {

int findRow(
    const MergedLogModel &model, const LogTextMatcher &matcher, int from, int direction, bool *wrapped)
{
    if (!matcher.isValid() || matcher.matchesEverything())
        return -1;
    return walk(model.rowCount(), from, direction, wrapped,
        [&](int row) { return matcher.matches(model.rawLine(row)); });
}

int findBookmark(const MergedLogModel &model, int from, int direction, bool *wrapped)
{
    return walk(model.rowCount(), from, direction, wrapped, [&](int row) { return model.isBookmarked(row); });
}

} // namespace LogNavigation
