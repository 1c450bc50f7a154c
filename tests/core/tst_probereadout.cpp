#include "probereadout.h"
#include "relu.h"

#include <QTest>

/** The readout's words: the slope off the kink, "undefined" and the convention's value on it. */
class TestProbeReadout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
};

void TestProbeReadout::describe_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("atKink");
    using C = DerivativeConvention;
    QTest::newRow("notebook question: slope at x = 2")
        << 2.0 << C::Framework << 2 << QStringLiteral("x = 2.00     f(x) = 2.00     f′(x) = 1") << false;
    QTest::newRow("slope at x = -2")
        << -2.0 << C::Framework << 2 << QStringLiteral("x = -2.00     f(x) = 0.00     f′(x) = 0") << false;
    QTest::newRow("kink, framework")
        << 0.0 << C::Framework << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0") << true;
    QTest::newRow("kink, undefined")
        << 0.0 << C::Undefined << 2 << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined")
        << true;
    QTest::newRow("just right of the kink: a slope, not the kink")
        << 1e-9 << C::Framework << 10
        << QStringLiteral("x = 0.0000000010     f(x) = 0.0000000010     f′(x) = 1") << false;
    QTest::newRow("just left of the kink, rounded x still no kink")
        << -1e-9 << C::Framework << 2 << QStringLiteral("x = 0.00     f(x) = 0.00     f′(x) = 0") << false;
}

void TestProbeReadout::describe()
{
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QFETCH(bool, atKink);
    const Relu relu;
    const ProbeReadout readout = ProbeReadout::describe(relu, x, convention, decimals);
    QCOMPARE(readout.text(), text);
    QCOMPARE(readout.atKink, atKink);
}

QTEST_GUILESS_MAIN(TestProbeReadout)
#include "tst_probereadout.moc"
