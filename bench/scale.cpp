// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_scale: how the cost of a frame grows with the work. A frame is a full replot and repaint
// at 1920x1080. The cost must depend on the pixels, not on how wide the view is or how far it is
// zoomed: pieces are sampled at the screen's resolution, split at kinks.

#include "activationcatalog.h"
#include "benchmark.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "plotview.h"
#include "sampler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

namespace {

Timings frames(PlotView &view, int count)
{
    Timings timings;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        view.replot(QCustomPlot::rpImmediateRefresh);
        timings.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return timings;
}

std::vector<std::shared_ptr<const Activation>> comparisons(int count)
{
    const auto &families = ActivationCatalog::families();
    std::vector<std::shared_ptr<const Activation>> list;
    for (int i = 0; i < count; ++i) {
        const ActivationFamily &family = families[std::size_t(i) % families.size()];
        list.push_back(family.build(family, family.defaults()));
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int repeats = 30;
    ExplorerState state;
    state.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    PlotView view(&state);
    view.resize(1920, 1080);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;

    std::printf("## Frame time against the width of the view (gelu, 1920x1080)\n\n");
    std::printf("| view width | median ms | p95 ms |\n|---|---|---|\n");
    for (double width : { 10.0, 1e3, 1e5, 1e7 }) {
        state.setView({ -width / 2, width / 2 }, state.yRange());
        const Timings t = frames(view, repeats);
        std::printf("| %g | %.2f | %.2f |\n", width, t.median(), t.p95());
    }

    std::printf("\n## Frame time against compared functions (relu, 1920x1080)\n\n");
    std::printf("| compared | view width | median ms | p95 ms |\n|---|---|---|---|\n");
    state.switchTo(ActivationCatalog::create(QStringLiteral("relu")));
    double defaultView20 = 0, wide20 = 0;
    for (int count : { 1, 5, 10, 20 }) {
        state.setComparisons(comparisons(count));
        for (double width : { 8.8, 1e7 }) {
            state.setView({ -width / 2, width / 2 }, { -1, 5 });
            const Timings t = frames(view, repeats);
            std::printf("| %d | %g | %.2f | %.2f |\n", count, width, t.median(), t.p95());
            if (count == 20)
                (width < 10 ? defaultView20 : wide20) = t.median();
        }
    }
    std::printf("\nWith 20 compared functions, a view 1e7 wide takes %.2fx the default view's time "
                "(target: at most 2x).\n",
                defaultView20 > 0 ? wide20 / defaultView20 : 0.0);

    std::printf("\n## Sampling a user expression (0.5*x*(1+tanh(0.8*x)))\n\n");
    std::printf("| points | ms | ns per point |\n|---|---|---|\n");
    const auto expression
        = ExpressionActivation::parse(QStringLiteral("0.5*x*(1+tanh(0.8*x))")).activation;
    Polyline points;
    for (int count : { 1000, 10000, 100000, 1000000, 10000000 }) {
        QElapsedTimer timer;
        timer.start();
        const int pixels = int(count / Sampler::samplesPerPixel);
        Sampler::samplePiece(*expression, expression->pieces().front(), { -5, 5 }, pixels, points);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("| %zu | %.2f | %.1f |\n", points.size(), ms, ms * 1e6 / double(points.size()));
    }
    return 0;
}
