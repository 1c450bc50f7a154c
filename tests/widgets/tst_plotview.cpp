#include "explorerstate.h"
#include "functiongraph.h"
#include "fuzzy.h"
#include "pixels.h"
#include "plotview.h"
#include "probeoverlay.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

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
    void dragAlongTheCurve_data();
    void dragAlongTheCurve();
    void dragSnapsToTheKink();
    void pressNearTheCurveGrabs();
    void pressOffTheCurvePans();
    void wheelZoomsAndPiecesReachTheEdges();
    void doubleClickResetsTheView();
    void rendering();
    void conventionChangesTheLegend();

private:
    /** The pixel of world point (x, y) in the function plot. */
    QPoint pixelOf(double x, double y) const;
    /** Presses at `from`, moves in small steps to `to` like a hand would, and releases there. */
    void drag(QPoint from, QPoint to);
    double tangentSlope() const;

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

double TestPlotView::tangentSlope() const
{
    const QCPItemStraightLine *tangent = m_view->probeOverlay().tangent();
    const QPointF a = tangent->point1->coords();
    const QPointF b = tangent->point2->coords();
    return (b.y() - a.y()) / (b.x() - a.x());
}

void TestPlotView::firstStartIsTheNotebooksFigure()
{
    const QCPAxisRect *rect = m_view->functionRect();
    QCOMPARE(rect->axis(QCPAxis::atBottom)->range(), QCPRange(-4.4, 4.4));
    QCOMPARE(rect->axis(QCPAxis::atLeft)->range(), QCPRange(-1.0, 5.0));
    QCOMPARE(rect->axis(QCPAxis::atBottom)->label(), QStringLiteral("x"));
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
    QCOMPARE(m_view->readout()->text(), QStringLiteral("x = 2.00     f(x) = 2.00     f′(x) = 1"));
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
    QVERIFY2(m_view->readout()->text().endsWith(readoutSlope), qPrintable(m_view->readout()->text()));
    QVERIFY(!m_view->isDraggingProbe());

    // What is drawn: the probe's ring sits on the curve at the new x.
    const QPointF drawn = m_view->probeOverlay().marker()->position->pixelPosition();
    const QPoint expected = pixelOf(m_state->probeX(), m_state->probeY());
    QVERIFY(std::abs(drawn.x() - expected.x()) <= 1.0 && std::abs(drawn.y() - expected.y()) <= 1.0);
    const QImage image = m_view->toPixmap().toImage();
    const int ringRadius = int(m_view->style().probeSize() / 2);
    QVERIFY(Pixels::count(image, Pixels::around(drawn + QPointF(0, -ringRadius), 2),
                          m_view->style().probe, 60) > 0);
}

void TestPlotView::dragSnapsToTheKink()
{
    // Release 3 pixels right of the kink: the probe lands exactly on it.
    drag(pixelOf(2.0, 2.0), pixelOf(0.0, 0.0) + QPoint(3, 0));
    QCOMPARE(m_state->probeX(), 0.0);
    QVERIFY(m_state->probeKink());
    QVERIFY2(m_view->readout()->text().contains(QStringLiteral("f′(0) undefined, set to 0")),
             qPrintable(m_view->readout()->text()));
    QCOMPARE(tangentSlope(), 0.0); // the line the convention picks

    // 10 pixels away is not the kink.
    drag(pixelOf(0.0, 0.0), pixelOf(0.0, 0.0) + QPoint(10, 0));
    QVERIFY(m_state->probeX() > 0.0);
    QVERIFY(m_view->readout()->text().endsWith(QStringLiteral("f′(x) = 1")));
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
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atBottom)->range().lower, m_state->xRange().lower);
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
    QVERIFY(m_state->setView({10, 20}, {-3, 3}));
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(350, 300));
    QCOMPARE(m_state->xRange(), ExplorerState::defaultXRange());
    QCOMPARE(m_state->yRange(), ExplorerState::defaultYRange());
    QCOMPARE(m_view->functionRect()->axis(QCPAxis::atLeft)->range(), QCPRange(-1.0, 5.0));
}

void TestPlotView::rendering()
{
    const QImage image = m_view->toPixmap().toImage();
    QCOMPARE(image.size(), QSize(700, 700));
    const QColor blue(0x1f, 0x77, 0xb4), green(0x00, 0x80, 0x00), red(0xff, 0x00, 0x00);

    // The left segment is blue, the right one green, the origin red; and not the other way round.
    for (double x : {-4.0, -3.0, -1.0}) {
        QVERIFY2(Pixels::count(image, Pixels::around(pixelOf(x, 0.0), 1), blue, 30) > 0,
                 qPrintable(QStringLiteral("no blue at x = %1").arg(x)));
        QCOMPARE(Pixels::count(image, Pixels::around(pixelOf(x, 0.0), 3), green, 30), 0);
    }
    for (double x : {1.0, 3.0, 4.0}) {
        QVERIFY2(Pixels::count(image, Pixels::around(pixelOf(x, x), 1), green, 30) > 0,
                 qPrintable(QStringLiteral("no green at x = %1").arg(x)));
        QCOMPARE(Pixels::count(image, Pixels::around(pixelOf(x, x), 3), blue, 30), 0);
    }
    QVERIFY(Pixels::near(image.pixelColor(pixelOf(0.0, 0.0)), red, 10));
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
    QCOMPARE(tangentSlope(), 1.0);
    m_state->setConvention(DerivativeConvention::Undefined);
    QCOMPARE(m_view->functionGraph().kinkGraphs()[0]->name(), QStringLiteral("f′(0) undefined"));
    QVERIFY(!m_view->probeOverlay().tangent()->visible());
}

QTEST_MAIN(TestPlotView)
#include "tst_plotview.moc"
