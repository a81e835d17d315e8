// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The project version, from CMake's project(VERSION …); one source for every binary.
QString veVersion();
