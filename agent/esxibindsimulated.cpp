// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindsimulated.h"

#include "agent/securefile.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

SimulatedEsxiBind::SimulatedEsxiBind(const QString &bindingFile, QObject *parent)
    : EsxiBindTool(parent)
    , m_bindingFile(bindingFile)
{
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedEsxiBind::step);
}

QString SimulatedEsxiBind::name() const
{
    return u"esxi_bind"_s;
}

void SimulatedEsxiBind::start(const QByteArray &standardInput)
{
    m_script = plan(QString::fromUtf8(standardInput).split(u'\n'));
    m_running = true;
    m_timer.start();
}

// What the tool prints for these answers, pause by pause, as the real one would prompt for them.
QStringList SimulatedEsxiBind::plan(const QStringList &answers) const
{
    const QString type = answers.value(0);
    const QString host = answers.value(1);
    const QString portText = answers.value(2);
    const QString user = answers.value(3);
    const QString password = answers.value(4);
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);

    QStringList out {u"esxi_bind (simulated): binds this license server to VMware\n"_s,
        u"Bind to an ESXi host or a vCenter (esxi/vcenter): "_s};
    if (type != "esxi"_L1 && type != "vcenter"_L1)
        return out + QStringList {u"\nerror: unknown target type\n"_s, u"=2"_s};
    out += {u"\nAddress: "_s, u"\nPort: "_s};
    if (!portOk || port == 0 || port > 65535)
        return out + QStringList {u"\nerror: the port is not a number\n"_s, u"=2"_s};
    out += u"\nUser: "_s;
    if (user.isEmpty())
        return out + QStringList {u"\nerror: no user name\n"_s, u"=2"_s};
    out += {u"\nPassword: "_s, u"\nProceed (yes/no)? "_s};
    if (answers.value(5) != "yes"_L1)
        return out + QStringList {u"\nAborted: not confirmed.\n"_s, u"=1"_s};
    out += {u"\nConnecting to %1:%2 …\n"_s.arg(host, portText), u"Logging in as %1 …\n"_s.arg(user)};
    if (password == "wrong"_L1)
        return out + QStringList {u"error: login failed: incorrect user name or password\n"_s, u"=3"_s};
    const QString record = u"type=%1\nhost=%2\nport=%3\nuser=%4\ntime=%5\n"_s.arg(
        type, host, portText, user, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return out
        + QStringList {
            u"Reading the identity of the %1 …\n"_s.arg(type == "esxi"_L1 ? u"ESXi host"_s : u"vCenter"_s),
            u"+"_s + record, u"Binding recorded.\n"_s, u"=0"_s};
}

void SimulatedEsxiBind::step()
{
    while (!m_script.isEmpty()) {
        const QString next = m_script.takeFirst();
        if (next.startsWith(u'=')) {
            end(next.mid(1).toInt());
            return;
        }
        if (next.startsWith(u'+')) { // write the record, then go on without a pause
            QString error;
            if (!SecureFile::writeAtomic(m_bindingFile, next.mid(1).toUtf8(), 0600, &error)) {
                say(u"error: cannot record the binding: %1\n"_s.arg(error));
                end(4);
                return;
            }
            continue;
        }
        say(next);
        return;
    }
}

void SimulatedEsxiBind::say(const QString &text)
{
    Q_EMIT outputReceived(text.toUtf8());
}

void SimulatedEsxiBind::end(int exitCode, bool crashed)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_script.clear();
    // Like a process: the end is reported from the event loop.
    QTimer::singleShot(0, this, [this, exitCode, crashed] { Q_EMIT finished(exitCode, crashed); });
}

void SimulatedEsxiBind::terminate()
{
    end(143, true);
}

void SimulatedEsxiBind::kill()
{
    end(137, true);
}
