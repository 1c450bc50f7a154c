// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_drag: replays drag events along the curve through the real PlotView, offscreen, and
// measures each event from dispatch to a finished frame (the widget repainted). Window sizes
// 1280x800, 1920x1080 and 3840x2160; relu, gelu and a user expression; with the derivative panel
// and the secant on, and then with the difference-quotient panel too and the secants on both
// sides. Prints the median and the 95th percentile in milliseconds beside the target for p95.

#include "activationcatalog.h"
#include "benchmark.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "plotview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

/** Counts the view's paint events and the area they covered, to be sure each event painted. */
class PaintCounter : public QObject
{
public:
    int paints = 0;
    qint64 area = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area += qint64(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

struct Case
{
    const char *name;
    std::shared_ptr<const Activation> (*make)();
};

/** The part of each event before painting: handling the move and redrawing the overlays. */
Timings s_eventPart;
/**
 * The events whose move changed the layout (an axis range, a taller readout) and so redrew every
 * layer, not only the overlays.
 */
int s_replots = 0;

Timings drag(ExplorerState &state, PlotView &view, int events)
{
    view.replot(QCustomPlot::rpImmediateRefresh);
    const QCPAxis *x = view.functionRect()->axis(QCPAxis::atBottom);
    const QCPAxis *y = view.functionRect()->axis(QCPAxis::atLeft);
    auto pixel = [&](double at) {
        return QPointF(x->coordToPixel(at), y->coordToPixel(state.activation().value(at)))
            .toPoint();
    };
    QTest::mousePress(&view, Qt::LeftButton, {}, pixel(state.probeX()));
    s_replots = 0;
    const QMetaObject::Connection counting
        = QObject::connect(&view, &QCustomPlot::afterReplot, [] { ++s_replots; });
    Timings timings;
    Timings &eventPart = s_eventPart;
    eventPart.ms.clear();
    timings.ms.reserve(std::size_t(events));
    QElapsedTimer timer;
    for (int i = 0; i < events; ++i) {
        // Back and forth across the view, through the kink, as a hand would.
        const double t = double(i % 200) / 200.0;
        const double at = -4.0 + 8.0 * (i / 200 % 2 == 0 ? t : 1.0 - t);
        const QPoint target = pixel(at);
        timer.start();
        QTest::mouseMove(&view, target);
        eventPart.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The finished frame: deliver the update the move asked for now, instead of at the next
        // turn of the event loop. Like a real window, it paints only the region that changed.
        // A move that changes the layout (the quotient panel's q axis, a taller readout) queues
        // a full replot on a zero timer instead: run it, and paint what it asks for.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(&view, QEvent::UpdateRequest);
        timings.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QObject::disconnect(counting);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, pixel(state.probeX()));
    return timings;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // bench_drag [events] [WxH] [function] [panels]: the optional filters run one size, one
    // function, or one layout ("f′" or "f′,q").
    const int events = argc > 1 ? std::atoi(argv[1]) : 1000;
    const QString onlySize = argc > 2 ? QString::fromLatin1(argv[2]) : QString();
    const QString onlyCase = argc > 3 ? QString::fromLatin1(argv[3]) : QString();
    const QString onlyLayout = argc > 4 ? QString::fromUtf8(argv[4]) : QString();
    const QSize sizes[] = { { 1280, 800 }, { 1920, 1080 }, { 3840, 2160 } };
    const Case cases[] = {
        { "relu", [] { return ActivationCatalog::create(QStringLiteral("relu")); } },
        { "gelu", [] { return ActivationCatalog::create(QStringLiteral("gelu")); } },
        { "expression",
          [] {
              return std::shared_ptr<const Activation>(
                  ExpressionActivation::parse(QStringLiteral("0.5*x*(1+tanh(0.8*x))+abs(x-1)/4"))
                      .activation);
          } },
    };
    struct Layout
    {
        const char *name;
        bool quotients; ///< the difference-quotient panel, with the secants on both sides
    };
    const Layout layouts[] = { { "f′", false }, { "f′,q", true } };
    // The goals for p95; none was set for 1280x800.
    const auto target = [](QSize size) {
        return size.width() == 1920 ? "4" : size.width() == 3840 ? "8" : "–";
    };
    std::printf("| size | function | panels | events | median ms | p95 ms | p95 target ms | "
                "median ms before painting | frames | full replots | mean area painted |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const QSize size : sizes) {
        for (const Layout &layout : layouts) {
            if (!onlyLayout.isEmpty() && onlyLayout != QString::fromUtf8(layout.name))
                continue;
            for (const Case &c : cases) {
                if (!onlySize.isEmpty()
                    && onlySize != QStringLiteral("%1x%2").arg(size.width()).arg(size.height()))
                    continue;
                if (!onlyCase.isEmpty() && onlyCase != QLatin1String(c.name))
                    continue;
                ExplorerState state;
                state.switchTo(c.make());
                state.resetView();
                state.setSecantMode(layout.quotients ? SecantMode::BothSides : SecantMode::Forward);
                state.setSecantH(0.5);
                state.setDerivativePanelVisible(true);
                state.setQuotientPanelVisible(layout.quotients);
                PlotView view(&state);
                view.resize(size);
                view.show();
                if (!QTest::qWaitForWindowExposed(&view))
                    return 1;
                PaintCounter counter;
                view.installEventFilter(&counter);
                const Timings t = drag(state, view, events);
                view.removeEventFilter(&counter);
                const double share = counter.paints
                    ? double(counter.area) / counter.paints / (size.width() * size.height())
                    : 0;
                std::printf(
                    "| %dx%d | %s | %s | %d | %.2f | %.2f | %s | %.2f | %d | %d | %.1f%% |\n",
                    size.width(), size.height(), c.name, layout.name, events, t.median(), t.p95(),
                    target(size), s_eventPart.median(), counter.paints, s_replots, 100 * share);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
