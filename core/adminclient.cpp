// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/adminclient.h"

#include <memory>

using namespace Qt::StringLiterals;

void AdminClient::lastLogLines(AgentClient *client, const QString &source, int lines,
    std::function<void(const Result<QStringList> &)> done)
{
    auto collected = std::make_shared<QStringList>();
    const QString path
        = u"/api/v1/logs/%1?lines=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(source)))
              .arg(qMax(0, lines));
    client->requestLines(
        "GET"_ba, path, {},
        [collected](const QJsonObject &record) {
            const QJsonValue line = record.value(u"line"_s);
            if (line.isString())
                collected->append(line.toString());
        },
        [collected, done](const Result<QJsonObject> &raw) {
            Result<QStringList> result;
            result.failure = raw.failure;
            result.error = raw.error;
            result.certificate = raw.certificate;
            result.pinnedSha256 = raw.pinnedSha256;
            if (raw.ok())
                result.value = *collected;
            done(result);
        });
}
