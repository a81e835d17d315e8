// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The client's decoding of agent answers, as AgentClient does it: the body must be a JSON object,
// then the typed decoder reads it (errors as text, never a crash). Whatever a decoder accepted,
// the agent's encoder writes back in a form the decoder reads again to the same document.
#include "core/historysample.h"
#include "core/protocol.h"
#include "tests/fuzz/fuzzentries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// decode → encode → decode → encode: the two encodings are equal and the second decode is clean.
template<typename T, typename Decode, typename Encode>
void checkRoundTrip(const QJsonObject &object, Decode decode, Encode encode)
{
    QString error;
    const T first = decode(object, &error);
    if (!error.isEmpty())
        return; // refused with a message: what a hostile answer must get
    const QJsonObject written = encode(first);
    QString again;
    const T second = decode(written, &again);
    FUZZ_CHECK(again.isEmpty());
    FUZZ_CHECK(encode(second) == written);
}

void decodeAll(const QJsonObject &object)
{
    checkRoundTrip<AgentStatus>(object, &statusFromJson, &statusToJson);
    checkRoundTrip<ServiceState>(object, &serviceStateFromJson, &serviceStateToJson);
    checkRoundTrip<LicenseDocument>(object, &licenseDocumentFromJson, &licenseDocumentToJson);
    checkRoundTrip<QList<Session>>(object, &sessionsFromJson, &sessionsToJson);
    checkRoundTrip<Session>(object, &sessionFromJson, &sessionToJson);
    checkRoundTrip<HistoryDocument>(object, &historyFromJson, &historyToJson);
}

} // namespace

namespace FuzzEntries {

void protocolJson(QByteArrayView data)
{
    // The first byte picks the HTTP status of an error answer (400–599), the rest is the body.
    const int status = data.isEmpty() ? 500 : 400 + quint8(data.front()) % 200;
    const QByteArray body = data.isEmpty() ? QByteArray() : data.sliced(1).toByteArray();

    const ApiError error = errorFromJson(status, body);
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(!error.code.isEmpty() && !error.message.isEmpty());

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return; // AgentClient: "the agent's answer is not a JSON object"
    const QJsonObject object = document.object();
    decodeAll(object);
    // Nested objects are decoded as documents of their own too (the fuzzer finds shapes there
    // that it would need many more mutations to build at the top level).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            decodeAll(it.value().toObject());
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &item : array) {
                if (item.isObject())
                    decodeAll(item.toObject());
            }
        }
    }
}

} // namespace FuzzEntries
