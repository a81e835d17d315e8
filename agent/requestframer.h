// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Follows the request boundaries of one HTTP/1.1 connection, byte stream in, before the HTTP
// server buffers anything: it sees each request head, checks its size and Content-Length, and
// tells the caller to refuse a request before its body is read into memory. Pure logic (no I/O),
// so it can be fuzzed and unit-tested on its own.
//
// Refusals: head over maxHeaderBytes → 431; Content-Length over maxBodyBytes → 413; a malformed
// or repeated Content-Length → 400; any Transfer-Encoding (chunked request bodies are not
// accepted) → 411; a request line or header line that is not HTTP/1.x (the request line is
// checked as its bytes arrive) → 400; a method other than GET, HEAD, POST, PUT, DELETE, OPTIONS,
// PATCH → 501. After a refusal the framer stays refused.
class RequestFramer
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    struct Refusal
    {
        int status = 0;
        QString code;
        QString message;
    };

    explicit RequestFramer(const Limits &limits);

    // Feeds bytes just received. Returns a refusal when the connection must be answered with it
    // and closed.
    std::optional<Refusal> feed(QByteArrayView data);

    // True between the first byte of a request and the end of its body.
    bool inRequest() const { return m_state == State::Body || !m_head.isEmpty(); }

    // Heads that asked for "Expect: 100-continue" and were accepted since the last call; the
    // caller sends one interim "100 Continue" per count.
    int takeContinues();

    int requestsSeen() const { return m_requests; }

private:
    enum class State { Head, Body, Refused };

    std::optional<Refusal> headComplete(QByteArrayView head);
    static std::optional<Refusal> checkRequestLine(QByteArrayView head);

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    int m_continues = 0;
    int m_requests = 0;
};
