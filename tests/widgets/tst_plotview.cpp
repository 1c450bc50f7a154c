// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "comparisongraphs.h"
#include "derivativepanel.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "frameworkdots.h"
#include "functiongraph.h"
#include "fuzzy.h"
#include "kinkfan.h"
#include "numberformat.h"
#include "penstrokes.h"
#include "pixels.h"
#include "plotview.h"
#include "probeoverlay.h"
#include "secantoverlay.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Interval)

/**
 * The plot as a user meets it: drags with real mouse events, pans, zooms and resets, and what is
 * drawn, checked pixel by pixel.
 */
class TestPlotView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstStartIsTheNotebooksFigure();
    void aRestoreRebuildsTheGraphsOnce();
    void frameworksDisagreeAtAbs();
    void theFanIsNamedInTheLegend_data();
    void theFanIsNamedInTheLegend();
    void theFanFollowsAParameter();
    void theZeroSlopeStaysInView_data();
    void theZeroSlopeStaysInView();
    void manyJumpsAreNamedWithoutHoles();
    void dragAlongTheCurve_data();
    void dragAlongTheCurve();
    void dragSnapsToTheKink();
    void pressNearTheCurveGrabs();
    void pressOffTheCurvePans();
    void wheelZoomsAndPiecesReachTheEdges();
    void doubleClickResetsTheView();
    void equalScalesDrawSlopeOneAt45Degrees();
    void rendering();
    void conventionChangesTheLegend();
    void readoutDecimalsFollowTheWidth();
    void probeFarOutsideTheView();

    // The kink lesson: derivative panel, fan, secant.
    void panelsShareX();
    void dragInTheDerivativePanel();
    void fanAtTheKink_data();
    void fanAtTheKink();
    void secantFromEachSide_data();
    void secantFromEachSide();
    void derivativePanelRendering_data();
    void derivativePanelRendering();
    void hideTheDerivativePanel();

    // The gallery: every function's kinks, comparisons.
    void dragAcrossEveryKink_data();
    void dragAcrossEveryKink();
    void legendFollowsTheFunction_data();
    void legendFollowsTheFunction();
    void comparisons();
    void sharpAtDevicePixelRatio2();
    void partialRepaintsLeaveNothingStale_data();
    void partialRepaintsLeaveNothingStale();
    void paintingARegionPaintsEachOfItsRectangles();
    void themeAndScale();
    void legendFitsThePanel();
    void legendFindsRoom_data();
    void legendFindsRoom();
    void legendStaysPutWhileHeld();
    void penDrawsStrokesThatFollowTheView();

private:
    /** The pixel of world point (x, y) in the function plot. */
    QPoint pixelOf(double x, double y) const;
    /** Presses at `from`, moves in small steps to `to` like a hand would, and releases there. */
    void drag(QPoint from, QPoint to);
    static double lineSlope(const QCPItemStraightLine *line);
    double tangentSlope() const;
    QString readoutLine(int index) const;
    /** The pixel of (x, f′) in the derivative panel. */
    QPoint derivativePixelOf(double x, double slope) const;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<PlotView> m_view;
};

void TestPlotView::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_view = std::make_unique<PlotView>(m_state.get());
    m_view->setFixedSize(700, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->replot(); // lay out now, so pixel positions are final
}

void TestPlotView::cleanup()
{
    m_view.reset();
    m_state.reset();
}

QPoint TestPlotView::pixelOf(double x, double y) const
{
    const QCPAxisRect *rect = m_view->functionRect();
    return QPointF(rect->axis(QCPAxis::atBottom)->coordToPixel(x),
                   rect->axis(QCPAxis::atLeft)->coordToPixel(y))
        .toPoint();
}

void TestPlotView::drag(QPoint from, QPoint to)
{
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
    constexpr int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = from + (to - from) * i / steps;
        QTest::mouseMove(m_view.get(), at);
    }
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, to);
}

double TestPlotView::lineSlope(const QCPItemStraightLine *line)
{
    const QPointF a = line->point1->coords();
    const QPointF b = line->point2->coords();
    return (b.y() - a.y()) / (b.x() - a.x());
}

double TestPlotView::tangentSlope() const
{
    return lineSlope(m_view->probeOverlay().tangent());
}

QString TestPlotView::readoutLine(int index) const
{
    return m_view->readout()->text().split(QLatin1Char('\n')).value(index);
}

void TestPlotView::firstStartIsTheNotebooksFigure()
{
    const QCPAxisRect *rect = m_view->functionRect();
    QCOMPARE(rect->axis(QCPAxis::atBottom)->range(), QCPRange(-4.4, 4.4));
    QCOMPARE(rect->axis(QCPAxis::atLeft)->range(), QCPRange(-1.0, 5.0));
    // The x label sits under the lowest panel, the derivative's; y labels on each.
    QCOMPARE(m_view->derivativeRect()->axis(QCPAxis::atBottom)->label(), QStringLiteral("x"));
    // In italics, with a hair space (U+200A) that keeps the prime off the f: without it the label
    // was seen to read "f(x)" at 1024x768.
    QCOMPARE(m_view->derivativeRect()->axis(QCPAxis::atLeft)->label(),
             QStringLiteral("f\u200A′(x)"));
    QCOMPARE(rect->axis(QCPAxis::atLeft)->label(), QStringLiteral("f(x)"));
    QVERIFY(rect->axis(QCPAxis::atBottom)->grid()->visible());
    QVERIFY(rect->axis(QCPAxis::atLeft)->labelFont().pointSizeF() >= 18);

    QCOMPARE(m_view->legend->itemCount(), 3);
    const auto &pieces = m_view->functionGraph().pieceGraphs();
    const auto &kinks = m_view->functionGraph().kinkGraphs();
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(kinks.size(), 1);
    QCOMPARE(pieces[0]->pen().color(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(pieces[1]->pen().color(), QColor(0x00, 0x80, 0x00));
    QCOMPARE(kinks[0]->scatterStyle().brush().color(), QColor(0xff, 0x00, 0x00));
    QCOMPARE(pieces[0]->name(), QStringLiteral("f′(x) = 0"));
    QCOMPARE(pieces[1]->name(), QStringLiteral("f′(x) = 1"));
    QCOMPARE(kinks[0]->name(), QStringLiteral("f′(0) undefined, set to 0"));

    // Segments drawn exactly from their breakpoints to the edges of the view.
    QCOMPARE(pieces[0]->data()->size(), 2);
    QCOMPARE(pieces[0]->data()->at(0)->key, -4.4);
    QCOMPARE(pieces[0]->data()->at(1)->key, 0.0);
    QCOMPARE(pieces[1]->data()->at(0)->key, 0.0);
    QCOMPARE(pieces[1]->data()->at(1)->key, 4.4);
    QCOMPARE(pieces[1]->data()->at(1)->value, 4.4);

    QCOMPARE(m_state->probeX(), 2.0);
    QCOMPARE(m_view->probeOverlay().marker()->position->coords(), QPointF(2.0, 2.0));
    QCOMPARE(tangentSlope(), 1.0);
    QCOMPARE(readoutLine(0), QStringLiteral("x = 2.00     f(x) = 2.00     f′(x) = 1"));
}

void TestPlotView::dragAlongTheCurve_data()
{
    QTest::addColumn<double>("targetX");
    QTest::addColumn<double>("slope");
    QTest::addColumn<QString>("readoutSlope");
    QTest::newRow("to x = -2: slope 0") << -2.0 << 0.0 << QStringLiteral("f′(x) = 0");
    QTest::newRow("to x = 3: slope 1") << 3.0 << 1.0 << QStringLiteral("f′(x) = 1");
    QTest::newRow("to x = -4: slope 0") << -4.0 << 0.0 << QStringLiteral("f′(x) = 0");
}

void TestPlotView::dragAlongTheCurve()
{
    QFETCH(double, targetX);
    QFETCH(double, slope);
    QFETCH(QString, readoutSlope);
    QSignalSpy moved(m_state.get(), &ExplorerState::probeChanged);

    // Grab the probe where it is drawn, and drag along the curve.
    drag(pixelOf(2.0, 2.0), pixelOf(targetX, std::max(targetX, 0.0)));

    QVERIFY(moved.count() > 5); // it followed the mouse, not just the release
    const double perPixel = m_view->xMapping().coordsPerPixel();
    RELU_FUZZY_COMPARE(m_state->probeX(), targetX, perPixel, 0.0);
    QCOMPARE(m_state->probeY(), std::max(m_state->probeX(), 0.0));
    QCOMPARE(tangentSlope(), slope);
    QVERIFY2(readoutLine(0).endsWith(readoutSlope), qPrintable(readoutLine(0)));
    QVERIFY(!m_view->isDraggingProbe());

    // What is drawn: the probe's ring sits on the curve at the new x.
    const QPointF drawn = m_view->probeOverlay().marker()->position->pixelPosition();
    const QPoint expected = pixelOf(m_state->probeX(), m_state->probeY());
    QVERIFY(std::abs(drawn.x() - expected.x()) <= 1.0 && std::abs(drawn.y() - expected.y()) <= 1.0);
    const QImage image = m_view->toPixmap().toImage();
    const int ringRadius = int(m_view->style().probeSize() / 2);
    QVERIFY(Pixels::count(image, Pixels::around(drawn + QPointF(0, -ringRadius), 2),
                          m_view->style().probe, 60)
            > 0);
}

void TestPlotView::dragSnapsToTheKink()
{
    // Release 3 pixels right of the kink: the probe lands exactly on it.
    drag(pixelOf(2.0, 2.0), pixelOf(0.0, 0.0) + QPoint(3, 0));
    QCOMPARE(m_state->probeX(), 0.0);
    QVERIFY(m_state->probeKink());
    QVERIFY2(readoutLine(0).endsWith(QStringLiteral("f′(0) undefined, set to 0 (PyTorch)")),
             qPrintable(readoutLine(0)));
    // No single tangent: the fan, with the convention's line picked out.
    QVERIFY(!m_view->probeOverlay().tangent()->visible());
    QVERIFY(m_view->kinkFan().isShown());
    QCOMPARE(lineSlope(m_view->kinkFan().emphasized()), 0.0);

    // 10 pixels away is not the kink.
    drag(pixelOf(0.0, 0.0), pixelOf(0.0, 0.0) + QPoint(10, 0));
    QVERIFY(m_state->probeX() > 0.0);
    QVERIFY(readoutLine(0).endsWith(QStringLiteral("f′(x) = 1")));
    QVERIFY(!m_view->kinkFan().isShown());
    QVERIFY(m_view->probeOverlay().tangent()->visible());
}

void TestPlotView::pressNearTheCurveGrabs()
{
    // 7 pixels above the blue segment, far from the probe: it jumps there.
    const QPoint nearCurve = pixelOf(-3.0, 0.0) - QPoint(0, 7);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, nearCurve);
    QVERIFY(m_view->isDraggingProbe());
    RELU_FUZZY_COMPARE(m_state->probeX(), -3.0, m_view->xMapping().coordsPerPixel(), 0.0);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, nearCurve);
    QVERIFY(!m_view->isDraggingProbe());
}

void TestPlotView::pressOffTheCurvePans()
{
    const Interval before = m_state->xRange();
    const double perPixel = m_view->xMapping().coordsPerPixel();
    const QPoint empty = pixelOf(-3.0, 3.0);
    drag(empty, empty + QPoint(100, 0));

    QCOMPARE(m_state->probeX(), 2.0); // not grabbed
    RELU_FUZZY_COMPARE(m_state->xRange().lower, before.lower - 100 * perPixel, perPixel, 0.0);
    RELU_FUZZY_COMPARE(m_state->xRange().width(), before.width(), 1e-9, 0.0);
    // The axes show the state's view, and the blue piece still reaches the new left edge.
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atBottom)->range().lower,
             m_state->xRange().lower);
    const QCPGraph *blue = m_view->functionGraph().pieceGraphs()[0];
    QCOMPARE(blue->data()->at(0)->key, m_state->xRange().lower);
}

void TestPlotView::wheelZoomsAndPiecesReachTheEdges()
{
    const double before = m_state->xRange().width();
    const QPoint at = pixelOf(0.0, 2.0);
    QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_state->xRange().width() < before);
    const auto &pieces = m_view->functionGraph().pieceGraphs();
    QCOMPARE(pieces[0]->data()->at(0)->key, m_state->xRange().lower);
    QCOMPARE(pieces[1]->data()->at(pieces[1]->data()->size() - 1)->key, m_state->xRange().upper);
}

void TestPlotView::doubleClickResetsTheView()
{
    QVERIFY(m_state->setView({ 10, 20 }, { -3, 3 }));
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(350, 300));
    QCOMPARE(m_state->xRange(), SessionLimits::defaultXRange);
    QCOMPARE(m_state->yRange(), SessionLimits::defaultYRange);
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atLeft)->range(), QCPRange(-1.0, 5.0));
}

void TestPlotView::equalScalesDrawSlopeOneAt45Degrees()
{
    // Where the green piece y = x crosses a pixel column: the middle of its green pixels.
    const QColor green(0x00, 0x80, 0x00);
    const auto greenRow = [this, &green](const QImage &image, int column) {
        // In the function plot only: the derivative panel draws f′ = 1 in green too.
        const QRect plot = m_view->functionRect()->rect();
        double sum = 0;
        int count = 0;
        for (int row = plot.top(); row <= plot.bottom(); ++row) {
            const QColor c = image.pixelColor(column, row);
            if (std::abs(c.red() - green.red()) + std::abs(c.green() - green.green())
                    + std::abs(c.blue() - green.blue())
                < 40) {
                sum += row;
                ++count;
            }
        }
        return count ? sum / count : std::nan("");
    };
    const auto unitPixels = [this] {
        return QPointF(pixelOf(1, 0).x() - pixelOf(0, 0).x(),
                       pixelOf(0, 0).y() - pixelOf(0, 1).y());
    };
    // A view twice as tall as the notebook's: a unit on y is about half as long as one on x.
    QVERIFY(m_state->setView(SessionLimits::defaultXRange, { -1, 11 }));
    QTRY_VERIFY(unitPixels().y() < 0.6 * unitPixels().x());

    // The probe on the kink: no tangent over the green piece (the fan lies under the curves).
    m_state->setProbeX(0.0);
    m_state->setEqualScales(true);
    QTRY_VERIFY(std::abs(unitPixels().y() - unitPixels().x()) <= 1.0);
    QCOMPARE(m_state->xRange(), SessionLimits::defaultXRange);
    // The middle of [-1, 11] would leave the probe at y = 0 out of a range about 6 tall: the fit
    // centres on the probe instead.
    QCOMPARE(0.5 * (m_state->yRange().lower + m_state->yRange().upper), 0.0);
    // On the picture: from x = 0.5 to x = 2 the green line climbs as many pixels as it runs.
    const QImage image = m_view->toPixmap().toImage();
    const int from = pixelOf(0.5, 0).x(), to = pixelOf(2.0, 0).x();
    const double climb = greenRow(image, from) - greenRow(image, to);
    QVERIFY2(std::abs(climb - (to - from)) <= 2.0,
             qPrintable(QStringLiteral("ran %1 px, climbed %2 px").arg(to - from).arg(climb)));

    // A wider window keeps 1:1, and so does a wheel zoom.
    m_view->setFixedSize(900, 500);
    QTRY_VERIFY(std::abs(unitPixels().y() - unitPixels().x()) <= 1.0);
    const QPoint at = pixelOf(0.0, 0.5);
    QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QTRY_VERIFY(std::abs(unitPixels().y() - unitPixels().x()) <= 1.0);

    // Off again, the view stays where it is, and a resize no longer refits y.
    m_state->setEqualScales(false);
    const Interval y = m_state->yRange();
    m_view->setFixedSize(700, 700);
    QTest::qWait(50);
    QCOMPARE(m_state->yRange(), y);

    // Where the probe stays in view, the fit keeps the middle of the y range.
    QVERIFY(m_state->setView(SessionLimits::defaultXRange, { -1, 11 }));
    m_state->setProbeX(4.3); // f = 4.3, near the middle, 5
    m_state->setEqualScales(true);
    QTRY_VERIFY(std::abs(unitPixels().y() - unitPixels().x()) <= 1.0);
    QCOMPARE(0.5 * (m_state->yRange().lower + m_state->yRange().upper), 5.0);
}

void TestPlotView::rendering()
{
    const QImage image = m_view->toPixmap().toImage();
    QCOMPARE(image.size(), QSize(700, 700));
    const QColor blue(0x1f, 0x77, 0xb4), green(0x00, 0x80, 0x00), red(0xff, 0x00, 0x00);

    // The left segment is blue, the right one green, the origin red; and not the other way round.
    for (double x : { -4.0, -3.0, -1.0 }) {
        QVERIFY2(Pixels::count(image, Pixels::around(pixelOf(x, 0.0), 1), blue, 30) > 0,
                 qPrintable(QStringLiteral("no blue at x = %1").arg(x)));
        QCOMPARE(Pixels::count(image, Pixels::around(pixelOf(x, 0.0), 3), green, 30), 0);
    }
    // The tangent at x = 2 runs dashed over the green piece; between its dashes the piece shows.
    for (double x : { 1.0, 3.0, 4.0 }) {
        QVERIFY2(Pixels::count(image, Pixels::around(pixelOf(x, x), 6), green, 30) > 0,
                 qPrintable(QStringLiteral("no green at x = %1").arg(x)));
        QCOMPARE(Pixels::count(image, Pixels::around(pixelOf(x, x), 3), blue, 30), 0);
    }
    // The red dot at the origin; the tangent's thin dashes cross it, and most of it stays red.
    QVERIFY(Pixels::count(image, Pixels::around(pixelOf(0.0, 0.0), 4), red, 10) > 40);
    // Nothing blue above the segment: it is drawn at y = 0, not elsewhere.
    QCOMPARE(Pixels::count(image, QRect(pixelOf(-4.0, 3.0), pixelOf(-1.0, 0.5)), blue, 30), 0);

    // The legend shows the three colours.
    const QRect legend = m_view->legend->outerRect();
    QVERIFY(legend.isValid());
    QVERIFY(legend.right() < pixelOf(0.0, 0.0).x()); // top left, clear of the curve
    QVERIFY(Pixels::count(image, legend, blue, 20) > 20);
    QVERIFY(Pixels::count(image, legend, green, 20) > 20);
    QVERIFY(Pixels::count(image, legend, red, 20) > 20);

    // The readout is drawn under the plot.
    const QRect readout = m_view->readout()->outerRect();
    QVERIFY(readout.top() >= m_view->functionRect()->outerRect().bottom());
    QVERIFY(Pixels::count(image, readout, m_view->style().foreground, 60) > 50);
}

void TestPlotView::conventionChangesTheLegend()
{
    m_state->setProbeX(0.0);
    m_state->setConvention(DerivativeConvention::Right);
    QCOMPARE(m_view->functionGraph().kinkGraphs()[0]->name(),
             QStringLiteral("f′(0) undefined, set to 1 (right side)"));
    QCOMPARE(lineSlope(m_view->kinkFan().emphasized()), 1.0);
    m_state->setConvention(DerivativeConvention::Undefined);
    QCOMPARE(m_view->functionGraph().kinkGraphs()[0]->name(), QStringLiteral("f′(0) undefined"));
    QVERIFY(!m_view->kinkFan().emphasized()->visible());
}

void TestPlotView::readoutDecimalsFollowTheWidth()
{
    // Found by tst_monkey: the readout kept the old width's decimals after a resize. A view
    // 0.4 wide has a pixel under 0.001 wide at 700 pixels (three decimals), over it at 200.
    QVERIFY(m_state->setView({ -0.2, 0.2 }, { -0.1, 0.3 }));
    m_state->setProbeX(0.123456);
    m_view->replot();
    QVERIFY2(readoutLine(0).startsWith(QStringLiteral("x = 0.123 ")), qPrintable(readoutLine(0)));
    m_view->setFixedSize(200, 700);
    QTRY_VERIFY2(readoutLine(0).startsWith(QStringLiteral("x = 0.12 ")),
                 qPrintable(readoutLine(0)));
    m_view->setFixedSize(700, 700);
    QTRY_VERIFY2(readoutLine(0).startsWith(QStringLiteral("x = 0.123 ")),
                 qPrintable(readoutLine(0)));
}

void TestPlotView::probeFarOutsideTheView()
{
    // Found by tst_monkey under UBSan: the tangent through a probe 1e100 away was clipped to the
    // panel in doubles that had lost every digit, and the repaint region's integer rectangles
    // overflowed. The tangent's defining points now lie at the view (where the line is only
    // known to a double's precision of 1e100), and the readout does not print 101 digits.
    m_state->setProbeX(1e100);
    m_view->replot();
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    const QCPItemStraightLine *tangent = m_view->probeOverlay().tangent();
    QVERIFY(tangent->visible());
    const QPointF p1 = tangent->point1->coords(), p2 = tangent->point2->coords();
    QCOMPARE(p1.x(), 4.4); // the view's right edge, the closest to the probe
    QVERIFY(std::isfinite(p2.x()) && std::isfinite(p2.y()) && p2 != p1);
    QCOMPARE((p2.y() - p1.y()) / (p2.x() - p1.x()), 1.0);
    QVERIFY2(readoutLine(0).startsWith(QStringLiteral("x = 1e+100 ")), qPrintable(readoutLine(0)));

    // Back in view, the tangent passes through the probe again.
    m_state->setProbeX(2.0);
    m_view->replot();
    QCOMPARE(m_view->probeOverlay().marker()->position->coords(), QPointF(2.0, 2.0));
    QVERIFY(Pixels::count(m_view->grab().toImage(), Pixels::around(pixelOf(-0.5, -0.5), 3),
                          m_view->style().tangent, 60)
            > 0);
}

QPoint TestPlotView::derivativePixelOf(double x, double slope) const
{
    const QCPAxisRect *rect = m_view->derivativeRect();
    return QPointF(rect->axis(QCPAxis::atBottom)->coordToPixel(x),
                   rect->axis(QCPAxis::atLeft)->coordToPixel(slope))
        .toPoint();
}

void TestPlotView::panelsShareX()
{
    auto derivativeX
        = [this] { return m_view->derivativeRect()->axis(QCPAxis::atBottom)->range(); };
    auto functionX = [this] { return m_view->functionRect()->axis(QCPAxis::atBottom)->range(); };
    QCOMPARE(derivativeX(), functionX());
    // Both panels span the same pixels, so one x mapping serves both.
    QCOMPARE(m_view->derivativeRect()->left(), m_view->functionRect()->left());
    QCOMPARE(m_view->derivativeRect()->right(), m_view->functionRect()->right());

    // Pan in the derivative panel, well away from its curves: the function panel follows.
    const QPoint empty = derivativePixelOf(-3.0, 0.5);
    drag(empty, empty + QPoint(80, 0));
    QVERIFY(functionX().lower < -4.5);
    QCOMPARE(derivativeX(), functionX());
    QCOMPARE(m_state->probeX(), 2.0);

    // Zoom in the function panel: the derivative panel follows.
    const QPoint at = pixelOf(1.0, 3.0);
    QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QCOMPARE(derivativeX(), functionX());
    QVERIFY(functionX().size() < 8.0);
    // And f′ still reaches both new edges.
    const QCPGraph *green = m_view->derivativePanel().pieceGraphs()[1];
    QCOMPARE(green->data()->at(green->data()->size() - 1)->key, functionX().upper);
}

void TestPlotView::dragInTheDerivativePanel()
{
    // Grab f′ = 1 at x = 3 and drag it to x = -2, where f′ = 0.
    drag(derivativePixelOf(3.0, 1.0), derivativePixelOf(-2.0, 0.0));
    RELU_FUZZY_COMPARE(m_state->probeX(), -2.0, m_view->xMapping().coordsPerPixel(), 0.0);
    const QCPItemTracer *marker = m_view->derivativePanel().marker();
    QVERIFY(marker->visible());
    QCOMPARE(marker->position->coords(), QPointF(m_state->probeX(), 0.0));
    QCOMPARE(m_view->probeOverlay().marker()->position->coords(), QPointF(m_state->probeX(), 0.0));
    QVERIFY(readoutLine(0).endsWith(QStringLiteral("f′(x) = 0")));
}

void TestPlotView::fanAtTheKink_data()
{
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<double>("emphasizedSlope");
    using C = DerivativeConvention;
    QTest::newRow("framework picks 0") << C::PyTorch << 0.0;
    QTest::newRow("left picks 0") << C::Left << 0.0;
    QTest::newRow("right picks 1") << C::Right << 1.0;
    QTest::newRow("average picks 1/2") << C::Average << 0.5;
    QTest::newRow("undefined picks none") << C::Undefined << qQNaN();
}

void TestPlotView::fanAtTheKink()
{
    QFETCH(DerivativeConvention, convention);
    QFETCH(double, emphasizedSlope);
    m_state->setConvention(convention);
    drag(pixelOf(2.0, 2.0), pixelOf(0.0, 0.0) + QPoint(2, 0));
    QCOMPARE(m_state->probeX(), 0.0);

    const KinkFan &fan = m_view->kinkFan();
    QVERIFY(fan.isShown());
    QCOMPARE(fan.lines().size(), KinkFan::lineCount);
    // Slopes spread over the subgradient [0, 1], each line through the corner.
    QCOMPARE(lineSlope(fan.lines().first()), 0.0);
    QCOMPARE(lineSlope(fan.lines().last()), 1.0);
    for (const QCPItemStraightLine *line : fan.lines()) {
        QVERIFY(line->visible());
        QCOMPARE(line->point1->coords(), QPointF(0.0, 0.0));
    }
    if (std::isnan(emphasizedSlope)) {
        QVERIFY(!fan.emphasized()->visible());
        QVERIFY(!m_view->derivativePanel().marker()->visible());
        QCOMPARE(m_view->derivativePanel().conventionDots()->dataCount(), 0);
    } else {
        QVERIFY(fan.emphasized()->visible());
        QCOMPARE(lineSlope(fan.emphasized()), emphasizedSlope);
        QCOMPARE(m_view->derivativePanel().conventionDots()->dataCount(), 1);
        QCOMPARE(m_view->derivativePanel().conventionDots()->data()->at(0)->value, emphasizedSlope);
    }
    QVERIFY(!m_view->probeOverlay().tangent()->visible());
    QCOMPARE(readoutLine(1),
             QStringLiteral("Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     "
                            "f′₊(0) = 1"));

    // Off the kink the fan goes and the single tangent returns.
    drag(pixelOf(0.0, 0.0), pixelOf(1.0, 1.0));
    QVERIFY(!fan.isShown());
    for (const QCPItemStraightLine *line : fan.lines())
        QVERIFY(!line->visible());
    QVERIFY(m_view->probeOverlay().tangent()->visible());
    QCOMPARE(tangentSlope(), 1.0);
}

void TestPlotView::secantFromEachSide_data()
{
    QTest::addColumn<SecantMode>("mode");
    QTest::addColumn<double>("h");
    QTest::addColumn<double>("slope");
    QTest::newRow("h = +1e-3: slope 1") << SecantMode::Forward << 1e-3 << 1.0;
    QTest::newRow("h = -1e-3: slope 0") << SecantMode::Forward << -1e-3 << 0.0;
    QTest::newRow("central, h = 1e-3: one half") << SecantMode::Central << 1e-3 << 0.5;
}

void TestPlotView::secantFromEachSide()
{
    QFETCH(SecantMode, mode);
    QFETCH(double, h);
    QFETCH(double, slope);
    m_state->setProbeX(0.0);
    m_state->setSecantMode(mode);
    m_state->setSecantH(h);
    const SecantOverlay &secant = m_view->secantOverlay();
    QVERIFY(secant.line()->visible());
    QCOMPARE(lineSlope(secant.line()), slope);
    QCOMPARE(secant.ahead()->position->coords(), QPointF(h, std::max(h, 0.0)));
    QCOMPARE(secant.behind()->visible(), mode == SecantMode::Central);
    QVERIFY2(readoutLine(2).contains(QStringLiteral(" = %1").arg(slope)),
             qPrintable(readoutLine(2)));

    m_state->setSecantMode(SecantMode::Off);
    QVERIFY(!secant.line()->visible());
    QVERIFY(!secant.ahead()->visible());
    // The secant's line stays, blank, so the plot does not jump when a secant comes back.
    QCOMPARE(readoutLine(2), QStringLiteral("\u00a0"));
}

void TestPlotView::derivativePanelRendering_data()
{
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<double>("redAt");
    using C = DerivativeConvention;
    QTest::newRow("framework: red dot at 0") << C::PyTorch << 0.0;
    QTest::newRow("right: red dot at 1") << C::Right << 1.0;
    QTest::newRow("average: red dot at 1/2") << C::Average << 0.5;
    QTest::newRow("undefined: no red dot") << C::Undefined << qQNaN();
}

void TestPlotView::derivativePanelRendering()
{
    QFETCH(DerivativeConvention, convention);
    QFETCH(double, redAt);
    m_state->setConvention(convention);
    m_view->replot();
    const QImage image = m_view->toPixmap().toImage();
    const QColor blue(0x1f, 0x77, 0xb4), green(0x00, 0x80, 0x00), red(0xff, 0x00, 0x00);
    const int radius = int(m_view->style().openCircleSize() / 2);

    // Open circles at the one-sided limits: a ring in the side's colour, hollow unless the
    // convention's dot fills it.
    for (double limit : { 0.0, 1.0 }) {
        const QPoint centre = derivativePixelOf(0.0, limit);
        const QColor ring = limit == 0.0 ? blue : green;
        QVERIFY2(Pixels::count(image, Pixels::around(centre + QPoint(radius, 0), 1), ring, 40) > 0,
                 qPrintable(QStringLiteral("no ring at f′ = %1").arg(limit)));
        const bool filled = redAt == limit;
        QCOMPARE(Pixels::near(image.pixelColor(centre), red, 20), filled);
        if (!filled)
            QVERIFY(Pixels::near(image.pixelColor(centre), Qt::white, 20));
    }
    // The convention's red dot, wherever it is.
    if (std::isnan(redAt)) {
        QCOMPARE(Pixels::count(image,
                               QRect(derivativePixelOf(-0.3, 1.3), derivativePixelOf(0.3, -0.3)),
                               red, 20),
                 0);
    } else {
        QVERIFY(Pixels::near(image.pixelColor(derivativePixelOf(0.0, redAt)), red, 20));
    }
    // No vertical connector: between the circles, the column at x = 0 has neither colour, except
    // where the convention's dot sits.
    const int x0 = derivativePixelOf(0.0, 0.0).x();
    const int top = derivativePixelOf(0.0, 1.0).y() + radius + 2;
    const int bottom = derivativePixelOf(0.0, 0.0).y() - radius - 2;
    QVERIFY(bottom - top > 10);
    QCOMPARE(Pixels::count(image, QRect(x0 - 2, top, 5, bottom - top), blue, 40), 0);
    QCOMPARE(Pixels::count(image, QRect(x0 - 2, top, 5, bottom - top), green, 40), 0);
    // f′ itself: blue left at height 0, green right at height 1.
    QVERIFY(Pixels::near(image.pixelColor(derivativePixelOf(-3.0, 0.0)), blue, 30));
    QVERIFY(Pixels::near(image.pixelColor(derivativePixelOf(3.0, 1.0)), green, 30));
}

void TestPlotView::hideTheDerivativePanel()
{
    const int functionHeight = m_view->functionRect()->height();
    m_state->setDerivativePanelVisible(false);
    m_view->replot();
    QVERIFY(m_view->functionRect()->height() > functionHeight);
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atBottom)->label(), QStringLiteral("x"));
    QVERIFY(!m_view->derivativeRect()->visible());
    QVERIFY(!m_view->derivativePanel().marker()->visible());
    // The space is the function's now: a press there at the curve moves the probe.
    drag(pixelOf(2.0, 2.0), pixelOf(-1.0, 0.0));
    RELU_FUZZY_COMPARE(m_state->probeX(), -1.0, m_view->xMapping().coordsPerPixel(), 0.0);
    m_state->setDerivativePanelVisible(true);
    m_view->replot();
    QCOMPARE(m_view->functionRect()->height(), functionHeight);
    QVERIFY(m_view->derivativePanel().marker()->visible());
}

void TestPlotView::dragAcrossEveryKink_data()
{
    QTest::addColumn<QString>("spec");
    for (const char *spec :
         { "relu", "leaky_relu:negative_slope=0.2", "relu6", "hardtanh", "elu:alpha=0.5", "selu",
           "hardsigmoid", "hardswish", "abs", "hardtanh:min_val=-2,max_val=0.5" })
        QTest::newRow(spec) << QString::fromLatin1(spec);
    QTest::newRow("expression with two kinks") << QStringLiteral("max(0,x)+max(0,x-2)");
}

void TestPlotView::dragAcrossEveryKink()
{
    QFETCH(QString, spec);
    QString error;
    auto f = spec.contains(QLatin1Char('(')) ? ExpressionActivation::parse(spec).activation
                                             : ActivationCatalog::fromSpecification(spec, &error);
    QVERIFY2(f, qPrintable(error));
    m_state->switchTo(f);
    m_view->replot();
    const Activation &activation = m_state->activation();
    QVERIFY(!activation.kinks().empty());
    for (const Kink &kink : activation.kinks()) {
        QVERIFY(m_state->xRange().contains(kink.x));
        // From wherever the probe is, grab it and drag to 3 px right of the kink: it snaps there.
        const QPoint from = pixelOf(m_state->probeX(), m_state->probeY());
        drag(from, pixelOf(kink.x, activation.value(kink.x)) + QPoint(3, 0));
        QCOMPARE(m_state->probeX(), kink.x);
        QCOMPARE(readoutLine(0).section(QStringLiteral("     "), 2),
                 kink.legendLabel(DerivativeConvention::PyTorch, {}, true));
        QVERIFY(m_view->kinkFan().isShown());
        // 25 px on, the slope is the right-hand side's.
        drag(pixelOf(kink.x, activation.value(kink.x)),
             pixelOf(kink.x, activation.value(kink.x)) + QPoint(25, 0));
        QVERIFY(m_state->probeX() > kink.x);
        QVERIFY(!m_view->kinkFan().isShown());
        const double slope = activation.derivative(m_state->probeX());
        // "f′(x) = 1", or "f′(x) ≈ 1 (numerical)" for an expression.
        const QString slopeText = readoutLine(0).section(QStringLiteral("     "), 2);
        QVERIFY2(slopeText.contains(QRegularExpression(
                     QStringLiteral("^f′\\(x\\) [=≈] %1( \\(numerical\\))?$")
                         .arg(QRegularExpression::escape(NumberFormat::compact(slope))))),
                 qPrintable(slopeText));
    }
}

void TestPlotView::legendFollowsTheFunction_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("entries");
    QTest::newRow("relu: two slopes and the kink") << QStringLiteral("relu") << 3;
    QTest::newRow("relu6: f′ = 0 once, f′ = 1, two kinks") << QStringLiteral("relu6") << 4;
    QTest::newRow("gelu: one formula") << QStringLiteral("gelu") << 1;
    QTest::newRow("hardswish: three pieces, two kinks") << QStringLiteral("hardswish") << 5;
}

void TestPlotView::legendFollowsTheFunction()
{
    QFETCH(QString, spec);
    QFETCH(int, entries);
    m_state->switchTo(ActivationCatalog::fromSpecification(spec, nullptr));
    QCOMPARE(m_view->legend->itemCount(), entries);
    // Neighbouring pieces never share a colour.
    const auto &graphs = m_view->functionGraph().pieceGraphs();
    for (int i = 1; i < graphs.size(); ++i)
        QVERIFY(graphs[i]->pen().color() != graphs[i - 1]->pen().color());
    QCOMPARE(m_view->functionGraph().kinkGraphs().size(),
             int(m_state->activation().kinks().size()));
}

void TestPlotView::comparisons()
{
    m_state->setComparisons({ ActivationCatalog::create(QStringLiteral("gelu")),
                              ActivationCatalog::create(QStringLiteral("silu")) });
    const ComparisonGraphs &compared = m_view->comparisonGraphs();
    QCOMPARE(compared.functionGraphs().size(), 2);
    QCOMPARE(m_view->legend->itemCount(), 3 + 2);
    QCOMPARE(static_cast<QCPPlottableLegendItem *>(m_view->legend->item(3))->plottable()->name(),
             QStringLiteral("gelu"));
    QCOMPARE(static_cast<QCPPlottableLegendItem *>(m_view->legend->item(4))->plottable()->name(),
             QStringLiteral("silu"));
    QVERIFY(compared.functionGraphs()[0]->pen().color()
            != compared.functionGraphs()[1]->pen().color());
    QVERIFY(compared.functionGraphs()[0]->data()->size() > 100); // sampled per pixel
    QVERIFY(compared.derivativeGraphs()[1]->data()->size() > 100);
    // Drawn under the main function, faintly.
    QCOMPARE(compared.functionGraphs()[0]->layer()->name(), QStringLiteral("comparison"));
    // Opaque (overlapping segments of a fast polyline do not darken), thinner than the function,
    // and 3:1 on the background.
    const QColor drawn = compared.functionGraphs()[0]->pen().color();
    QCOMPARE(drawn.alpha(), 255);
    QVERIFY(compared.functionGraphs()[0]->pen().widthF()
            < m_view->functionGraph().pieceGraphs().value(0)->pen().widthF());
    QVERIFY(PlotStyle::contrast(drawn, m_view->style().background) >= 3.0);
    // The main function's pixels stay its own: ReLU's green at x = 3 is still green.
    m_view->replot();
    const QImage image = m_view->toPixmap().toImage();
    // (The probe's dashed tangent lies over it, so look between the dashes too.)
    QVERIFY(Pixels::count(image, Pixels::around(pixelOf(3.0, 3.0), 6), QColor(0x00, 0x80, 0x00), 30)
            > 4);
    m_state->setComparisons({});
    QCOMPARE(m_view->legend->itemCount(), 3);
}

void TestPlotView::sharpAtDevicePixelRatio2()
{
    if (m_view->devicePixelRatioF() < 2.0)
        QSKIP("runs as tst_plotview_dpr2, with QT_SCALE_FACTOR=2");
    QCOMPARE(m_view->bufferDevicePixelRatio(), 2.0);
    // The probe's dashed tangent would lie over the green line at x = 3: keep it on the left.
    m_state->setProbeX(-2.0);
    const QImage image = m_view->grab().toImage();
    QCOMPARE(image.size(), QSize(1400, 1400)); // 700 logical pixels, twice over
    QCOMPARE(image.devicePixelRatio(), 2.0);
    // Sharp, not scaled up: the green line, 3.5 logical pixels wide, is about 7 device pixels of
    // solid green across, where an upscaled 1x picture would blur it.
    const QPoint centre = pixelOf(3.0, 3.0) * 2;
    int solid = 0;
    for (int dx = -12; dx <= 12; ++dx)
        solid
            += Pixels::near(image.pixelColor(centre + QPoint(dx, 0)), QColor(0x00, 0x80, 0x00), 12)
            ? 1
            : 0;
    QVERIFY2(solid >= 6 && solid <= 12, qPrintable(QString::number(solid)));
}

void TestPlotView::partialRepaintsLeaveNothingStale_data()
{
    QTest::addColumn<bool>("secant");
    QTest::addColumn<bool>("quotients");
    QTest::newRow("probe, tangent, fan, readout") << false << false;
    QTest::newRow("with the secant too") << true << false;
    QTest::newRow("with the secant and the quotient panel") << true << true;
}

void TestPlotView::partialRepaintsLeaveNothingStale()
{
    // A drag repaints only where the overlays were and are. Whatever it did must look exactly like
    // repainting everything: no old probe, tangent or fan left behind.
    QFETCH(bool, secant);
    QFETCH(bool, quotients);
    m_state->setQuotientPanelVisible(quotients);
    if (secant) {
        m_state->setSecantMode(SecantMode::Forward);
        m_state->setSecantH(0.5);
    }
    m_view->replot();
    drag(pixelOf(2.0, 2.0), pixelOf(0.0, 0.0) + QPoint(2, 0)); // across, onto the kink: the fan
    drag(pixelOf(0.0, 0.0), pixelOf(-3.0, 0.0)); // and off it again
    // A drag that moves an axis (the quotient panel's q range) queues a full replot on a
    // zero-time timer: let it run, as the event loop would, then paint.
    QTest::qWait(20);
    QCoreApplication::sendPostedEvents(m_view.get(), QEvent::UpdateRequest);
    const QImage partial = m_view->grab().toImage();
    m_view->replot(QCustomPlot::rpImmediateRefresh);
    const QImage full = m_view->grab().toImage();
    QCOMPARE(partial.size(), full.size());
    int differing = 0;
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x)
            differing += partial.pixel(x, y) != full.pixel(x, y) ? 1 : 0;
    }
    QCOMPARE(differing, 0);
}

void TestPlotView::paintingARegionPaintsEachOfItsRectangles()
{
    // The view paints a region of several rectangles one rectangle at a time (Qt's raster engine
    // is slow through a clip of many). Each must come out as in a full paint, and nothing beside
    // them may be touched.
    m_state->setSecantMode(SecantMode::Forward);
    m_state->setSecantH(0.5);
    m_view->replot(QCustomPlot::rpImmediateRefresh);
    const QImage full = m_view->grab().toImage();
    const QRect probe
        = QRect(QPoint(0, 0), QSize(40, 40)).translated(pixelOf(0.0, 0.0) - QPoint(20, 20));
    const QRect corner(QPoint(0, 0), QSize(60, 30));
    const QRect band(QPoint(m_view->width() / 3, 0), QSize(7, m_view->height()));
    const QRegion region = QRegion(probe) + corner + band;
    QVERIFY(region.rectCount() >= 3);
    QImage partial(full.size(), QImage::Format_ARGB32_Premultiplied);
    partial.setDevicePixelRatio(full.devicePixelRatio());
    const QColor untouched(1, 2, 3);
    partial.fill(untouched);
    m_view->render(&partial, QPoint(), region, QWidget::RenderFlags());
    int wrong = 0;
    int painted = 0;
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x) {
            const bool inside = region.contains(QPoint(x, y));
            painted += inside ? 1 : 0;
            const QRgb expected = inside ? full.pixel(x, y) : untouched.rgb();
            wrong += partial.pixel(x, y) != expected ? 1 : 0;
        }
    }
    QVERIFY(painted > 0);
    QCOMPARE(wrong, 0);
}

void TestPlotView::themeAndScale()
{
    const double normal = m_view->readout()->font().pointSizeF();
    m_view->setPlotStyle(PlotStyle::dark(2.0));
    QCOMPARE(m_view->readout()->font().pointSizeF(), 2 * normal);
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atBottom)->tickLabelFont().pointSizeF(),
             2 * PlotStyle::light().tickLabelFont().pointSizeF());
    QCOMPARE(m_view->functionGraph().pieceGraphs()[0]->pen().widthF(),
             2 * PlotStyle::light().curveWidth());
    QCOMPARE(m_view->probeOverlay().marker()->size(), 2 * PlotStyle::light().probeSize());
    m_view->replot();
    const QImage image = m_view->toPixmap().toImage();
    // Dark background, the dark theme's blue on the left.
    QVERIFY(Pixels::near(image.pixelColor(pixelOf(-3.0, 3.0)), PlotStyle::dark().background, 10));
    QVERIFY(
        Pixels::near(image.pixelColor(pixelOf(-3.0, 0.0)), PlotStyle::dark().pieceColor(0), 30));
}

void TestPlotView::legendFitsThePanel()
{
    // Presentation type, a long entry, and a panel narrowed by a docked lesson: the legend ran
    // past the panel's right edge. Its type now shrinks to fit, and only then.
    m_view->setPlotStyle(PlotStyle::light(2.0));
    m_view->replot();
    const double full = PlotStyle::light(2.0).legendFont().pointSizeF();
    QCOMPARE(m_view->legend->font().pointSizeF(), full); // ReLU's short entries fit at 700 px

    m_state->switchTo(ActivationCatalog::create(QStringLiteral("leaky_relu:negative_slope=0.1")));
    m_state->setConvention(DerivativeConvention::Average);
    m_view->setFixedSize(680, 700);
    m_view->replot();
    const QRect panel = m_view->functionRect()->rect();
    const QRect legend = m_view->legend->outerRect();
    QVERIFY2(legend.right() <= panel.right(),
             qPrintable(QStringLiteral("legend ends at %1, the panel at %2")
                            .arg(legend.right())
                            .arg(panel.right())));
    QVERIFY(m_view->legend->font().pointSizeF() < full);
    QVERIFY(m_view->legend->font().pointSizeF() >= 0.6 * full);
    // Every entry is drawn in the legend's type.
    QCOMPARE(m_view->legend->item(2)->font(), m_view->legend->font());
}

void TestPlotView::legendFindsRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("derivativePanel");
    QTest::addColumn<Interval>("x");
    QTest::addColumn<Interval>("y");
    const Interval notebookX { -4.4, 4.4 }, notebookY { -1, 5 };
    // The export: the panel is short, a one-column legend covered the kink and the probe.
    QTest::newRow("relu 400x300, probe at the kink")
        << QSize(400, 300) << true << notebookX << notebookY;
    // The curve fills the upper right, the legend's first choice.
    QTest::newRow("relu 400x300 without f′, upper right filled")
        << QSize(400, 300) << false << Interval { -1, 4.4 } << Interval { -1, 4.4 };
    // The kink in the upper left, where the legend always sat.
    QTest::newRow("kink in the upper left")
        << QSize(700, 700) << true << Interval { -0.5, 4 } << Interval { -4, 0.5 };
}

void TestPlotView::legendFindsRoom()
{
    QFETCH(QSize, size);
    QFETCH(bool, derivativePanel);
    QFETCH(Interval, x);
    QFETCH(Interval, y);
    m_state->setDerivativePanelVisible(derivativePanel);
    QVERIFY(m_state->setView(x, y));
    m_state->setProbeX(0.0);
    m_view->setFixedSize(size);
    // What --export does: render at the size.
    const QImage image = m_view->toPixmap(size.width(), size.height()).toImage();
    const QPoint kink = pixelOf(0.0, 0.0);
    QVERIFY(m_view->functionRect()->rect().contains(kink));

    // The kink's dot is red, the probe's ring round it dark: not under the legend's pale brush.
    const QColor red = m_view->style().kink;
    QVERIFY2(
        Pixels::count(image, Pixels::around(kink, 3), red, 30) > 10,
        qPrintable(QStringLiteral("the kink at (%1, %2) is not red").arg(kink.x()).arg(kink.y())));
    const int ring = Pixels::count(image, Pixels::around(kink, 12), m_view->style().probe, 40);
    QVERIFY2(ring > 40, qPrintable(QStringLiteral("%1 pixels of the probe's ring").arg(ring)));
    // The legend is inside the function's panel, and clear of both.
    const QRect legend = m_view->legend->rect();
    QVERIFY2(m_view->functionRect()->rect().contains(legend),
             qPrintable(QStringLiteral("legend %1,%2 %3x%4 outside the panel")
                            .arg(legend.x())
                            .arg(legend.y())
                            .arg(legend.width())
                            .arg(legend.height())));
    // (At 400x300 with f′ under it no place of the panel is wholly free: the ring's edge may be
    // under the legend's, its centre never.)
    QVERIFY(!legend.contains(kink));
    // And it shows the function's colours.
    QVERIFY(Pixels::count(image, legend, m_view->style().pieceColor(1), 20) > 20);
}

void TestPlotView::legendStaysPutWhileHeld()
{
    // The notebook's view: the legend in the upper left, clear of ReLU.
    QCOMPARE(m_view->legendAlignment(), Qt::AlignTop | Qt::AlignLeft);
    // Pan so that the kink comes to the upper left: while the button is down the legend stays.
    const QPoint from = pixelOf(3.2, 0.3);
    const QPoint kink = pixelOf(0.0, 0.0);
    const QPoint to = from + (QPoint(150, 60) - kink);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i) {
        QTest::mouseMove(m_view.get(), from + (to - from) * i / 10);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_state->xRange().lower > -3); // it panned
    QCOMPARE(m_view->legendAlignment(), Qt::AlignTop | Qt::AlignLeft);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, to);
    QCoreApplication::processEvents();
    QVERIFY(m_view->legendAlignment() != (Qt::AlignTop | Qt::AlignLeft));
    QVERIFY(!m_view->legend->outerRect().contains(pixelOf(0.0, 0.0)));
}

void TestPlotView::penDrawsStrokesThatFollowTheView()
{
    const QColor pen = m_view->style().pen;
    const Interval x = m_state->xRange(), y = m_state->yRange();
    m_view->setPenActive(true);
    // A stroke across empty space, and one along the curve: neither pans nor moves the probe.
    drag(pixelOf(-3.0, 3.0), pixelOf(-1.0, 3.0));
    drag(pixelOf(1.0, 1.0), pixelOf(3.0, 3.0));
    QCOMPARE(m_view->penStrokes().strokes().size(), std::size_t(2));
    QVERIFY(m_view->penStrokes().strokes().front().size() > 5);
    QCOMPARE(m_state->probeX(), SessionLimits::defaultProbeX);
    QCOMPARE(m_state->xRange(), x);
    QCOMPARE(m_state->yRange(), y);

    QImage image = m_view->grab().toImage();
    const QPoint before = pixelOf(-2.0, 3.0);
    QVERIFY(Pixels::count(image, Pixels::around(before, 3), pen, 30) > 5);

    // Panned by one unit each way: the stroke moves with the data, not with the pixels.
    QVERIFY(m_state->setView({ x.lower + 1, x.upper + 1 }, { y.lower + 1, y.upper + 1 }));
    m_view->replot();
    image = m_view->grab().toImage();
    QVERIFY(Pixels::count(image, Pixels::around(pixelOf(-2.0, 3.0), 3), pen, 30) > 5);
    QCOMPARE(Pixels::count(image, Pixels::around(before, 3), pen, 30), 0);
    // Zoomed in: still on (-1.5, 3).
    QVERIFY(m_state->setView({ -2.5, 0.5 }, { 2, 4 }));
    m_view->replot();
    image = m_view->grab().toImage();
    QVERIFY(Pixels::count(image, Pixels::around(pixelOf(-1.5, 3.0), 4), pen, 30) > 5);
    // And in an export at another size.
    const QImage exported = m_view->toPixmap(500, 400).toImage();
    QVERIFY(Pixels::count(exported, Pixels::around(pixelOf(-1.5, 3.0), 4), pen, 30) > 5);
    m_view->replot();

    m_view->clearPen();
    QVERIFY(m_view->penStrokes().strokes().empty());
    image = m_view->grab().toImage();
    QCOMPARE(Pixels::count(image, m_view->functionRect()->rect(), pen, 30), 0);

    // Off again: a press on the curve grabs the probe.
    m_view->setPenActive(false);
    m_state->resetView();
    m_view->replot();
    drag(pixelOf(2.0, 2.0), pixelOf(3.0, 3.0));
    QVERIFY(m_state->probeX() > 2.5);
    QVERIFY(m_view->penStrokes().strokes().empty());
}

void TestPlotView::aRestoreRebuildsTheGraphsOnce()
{
    // A snapshot that changes the function, the comparisons, the convention and the view: before
    // restores became one step, each of those rebuilt every graph on its own.
    SessionSnapshot target = m_state->snapshot();
    target.function = QStringLiteral("relu6");
    target.comparisons = QStringList { QStringLiteral("silu"), QStringLiteral("tanh") };
    target.convention = DerivativeConvention::Average;
    target.xRange = { -3.0, 8.0 };
    target.probeX = 6.0;
    const int before = m_view->functionGraph().rebuilds();
    m_state->restore(target);
    QCOMPARE(m_view->functionGraph().rebuilds() - before, 1);
    // And an undo back to the first start, the same.
    m_state->restore(SessionSnapshot());
    QCOMPARE(m_view->functionGraph().rebuilds() - before, 2);
}

void TestPlotView::frameworksDisagreeAtAbs()
{
    // At abs's kink PyTorch and TensorFlow return 0, JAX 1 and TensorFlow.js −1 (measured and
    // read in the source: tests/core/data/framework_*.csv): three rings, one per value.
    m_state->setActivation(ActivationCatalog::create(QStringLiteral("abs")));
    m_state->setProbeX(0.0);
    m_view->replot();
    const double ring = 0.9 * m_view->style().conventionDotSize();
    auto darkAround = [&](double slope) {
        const QImage image = m_view->toPixmap().toImage();
        const QPoint centre = derivativePixelOf(0.0, slope);
        // The ring, not its inside, where the red dot or an open circle already is.
        return Pixels::count(image, Pixels::around(centre, int(ring) + 3),
                             m_view->style().foreground, 60)
            - Pixels::count(image, Pixels::around(centre, int(ring) - 3),
                            m_view->style().foreground, 60);
    };
    const int before[3] = { darkAround(-1.0), darkAround(0.0), darkAround(1.0) };
    m_view->setFrameworksCompared(true);
    m_view->replot();
    const FrameworkDots &dots = m_view->frameworkDots();
    QCOMPARE(dots.rings()->dataCount(), 3);
    QStringList labels;
    for (const QCPItemText *label : dots.labels()) {
        if (label->visible())
            labels << label->text();
    }
    QCOMPARE(labels,
             (QStringList { QStringLiteral("TensorFlow.js: −1"),
                            QStringLiteral("PyTorch, TensorFlow: 0"), QStringLiteral("JAX: 1") }));
    const double slopes[3] = { -1.0, 0.0, 1.0 };
    for (int i = 0; i < 3; ++i) {
        const int after = darkAround(slopes[i]);
        QVERIFY2(after > before[i] + 15,
                 qPrintable(QStringLiteral("at %1: %2 dark pixels, %3 before")
                                .arg(slopes[i])
                                .arg(after)
                                .arg(before[i])));
    }
    // Off the kink, and with the comparison off, no rings.
    m_state->setProbeX(1.0);
    QCOMPARE(dots.rings()->dataCount(), 0);
    m_state->setProbeX(0.0);
    m_view->setFrameworksCompared(false);
    QCOMPARE(dots.rings()->dataCount(), 0);
}

void TestPlotView::theFanIsNamedInTheLegend_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("kink");
    QTest::addColumn<QString>("entry");
    // ReLU is convex on the whole line: every line of its fan stays under the whole graph.
    QTest::newRow("relu at 0") << QStringLiteral("relu") << 0.0
                               << QStringLiteral("fan [0, 1]: all under the graph");
    // relu6 bends up at 0 but down at 6, so it is not convex: only near the kink.
    QTest::newRow("relu6 at 0") << QStringLiteral("relu6") << 0.0
                                << QStringLiteral("fan [0, 1]: under the graph near the kink");
    QTest::newRow("relu6 at 6") << QStringLiteral("relu6") << 6.0
                                << QStringLiteral("fan [0, 1]: above the graph near the kink");
    QTest::newRow("abs at 0") << QStringLiteral("abs") << 0.0
                              << QStringLiteral("fan [−1, 1]: all under the graph");
    // selu's left piece is curved: its tangent at 0, the fan's steepest line, lies under the
    // curve on the left (f = λα(eˣ − 1) > λα·x for x < 0), so "above" would be false for it.
    QTest::newRow("selu at 0") << QStringLiteral(
        "selu") << 0.0 << QStringLiteral("fan [1.0507, 1.7581]: between the one-sided tangents");
}

void TestPlotView::theFanIsNamedInTheLegend()
{
    QFETCH(QString, function);
    QFETCH(double, kink);
    QFETCH(QString, entry);
    m_state->switchTo(ActivationCatalog::create(function));
    m_state->setProbeX(kink);
    QVERIFY(m_view->kinkFan().isShown());
    QCPLegend *legend = m_view->legend;
    auto *last = qobject_cast<QCPPlottableLegendItem *>(legend->item(legend->itemCount() - 1));
    QVERIFY(last);
    QCOMPARE(last->plottable()->name(), entry);
    // Another function with a kink at the same x gets its own words, not the last ones kept.
    m_state->switchTo(ActivationCatalog::create(
        function == QLatin1String("relu") ? QStringLiteral("relu6") : QStringLiteral("relu")));
    m_state->setProbeX(0.0);
    if (m_view->kinkFan().isShown()) {
        auto *now = qobject_cast<QCPPlottableLegendItem *>(legend->item(legend->itemCount() - 1));
        QVERIFY(now);
        QCOMPARE(now->plottable()->name(),
                 KinkFan::legendLabel(m_state->activation(), *m_state->probeKink()));
        QVERIFY(function != QLatin1String("relu") || now->plottable()->name() != entry);
    }
    m_state->switchTo(ActivationCatalog::create(function));

    // Off the kink, the fan and its entry go.
    m_state->setProbeX(kink + 0.5);
    QVERIFY(!m_view->kinkFan().isShown());
    QVERIFY(!legend->hasItemWithPlottable(m_view->kinkFan().legendEntry()));
}

void TestPlotView::theFanFollowsAParameter()
{
    // max(a·x, x) at a = 0.5 has the slopes 0.5 and 1 at 0, at a = 0.25 the slopes 0.25 and 1:
    // the same formula, the same kink, other words. (Hand calculus: a·x wins left of 0 for a < 1.)
    m_state->switchTo(ExpressionActivation::parse(QStringLiteral("max(a*x, x)")).activation);
    m_state->setExpressionParameter(0, 0.5);
    m_state->setProbeX(0.0);
    QVERIFY(m_view->kinkFan().isShown());
    QCPLegend *legend = m_view->legend;
    auto entry = [legend] {
        auto *last = qobject_cast<QCPPlottableLegendItem *>(legend->item(legend->itemCount() - 1));
        return last ? last->plottable()->name() : QString();
    };
    QVERIFY2(entry().startsWith(QStringLiteral("fan [0.5, 1]")), qPrintable(entry()));
    m_state->setExpressionParameter(0, 0.25);
    QVERIFY(m_view->kinkFan().isShown());
    QVERIFY2(entry().startsWith(QStringLiteral("fan [0.25, 1]")), qPrintable(entry()));
}

void TestPlotView::theZeroSlopeStaysInView_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    // max(a·x, x) for 0 ≤ a ≤ 1 has the slopes a and 1, so with f′ = 0 in view the panel spans
    // [0, 1] plus a quarter margin each side, [−0.25, 1.25], whatever a: dragging a's slider
    // neither scrolls 0 off the panel nor rescales it. At a = 3 the slopes are 1 and 3 (a·x wins
    // right of 0): [0, 3] with margins, [−0.75, 3.75].
    QTest::newRow("a = 0.1") << 0.1 << -0.25 << 1.25;
    QTest::newRow("a = 0.5") << 0.5 << -0.25 << 1.25;
    QTest::newRow("a = 0.9") << 0.9 << -0.25 << 1.25;
    QTest::newRow("a = 0.99") << 0.99 << -0.25 << 1.25;
    QTest::newRow("a = 3") << 3.0 << -0.75 << 3.75;
}

void TestPlotView::theZeroSlopeStaysInView()
{
    QFETCH(double, a);
    QFETCH(double, lower);
    QFETCH(double, upper);
    m_state->switchTo(ExpressionActivation::parse(QStringLiteral("max(a*x, x)")).activation);
    m_state->setExpressionParameter(0, a);
    m_view->replot();
    const QCPRange range = m_view->derivativeRect()->axis(QCPAxis::atLeft)->range();
    QVERIFY2(qAbs(range.lower - lower) < 1e-12 && qAbs(range.upper - upper) < 1e-12,
             qPrintable(QStringLiteral("[%1, %2]").arg(range.lower).arg(range.upper)));
}

void TestPlotView::manyJumpsAreNamedWithoutHoles()
{
    // floor(x) jumps at every integer and has no hole; its 2001 jumps in [−1000, 1000] are not
    // what the view shows, so no count.
    const auto floor = ExpressionActivation::parse(QStringLiteral("floor(x)")).activation;
    QVERIFY(floor);
    const QStringList labels = FunctionGraph::legendLabels(*floor, DerivativeConvention::PyTorch,
                                                           SessionLimits::defaultXRange);
    QVERIFY2(labels.contains(QStringLiteral("jumps: f′ does not exist there")),
             qPrintable(labels.join(QLatin1String(" | "))));
    QVERIFY(!labels.join(QLatin1Char(' ')).contains(QStringLiteral("hole")));
}

QTEST_MAIN(TestPlotView)
#include "tst_plotview.moc"
