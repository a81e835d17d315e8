// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servicemanagerdialog.h"

#include "core/adminclient.h"
#include "core/serverconnection.h"
#include "models/licensedisplay.h"
#include "widgets/confirmactiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int ControlTimeoutMs = 150000; // the agent gives systemctl 90 s
}

ServiceManagerDialog::ServiceManagerDialog(
    ServerConnection *connection, const QString &serverName, const QString &requiredName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_serverName(serverName)
    , m_requiredName(requiredName)
    , m_unit(new QLabel(this))
    , m_state(new QLabel(this))
    , m_since(new QLabel(this))
    , m_pid(new QLabel(this))
    , m_result(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(u"serviceManagerDialog"_s);
    setWindowTitle(tr("Server Manager — %1").arg(serverName));
    resize(720, 520);
    auto *box = new QGroupBox(tr("License server service"), this);
    auto *form = new QFormLayout(box);
    const QList<std::pair<QLabel *, QString>> rows {{m_unit, u"serviceUnit"_s}, {m_state, u"serviceState"_s},
        {m_since, u"serviceSince"_s}, {m_pid, u"serviceMainPid"_s}};
    const QStringList captions {tr("Unit"), tr("State"), tr("Since"), tr("Main PID")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].first->setObjectName(rows[i].second);
        rows[i].first->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(captions[i] + u':', rows[i].first);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const QList<std::pair<QString, QString>> actions {
        {u"start"_s, tr("&Start…")}, {u"stop"_s, tr("S&top…")}, {u"restart"_s, tr("&Restart…")}};
    for (const auto &[action, text] : actions) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(u"service"_s + action.left(1).toUpper() + action.mid(1));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action] { run(action); });
        buttons->addButton(button, QDialogButtonBox::ActionRole);
        m_buttons.append(button);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_result->setObjectName(u"serviceResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(u"serviceLog"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    m_log->setPlaceholderText(tr("After an action, the last lines of license.log appear here."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_result);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    if (connection)
        connect(connection, &ServerConnection::statusUpdated, this, &ServiceManagerDialog::refresh);
    refresh();
}

QString ServiceManagerDialog::resultText() const
{
    return m_result->text();
}

QString ServiceManagerDialog::logText() const
{
    return m_log->toPlainText();
}

void ServiceManagerDialog::refresh()
{
    const bool have = m_connection && m_connection->status().protocol > 0;
    const ServiceState s = have ? m_connection->status().service : ServiceState();
    m_unit->setText(s.unit.isEmpty() ? tr("not reported by this server") : s.unit);
    m_state->setText(s.state);
    m_since->setText(s.since.isValid() ? LicenseDisplay::dateTime(s.since) : u"—"_s);
    m_pid->setText(s.mainPid > 0 ? QString::number(s.mainPid) : u"—"_s);
    const bool canControl = have && m_connection->status().has(Capability::Service);
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(canControl && !m_running);
    if (have && !canControl && !m_running)
        m_result->setText(
            tr("This agent cannot control the license server's service (not reported by this server)."));
}

void ServiceManagerDialog::run(const QString &action)
{
    if (!m_connection || m_running)
        return;
    const QHash<QString, QString> warnings {
        {u"start"_s, tr("Start the license server on <b>%1</b>? A new license.log begins.")},
        {u"stop"_s,
            tr("Stop the license server on <b>%1</b>? Emulators lose it and run on their backup server "
               "or, without one, only until their grace period ends.")},
        {u"restart"_s,
            tr("Restart the license server on <b>%1</b>? Emulators lose it for a moment; a new "
               "license.log begins.")},
    };
    if (!ConfirmActionDialog::ask(this, tr("Confirm Service Action"),
            warnings.value(action).arg(m_serverName.toHtmlEscaped()),
            action == "start"_L1      ? tr("Start")
                : action == "stop"_L1 ? tr("Stop")
                                      : tr("Restart"),
            m_requiredName))
        return;
    m_running = true;
    refresh();
    m_result->setText(tr("Running %1…").arg(action));
    AgentClient *client = m_connection->client()->clone(this);
    client->setTimeoutMs(ControlTimeoutMs);
    client->request("POST"_ba, u"/api/v1/service/"_s + action, "{}"_ba,
        [this, client, action](const Result<QJsonObject> &r) {
            client->deleteLater();
            m_running = false;
            if (r.ok()) {
                QString error;
                const ServiceState s = serviceStateFromJson(r.value.value(u"service"_s).toObject(), &error);
                m_result->setText(tr("%1: %2 — the unit is now %3.")
                                      .arg(action, r.value.value(u"message"_s).toString(), s.state));
            } else {
                m_result->setText(tr("%1 failed: %2 (%3)").arg(action, r.error.message, r.error.code));
            }
            if (m_connection)
                m_connection->pollNow();
            refresh();
            Q_EMIT actionFinished(action, r.ok());
            showLog();
        });
}

void ServiceManagerDialog::showLog()
{
    if (!m_connection)
        return;
    m_log->setPlainText(tr("Reading license.log…"));
    // A client of this dialog: closing the dialog drops the answer with it.
    AgentClient *client = m_connection->client()->clone(this);
    AdminClient::lastLogLines(client, u"license"_s, LogLines, [this, client](const Result<QStringList> &r) {
        client->deleteLater();
        if (r.ok())
            m_log->setPlainText(r.value.isEmpty() ? tr("(license.log is empty)") : r.value.join(u'\n'));
        else
            m_log->setPlainText(tr("The license log cannot be shown: %1").arg(r.error.message));
    });
}
