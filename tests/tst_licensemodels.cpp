// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/licenseheadermodel.h"
#include "models/productsectionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicenseModels : public QObject
{
    Q_OBJECT

private:
    static License sample()
    {
        License license;
        license.keyType = License::KeyType::Countdown;
        license.licenseId = u"01.00000001.002.045"_s;
        license.customer = u"Stromasys"_s;
        license.expiration.kind = Expiration::Kind::Hours;
        license.expiration.hours = 100;
        license.gracePeriodMinutes = 120;
        license.extra = {{u"K_NEWFIELD"_s, u"42"_s}, {u"Support level"_s, u"gold"_s}};
        ProductSection ssp;
        ssp.name = u"Charon-SSP"_s;
        ssp.virtualHardware = {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s};
        ssp.majorVersion = 5;
        ssp.minorVersion = 3;
        ssp.maxCpu = 8;
        ssp.maxMemoryMB = 32768;
        ssp.instances = 4;
        ssp.extra = {{u"P_FUTURE"_s, u"x"_s}};
        ProductSection par;
        par.name = u"Charon-PAR"_s;
        par.maxCpu = 16;
        par.instances = 1;
        license.products = {ssp, par};
        return license;
    }

    static int rowOf(const QAbstractItemModel &model, const QString &key)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(LicenseHeaderModel::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void headerShowsKnownAndUnknownFields()
    {
        LicenseHeaderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLicense(sample(), 87.5);
        const int id = rowOf(model, u"licenseId"_s);
        QVERIFY(id >= 0);
        QCOMPARE(
            model.index(id, LicenseHeaderModel::ValueColumn).data().toString(), u"01.00000001.002.045"_s);
        QCOMPARE(model.index(rowOf(model, u"keyType"_s), 1).data().toString(), u"COUNTDOWN"_s);
        QCOMPARE(model.index(rowOf(model, u"expiration"_s), 1).data().toString(), u"100 hours"_s);
        QCOMPARE(model.index(rowOf(model, u"remainingHours"_s), 1).data().toString(), u"87.5 hours"_s);
        QVERIFY(model.index(rowOf(model, u"gracePeriod"_s), 1).data().toString().contains(u"120"_s));

        // Unknown keys are kept in order, flagged, and never dropped.
        const int extra = rowOf(model, u"K_NEWFIELD"_s);
        QVERIFY(extra >= 0);
        QCOMPARE(rowOf(model, u"Support level"_s), extra + 1);
        QVERIFY(model.index(extra, 0).data(LicenseHeaderModel::ExtraRole).toBool());
        QCOMPARE(model.index(extra, 1).data().toString(), u"42"_s);
        QVERIFY(!model.index(extra, 1).data(Qt::ToolTipRole).toString().isEmpty());

        // A field the license lacks is there, marked absent.
        const int platform = rowOf(model, u"platform"_s);
        QVERIFY(!model.index(platform, 1).data(LicenseHeaderModel::PresentRole).toBool());

        // Without remaining hours the row is gone; clear and refill paths.
        model.setLicense(sample());
        QCOMPARE(rowOf(model, u"remainingHours"_s), -1);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.size(), 1);
        model.clear();
        QCOMPARE(removed.size(), 1);
        model.setLicense(License());
        QVERIFY(model.rowCount() > 0);
    }

    void productSectionsTable()
    {
        ProductSectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ProductSectionsModel::SortRole);
        model.setSections(sample().products);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProductSectionsModel::HardwareColumn).data().toString(),
            u"Charon-SSP/4M, Charon-SSP/4U+"_s);
        QCOMPARE(model.index(0, ProductSectionsModel::VersionColumn).data().toString(), u"5.3"_s);
        QCOMPARE(model.index(0, ProductSectionsModel::MemoryColumn).data().toString(), u"32768 MB (32 GB)"_s);
        QCOMPARE(model.index(0, ProductSectionsModel::ExtraColumn).data().toString(), u"P_FUTURE=x"_s);
        QCOMPARE(model.index(0, 0).data(ProductSectionsModel::ExtraCountRole).toInt(), 1);
        QVERIFY(model.index(0, ProductSectionsModel::ExtraColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"P_FUTURE"_s));
        QVERIFY(model.index(1, ProductSectionsModel::VersionColumn).data().toString().isEmpty());

        // Numbers sort as numbers (16 > 8), not as text.
        proxy.sort(ProductSectionsModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProductSectionsModel::NameColumn).data().toString(), u"Charon-PAR"_s);

        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        model.setSections(sample().products);
        model.setSections({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLicenseModels)
#include "tst_licensemodels.moc"
