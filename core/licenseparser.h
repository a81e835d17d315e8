// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QByteArrayView>

// Parses license_viewer output: legacy KEYSEC/PRODSEC blocks, the readable style, or a mix of
// both. Never throws or crashes: CRLF, tabs, trailing blanks, binary garbage and invalid UTF-8
// produce diagnostics with line numbers. Pure function, safe on any thread.
class LicenseParser
{
public:
    static License parse(QByteArrayView text);
};
