// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The pinned certificate fingerprints of known agents, SSH known_hosts style: one
// `host:port sha256-hex` line per server (IPv6 hosts in brackets: `[::1]:8093`), `#` starts a
// comment. Lines that do not parse are kept as they are, ignored, and reported in warnings();
// saving rewrites only the lines of servers that changed. Default location:
// AppConfigLocation/known_servers, overridden by the environment variable VE_KNOWN_SERVERS.
// Not thread-safe; load, change, save.
class KnownServers
{
public:
    explicit KnownServers(const QString &path = defaultPath());

    static QString defaultPath();
    // "host:port" of an https URL (lower-case host, default port Protocol::DefaultPort), or an
    // empty string when the URL has no host.
    static QString keyFor(const QUrl &url);

    QString path() const;
    // A missing file is an empty list, not an error. Returns false (with *error) when the file
    // exists but cannot be read or is unreasonably large.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const; // atomic replace; creates the directory
    QStringList warnings() const; // "FILE:LINE: ignored: why", from the last load()

    QByteArray pin(const QUrl &url) const; // raw SHA-256, empty when the server is unknown
    void setPin(const QUrl &url, const QByteArray &sha256);
    bool remove(const QUrl &url);
    int count() const;

private:
    struct Line
    {
        QString text; // as read or as generated
        QString key; // empty for comments, blank and ignored lines
        QByteArray pin;
    };
    bool parseLine(const QString &text, Line *line, QString *why) const;

    QString m_path;
    QList<Line> m_lines;
    QStringList m_warnings;
};
