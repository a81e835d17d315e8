// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/licensepage.h"

#include "core/licensejson.h"
#include "core/serverconnection.h"
#include "models/licenseheadermodel.h"
#include "models/productsectionsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LicensePage::LicensePage(QWidget *parent)
    : ServerPage(parent)
    , m_headerModel(new LicenseHeaderModel(this))
    , m_sectionsModel(new ProductSectionsModel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_headerView(new QTableView(this))
    , m_sectionsView(new QTableView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy Text"), this))
    , m_exportText(new QPushButton(tr("Export &Text…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
{
    setObjectName(u"licensePage"_s);
    m_message->setObjectName(u"licenseMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"licenseTabs"_s);
    m_headerView->setObjectName(u"licenseHeaderTable"_s);
    m_sectionsView->setObjectName(u"productSectionsTable"_s);
    m_raw->setObjectName(u"licenseRawText"_s);
    m_copy->setObjectName(u"licenseCopy"_s);
    m_exportText->setObjectName(u"licenseExportText"_s);
    m_exportJson->setObjectName(u"licenseExportJson"_s);
    m_headerView->setAccessibleName(tr("License header fields"));
    m_sectionsView->setAccessibleName(tr("Product sections"));
    m_raw->setAccessibleName(tr("License text as license_viewer printed it"));

    m_headerView->setModel(m_headerModel);
    m_headerView->verticalHeader()->hide();
    m_headerView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_headerView->horizontalHeader()->setSectionResizeMode(
        LicenseHeaderModel::FieldColumn, QHeaderView::ResizeToContents);
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    m_headerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerView->setAlternatingRowColors(true);
    m_headerView->setWordWrap(false);
    m_headerView->setShowGrid(false);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_sectionsModel);
    proxy->setSortRole(ProductSectionsModel::SortRole);
    m_sectionsView->setModel(proxy);
    m_sectionsView->setSortingEnabled(true);
    m_sectionsView->sortByColumn(-1, Qt::AscendingOrder);
    m_sectionsView->verticalHeader()->hide();
    m_sectionsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_sectionsView->horizontalHeader()->setStretchLastSection(true);
    m_sectionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sectionsView->setAlternatingRowColors(true);
    m_sectionsView->setShowGrid(false);

    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_raw->setFont(mono);

    m_tabs->addTab(m_headerView, tr("&Header"));
    m_tabs->addTab(m_sectionsView, tr("&Product Sections"));
    m_tabs->addTab(m_raw, tr("&Raw Text"));

    m_copy->setToolTip(tr("Copy the license text as license_viewer printed it"));
    m_exportText->setToolTip(tr("Save the license text to a file"));
    m_exportJson->setToolTip(tr("Save the license as JSON (the same format as vectl license --json)"));
    connect(m_copy, &QPushButton::clicked, this, &LicensePage::copyText);
    connect(m_exportText, &QPushButton::clicked, this, [this] { exportWithDialog(ExportFormat::Text); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWithDialog(ExportFormat::Json); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_exportText);
    buttons->addWidget(m_exportJson);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    refresh();
}

bool LicensePage::hasData() const
{
    return connection() && (connection()->hasLicense() || connection()->licenseError().isSet());
}

void LicensePage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::licenseUpdated, this, &LicensePage::refresh);
    connect(connection, &ServerConnection::stateChanged, this, &LicensePage::updateMessage);
}

void LicensePage::refresh()
{
    const ServerConnection *c = connection();
    if (c && c->hasLicense()) {
        const LicenseDocument &doc = c->license();
        m_headerModel->setLicense(doc.license, doc.remainingHours);
        m_sectionsModel->setSections(doc.license.products);
        m_raw->setPlainText(doc.raw);
        m_sectionsView->resizeColumnsToContents();
    } else {
        m_headerModel->clear();
        m_sectionsModel->clear();
        m_raw->clear();
    }
    updateMessage();
}

void LicensePage::updateMessage()
{
    const ServerConnection *c = connection();
    const bool have = c && c->hasLicense();
    m_copy->setEnabled(have);
    m_exportText->setEnabled(have);
    m_exportJson->setEnabled(have);
    m_tabs->setEnabled(have);
    if (!c) {
        m_message->setText(tr("No server selected."));
    } else if (have) {
        const License &license = c->license().license;
        const int unknown = int(license.extra.size());
        QStringList notes {tr("Product sections: %1").arg(license.products.size())};
        if (unknown > 0)
            notes.append(tr("fields this console does not know (in italics): %1").arg(unknown));
        if (!license.diagnostics.isEmpty())
            notes.append(
                tr("lines that could not be read: %1 (see Raw Text)").arg(license.diagnostics.size()));
        m_message->setText(notes.join(u" · "_s));
    } else if (c->licenseError().isSet()) {
        m_message->setText(tr("No license to show: %1").arg(c->licenseError().message));
    } else if (c->state() == ServerConnection::State::Connected
        || c->state() == ServerConnection::State::Degraded) {
        m_message->setText(c->status().has(Capability::License)
                ? tr("Loading the license…")
                : tr("The license is not reported by this server."));
    } else {
        m_message->setText(tr("Waiting for the server…"));
    }
}

void LicensePage::copyText()
{
    if (connection() && connection()->hasLicense())
        QApplication::clipboard()->setText(connection()->license().raw);
}

bool LicensePage::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    if (!connection() || !connection()->hasLicense()) {
        *error = tr("There is no license to export.");
        return false;
    }
    const LicenseDocument &doc = connection()->license();
    const QByteArray bytes = format == ExportFormat::Text
        ? doc.raw.toUtf8()
        : QJsonDocument(licenseToJson(doc.license)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LicensePage::exportWithDialog(ExportFormat format)
{
    const QString id
        = connection() ? connection()->license().license.licenseId.value_or(u"license"_s) : u"license"_s;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + QString(id).replace(u'/', u'_') + (format == ExportFormat::Text ? u".txt"_s : u".json"_s);
    const QString filter
        = format == ExportFormat::Text ? tr("Text files (*.txt)") : tr("JSON files (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export License"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export License"), error);
}
