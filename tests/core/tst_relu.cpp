// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activations.h"
#include "fuzzy.h"

#include <QTest>

#include <limits>

/** ReLU's values and derivatives, as the notebook states them, kink and conventions included. */
class TestRelu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_data();
    void value();
    void derivative_data();
    void derivative();
    void oneSided_data();
    void oneSided();
    void kinkAndPieces();
    void nan();

private:
    static constexpr double tiny = 1e-300;
    static constexpr double denormal = std::numeric_limits<double>::denorm_min();
};

void TestRelu::value_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    // The notebook's examples: f(1) = 1, f(3) = 3, f(-1) = 0, f(-3) = 0, f(0) = 0.
    QTest::newRow("notebook f(1)") << 1.0 << 1.0;
    QTest::newRow("notebook f(3)") << 3.0 << 3.0;
    QTest::newRow("notebook f(-1)") << -1.0 << 0.0;
    QTest::newRow("notebook f(-3)") << -3.0 << 0.0;
    QTest::newRow("notebook f(0), the kink") << 0.0 << 0.0;
    QTest::newRow("kink from -0") << -0.0 << 0.0;
    QTest::newRow("just right of the kink") << 1e-9 << 1e-9;
    QTest::newRow("just left of the kink") << -1e-9 << 0.0;
    QTest::newRow("tiny positive") << tiny << tiny;
    QTest::newRow("tiny negative") << -tiny << 0.0;
    QTest::newRow("denormal positive") << denormal << denormal;
    QTest::newRow("large positive") << 1e300 << 1e300;
    QTest::newRow("large negative") << -1e300 << 0.0;
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity()
                          << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << 0.0;
}

void TestRelu::value()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    const Activation &relu = reluFunction();
    RELU_FUZZY_COMPARE(relu.value(x), expected, 0.0, 0.0);
    QVERIFY2(!std::signbit(relu.value(x)) || x > 0, "ReLU never returns -0");
}

void TestRelu::derivative_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    using C = DerivativeConvention;
    // At the kink each convention gives its own answer.
    QTest::newRow("relu at kink, convention framework (PyTorch: 0)") << 0.0 << C::PyTorch << 0.0;
    QTest::newRow("relu at kink, convention left") << 0.0 << C::Left << 0.0;
    QTest::newRow("relu at kink, convention right") << 0.0 << C::Right << 1.0;
    QTest::newRow("relu at kink, convention average") << 0.0 << C::Average << 0.5;
    QTest::newRow("relu at kink, convention undefined") << 0.0 << C::Undefined << nan;
    QTest::newRow("relu at -0, convention right") << -0.0 << C::Right << 1.0;
    // Away from the kink every convention agrees: the slope is 0 on the left, 1 on the right.
    for (C convention : { C::PyTorch, C::Left, C::Right, C::Average, C::Undefined }) {
        const QByteArray name = ConventionNames::key(convention).toUtf8();
        QTest::addRow("slope at x = 2, %s", name.constData()) << 2.0 << convention << 1.0;
        QTest::addRow("slope at x = -2, %s", name.constData()) << -2.0 << convention << 0.0;
        QTest::addRow("slope at +1e-9, %s", name.constData()) << 1e-9 << convention << 1.0;
        QTest::addRow("slope at -1e-9, %s", name.constData()) << -1e-9 << convention << 0.0;
        QTest::addRow("slope at +tiny, %s", name.constData()) << tiny << convention << 1.0;
        QTest::addRow("slope at -tiny, %s", name.constData()) << -tiny << convention << 0.0;
        QTest::addRow("slope at +denormal, %s", name.constData()) << denormal << convention << 1.0;
        QTest::addRow("slope at 1e300, %s", name.constData()) << 1e300 << convention << 1.0;
        QTest::addRow("slope at -1e300, %s", name.constData()) << -1e300 << convention << 0.0;
    }
}

void TestRelu::derivative()
{
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(double, expected);
    const Activation &relu = reluFunction();
    RELU_FUZZY_COMPARE(relu.derivative(x, convention), expected, 0.0, 0.0);
}

void TestRelu::oneSided_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::newRow("at the kink the sides differ") << 0.0 << 0.0 << 1.0;
    QTest::newRow("at -0 the sides differ too") << -0.0 << 0.0 << 1.0;
    QTest::newRow("left of the kink") << -1e-9 << 0.0 << 0.0;
    QTest::newRow("right of the kink") << 1e-9 << 1.0 << 1.0;
    QTest::newRow("far left") << -1e300 << 0.0 << 0.0;
    QTest::newRow("far right") << 1e300 << 1.0 << 1.0;
}

void TestRelu::oneSided()
{
    QFETCH(double, x);
    QFETCH(double, left);
    QFETCH(double, right);
    const Activation &relu = reluFunction();
    QCOMPARE(relu.leftDerivative(x), left);
    QCOMPARE(relu.rightDerivative(x), right);
}

void TestRelu::kinkAndPieces()
{
    const Activation &relu = reluFunction();
    QCOMPARE(relu.name(), QStringLiteral("relu"));
    QCOMPARE(relu.kinks().size(), std::size_t(1));
    const Kink &kink = relu.kinks().front();
    QCOMPARE(kink.x, 0.0);
    QCOMPARE(kink.left, 0.0);
    QCOMPARE(kink.right, 1.0);
    QCOMPARE(kink.autograd[Framework::PyTorch], 0.0);
    QVERIFY(relu.kinkAt(0.0) == &kink);
    QVERIFY(relu.kinkAt(1e-300) == nullptr);

    const std::vector<Piece> pieces = relu.pieces();
    QCOMPARE(pieces.size(), std::size_t(2));
    const Piece &negative = pieces[0];
    const Piece &positive = pieces[1];
    QVERIFY(negative.linear && positive.linear);
    QCOMPARE(negative.domain.upper, 0.0);
    QCOMPARE(positive.domain.lower, 0.0);
    QVERIFY(std::isinf(negative.domain.lower) && std::isinf(positive.domain.upper));
    QCOMPARE(negative.derivativeLabel, QStringLiteral("f′(x) = 0"));
    QCOMPARE(positive.derivativeLabel, QStringLiteral("f′(x) = 1"));
    QVERIFY(!relu.pieceAt(0.0));
    QCOMPARE(relu.pieceAt(-2.0)->domain, negative.domain);
    QCOMPARE(relu.pieceAt(2.0)->domain, positive.domain);
    // Each piece's line is the function itself.
    for (double x : { -3.0, -1e-9, 1e-9, 3.0 }) {
        const std::optional<Piece> piece = relu.pieceAt(x);
        QVERIFY(piece);
        QCOMPARE(piece->lineValue(x), relu.value(x));
        QCOMPARE(piece->slope, relu.derivative(x));
    }
}

void TestRelu::nan()
{
    const Activation &relu = reluFunction();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(std::isnan(relu.value(nan)));
    QVERIFY(std::isnan(relu.derivative(nan)));
}

QTEST_GUILESS_MAIN(TestRelu)
#include "tst_relu.moc"
