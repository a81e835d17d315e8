// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class LogTextMatcher;
class MergedLogModel;

// Moving through the rows of a log view: the next match of a search or the next bookmark,
// forwards (direction 1) or backwards (-1), starting after `from` (-1: from the first or last
// row) and wrapping around once. The lines are matched on their bytes in the store (no string
// per line), so a search through a million rows stays well under a second.
namespace LogNavigation {

// -1 when no row matches; `wrapped` tells whether the search went past the end.
int findRow(
    const MergedLogModel &model, const LogTextMatcher &matcher, int from, int direction, bool *wrapped);
int findBookmark(const MergedLogModel &model, int from, int direction, bool *wrapped);

} // namespace LogNavigation
