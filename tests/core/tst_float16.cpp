// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "float16.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

/**
 * float16 rounding against numpy's float16 (tests/core/data/float16_rounding.csv, written by
 * tools/make_float16_table.py): ties to even, subnormals, overflow, signed zeros, and 400
 * random doubles across the whole range.
 */
class TestFloat16 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsAsNumpy_data();
    void roundsAsNumpy();
    void operationsRoundOnce();
};

void TestFloat16::roundsAsNumpy_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QFile file(QStringLiteral(RELU_TEST_DATA_DIR "/float16_rounding.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine(); // header
    int rows = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 2)
            continue;
        QTest::addRow("%s", fields[0].constData()) << fields[0].toDouble() << fields[1].toDouble();
        ++rows;
    }
    QVERIFY(rows > 400);
}

void TestFloat16::roundsAsNumpy()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    const double rounded = Float16::round(x);
    QCOMPARE(rounded, expected);
    QCOMPARE(std::signbit(rounded), std::signbit(expected));
}

void TestFloat16::operationsRoundOnce()
{
    // 1 + 2⁻¹¹ is a tie between 1 and 1 + 2⁻¹⁰: even, so 1. A product of two float16s below the
    // smallest subnormal's half is an exact zero: the lab's case.
    QCOMPARE(Float16::add(1.0, std::ldexp(1.0, -11)), 1.0);
    QCOMPARE(Float16::multiply(std::ldexp(1.0, -13), std::ldexp(1.0, -13)), 0.0);
    QCOMPARE(Float16::multiply(300.0, 300.0), std::numeric_limits<double>::infinity());
}

QTEST_GUILESS_MAIN(TestFloat16)
#include "tst_float16.moc"
