// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace.h"
#include "widgets/serverdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerDialog : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    QUuid m_existing;

    static void set(ServerDialog &dialog, const char *name, const QString &text)
    {
        dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws.addFolder(u"Production/EU"_s);
        ServerEntry e;
        e.name = u"EU primary"_s;
        e.url = normaliseServerUrl(u"eu1"_s);
        m_existing = m_ws.addServer(e);
    }
    void init() { QTest::failOnWarning(QRegularExpression(u"^QObject::"_s)); }

    void staysOpenWithTheReasonUntilValid()
    {
        ServerDialog dialog(ServerDialog::Mode::Add, &m_ws);
        dialog.show();
        auto *error = dialog.findChild<QLabel *>(u"serverDialogError"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(u"name"_s));

        set(dialog, "serverName", u"EU backup"_s);
        set(dialog, "serverAddress", u"http://eu2"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(u"https"_s));

        set(dialog, "serverAddress", u"eu1:8093"_s); // already used
        dialog.accept();
        QVERIFY(error->text().contains(u"EU primary"_s));

        set(dialog, "serverAddress", u"eu2"_s);
        dialog.accept();
        QVERIFY(error->text().contains(u"token"_s)); // a new server needs its token

        set(dialog, "serverToken", u"vea_secret"_s);
        dialog.findChild<QComboBox *>(u"serverFolder"_s)->setCurrentText(u" Production / EU "_s);
        auto *partner = dialog.findChild<QComboBox *>(u"serverPartner"_s);
        partner->setCurrentIndex(partner->findData(m_existing));
        auto *role = dialog.findChild<QComboBox *>(u"serverPairRole"_s);
        role->setCurrentIndex(role->findData(int(ServerEntry::PairRole::Backup)));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const ServerEntry entry = dialog.entry();
        QCOMPARE(entry.url.toString(), u"https://eu2:8093"_s);
        QCOMPARE(entry.folder, u"Production/EU"_s);
        QCOMPARE(dialog.token(), u"vea_secret"_s);
        QCOMPARE(dialog.partnerId(), m_existing);
        QCOMPARE(dialog.pairRole(), ServerEntry::PairRole::Backup);
    }

    void editKeepsTheTokenWhenLeftEmpty()
    {
        ServerDialog dialog(ServerDialog::Mode::Edit, &m_ws);
        dialog.setEntry(*m_ws.server(m_existing));
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>(u"serverAddress"_s)->text(), u"eu1:8093"_s);
        // The server itself is not offered as its own partner.
        QCOMPARE(dialog.findChild<QComboBox *>(u"serverPartner"_s)->findData(m_existing), -1);
        set(dialog, "serverName", u"EU primary (renamed)"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.token().isEmpty());
        QCOMPARE(dialog.entry().id, m_existing);
        QCOMPARE(dialog.entry().name, u"EU primary (renamed)"_s);
        QCOMPARE(dialog.pairRole(), ServerEntry::PairRole::None);
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
