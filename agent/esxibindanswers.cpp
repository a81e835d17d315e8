// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindanswers.h"

#include "core/fingerprint.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

const QStringList &placeholderNames()
{
    static const QStringList names {
        u"type"_s, u"host"_s, u"port"_s, u"user"_s, u"password"_s, u"thumbprint"_s, u"thumbprint_hex"_s};
    return names;
}

// Expands one line; with values == nullptr it only checks. Returns false with *error.
bool expand(const QString &line, const QHash<QString, QString> *values, QString *out, QString *error)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < line.size() && line.at(i + 1) == c) {
            out->append(c);
            ++i;
            continue;
        }
        if (c == u'}') {
            *error = u"a single '}' (write \"}}\" for a literal brace)"_s;
            return false;
        }
        if (c != u'{') {
            out->append(c);
            continue;
        }
        const qsizetype close = line.indexOf(u'}', i + 1);
        const QString name = close < 0 ? QString() : line.mid(i + 1, close - i - 1);
        if (close < 0 || !placeholderNames().contains(name)) {
            *error = close < 0 ? u"a '{' without its '}' (write \"{{\" for a literal brace)"_s
                               : u"unknown placeholder \"{%1}\""_s.arg(name.left(40));
            return false;
        }
        if (values)
            out->append(values->value(name));
        i = close;
    }
    return true;
}

} // namespace

QStringList EsxiBindAnswers::defaultScript()
{
    return {u"{type}"_s, u"{host}"_s, u"{port}"_s, u"{user}"_s, u"{password}"_s, u"yes"_s};
}

QString EsxiBindAnswers::check(const QStringList &script)
{
    if (script.isEmpty())
        return u"the answer script is empty"_s;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QString &line = script.at(i);
        for (const QChar c : line) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return u"line %1: a control character"_s.arg(i + 1);
        }
        QString ignored;
        QString error;
        if (!expand(line, nullptr, &ignored, &error))
            return u"line %1: %2"_s.arg(i + 1).arg(error);
    }
    return {};
}

QByteArray EsxiBindAnswers::render(const QStringList &script, const EsxiBindTarget &target)
{
    const QHash<QString, QString> values {
        {u"type"_s, EsxiBind::typeName(target.type)},
        {u"host"_s, target.host},
        {u"port"_s, QString::number(target.port)},
        {u"user"_s, target.user},
        {u"password"_s, target.password},
        {u"thumbprint"_s, Fingerprint::toText(target.thumbprint)},
        {u"thumbprint_hex"_s, Fingerprint::toHex(target.thumbprint)},
    };
    QByteArray out;
    for (const QString &line : script) {
        QString expanded;
        QString error;
        expand(line, &values, &expanded, &error);
        out += expanded.toUtf8() + '\n';
    }
    return out;
}
