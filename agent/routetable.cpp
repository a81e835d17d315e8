// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/routetable.h"

using namespace Qt::StringLiterals;

namespace {

bool isParameterPattern(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Splits "/a/b/c" into a, b, c; false when the path is not absolute or has an empty segment.
bool splitPath(QStringView path, QList<QStringView> *segments)
{
    if (path.size() < 2 || path.front() != u'/')
        return false;
    for (QStringView segment : path.sliced(1).tokenize(u'/')) {
        if (segment.isEmpty())
            return false;
        segments->append(segment);
    }
    return true;
}

} // namespace

bool RouteTable::isValidParameter(QStringView value)
{
    if (value.isEmpty() || value.size() > 128 || value.front() == u'.')
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray RouteTable::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool RouteTable::add(Method method, const QString &pattern, Access access, Body body, int id)
{
    QList<QStringView> parts;
    if (!splitPath(pattern, &parts))
        return false;
    Route route {method, pattern, {}, access, body, id};
    for (QStringView part : std::as_const(parts)) {
        if (!isParameterPattern(part) && !isValidParameter(part))
            return false;
        route.segments.append(part.toString());
    }
    for (const Route &r : std::as_const(m_routes)) {
        if (r.method == method && r.segments.size() == route.segments.size()) {
            bool same = true;
            for (qsizetype i = 0; same && i < r.segments.size(); ++i) {
                same = r.segments[i] == route.segments[i]
                    || (isParameterPattern(r.segments[i]) && isParameterPattern(route.segments[i]));
            }
            if (same)
                return false;
        }
    }
    m_routes.append(route);
    return true;
}

RouteTable::Match RouteTable::match(Method method, QStringView path) const
{
    Match result;
    QList<QStringView> parts;
    if (!splitPath(path, &parts))
        return result;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QStringList arguments;
        bool ok = true;
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            if (isParameterPattern(r.segments[i])) {
                ok = isValidParameter(parts[i]);
                arguments.append(parts[i].toString());
            } else {
                ok = r.segments[i] == parts[i];
            }
        }
        if (!ok)
            continue;
        if (!result.allowed.contains(r.method))
            result.allowed.append(r.method);
        if (r.method == method && !result.route) {
            result.route = &r;
            result.arguments = arguments;
        }
    }
    return result;
}
