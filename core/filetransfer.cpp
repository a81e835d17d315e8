// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filetransfer.h"

#include <QCryptographicHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString FileTransfer::sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString FileTransfer::safeFileName(const QString &suggested, const QString &fallback)
{
    QString name = suggested.left(120);
    for (QChar &c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u'-';
        if (!ok)
            c = u'_';
    }
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    return name.isEmpty() ? fallback : name;
}

QString FileTransfer::stampedName(
    const QString &host, const QString &what, const QDateTime &utc, const QString &extension)
{
    const QString stamp = utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
    const QString name = (host.isEmpty() ? QString() : host + u'-') + what + u'-' + stamp + u'.' + extension;
    return safeFileName(name, what + u'.' + extension);
}

QJsonObject FileTransfer::toJson(const QString &fileName, const QByteArray &data)
{
    return QJsonObject {
        {u"fileName"_s, fileName},
        {u"size"_s, double(data.size())},
        {u"sha256"_s, sha256Hex(data)},
        {u"contentBase64"_s, QString::fromLatin1(data.toBase64())},
    };
}

bool FileTransfer::fromJson(const QJsonObject &object, TransferredFile *file, QString *error)
{
    const QJsonValue name = object.value(u"fileName"_s);
    const QJsonValue size = object.value(u"size"_s);
    const QJsonValue sha = object.value(u"sha256"_s);
    const QJsonValue content = object.value(u"contentBase64"_s);
    if (!name.isString() || !size.isDouble() || !sha.isString() || !content.isString()) {
        *error = u"the answer is not a file (fileName, size, sha256 and contentBase64 expected)"_s;
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = u"the file's content is not valid base64"_s;
        return false;
    }
    if (double(decoded.decoded.size()) != size.toDouble()) {
        *error = u"the file is %1 bytes long, the agent announced %2: it was cut off"_s
                     .arg(decoded.decoded.size())
                     .arg(size.toDouble(), 0, 'f', 0);
        return false;
    }
    const QString actual = sha256Hex(decoded.decoded);
    if (actual != sha.toString().trimmed().toLower()) {
        *error = u"checksum mismatch: the agent announced SHA-256 %1, the file has %2"_s.arg(
            sha.toString().left(64), actual);
        return false;
    }
    file->fileName = safeFileName(name.toString(), u"download.bin"_s);
    file->data = decoded.decoded;
    file->sha256 = actual;
    return true;
}

bool FileTransfer::save(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
