// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/secretinput.h"

#include "cli/cliio.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxSecretBytes = 4096;

struct termios g_saved;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void restoreAndRaise(int signal)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved); // async-signal-safe
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    ::raise(signal);
}

// Reads up to a line break or the end; false on an error or when the line is too long.
bool readLine(QByteArray *line, QString *error)
{
    line->clear();
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = u"cannot read the password: %1"_s.arg(QString::fromLocal8Bit(::strerror(errno)));
            return false;
        }
        if (n == 0 || c == '\n')
            break;
        if (line->size() >= MaxSecretBytes) {
            *error = u"the password is longer than %1 bytes"_s.arg(MaxSecretBytes);
            return false;
        }
        line->append(c);
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

} // namespace

bool Cli::readSecret(const QString &prompt, bool fromStdin, QString *secret, QString *error)
{
    QByteArray line;
    if (fromStdin) {
        if (!readLine(&line, error))
            return false;
    } else {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &g_saved) != 0) {
            *error = u"standard input is not a terminal to ask for the password on: pass it on standard "
                     "input with --password-stdin"_s;
            return false;
        }
        struct sigaction restore = {};
        restore.sa_handler = restoreAndRaise;
        sigemptyset(&restore.sa_mask);
        ::sigaction(SIGINT, &restore, &g_previousInt);
        ::sigaction(SIGTERM, &restore, &g_previousTerm);
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        Cli::writeErr(prompt);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        const bool ok = readLine(&line, error);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        ::sigaction(SIGINT, &g_previousInt, nullptr);
        ::sigaction(SIGTERM, &g_previousTerm, nullptr);
        if (!ok)
            return false;
    }
    *secret = QString::fromUtf8(line);
    line.fill('\0');
    if (secret->isEmpty()) {
        *error = u"no password was given"_s;
        return false;
    }
    return true;
}
