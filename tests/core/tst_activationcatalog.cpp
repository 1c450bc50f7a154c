// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "builtinactivation.h"
#include "csv.h"
#include "fuzzy.h"

#include <QFile>
#include <QTest>

#include <map>
#include <memory>

/**
 * Every built-in activation against tables computed with 60-digit arithmetic
 * (tools/make_reference_tables.py): values and derivatives over [-20, 20], at every kink and at
 * ±1e-9 around it, within 1e-13 relative or 1e-15 absolute. At the kinks, f′ is PyTorch's value
 * (docs/pytorch-conventions.md) and f′₋, f′₊ the one-sided limits.
 */
class TestActivationCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceTable_data();
    void referenceTable();
    void everyFunctionIsInTheTable();
    void frameworkValuesAtKinks_data();
    void frameworkValuesAtKinks();
    void kinksMatchTheirPieces();
    void labels_data();
    void labels();
    void specifications_data();
    void specifications();
    void badSpecifications_data();
    void badSpecifications();
    void listing();

private:
    std::shared_ptr<const Activation> function(const QString &spec);
    std::map<QString, std::shared_ptr<const Activation>> m_functions;
};

std::shared_ptr<const Activation> TestActivationCatalog::function(const QString &spec)
{
    auto found = m_functions.find(spec);
    if (found == m_functions.end()) {
        QString error;
        found = m_functions.emplace(spec, ActivationCatalog::fromSpecification(spec, &error)).first;
        if (!found->second)
            qWarning("%s: %s", qPrintable(spec), qPrintable(error));
    }
    return found->second;
}

void TestActivationCatalog::referenceTable_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("dfLeft");
    QTest::addColumn<double>("dfRight");
    QFile file(QStringLiteral(RELU_TEST_DATA_DIR "/activation_reference.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 4000);
    QCOMPARE(lines.first(), QStringLiteral("spec,x,f,df,df_left,df_right"));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = splitCsv(lines[i]);
        QCOMPARE(cells.size(), 6);
        double numbers[5];
        for (int c = 0; c < 5; ++c) {
            bool ok = false;
            numbers[c] = cells[c + 1].toDouble(&ok);
            QVERIFY2(ok, qPrintable(lines[i]));
        }
        QTest::addRow("%s at x = %s", qPrintable(cells[0]), qPrintable(cells[1]))
            << cells[0] << numbers[0] << numbers[1] << numbers[2] << numbers[3] << numbers[4];
    }
}

void TestActivationCatalog::referenceTable()
{
    QFETCH(QString, spec);
    QFETCH(double, x);
    QFETCH(double, f);
    QFETCH(double, df);
    QFETCH(double, dfLeft);
    QFETCH(double, dfRight);
    const auto activation = function(spec);
    QVERIFY(activation);
    constexpr double absolute = 1e-15, relative = 1e-13;
    RELU_FUZZY_COMPARE(activation->value(x), f, absolute, relative);
    RELU_FUZZY_COMPARE(activation->derivative(x, DerivativeConvention::PyTorch), df, absolute,
                       relative);
    RELU_FUZZY_COMPARE(activation->leftDerivative(x), dfLeft, absolute, relative);
    RELU_FUZZY_COMPARE(activation->rightDerivative(x), dfRight, absolute, relative);
}

void TestActivationCatalog::everyFunctionIsInTheTable()
{
    QFile file(QStringLiteral(RELU_TEST_DATA_DIR "/activation_reference.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString table = QString::fromUtf8(file.readAll());
    QCOMPARE(int(ActivationCatalog::families().size()), 18);
    for (const ActivationFamily &family : ActivationCatalog::families())
        QVERIFY2(table.contains(QLatin1Char('\n') + family.name)
                     || table.contains(QLatin1String("\n\"") + family.name),
                 qPrintable(family.name));
}

void TestActivationCatalog::frameworkValuesAtKinks_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QVector<double>>("kinks");
    QTest::addColumn<QVector<double>>("framework");
    // What PyTorch 1.13's autograd returns at each kink (docs/pytorch-conventions.md).
    QTest::newRow("relu") << QStringLiteral("relu") << QVector<double> { 0 }
                          << QVector<double> { 0 };
    QTest::newRow("leaky_relu: the negative slope")
        << QStringLiteral("leaky_relu:negative_slope=0.2") << QVector<double> { 0 }
        << QVector<double> { 0.2 };
    QTest::newRow("leaky_relu with slope 1 is the identity, no kink")
        << QStringLiteral("leaky_relu:negative_slope=1") << QVector<double> {}
        << QVector<double> {};
    QTest::newRow("relu6: 0 at both ends")
        << QStringLiteral("relu6") << QVector<double> { 0, 6 } << QVector<double> { 0, 0 };
    QTest::newRow("hardtanh: 0 at both bounds")
        << QStringLiteral("hardtanh") << QVector<double> { -1, 1 } << QVector<double> { 0, 0 };
    QTest::newRow("elu alpha=0.5: alpha")
        << QStringLiteral("elu:alpha=0.5") << QVector<double> { 0 } << QVector<double> { 0.5 };
    QTest::newRow("elu alpha=1: no kink")
        << QStringLiteral("elu") << QVector<double> {} << QVector<double> {};
    QTest::newRow("selu: its left limit")
        << QStringLiteral("selu") << QVector<double> { 0 }
        << QVector<double> { 1.0507009873554804934 * 1.6732632423543772848 };
    QTest::newRow("celu: no kink")
        << QStringLiteral("celu:alpha=2") << QVector<double> {} << QVector<double> {};
    QTest::newRow("hardsigmoid: 0 at ±3")
        << QStringLiteral("hardsigmoid") << QVector<double> { -3, 3 } << QVector<double> { 0, 0 };
    QTest::newRow("hardswish: -0.5 and 1.5")
        << QStringLiteral("hardswish") << QVector<double> { -3, 3 }
        << QVector<double> { -0.5, 1.5 };
    QTest::newRow("abs: 0") << QStringLiteral("abs") << QVector<double> { 0 }
                            << QVector<double> { 0 };
    for (const char *smooth :
         { "gelu", "silu", "mish", "softplus", "sigmoid", "tanh", "softsign", "logsigmoid" })
        QTest::addRow("%s: no kink", smooth)
            << QString::fromLatin1(smooth) << QVector<double> {} << QVector<double> {};
}

void TestActivationCatalog::frameworkValuesAtKinks()
{
    QFETCH(QString, spec);
    QFETCH(QVector<double>, kinks);
    QFETCH(QVector<double>, framework);
    const auto activation = function(spec);
    QVERIFY(activation);
    QCOMPARE(int(activation->kinks().size()), kinks.size());
    for (int i = 0; i < kinks.size(); ++i) {
        const Kink &kink = activation->kinks()[std::size_t(i)];
        QCOMPARE(kink.x, kinks[i]);
        RELU_FUZZY_COMPARE(kink.autograd[Framework::PyTorch], framework[i], 0.0, 1e-15);
        RELU_FUZZY_COMPARE(activation->derivative(kink.x), framework[i], 0.0, 1e-15);
        QVERIFY(kink.left != kink.right);
    }
}

void TestActivationCatalog::kinksMatchTheirPieces()
{
    // For every function: pieces tile the line, neighbours differ in colour index, and each kink's
    // one-sided derivatives are the limits of the pieces on either side.
    for (const ActivationFamily &family : ActivationCatalog::families()) {
        const auto activation = family.build(family, family.defaults());
        const auto &pieces = activation->pieces();
        QVERIFY(!pieces.empty());
        QVERIFY(std::isinf(pieces.front().domain.lower) && pieces.front().domain.lower < 0);
        QVERIFY(std::isinf(pieces.back().domain.upper) && pieces.back().domain.upper > 0);
        for (std::size_t i = 1; i < pieces.size(); ++i)
            QCOMPARE(pieces[i].domain.lower, pieces[i - 1].domain.upper);
        for (const Kink &kink : activation->kinks()) {
            QCOMPARE(activation->leftDerivative(kink.x), kink.left);
            QCOMPARE(activation->rightDerivative(kink.x), kink.right);
            const std::optional<Piece> left = activation->pieceAt(kink.x - 1e-6);
            const std::optional<Piece> right = activation->pieceAt(kink.x + 1e-6);
            QVERIFY(left && right && left->domain != right->domain);
            QCOMPARE(left->slopeAtUpper, kink.left);
            QCOMPARE(right->slopeAtLower, kink.right);
        }
        for (const Piece &piece : pieces) {
            QVERIFY2(piece.derivativeLabel.startsWith(QStringLiteral("f′(x) = ")),
                     qPrintable(piece.derivativeLabel));
            if (!piece.linear)
                continue;
            const double inside = std::isfinite(piece.domain.lower)
                ? (std::isfinite(piece.domain.upper) ? piece.domain.center()
                                                     : piece.domain.lower + 1)
                : piece.domain.upper - 1;
            QCOMPARE(piece.lineValue(inside), activation->value(inside));
        }
    }
}

void TestActivationCatalog::labels_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("relu") << QStringLiteral(
        "relu") << QStringList { QStringLiteral("f′(x) = 0"), QStringLiteral("f′(x) = 1") };
    QTest::newRow("leaky_relu: the slope's value")
        << QStringLiteral("leaky_relu")
        << QStringList { QStringLiteral("f′(x) = 0.01"), QStringLiteral("f′(x) = 1") };
    QTest::newRow("sigmoid: a formula")
        << QStringLiteral("sigmoid") << QStringList { QStringLiteral("f′(x) = σ(x)(1 − σ(x))") };
    QTest::newRow("hardswish") << QStringLiteral("hardswish")
                               << QStringList { QStringLiteral("f′(x) = 0"),
                                                QStringLiteral("f′(x) = (2x + 3)/6"),
                                                QStringLiteral("f′(x) = 1") };
    QTest::newRow("softplus switches to x at the threshold")
        << QStringLiteral("softplus")
        << QStringList { QStringLiteral("f′(x) = σ(x)"), QStringLiteral("f′(x) = 1") };
}

void TestActivationCatalog::labels()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, labels);
    QStringList actual;
    for (const Piece &piece : function(spec)->pieces())
        actual << piece.derivativeLabel;
    QCOMPARE(actual, labels);
}

void TestActivationCatalog::specifications_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain name") << QStringLiteral("relu") << QStringLiteral("relu");
    QTest::newRow("defaults filled in")
        << QStringLiteral("leaky_relu") << QStringLiteral("leaky_relu:negative_slope=0.01");
    QTest::newRow("one parameter") << QStringLiteral("leaky_relu:negative_slope=0.2")
                                   << QStringLiteral("leaky_relu:negative_slope=0.2");
    QTest::newRow("choice") << QStringLiteral("gelu:approximate=tanh")
                            << QStringLiteral("gelu:approximate=tanh");
    QTest::newRow("any order, spaces") << QStringLiteral("hardtanh: max_val=2 , min_val=-0.5")
                                       << QStringLiteral("hardtanh:min_val=-0.5,max_val=2");
    QTest::newRow("some parameters")
        << QStringLiteral("softplus:beta=2") << QStringLiteral("softplus:beta=2,threshold=20");
}

void TestActivationCatalog::specifications()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QString error;
    const auto activation = ActivationCatalog::fromSpecification(input, &error);
    QVERIFY2(activation, qPrintable(error));
    QCOMPARE(activation->specification(), canonical);
    // The canonical form reads back to the same function.
    const auto again = ActivationCatalog::fromSpecification(canonical, &error);
    QVERIFY(again);
    QCOMPARE(again->specification(), canonical);
    QCOMPARE(again->value(0.7), activation->value(0.7));
}

void TestActivationCatalog::badSpecifications_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown name") << QStringLiteral(
        "relu7") << QStringLiteral("unknown function 'relu7'; choose one of relu, leaky_relu");
    QTest::newRow("empty") << QString() << QStringLiteral("unknown function ''");
    QTest::newRow("unknown parameter")
        << QStringLiteral("leaky_relu:slope=0.1")
        << QStringLiteral("unknown parameter 'slope' for leaky_relu; it takes negative_slope");
    QTest::newRow("parameter for a function without any")
        << QStringLiteral("relu:alpha=1")
        << QStringLiteral("relu takes no parameters, got 'alpha'");
    QTest::newRow("out of range")
        << QStringLiteral("leaky_relu:negative_slope=5")
        << QStringLiteral("negative_slope=5 is out of range for leaky_relu: use 0 to 1");
    QTest::newRow("not a number") << QStringLiteral(
        "elu:alpha=big") << QStringLiteral("alpha of elu expects a finite number, got 'big'");
    QTest::newRow("NaN") << QStringLiteral("elu:alpha=nan")
                         << QStringLiteral("expects a finite number");
    QTest::newRow("missing value")
        << QStringLiteral("elu:alpha") << QStringLiteral("parameter 'alpha' of elu needs a value");
    QTest::newRow("a parameter twice: not the last one wins")
        << QStringLiteral("leaky_relu:negative_slope=0.2,negative_slope=0.3")
        << QStringLiteral("parameter 'negative_slope' of leaky_relu is given twice");
    QTest::newRow("twice, the same value")
        << QStringLiteral("elu:alpha=1,alpha=1")
        << QStringLiteral("parameter 'alpha' of elu is given twice");
    QTest::newRow("bad choice") << QStringLiteral("gelu:approximate=erf")
                                << QStringLiteral(
                                       "approximate of gelu must be one of none, tanh, got 'erf'");
    QTest::newRow("hardtanh bounds reversed")
        << QStringLiteral("hardtanh:min_val=2,max_val=1")
        << QStringLiteral("hardtanh: min_val (2) must be less than max_val (1)");
    QTest::newRow("celu alpha 0") << QStringLiteral("celu:alpha=0")
                                  << QStringLiteral("alpha=0 is out of range for celu");
}

void TestActivationCatalog::badSpecifications()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ActivationCatalog::fromSpecification(input, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestActivationCatalog::listing()
{
    const QStringList lines
        = ActivationCatalog::listing().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 18);
    QVERIFY(lines[0].startsWith(QLatin1String("relu")));
    QVERIFY(lines[0].contains(QLatin1String("kinks: 0")));
    const QString leaky = lines.filter(QStringLiteral("leaky_relu")).value(0);
    QVERIFY2(leaky.contains(QLatin1String("negative_slope=0.01 (0 to 1)")), qPrintable(leaky));
    const QString relu6 = lines.filter(QStringLiteral("relu6")).value(0);
    QVERIFY(relu6.contains(QLatin1String("kinks: 0, 6")));
    const QString gelu = lines.filter(QStringLiteral("gelu")).value(0);
    QVERIFY2(gelu.contains(QLatin1String("approximate=none (none|tanh)")), qPrintable(gelu));
    QVERIFY(gelu.contains(QLatin1String("kinks: none")));
}

QTEST_GUILESS_MAIN(TestActivationCatalog)
#include "tst_activationcatalog.moc"
