// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esxibind.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The answer script: what esxi_bind gets on its standard input, one line per entry, in order,
// with placeholders replaced. The vendor publishes neither its prompts nor its flags, so the
// answers are configurable (ve-agent.conf, server/esxi_bind_answers) and never go on the command
// line or into the environment. Placeholders:
//   {type}        esxi | vcenter
//   {host}        the target's address as the admin typed it
//   {port}        the target's port
//   {user}        the user name
//   {password}    the password
//   {thumbprint}  the confirmed SHA-256 thumbprint, AA:BB:… (upper case, colons)
//   {thumbprint_hex}  the same, 64 lower-case hex digits
// "{{" and "}}" stand for literal braces; anything else is written as it is (e.g. "yes").
// Values cannot contain line breaks (EsxiBind::checkUser/checkPassword refuse them), so one
// value can never turn into two answers.
namespace EsxiBindAnswers {
// {type}, {host}, {port}, {user}, {password}, yes
QStringList defaultScript();

// Empty when usable, else the first problem, e.g. `line 5: unknown placeholder "{pass}"`.
QString check(const QStringList &script);

// The bytes for standard input (UTF-8, "\n" after every line). The script must pass check().
QByteArray render(const QStringList &script, const EsxiBindTarget &target);
} // namespace EsxiBindAnswers
