// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/routetable.h"
#include "agent/tokenstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What a route handler gets: a copy of the request, taken before the handler runs, so it stays
// valid however long an asynchronous handler takes (QHttpServerRequest does not).
struct ApiRequest
{
    RouteTable::Method method = RouteTable::Method::Get;
    QString path; // percent-decoded
    QStringList arguments; // the route's {parameters}, validated, in order
    QUrlQuery query;
    QByteArray body; // at most the configured body limit
    QJsonObject json; // the body as a JSON object (Body::Json routes; empty without body)
    QHostAddress client;
    std::optional<TokenStore::TokenInfo> token; // the caller (unset on public routes)

    QString action() const { return QString::fromLatin1(RouteTable::methodName(method)) + u' ' + path; }
};
