// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace.h"
#include "models/servertreemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestServerTreeModel : public QObject
{
    Q_OBJECT

private:
    Workspace *m_ws = nullptr;
    ServerTreeModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    QUuid add(const QString &name, const QString &folder = {})
    {
        ServerEntry e;
        e.name = name;
        e.url = normaliseServerUrl(name.toLower().remove(u' '));
        e.folder = folder;
        const QUuid id = m_ws->addServer(e);
        Q_ASSERT(!id.isNull());
        return id;
    }
    QString nameAt(const QModelIndex &index) const { return index.data().toString(); }
    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            names.append(nameAt(m_model->index(row, 0, parent)));
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = new Workspace(this);
        m_model = new ServerTreeModel(this);
        // The tester watches every change from the start, before anything is filled in.
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setWorkspace(m_ws);
    }
    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_ws;
    }

    void foldersBeforeServersSorted()
    {
        add(u"zeta"_s);
        add(u"Alpha"_s);
        m_ws->addFolder(u"Production/EU"_s);
        add(u"eu-b"_s, u"Production/EU"_s);
        add(u"eu-a"_s, u"Production/EU"_s);
        m_ws->addFolder(u"Empty"_s);
        QCOMPARE(childNames({}), (QStringList {u"Empty"_s, u"Production"_s, u"Alpha"_s, u"zeta"_s}));
        const QModelIndex eu = m_model->indexOfFolder(u"Production/EU"_s);
        QVERIFY(eu.isValid());
        QCOMPARE(nameAt(eu), u"EU"_s);
        QCOMPARE(nameAt(eu.parent()), u"Production"_s);
        QCOMPARE(childNames(eu), (QStringList {u"eu-a"_s, u"eu-b"_s}));
        QCOMPARE(eu.data(ServerTreeModel::KindRole).toInt(), int(ServerTreeModel::Kind::Folder));
    }

    void renameResorts()
    {
        const QUuid a = add(u"a"_s);
        add(u"b"_s);
        add(u"c"_s);
        ServerEntry e = *m_ws->server(a);
        e.name = u"d"_s;
        QVERIFY(m_ws->updateServer(e));
        QCOMPARE(childNames({}), (QStringList {u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(m_model->indexOfServer(a).row(), 2);
    }

    void backupIsAChildOfItsPrimary()
    {
        m_ws->addFolder(u"F"_s);
        const QUuid p = add(u"primary"_s, u"F"_s);
        const QUuid b = add(u"backup"_s);
        QVERIFY(m_ws->setPair(p, b));
        const QModelIndex primary = m_model->indexOfServer(p);
        QCOMPARE(m_model->indexOfServer(b).parent(), primary);
        QCOMPARE(childNames(m_model->indexOfFolder(u"F"_s)), QStringList {u"primary"_s});
        QCOMPARE(m_model->indexOfServer(b).data(ServerTreeModel::PartnerNameRole).toString(), u"primary"_s);
        QCOMPARE(m_model->indexOfServer(b).data(ServerTreeModel::PairRoleRole).toInt(),
            int(ServerEntry::PairRole::Backup));

        // Swapping the roles must not move a node below its own child.
        QVERIFY(m_ws->setPair(b, p));
        QCOMPARE(m_model->indexOfServer(p).parent(), m_model->indexOfServer(b));
        QCOMPARE(m_model->indexOfServer(b).parent(), m_model->indexOfFolder(u"F"_s));

        // Moving the pair moves both; removing the primary leaves the backup in the folder.
        QVERIFY(m_ws->moveServer(p, u"G"_s));
        QCOMPARE(m_model->indexOfServer(b).parent(), m_model->indexOfFolder(u"G"_s));
        QVERIFY(m_ws->removeServer(b));
        QCOMPARE(m_model->indexOfServer(p).parent(), m_model->indexOfFolder(u"G"_s));
        QVERIFY(!m_model->indexOfServer(b).isValid());
    }

    void removingFoldersKeepsServers()
    {
        m_ws->addFolder(u"A/B/C"_s);
        const QUuid s = add(u"s"_s, u"A/B/C"_s);
        QVERIFY(m_ws->removeFolder(u"A/B"_s));
        QCOMPARE(m_model->indexOfServer(s).parent(), m_model->indexOfFolder(u"A"_s));
        QVERIFY(!m_model->indexOfFolder(u"A/B"_s).isValid());
        QVERIFY(m_ws->renameFolder(u"A"_s, u"Z/A"_s));
        QCOMPARE(m_model->indexOfServer(s).parent(), m_model->indexOfFolder(u"Z/A"_s));
        QCOMPARE(childNames({}), QStringList {u"Z"_s});
    }

    void resetsOnImportAndWorkspaceLoss()
    {
        add(u"one"_s);
        Workspace other;
        other.addFolder(u"Imported"_s);
        ServerEntry e;
        e.name = u"two"_s;
        e.url = normaliseServerUrl(u"two"_s);
        e.folder = u"Imported"_s;
        other.addServer(e);
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QVERIFY(m_ws->importJson(other.exportJson()).ok);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(childNames({}), (QStringList {u"Imported"_s, u"one"_s}));
        QCOMPARE(childNames(m_model->indexOfFolder(u"Imported"_s)), QStringList {u"two"_s});
        m_model->setWorkspace(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void showsLiveStateWithErrorAndRetry()
    {
        m_ws->addFolder(u"F"_s);
        const QUuid id = add(u"lic"_s, u"F"_s);
        ServerEntry e = *m_ws->server(id);
        e.environment = ServerEntry::Environment::Production;
        m_ws->updateServer(e);
        const QModelIndex index = m_model->indexOfServer(id);
        QVERIFY(index.data(ServerTreeModel::EnvironmentColorRole).value<QColor>().isValid());

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        const QDateTime retry = QDateTime::currentDateTime().addSecs(40);
        m_model->setLiveState(id, {ServerConnection::State::Unreachable, u"Connection refused"_s, retry});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.data(ServerTreeModel::StateRole).toInt(), int(ServerConnection::State::Unreachable));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Unreachable: Connection refused"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Next try at"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Production"_s));
        // The drawn state icons are embedded and render (resource + SVG image plugin).
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).isNull());
        QCOMPARE(m_model->index(index.row(), ServerTreeModel::StateColumn, index.parent()).data().toString(),
            u"Unreachable"_s);

        m_model->setLiveState(id, {ServerConnection::State::CertificateChanged, u"pin mismatch"_s, {}});
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Certificate changed"_s));
        QVERIFY(!index.data(Qt::ToolTipRole).toString().contains(u"Next try"_s));
    }

    void dragAndDropMovesServersAndFolders()
    {
        m_ws->addFolder(u"Production"_s);
        m_ws->addFolder(u"Test/Lab"_s);
        const QUuid s = add(u"s"_s);
        std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->indexOfServer(s)}));
        QVERIFY(mime);
        const QModelIndex production = m_model->indexOfFolder(u"Production"_s);
        QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, production));
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, production));
        QCOMPARE(m_ws->server(s)->folder, u"Production"_s);
        QCOMPARE(m_model->indexOfServer(s).parent(), m_model->indexOfFolder(u"Production"_s));

        // A folder dropped into another one moves with its content; never into itself.
        std::unique_ptr<QMimeData> folder(m_model->mimeData({m_model->indexOfFolder(u"Production"_s)}));
        QVERIFY(!m_model->canDropMimeData(
            folder.get(), Qt::MoveAction, -1, -1, m_model->indexOfFolder(u"Production"_s)));
        QVERIFY(m_model->dropMimeData(
            folder.get(), Qt::MoveAction, -1, -1, m_model->indexOfFolder(u"Test/Lab"_s)));
        QCOMPARE(m_ws->server(s)->folder, u"Test/Lab/Production"_s);

        // Dropping on the empty area moves to the top level; a drag never removes rows itself.
        std::unique_ptr<QMimeData> again(m_model->mimeData({m_model->indexOfServer(s)}));
        QVERIFY(m_model->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(m_ws->server(s)->folder, QString());
        QVERIFY(!m_model->removeRows(0, 1, {}));
        QVERIFY(m_model->indexOfServer(s).isValid());

        QMimeData junk;
        junk.setData(ServerTreeModel::MimeType, "server not-a-uuid\nfolder \nnonsense");
        QVERIFY(!m_model->dropMimeData(&junk, Qt::MoveAction, -1, -1, {}));
    }

    void filtersRecursivelyThroughAProxy()
    {
        m_ws->addFolder(u"Production/EU"_s);
        add(u"eu-lic"_s, u"Production/EU"_s);
        add(u"us-lic"_s);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSourceModel(m_model);
        proxy.setFilterFixedString(u"EU-"_s);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex production = proxy.index(0, 0);
        QCOMPARE(production.data().toString(), u"Production"_s);
        QCOMPARE(proxy.index(0, 0, proxy.index(0, 0, production)).data().toString(), u"eu-lic"_s);
        add(u"eu-new"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestServerTreeModel)
#include "tst_servertreemodel.moc"
