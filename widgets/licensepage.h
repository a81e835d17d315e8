// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/serverpage.h"

class LicenseHeaderModel;
class ProductSectionsModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

// The installed license (replaces the HASP Viewer): header fields as a form, product sections as
// a table, license_viewer's raw text in a tab; unknown fields are shown, not dropped. Copy puts
// the raw text on the clipboard; export writes the raw text or the license JSON contract.
class LicensePage : public ServerPage
{
    Q_OBJECT

public:
    enum class ExportFormat { Text, Json };

    explicit LicensePage(QWidget *parent = nullptr);

    bool hasData() const override;
    // Writes the shown license; false with *error when there is none or the file cannot be written.
    bool exportTo(const QString &path, ExportFormat format, QString *error) const;

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;

private:
    void updateMessage();
    void copyText();
    void exportWithDialog(ExportFormat format);

    LicenseHeaderModel *m_headerModel;
    ProductSectionsModel *m_sectionsModel;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_headerView;
    QTableView *m_sectionsView;
    QPlainTextEdit *m_raw;
    QPushButton *m_copy;
    QPushButton *m_exportText;
    QPushButton *m_exportJson;
};
