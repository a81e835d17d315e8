// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ve-agent-helper-client TOOL [FILE]
//
// The agent's side of the root helper units (docs/packaging.md): ve-agent runs this program as
// its esxi_bind or license installer command, exactly as it would run the tool itself. It
// connects to /run/ve-agent-helper/TOOL.sock (ve-agent-TOOL.socket, group ve-agent), sends
// FILE's content, or else its standard input, then end of file; it copies what the helper sends
// back to standard output as it arrives (prompts without a line break included), and exits with
// the tool's exit status, which the helper sends last as a NUL byte and "ve-agent-helper: exit N".
//
// Exit status: the tool's, or 64 usage error, 66 FILE not readable, 69 the helper socket is not
// available (not enabled), 70 the helper ended without a status (killed, timed out).
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr int ExitUsage = 64;
constexpr int ExitNoInput = 66;
constexpr int ExitUnavailable = 69;
constexpr int ExitProtocol = 70;
constexpr const char *SocketDir = "/run/ve-agent-helper/";
constexpr const char *StatusPrefix = "ve-agent-helper: exit ";
constexpr std::size_t MaxStatusBytes = 64;

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool validTool(const std::string &tool)
{
    if (tool.empty() || tool.size() > 32)
        return false;
    for (const char c : tool) {
        if (!((c >= 'a' && c <= 'z') || c == '-'))
            return false;
    }
    return true;
}

int connectTo(const std::string &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

// Everything from the helper goes to standard output, but the last NUL byte and what follows it
// are held back until the end: that is the status record, unless more data proves otherwise.
class Output
{
public:
    void append(const char *data, std::size_t size)
    {
        for (std::size_t i = 0; i < size; ++i) {
            const char c = data[i];
            if (c == '\0') {
                flushHeld();
                m_holding = true;
                continue;
            }
            if (m_holding) {
                m_held.push_back(c);
                if (m_held.size() > MaxStatusBytes)
                    flushHeld();
            } else {
                m_pending.push_back(c);
            }
        }
        writeAll(STDOUT_FILENO, m_pending.data(), m_pending.size());
        m_pending.clear();
    }

    // The tool's exit status, or -1 when the helper sent no valid status record.
    int status() const
    {
        const std::size_t prefix = std::strlen(StatusPrefix);
        if (!m_holding || m_held.size() < prefix + 2 || m_held.compare(0, prefix, StatusPrefix) != 0
            || m_held.back() != '\n')
            return -1;
        const std::string digits = m_held.substr(prefix, m_held.size() - prefix - 1);
        if (digits.empty() || digits.size() > 3
            || digits.find_first_not_of("0123456789") != std::string::npos)
            return -1;
        const int value = std::atoi(digits.c_str());
        return value <= 255 ? value : -1;
    }

    void flushHeld()
    {
        if (m_holding) {
            m_pending.push_back('\0');
            m_pending += m_held;
        }
        m_held.clear();
        m_holding = false;
    }

private:
    std::string m_pending;
    std::string m_held;
    bool m_holding = false;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3 || !validTool(argv[1])) {
        std::fprintf(stderr, "usage: ve-agent-helper-client TOOL [FILE]\n");
        return ExitUsage;
    }
    ::signal(SIGPIPE, SIG_IGN);
    const std::string tool = argv[1];

    int input = STDIN_FILENO;
    if (argc == 3) {
        input = ::open(argv[2], O_RDONLY | O_CLOEXEC);
        if (input < 0) {
            std::fprintf(stderr, "ve-agent-helper-client: %s: %s\n", argv[2], std::strerror(errno));
            return ExitNoInput;
        }
    }

    const std::string path = SocketDir + tool + ".sock";
    const int socket = connectTo(path);
    if (socket < 0) {
        std::fprintf(stderr,
            "ve-agent-helper-client: cannot reach the %s helper (%s: %s); as root, enable it with: "
            "systemctl enable --now ve-agent-%s.socket\n",
            tool.c_str(), path.c_str(), std::strerror(errno), tool.c_str());
        return ExitUnavailable;
    }

    Output output;
    bool sending = true;
    char buffer[16384];
    for (;;) {
        pollfd fds[2] = {{socket, POLLIN, 0}, {input, POLLIN, 0}};
        if (::poll(fds, sending ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (sending && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::read(input, buffer, sizeof(buffer));
            if (n < 0 && errno == EINTR)
                continue;
            // End of input, or the helper stopped reading (the tool needs no more): stop sending.
            if (n <= 0 || !writeAll(socket, buffer, std::size_t(n))) {
                sending = false;
                ::shutdown(socket, SHUT_WR);
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(socket, buffer, sizeof(buffer));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            output.append(buffer, std::size_t(n));
        }
    }
    ::close(socket);

    const int status = output.status();
    if (status < 0) {
        output.flushHeld();
        output.append("", 0);
        std::fprintf(
            stderr, "ve-agent-helper-client: the %s helper ended without an exit status\n", tool.c_str());
        return ExitProtocol;
    }
    return status;
}
