// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/admincli.h"

#include "cli/cliio.h"
#include "core/filetransfer.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

Result<QJsonObject> AdminCli::call(const ServerCommand::Remote &remote, const QByteArray &verb,
    const QString &path, const QByteArray &body, int timeoutMs, qint64 maxBytes)
{
    AgentClient client;
    ServerCommand::configure(client, remote);
    if (timeoutMs > remote.timeoutMs)
        client.setTimeoutMs(timeoutMs);
    if (maxBytes > 0)
        client.setMaxResponseBytes(maxBytes);
    QEventLoop loop;
    Result<QJsonObject> result;
    client.request(verb, path, body, [&](const Result<QJsonObject> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool AdminCli::saveFile(const QString &path, const QByteArray &data, QString *error)
{
    if (path == "-"_L1) {
        Cli::writeOut(QByteArrayView(data));
        return true;
    }
    return FileTransfer::save(path, data, error);
}

QString AdminCli::outputName(const QString &path)
{
    return path == "-"_L1 ? u"<stdout>"_s : path;
}

QString AdminCli::table(const QList<QStringList> &rowsIn, int maxCell)
{
    QList<QStringList> rows = rowsIn;
    QList<qsizetype> widths;
    for (QStringList &cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            cells[i] = ServerCommand::printable(cells.at(i).left(maxCell));
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), cells.at(i).size());
        }
    }
    QString text;
    for (const QStringList &cells : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        text += line + u'\n';
    }
    return text;
}

QString AdminCli::cell(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().isEmpty() ? u"-"_s : value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    return u"-"_s;
}
