// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "autogradexamples.h"
#include "csv.h"
#include "expressionactivation.h"
#include "frameworkcomparison.h"
#include "frameworkrules.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

/**
 * Every framework's value at every kink of every built-in, and at the switching points of the
 * expression primitives and the gallery, against what the frameworks themselves return:
 * PyTorch and TensorFlow.js measured (tools/measure_pytorch_kinks.py,
 * tools/measure_tfjs_kinks.mjs), TensorFlow and JAX read in their source, each row citing its
 * commit, file and lines (tests/core/data/framework_sources.csv).
 */
class TestFrameworkValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void everyKinkHasEveryFramework();
    void aGapIsSaid_data();
    void aGapIsSaid();
    void comparisonAtAKink();
    void examplesSayWhatWasMeasured();
};

namespace {

std::optional<Framework> frameworkNamed(const QString &key)
{
    for (Framework f : FrameworkNames::all) {
        if (FrameworkNames::key(f) == key)
            return f;
    }
    return std::nullopt;
}

} // namespace

void TestFrameworkValues::values_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("note");
    const QString dir = QStringLiteral(RELU_TEST_DATA_DIR);
    int rows = 0;
    for (const char *file : { "framework_pytorch.csv", "framework_tfjs.csv" }) {
        const auto table
            = readCsv(dir + QLatin1Char('/') + QLatin1String(file),
                      QStringLiteral("case,expression,x,framework,version,dtype,value,note"));
        QVERIFY2(!table.isEmpty(), file);
        for (const QStringList &r : table) {
            const auto framework = frameworkNamed(r[3]);
            QVERIFY2(framework, qPrintable(r[3]));
            QTest::addRow("%s %s %s", qPrintable(r[0]), qPrintable(r[3]), qPrintable(r[5]))
                << r[1] << csvNumber(r[2]) << int(*framework) << r[5] << csvNumber(r[6]) << r[7];
            ++rows;
        }
    }
    const auto sources = readCsv(
        dir + QStringLiteral("/framework_sources.csv"),
        QStringLiteral("case,expression,x,framework,version,dtype,value,note,repository,commit,"
                       "path,lines,quote"));
    QVERIFY(!sources.isEmpty());
    for (const QStringList &r : sources) {
        const auto framework = frameworkNamed(r[3]);
        QVERIFY2(framework, qPrintable(r[3]));
        // A value read in the source names where: a commit of 40 hex digits, a file, lines.
        // (That a function is missing has no line to cite.)
        QVERIFY2(csvNumber(r[6]) != csvNumber(r[6])
                     || (r[9].section(QLatin1Char(' '), 0, 0).size() == 40 && !r[10].isEmpty()
                         && !r[11].isEmpty()),
                 qPrintable(r[0]));
        QTest::addRow("%s %s %s", qPrintable(r[0]), qPrintable(r[3]), qPrintable(r[5]))
            << r[1] << csvNumber(r[2]) << int(*framework) << r[5] << csvNumber(r[6]) << r[7];
        ++rows;
    }
    QVERIFY(rows > 250);
}

void TestFrameworkValues::values()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(int, framework);
    QFETCH(QString, dtype);
    QFETCH(double, value);
    QFETCH(QString, note);
    const auto f = Framework(framework);
    if (note.contains(QLatin1String("not determined")) || note.contains(QLatin1String("raises")))
        QSKIP("the framework's value is not known here (see the note)");
    std::shared_ptr<const Activation> activation
        = ActivationCatalog::fromSpecification(expression, nullptr);
    if (!activation) {
        activation
            = ExpressionActivation::parse(expression, ExpressionActivation::batch).activation;
        // clamp(x, min=0), PyTorch's one-sided clamp, has no spelling in the app's language.
        if (!activation && expression.contains(QLatin1String("min=")))
            QSKIP("not in the app's language");
        QVERIFY2(activation, qPrintable(expression));
    }
    const Breakpoint *b = activation->breakpointAt(x);
    if (!activation->isExpression() && f != Framework::PyTorch) {
        if (!b)
            QSKIP("the app claims other frameworks' values only at a built-in's breakpoints");
        if (!b->isKink()) {
            // softplus's switch to x: only PyTorch's softplus has one.
            QVERIFY(std::isnan(activation->autogradDerivative(x, f)));
            QVERIFY(!activation->autogradGap(x, f).isEmpty());
            return;
        }
    }
    const double app = activation->autogradDerivative(x, f);
    if (std::isnan(value)) {
        QVERIFY2(std::isnan(app), qPrintable(QString::number(app, 'g', 17)));
        // And the app says why, where it is a function or a rule the framework lacks.
        if (b || activation->isExpression())
            QVERIFY2(!activation->autogradGap(x, f).isEmpty()
                         || note.contains(QLatin1String("equals |x|")),
                     qPrintable(note));
        return;
    }
    // float32 values are the nearest float32 to the app's double. (TensorFlow keeps leaky_relu's
    // alpha in 32 bits even in float64, and the app says so: that row is compared exactly.)
    // TensorFlow.js computes only in float32, and the app gives its built-ins' values so: exact.
    const bool single = dtype == QLatin1String("float32")
        && !(f == Framework::TfJs && !activation->isExpression());
    const double tolerance = single ? 1e-7 : 1e-15;
    QVERIFY2(std::abs(app - value) <= tolerance * std::max(1.0, std::abs(value)),
             qPrintable(QStringLiteral("app %1, framework %2")
                            .arg(QString::number(app, 'g', 17), QString::number(value, 'g', 17))));
}

void TestFrameworkValues::everyKinkHasEveryFramework()
{
    // Each built-in's kinks, at its defaults and at other parameters: a value, or a sentence
    // saying why the framework has none. Never "no value on record".
    const QStringList specifications
        = QStringLiteral("relu;leaky_relu;leaky_relu:negative_slope=0.3;relu6;hardtanh;"
                         "hardtanh:min_val=-2,max_val=3;elu:alpha=0.5;elu:alpha=2;selu;hardsigmoid;"
                         "hardswish;abs;"
                         "softplus")
              .split(QLatin1Char(';'));
    for (const QString &specification : specifications) {
        const auto f = ActivationCatalog::fromSpecification(specification, nullptr);
        QVERIFY2(f, qPrintable(specification));
        QVERIFY2(!f->breakpoints().empty(), qPrintable(specification));
        for (const Breakpoint &b : f->breakpoints()) {
            QVERIFY(std::isfinite(b.autograd[Framework::PyTorch]));
            for (Framework framework : FrameworkNames::all) {
                const QString gap = f->autogradGap(b.x, framework);
                const QString where = specification + QLatin1Char(' ') + QString::number(b.x)
                    + QLatin1Char(' ') + FrameworkNames::key(framework) + QLatin1String(": ") + gap;
                QVERIFY2(std::isnan(b.autograd[framework]) != gap.isEmpty(), qPrintable(where));
                QVERIFY2(!gap.contains(QLatin1String("on record")), qPrintable(where));
            }
        }
    }
}

void TestFrameworkValues::aGapIsSaid_data()
{
    QTest::addColumn<QString>("specification");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QString>("gap");
    QTest::newRow("TensorFlow, hardtanh")
        << QStringLiteral("hardtanh") << -1.0 << int(Framework::TensorFlow)
        << QStringLiteral("TensorFlow has no hardtanh");
    QTest::newRow("JAX, hardtanh with other bounds")
        << QStringLiteral("hardtanh:min_val=-2,max_val=3") << 3.0 << int(Framework::Jax)
        << QStringLiteral("JAX's hard_tanh has no bounds other than −1 and 1");
    QTest::newRow("TF.js, a comparison")
        << QStringLiteral("x*(x>0)") << 0.0 << int(Framework::TfJs)
        << QStringLiteral("TensorFlow.js: tf.grad fails on a comparison");
    QTest::newRow("TensorFlow, floor alone")
        << QStringLiteral("floor(x)") << 0.0 << int(Framework::TensorFlow)
        << QStringLiteral("TensorFlow returns None: no gradient reaches x");
    QTest::newRow("TensorFlow, floor beside x")
        << QStringLiteral("x+floor(x)") << 0.5 << int(Framework::TensorFlow) << QString();
}

void TestFrameworkValues::aGapIsSaid()
{
    QFETCH(QString, specification);
    QFETCH(double, x);
    QFETCH(int, framework);
    QFETCH(QString, gap);
    std::shared_ptr<const Activation> f
        = ActivationCatalog::fromSpecification(specification, nullptr);
    if (!f)
        f = ExpressionActivation::parse(specification, ExpressionActivation::batch).activation;
    QVERIFY(f);
    QCOMPARE(f->autogradGap(x, Framework(framework)), gap);
    QCOMPARE(std::isnan(f->autogradDerivative(x, Framework(framework))), !gap.isEmpty());
}

void TestFrameworkValues::comparisonAtAKink()
{
    const auto abs = ActivationCatalog::create(QStringLiteral("abs"));
    const auto atAbs = FrameworkComparison::at(*abs, 0.0);
    QVERIFY(atAbs);
    QCOMPARE(int(atAbs->rows.size()), FrameworkNames::count);
    QCOMPARE(int(atAbs->groups.size()), 3);
    QCOMPARE(atAbs->groups[0].value, -1.0);
    QCOMPARE(atAbs->groups[0].frameworks, QStringList { QStringLiteral("TensorFlow.js") });
    QCOMPARE(atAbs->groups[1].value, 0.0);
    QCOMPARE(atAbs->groups[1].frameworks,
             (QStringList { QStringLiteral("PyTorch"), QStringLiteral("TensorFlow") }));
    QCOMPARE(atAbs->groups[2].frameworks, QStringList { QStringLiteral("JAX") });
    // Each row says where its value comes from: a version.
    for (const auto &row : atAbs->rows)
        QVERIFY2(row.note.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+"))),
                 qPrintable(row.note));

    // hardtanh at −1: TensorFlow and TensorFlow.js have none, and their rows say so.
    const auto hardtanh = ActivationCatalog::create(QStringLiteral("hardtanh"));
    const auto atLower = FrameworkComparison::at(*hardtanh, -1.0);
    QVERIFY(atLower);
    QCOMPARE(int(atLower->groups.size()), 2); // 0 (PyTorch), 1 (JAX)
    QVERIFY(std::isnan(atLower->rows[1].value));
    QCOMPARE(atLower->rows[1].note, QStringLiteral("TensorFlow has no hardtanh"));

    // leaky_relu: TensorFlow's alpha is a float32, PyTorch's a double; one ring, not two at the
    // same place with the same label.
    const auto leaky = ActivationCatalog::create(QStringLiteral("leaky_relu"));
    const auto atLeaky = FrameworkComparison::at(*leaky, 0.0);
    QVERIFY(atLeaky);
    QVERIFY(atLeaky->rows[1].value != atLeaky->rows[0].value);
    QCOMPARE(int(atLeaky->groups.size()), 2); // 0.01 (PyTorch, TensorFlow, TensorFlow.js), 1 (JAX)
    QCOMPARE(atLeaky->groups[0].frameworks.size(), 3);

    // PyTorch's hardswish′(3) depends on the tensor: the row says so.
    const auto hardswish = ActivationCatalog::create(QStringLiteral("hardswish"));
    const auto atThree = FrameworkComparison::at(*hardswish, 3.0);
    QVERIFY(atThree);
    QCOMPARE(atThree->rows[0].value, 1.5);
    QVERIFY2(atThree->rows[0].note.contains(QStringLiteral("1 in a vectorized tensor")),
             qPrintable(atThree->rows[0].note));

    // No kink, no comparison: no convention applies there.
    QVERIFY(!FrameworkComparison::at(*abs, 1.0));
    QVERIFY(!FrameworkComparison::at(*ActivationCatalog::create(QStringLiteral("softplus")), 20.0));
}

void TestFrameworkValues::examplesSayWhatWasMeasured()
{
    // What each example's sentence says PyTorch returns at 0, against PyTorch itself (float64,
    // tools/measure_pytorch_kinks.py) and against the app's autograd.
    const auto rows
        = readCsv(QStringLiteral(RELU_TEST_DATA_DIR "/framework_pytorch.csv"),
                  QStringLiteral("case,expression,x,framework,version,dtype,value,note"));
    QVERIFY(!rows.isEmpty());
    const auto compact = [](QString text) { return text.remove(QLatin1Char(' ')); };
    const auto examples = AutogradExample::all();
    QCOMPARE(int(examples.size()), 9);
    for (const AutogradExample &example : examples) {
        const auto measured = std::find_if(rows.begin(), rows.end(), [&](const QStringList &r) {
            return compact(r[1]) == compact(example.expression) && r[5] == QLatin1String("float64")
                && csvNumber(r[2]) == 0.0;
        });
        QVERIFY2(measured != rows.end(), qPrintable(example.expression));
        const double torch = csvNumber((*measured)[6]);
        QVERIFY2(std::isnan(torch) ? std::isnan(example.pytorchAtZero)
                                   : torch == example.pytorchAtZero,
                 qPrintable(example.expression));
        const auto f = ExpressionActivation::parse(example.expression, ExpressionActivation::batch)
                           .activation;
        QVERIFY2(f, qPrintable(example.expression));
        const double app = f->autogradDerivative(0.0, Framework::PyTorch);
        QVERIFY2(std::isnan(app) ? std::isnan(torch) : app == torch,
                 qPrintable(example.expression));
        QVERIFY(!example.sentence.isEmpty() && example.sentence.endsWith(QLatin1Char('.')));
    }
}

QTEST_GUILESS_MAIN(TestFrameworkValues)
#include "tst_frameworkvalues.moc"
