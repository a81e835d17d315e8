// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esxibindclient.h"

#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

template<typename T> Result<T> carry(const Result<QJsonObject> &raw)
{
    Result<T> result;
    result.failure = raw.failure;
    result.error = raw.error;
    result.certificate = raw.certificate;
    result.pinnedSha256 = raw.pinnedSha256;
    return result;
}

template<typename T> void shapeError(Result<T> *result, const QString &error)
{
    result->value = T {};
    result->failure = ClientFailure::Protocol;
    result->error = ApiError {result->error.httpStatus, u"bad-response"_s,
        u"the agent's answer has an unexpected shape: "_s + error};
}

template<typename T, typename Parse>
std::function<void(const Result<QJsonObject> &)> typed(
    AgentClient *client, std::function<void(const Result<T> &)> done, Parse parse)
{
    return [client, done = std::move(done), parse](const Result<QJsonObject> &raw) {
        Result<T> result = carry<T>(raw);
        if (raw.ok()) {
            QString error;
            result.value = parse(raw.value, &error);
            if (!error.isEmpty())
                shapeError(&result, error);
        }
        client->deleteLater();
        done(result);
    };
}

} // namespace

EsxiBindClient::EsxiBindClient(const AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_template(client->clone(this))
{
    // Untouched by calls: the template only supplies URL, token, pin and limits.
}

AgentClient *EsxiBindClient::fresh()
{
    AgentClient *client = m_template->clone(this);
    // Only the answer's silence counts for a stream; the pre-flight needs up to three steps.
    client->setTimeoutMs(MinTimeoutMs);
    return client;
}

void EsxiBindClient::state(std::function<void(const Result<EsxiBindState> &)> done)
{
    AgentClient *client = fresh();
    client->request("GET"_ba, u"/api/v1/esxi-bind"_s, {},
        typed<EsxiBindState>(client, std::move(done),
            [](const QJsonObject &o, QString *error) { return esxiBindStateFromJson(o, error); }));
}

void EsxiBindClient::preflight(
    const QString &host, quint16 port, std::function<void(const Result<EsxiPreflight> &)> done)
{
    AgentClient *client = fresh();
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"host"_s, host}, {u"port"_s, port}}).toJson(QJsonDocument::Compact);
    client->request("POST"_ba, u"/api/v1/esxi-bind/preflight"_s, body,
        typed<EsxiPreflight>(client, std::move(done),
            [](const QJsonObject &o, QString *error) { return esxiPreflightFromJson(o, error); }));
}

void EsxiBindClient::run(const EsxiBindTarget &target, std::function<void(const EsxiBindRecord &)> onRecord,
    std::function<void(const Result<EsxiBindResult> &)> done)
{
    cancel();
    AgentClient *client = fresh();
    m_run = client;
    auto result = std::make_shared<std::optional<EsxiBindResult>>();
    auto shape = std::make_shared<QString>();
    const QByteArray body = QJsonDocument(esxiBindTargetToJson(target)).toJson(QJsonDocument::Compact);
    client->requestLines(
        "POST"_ba, u"/api/v1/esxi-bind"_s, body,
        [onRecord, result, shape](const QJsonObject &object) {
            QString error;
            const EsxiBindRecord record = esxiBindRecordFromJson(object, &error);
            if (!error.isEmpty() && shape->isEmpty())
                *shape = error;
            if (record.kind == EsxiBindRecord::Kind::Result)
                *result = record.result;
            else if (record.kind != EsxiBindRecord::Kind::Unknown && onRecord)
                onRecord(record);
        },
        [this, client, done, result, shape](const Result<QJsonObject> &raw) {
            Result<EsxiBindResult> out = carry<EsxiBindResult>(raw);
            if (raw.ok()) {
                if (!shape->isEmpty())
                    shapeError(&out, *shape);
                else if (!result->has_value())
                    shapeError(&out, u"the stream ended without a result"_s);
                else
                    out.value = **result;
            }
            if (m_run == client)
                m_run = nullptr;
            client->deleteLater();
            done(out);
        });
}

void EsxiBindClient::cancel()
{
    if (m_run)
        delete m_run.data(); // aborts the request; its callbacks are dropped
    m_run = nullptr;
}
