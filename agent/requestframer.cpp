// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/requestframer.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

RequestFramer::Refusal badRequest(const QString &message)
{
    return {400, u"bad-request"_s, message};
}

// RFC 9110 token: methods and header names.
bool isToken(QByteArrayView name)
{
    static const QByteArrayView specials("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || specials.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Header values: visible characters, spaces, tabs and obs-text; no other control characters.
bool isFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

RequestFramer::RequestFramer(const Limits &limits)
    : m_limits(limits)
{ }

int RequestFramer::takeContinues()
{
    const int n = m_continues;
    m_continues = 0;
    return n;
}

std::optional<RequestFramer::Refusal> RequestFramer::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::Refused:
            return std::nullopt;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data = data.sliced(take);
            if (m_bodyRemaining == 0)
                m_state = State::Head;
            break;
        }
        case State::Head: {
            // Empty lines before a request line are allowed (RFC 9112 section 2.2).
            if (m_head.isEmpty()) {
                qsizetype skip = 0;
                while (skip < data.size() && (data[skip] == '\r' || data[skip] == '\n'))
                    ++skip;
                data = data.sliced(skip);
                if (data.isEmpty())
                    break;
            }
            const qsizetype previous = m_head.size();
            const qsizetype searchFrom = qMax<qsizetype>(0, previous - 2);
            m_head.append(data.first(qMin(data.size(), m_limits.maxHeaderBytes - previous + 1)));
            if (auto refusal = checkRequestLine(m_head)) {
                m_state = State::Refused;
                return refusal;
            }
            // The head ends with an empty line; lines end with CRLF or a bare LF.
            const qsizetype crlf = m_head.indexOf("\n\r\n", searchFrom);
            const qsizetype lf = m_head.indexOf("\n\n", searchFrom);
            qsizetype end = crlf >= 0 ? crlf + 3 : -1;
            if (lf >= 0 && (end < 0 || lf + 2 < end))
                end = lf + 2;
            if (end < 0 || end > m_limits.maxHeaderBytes) {
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    m_state = State::Refused;
                    return Refusal {431, u"headers-too-large"_s,
                        u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeaderBytes)};
                }
                return std::nullopt; // all of data is in m_head; wait for more
            }
            const QByteArray head = m_head.left(end);
            m_head.clear();
            data = data.sliced(end - previous); // the rest belongs to the body or the next request
            if (auto refusal = headComplete(head)) {
                m_state = State::Refused;
                return refusal;
            }
            break;
        }
        }
    }
    return std::nullopt;
}

// Checks as much of the request line as has arrived, so that bytes QHttpServer's parser would
// reject never reach it (QHttpServer 6.4 leaves such a connection open without an answer).
std::optional<RequestFramer::Refusal> RequestFramer::checkRequestLine(QByteArrayView head)
{
    static const QByteArrayView methods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    const qsizetype newline = head.indexOf('\n');
    const bool complete = newline >= 0;
    QByteArrayView line = complete ? head.first(newline) : head;
    if (line.endsWith('\r')) // the CR of CRLF (when incomplete, perhaps the LF is still coming)
        line.chop(1);

    const qsizetype space = line.indexOf(' ');
    const QByteArrayView method = space >= 0 ? line.first(space) : line;
    const bool methodEnds = space >= 0 || complete;
    bool known = false;
    for (QByteArrayView m : methods)
        known = known || (methodEnds ? method == m : m.startsWith(method));
    if (!known) {
        if (!isToken(method))
            return badRequest(u"The request line is not valid HTTP/1.1."_s);
        if (methodEnds)
            return Refusal {501, u"not-implemented"_s, u"The method is not supported."_s};
        // An unknown method still arriving: refuse it once it is complete.
        return std::nullopt;
    }
    if (space < 0)
        return complete ? std::optional<Refusal>(badRequest(u"The request line is incomplete."_s))
                        : std::nullopt;

    const QByteArrayView rest = line.sliced(space + 1);
    const qsizetype space2 = rest.indexOf(' ');
    const QByteArrayView target = space2 >= 0 ? rest.first(space2) : rest;
    bool ok = space2 != 0;
    for (char c : target)
        ok = ok && c > 0x20 && c < 0x7f;
    static const QByteArrayView v11("HTTP/1.1"), v10("HTTP/1.0");
    if (space2 >= 0) {
        const QByteArrayView version = rest.sliced(space2 + 1);
        ok = ok
            && (complete ? version == v11 || version == v10
                         : v11.startsWith(version) || v10.startsWith(version));
    } else {
        ok = ok && !complete;
    }
    if (!ok)
        return badRequest(u"The request line is not valid HTTP/1.1."_s);
    return std::nullopt;
}

std::optional<RequestFramer::Refusal> RequestFramer::headComplete(QByteArrayView head)
{
    ++m_requests;
    qint64 contentLength = 0;
    bool haveLength = false;
    bool expectContinue = false;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    // lines[0] is the request line (checked already); the head ends with an empty line.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)) || !isFieldValue(line.sliced(colon + 1)))
            return badRequest(u"Header line %1 is not a valid HTTP header."_s.arg(i + 1));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = !haveLength && !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok)
                return badRequest(u"The Content-Length header is malformed or repeated."_s);
            contentLength = value.toLongLong();
            haveLength = true;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            return Refusal {411, u"length-required"_s,
                u"Request bodies must carry a Content-Length; chunked bodies are not accepted."_s};
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        return Refusal {413, u"payload-too-large"_s,
            u"The request body of %1 bytes exceeds the limit of %2 bytes."_s.arg(contentLength)
                .arg(m_limits.maxBodyBytes)};
    }
    if (expectContinue && contentLength > 0)
        ++m_continues;
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Head;
    return std::nullopt;
}
