// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/licenseupdatedialog.h"

#include "core/licensediff.h"
#include "core/licenseparser.h"
#include "core/serverconnection.h"
#include "widgets/confirmactiondialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int ApplyTimeoutMs = 600000; // installer, verification and a possible rollback
}

QString LicenseUpdateDialog::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        {u"fingerprint"_s, QT_TR_NOOP("License fingerprint")},
        {u"customer"_s, QT_TR_NOOP("Customer name")},
        {u"licenseId"_s, QT_TR_NOOP("License ID")},
        {u"platform"_s, QT_TR_NOOP("Platform")},
        {u"keyType"_s, QT_TR_NOOP("Key type")},
        {u"expiration"_s, QT_TR_NOOP("Expiration date")},
        {u"releaseDate"_s, QT_TR_NOOP("Release date")},
        {u"gracePeriod"_s, QT_TR_NOOP("Grace period")},
        {u"checkInterval"_s, QT_TR_NOOP("License check interval")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"virtualHardware"_s, QT_TR_NOOP("Virtual Hardware")},
        {u"productCodes"_s, QT_TR_NOOP("Product code")},
        {u"code"_s, QT_TR_NOOP("Code")},
        {u"majorVersion"_s, QT_TR_NOOP("Major Version")},
        {u"minorVersion"_s, QT_TR_NOOP("Minor Version")},
        {u"maxCpu"_s, QT_TR_NOOP("Maximum CPU")},
        {u"maxMemory"_s, QT_TR_NOOP("Maximum virtual memory")},
        {u"instances"_s, QT_TR_NOOP("Instances allowed")},
        {u"passphrase"_s, QT_TR_NOOP("Passphrase")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : LicenseDiff::fieldLabel(field);
}

LicenseUpdateDialog::LicenseUpdateDialog(
    ServerConnection *connection, const QString &serverName, const QString &requiredName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_serverName(serverName)
    , m_requiredName(requiredName)
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(u"licenseUpdateDialog"_s);
    setWindowTitle(tr("License Update — %1").arg(serverName));
    resize(760, 560);
    m_path->setObjectName(u"licenseFilePath"_s);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose &File…"), this);
    choose->setObjectName(u"chooseLicenseFile"_s);
    connect(choose, &QPushButton::clicked, this, &LicenseUpdateDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_summary->setObjectName(u"licenseUpdateSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"licenseDiffTree"_s);
    m_tree->setHeaderLabels({tr("Field"), tr("Installed"), tr("Update")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setObjectName(u"licenseUpdateProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"QLabel { color: #c63b32; font-weight: bold; }"_s);
    m_problems->hide();
    m_result->setObjectName(u"licenseUpdateResult"_s);
    m_result->setReadOnly(true);
    m_result->setMaximumHeight(110);
    m_result->setPlaceholderText(tr("The agent's answer appears here."));

    m_apply->setObjectName(u"applyLicenseUpdate"_s);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &LicenseUpdateDialog::apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    m_summary->setText(
        tr("Choose the license file Stromasys sent. Nothing is installed before you apply it."));
}

void LicenseUpdateDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose License File"), QString(), tr("License files (*.lic *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void LicenseUpdateDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_result->clear();
    m_tree->clear();
    m_ok = false;
    m_apply->setEnabled(false);
    QFile file(path);
    QStringList problems;
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(tr("The file cannot be read: %1").arg(file.errorString()));
    } else {
        m_data = file.read(Protocol::MaxLicenseFileBytes + 1);
        if (m_data.size() > Protocol::MaxLicenseFileBytes)
            problems.append(tr("The file is larger than %1 KiB: it is not a license.")
                                .arg(Protocol::MaxLicenseFileBytes / 1024));
    }
    const License update = LicenseParser::parse(m_data);
    if (problems.isEmpty() && (!update.recognised || update.products.isEmpty()))
        problems.append(tr("The file is not a license: no license field or product section was found."));
    const bool hasInstalled = m_connection && m_connection->hasLicense();
    const License installed = hasInstalled ? m_connection->license().license : License();
    if (problems.isEmpty()) {
        problems += LicenseDiff::identityConflicts(installed, update);
        showDiff(installed, hasInstalled);
        const LicenseDiff diff = LicenseDiff::compare(installed, update);
        if (hasInstalled && diff.isEmpty())
            problems.append(tr("This license is installed already."));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_ok = problems.isEmpty();
    m_apply->setEnabled(canApply());
}

void LicenseUpdateDialog::showDiff(const License &installed, bool hasInstalled)
{
    const License update = LicenseParser::parse(m_data);
    const LicenseDiff diff = LicenseDiff::compare(installed, update);
    const QString id = update.licenseId.value_or(QString());
    m_summary->setText(!hasInstalled
            ? tr("No license is installed on %1: this would be its first license.").arg(m_serverName)
            : diff.isEmpty() ? tr("The file is the license installed on %1.").arg(m_serverName)
                             : tr("License %1: %2 and %3 would change.")
                                   .arg(id, tr("%n field(s)", nullptr, int(diff.header.size())),
                                       tr("%n product section(s)", nullptr, int(diff.sections.size()))));
    const auto addRows = [](QTreeWidgetItem *parent, const QList<LicenseFieldChange> &fields) {
        for (const LicenseFieldChange &f : fields)
            new QTreeWidgetItem(parent, {fieldName(f.field), f.before, f.after});
    };
    if (!diff.header.isEmpty()) {
        auto *header = new QTreeWidgetItem(m_tree, {tr("License fields")});
        addRows(header, diff.header);
    }
    for (const LicenseSectionChange &s : diff.sections) {
        const QString kind = s.kind == LicenseSectionChange::Kind::Added ? tr("Added section")
            : s.kind == LicenseSectionChange::Kind::Removed              ? tr("Removed section")
                                                                         : tr("Changed section");
        auto *item = new QTreeWidgetItem(m_tree, {kind + u": "_s + s.label});
        item->setData(0, Qt::UserRole, int(s.kind));
        addRows(item, s.fields);
    }
    m_tree->expandAll();
}

bool LicenseUpdateDialog::canApply() const
{
    return m_ok && m_connection && m_connection->status().has(Capability::LicenseUpdate);
}

QString LicenseUpdateDialog::resultText() const
{
    return m_result->toPlainText();
}

void LicenseUpdateDialog::apply()
{
    if (!canApply()
        || !ConfirmActionDialog::ask(this, tr("Apply License Update"),
            tr("Install this license on <b>%1</b>?<br>The agent backs up the installed license first, checks "
               "afterwards that the new one is in force, and restores the previous one if anything fails.")
                .arg(m_serverName.toHtmlEscaped()),
            tr("Apply"), m_requiredName))
        return;
    m_apply->setEnabled(false);
    m_result->setPlainText(tr("Installing… (this can take a few minutes)"));
    AgentClient *client = m_connection->client()->clone(this);
    client->setTimeoutMs(ApplyTimeoutMs);
    client->request("PUT"_ba, u"/api/v1/license"_s, m_data, [this, client](const Result<QJsonObject> &r) {
        client->deleteLater();
        if (r.ok())
            m_result->setPlainText(tr("Installed: %1").arg(r.value.value(u"message"_s).toString()));
        else
            m_result->setPlainText(tr("Not installed: %1 (%2)").arg(r.error.message, r.error.code));
        m_ok = false; // choose the file again for another attempt
        Q_EMIT applyFinished(r.ok());
    });
}
