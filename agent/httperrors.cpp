// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/httperrors.h"

#include "core/protocol.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray HttpErrors::reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases {
        {100, "Continue"},
        {200, "OK"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {411, "Length Required"},
        {413, "Payload Too Large"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return phrases.value(status, "Error");
}

QByteArray HttpErrors::body(const QString &code, const QString &message)
{
    return QJsonDocument(errorToJson(code, message)).toJson(QJsonDocument::Compact);
}

QByteArray HttpErrors::rawResponse(int status, const QString &code, const QString &message)
{
    const QByteArray json = body(code, message);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

int HttpErrors::statusForCode(const QString &code)
{
    static const QHash<QString, int> statuses {
        {u"no-license"_s, 404},
        {u"tool-failed"_s, 502},
        {u"tool-timeout"_s, 504},
        {u"not-ready"_s, 503},
        {u"not-reported"_s, 501},
    };
    return statuses.value(code, 500);
}
