// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_expressions: what the exact calculus on a user's f(x) costs, beside a yardstick in the
// same run. Sampling f through the tree against muparser's bytecode (the parser the app used
// before), per point; finding the breakpoints of an expression in a view; and abs(sin(x))'s 637
// kinks in [−1000, 1000].

#include "benchmark.h"
#include "expression/expressionfunction.h"
#include "expression/expressionparser.h"
#include "expressionactivation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <muParser.h>
#include <string>

namespace {

constexpr int points = 200000;

/** Median ns per point of f over [-5, 5], `repeats` passes. */
template<typename F> double nsPerPoint(F f, int repeats = 7)
{
    Timings t;
    volatile double sink = 0;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        double sum = 0;
        for (int i = 0; i < points; ++i)
            sum += f(-5.0 + 10.0 * i / points);
        t.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        sink = sum;
    }
    (void)sink;
    return t.median() * 1e6 / points;
}

Expression::Tree treeOf(const char *text)
{
    return Expression::ExpressionParser::parse(QString::fromLatin1(text)).tree;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    std::printf("## Sampling f: the tree against muparser's bytecode\n\n");
    std::printf(
        "%d points over [-5, 5], median of 7 passes. Target: the tree at most 1.5x muparser.\n\n",
        points);
    std::printf("| expression | nodes | muparser ns/point | tree ns/point | ratio "
                "|\n|---|---|---|---|---|\n");
    const char *expressions[] = {
        "max(0, x)",
        "relu(x)+relu(x-0.03)",
        "0.5*x*(1+tanh(0.8*x))",
        "abs(sin(x))",
        "x*(x>0) + 0.01*x*(x<=0)",
        "relu(x)+abs(x-1)*0.5-max(x-2,0)+min(x,-1)+(x>3)*2+0.1*sin(3*x)-relu(-x-4)*x",
    };
    for (const char *text : expressions) {
        mu::Parser parser;
        double x = 0;
        parser.DefineVar("x", &x);
        parser.DefineFun("relu", [](double u) { return u > 0 ? u : 0.0; });
        parser.SetExpr(text);
        parser.Eval();
        const double mu = nsPerPoint([&](double at) {
            x = at;
            return parser.Eval();
        });
        const Expression::Tree tree = treeOf(text);
        const Expression::Evaluator evaluator(tree);
        const double ours = nsPerPoint([&](double at) { return evaluator.value(at); });
        std::printf("| `%s` | %zu | %.1f | %.1f | %.2fx |\n", text, tree.nodes.size(), mu, ours,
                    ours / mu);
    }

    std::printf("\n## Breakpoints of an expression in the visible range\n\n");
    std::printf("A fresh search and classification each time (nothing cached), median of 21 runs. "
                "Target: at most 2 ms for a 20-node expression.\n\n");
    std::printf("| expression | nodes | view | breakpoints | median ms | max ms "
                "|\n|---|---|---|---|---|---|\n");
    const char *twenty
        = "relu(x)+abs(x-1)*0.5-max(x-2,0)+min(x,-1)+(x>3)*2+0.1*sin(3*x)-relu(-x-4)*x";
    for (const char *text : { twenty, "relu(x)+relu(x-0.03)", "abs(sin(x))" }) {
        const Expression::ExpressionFunction f(treeOf(text));
        for (double width : { 8.8, 100.0 }) {
            Timings t;
            std::size_t found = 0;
            for (int r = 0; r < 21; ++r) {
                QElapsedTimer timer;
                timer.start();
                const auto search = f.switchPoints(-width / 2, width / 2, 10000);
                found = 0;
                for (const auto &p : search.points) {
                    const auto a = f.analyse(p.x, p.owners);
                    found += a.kind != Expression::PointKind::Smooth
                        && a.kind != Expression::PointKind::None;
                }
                t.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::printf("| `%s` | %zu | [%g, %g] | %zu | %.3f | %.3f |\n", text,
                        f.tree().nodes.size(), -width / 2, width / 2, found, t.median(),
                        t.percentile(100));
        }
    }

    std::printf("\n## abs(sin(x)): the 637 kinks of [-1000, 1000]\n\n");
    std::printf("Parsing, finding and classifying them all, as the expression box does on Enter; "
                "median of 11 runs. Target: at most 50 ms.\n\n");
    Timings all;
    std::size_t kinks = 0;
    for (int r = 0; r < 11; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto parsed = ExpressionActivation::parse(QStringLiteral("abs(sin(x))"));
        kinks = parsed.activation->kinks().size();
        all.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("| kinks | median ms | min ms | max ms |\n|---|---|---|---|\n");
    std::printf("| %zu | %.1f | %.1f | %.1f |\n", kinks, all.median(), all.percentile(0),
                all.percentile(100));
    return 0;
}
