// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"

QString veVersion()
{
    return QStringLiteral(VE_VERSION);
}
