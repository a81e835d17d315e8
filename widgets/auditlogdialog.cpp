// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/auditlogdialog.h"

#include "core/serverconnection.h"
#include "models/licensedisplay.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().left(2000);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return u"—"_s;
}

} // namespace

AuditLogDialog::AuditLogDialog(ServerConnection *connection, const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_table(new QTableWidget(this))
    , m_limit(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit Log — %1").arg(serverName));
    resize(980, 520);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Token"), tr("Role"), tr("Client"), tr("Action"),
        tr("Status"), tr("Result"), tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_limit->setObjectName(u"auditLimit"_s);
    m_limit->setRange(1, 1000);
    m_limit->setValue(200);
    m_limit->setAccessibleName(tr("Entries"));
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    reloadButton->setObjectName(u"auditReload"_s);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Newest entries:"), this));
    top->addWidget(m_limit);
    top->addWidget(reloadButton);
    top->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void AuditLogDialog::reload()
{
    if (!m_connection)
        return;
    m_status->setText(tr("Loading…"));
    AgentClient *client = m_connection->client()->clone(this);
    client->request("GET"_ba, u"/api/v1/audit?limit=%1"_s.arg(m_limit->value()), {},
        [this, client](const Result<QJsonObject> &r) {
            client->deleteLater();
            if (!r.ok()) {
                m_status->setText(
                    tr("The audit log cannot be shown: %1 (%2)").arg(r.error.message, r.error.code));
                Q_EMIT loaded(false);
                return;
            }
            showEntries(r.value.value(u"entries"_s).toArray());
            Q_EMIT loaded(true);
        });
}

void AuditLogDialog::showEntries(const QJsonArray &entries)
{
    static const QStringList keys {
        u"time"_s, u"token"_s, u"role"_s, u"client"_s, u"action"_s, u"status"_s, u"result"_s, u"message"_s};
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const QJsonObject e = entries.at(row).toObject();
        for (int column = 0; column < keys.size(); ++column) {
            QString text = cellText(e.value(keys.at(column)));
            if (column == 0) {
                const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
                if (time.isValid())
                    text = LicenseDisplay::dateTime(time.toUTC());
            }
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (keys.at(column) == "result"_L1 && text != "ok"_L1)
                item->setForeground(QColor(0xc6, 0x3b, 0x32));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(entries.isEmpty() ? tr("The audit log is empty.")
                                        : tr("%n entries, newest first.", nullptr, int(entries.size())));
}
