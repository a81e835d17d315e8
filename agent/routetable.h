// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The agent's routes: exact paths with optional one-segment parameters ("/api/v1/logs/{source}"),
// one entry per method, each with the role it needs. Pure lookup, no I/O (fuzzable).
//
// Matching is strict: the (percent-decoded) path must start with '/', has no empty, "." or ".."
// segments, and a parameter is 1–128 of [A-Za-z0-9._-] not starting with '.', so no parameter
// can name a path outside what the route means. No normalisation happens: "/api/v1/../x" and
// "/api/v1/status/" simply match nothing.
class RouteTable
{
public:
    using Method = QHttpServerRequest::Method;
    enum class Access { Public, Viewer, Admin };
    enum class Body { Ignore, Json, Raw }; // Json: a non-empty body must be a JSON object

    struct Route
    {
        Method method = Method::Get;
        QString pattern;
        QStringList segments;
        Access access = Access::Viewer;
        Body body = Body::Ignore;
        int id = -1;
    };

    struct Match
    {
        const Route *route = nullptr; // null: no route for this method
        QStringList arguments; // values of the {parameters}, in order
        QList<Method> allowed; // methods the path has (for 405 and Allow:)
        bool pathExists() const { return !allowed.isEmpty(); }
    };

    // False (nothing added) for a malformed pattern or a duplicate method + pattern.
    bool add(Method method, const QString &pattern, Access access, Body body, int id);
    Match match(Method method, QStringView path) const;

    static bool isValidParameter(QStringView value);
    static QByteArray methodName(Method method);

private:
    QList<Route> m_routes;
};
