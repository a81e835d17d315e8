// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/knownservers.h"

#include "core/fingerprint.h"
#include "core/protocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
constexpr int MaxLineChars = 4096;

QString formatKey(const QString &host, int port)
{
    const QString h = host.toLower();
    return (h.contains(u':') ? u'[' + h + u']' : h) + u':' + QString::number(port);
}
} // namespace

KnownServers::KnownServers(const QString &path)
    : m_path(path)
{ }

QString KnownServers::defaultPath()
{
    const QString override = qEnvironmentVariable("VE_KNOWN_SERVERS");
    if (!override.isEmpty())
        return override;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/known_servers"_L1;
}

QString KnownServers::keyFor(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return formatKey(url.host(), url.port(Protocol::DefaultPort));
}

QString KnownServers::path() const
{
    return m_path;
}

bool KnownServers::parseLine(const QString &text, Line *line, QString *why) const
{
    const QStringList fields = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2 || (fields.size() > 2 && !fields.at(2).startsWith(u'#'))) {
        *why = u"expected \"host:port sha256\""_s;
        return false;
    }
    // "host:port" must survive a round trip through QUrl unchanged (modulo case).
    const QUrl url(u"https://"_s + fields.at(0), QUrl::StrictMode);
    const int colon = fields.at(0).lastIndexOf(u':');
    const QString key = keyFor(url);
    if (colon <= 0 || url.port() < 1 || key.isEmpty() || key != fields.at(0).toLower()) {
        *why = u"\"%1\" is not host:port"_s.arg(fields.at(0).left(100));
        return false;
    }
    const QByteArray pin = Fingerprint::fromText(fields.at(1));
    if (pin.isEmpty()) {
        *why = u"not a SHA-256 fingerprint"_s;
        return false;
    }
    line->key = key;
    line->pin = pin;
    return true;
}

bool KnownServers::load(QString *error)
{
    m_lines.clear();
    m_warnings.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = u"%1 is larger than %2 bytes; not a known-servers file"_s.arg(m_path).arg(MaxFileBytes);
        return false;
    }
    const QString name = QFileInfo(m_path).fileName();
    const auto hasKey = [this](const QString &key) {
        return std::any_of(m_lines.cbegin(), m_lines.cend(), [&key](const Line &l) { return l.key == key; });
    };
    const QList<QByteArray> rawLines = file.readAll().split('\n');
    for (int i = 0; i < rawLines.size(); ++i) {
        QByteArray raw = rawLines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (i == rawLines.size() - 1 && raw.isEmpty())
            break; // the newline that ends the file
        Line line;
        line.text = QString::fromUtf8(raw);
        const QString trimmed = line.text.trimmed();
        QString why;
        if (trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            // comment or blank: kept as is
        } else if (raw.size() > MaxLineChars) {
            why = u"line longer than %1 characters"_s.arg(MaxLineChars);
        } else if (parseLine(trimmed, &line, &why) && hasKey(line.key)) {
            why = u"%1 is listed more than once; the first entry counts"_s.arg(line.key);
            line.key.clear();
        }
        if (!why.isEmpty()) {
            line.key.clear();
            m_warnings.append(u"%1:%2: ignored: %3"_s.arg(name).arg(i + 1).arg(why));
        }
        m_lines.append(line);
    }
    return true;
}

bool KnownServers::save(QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = u"cannot create %1"_s.arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    for (const Line &line : m_lines)
        file.write(line.text.toUtf8() + '\n');
    if (!file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QStringList KnownServers::warnings() const
{
    return m_warnings;
}

QByteArray KnownServers::pin(const QUrl &url) const
{
    const QString key = keyFor(url);
    for (const Line &line : m_lines) {
        if (!key.isEmpty() && line.key == key)
            return line.pin;
    }
    return {};
}

void KnownServers::setPin(const QUrl &url, const QByteArray &sha256)
{
    const QString key = keyFor(url);
    if (key.isEmpty() || sha256.size() != Fingerprint::Sha256Bytes)
        return;
    const Line fresh {key + u' ' + Fingerprint::toHex(sha256), key, sha256};
    for (Line &line : m_lines) {
        if (line.key == key) {
            line = fresh;
            return;
        }
    }
    m_lines.append(fresh);
}

bool KnownServers::remove(const QUrl &url)
{
    const QString key = keyFor(url);
    const auto removed
        = m_lines.removeIf([&key](const Line &line) { return !key.isEmpty() && line.key == key; });
    return removed > 0;
}

int KnownServers::count() const
{
    return int(std::count_if(
        m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return !line.key.isEmpty(); }));
}
