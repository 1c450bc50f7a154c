// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "pixels.h"
#include "plotview.h"
#include "quotientpanel.h"

#include <QTest>

#include <memory>

/**
 * The difference-quotient panel in the real view: it follows the probe as it is dragged, a drag
 * in it sets h, and what it draws at h = 0 tells a kink (a step that never closes) from a smooth
 * point (one curve through f′(x₀)). Truths by hand: for ReLU at 0, q(h) = 0 for h < 0 and 1 for
 * h > 0; for gelu at 0, q(h) = Φ(h), whose limit is 1/2 from both sides; for x + (x > 0) at 0,
 * q(h) = 1 + 1/h for h > 0.
 */
class TestQuotientPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hiddenUntilAsked();
    void followsTheProbe();
    void smoothPointHasOneLimit();
    void jumpIsSaidInWords();
    void dragInThePanelSetsH_data();
    void dragInThePanelSetsH();
    void kinkIsAStepThatNeverCloses();
    void geluIsOneCurve();
    void logAxisReachesTinyH();
    void dragRepaintsOnlyThePanelsCurves();
    void bothSidesHaveAMarkerEach();

private:
    QPoint functionPixelOf(double x, double y) const;
    QPoint quotientPixelOf(double h, double q) const;
    QImage render();
    void use(const char *spec);

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<PlotView> m_view;
};

void TestQuotientPanel::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_state->setQuotientPanelVisible(true);
    m_view = std::make_unique<PlotView>(m_state.get());
    m_view->setFixedSize(700, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->replot();
}

void TestQuotientPanel::cleanup()
{
    m_view.reset();
    m_state.reset();
}

QPoint TestQuotientPanel::functionPixelOf(double x, double y) const
{
    const QCPAxisRect *rect = m_view->functionRect();
    return QPointF(rect->axis(QCPAxis::atBottom)->coordToPixel(x),
                   rect->axis(QCPAxis::atLeft)->coordToPixel(y))
        .toPoint();
}

QPoint TestQuotientPanel::quotientPixelOf(double h, double q) const
{
    const QCPAxisRect *rect = m_view->quotientRect();
    const QuotientAxis &axis = m_view->quotientPanel().axis();
    return QPointF(rect->axis(QCPAxis::atBottom)->coordToPixel(axis.toAxis(h)),
                   rect->axis(QCPAxis::atLeft)->coordToPixel(q))
        .toPoint();
}

QImage TestQuotientPanel::render()
{
    m_view->replot(QCustomPlot::rpImmediateRefresh);
    return m_view->grab().toImage();
}

void TestQuotientPanel::use(const char *spec)
{
    m_state->switchTo(ActivationCatalog::fromSpecification(QString::fromLatin1(spec), nullptr));
    m_view->replot();
}

void TestQuotientPanel::hiddenUntilAsked()
{
    ExplorerState fresh;
    QVERIFY(!fresh.isQuotientPanelVisible());
    m_state->setQuotientPanelVisible(false);
    m_view->replot();
    QVERIFY(!m_view->quotientRect()->visible());
    QVERIFY(m_view->quotientRect()->layout() == nullptr);
    m_state->setQuotientPanelVisible(true);
    m_view->replot();
    QVERIFY(m_view->quotientRect()->visible());
    QVERIFY(m_view->quotientRect()->rect().top() > m_view->derivativeRect()->rect().bottom());
}

void TestQuotientPanel::followsTheProbe()
{
    // At x = 2 every secant of ReLU up to |h| = 2 has slope 1; in doubles, 2 + h rounds, which
    // moves the quotient by up to 2^-52 · 2 / |h|.
    const QuotientPanel &panel = m_view->quotientPanel();
    for (const QCPGraph *curve : { panel.leftCurve(), panel.rightCurve() }) {
        // A straight branch is drawn with the points that bend it, its ends; it still runs from
        // |h| = 2 to within 10⁻³ of 0 (the linear axis).
        QVERIFY(curve->data()->size() >= 2);
        double nearest = HUGE_VAL, farthest = 0;
        for (const QCPGraphData &point : *curve->data()) {
            nearest = std::min(nearest, std::abs(point.key));
            farthest = std::max(farthest, std::abs(point.key));
        }
        QCOMPARE(farthest, QuotientAxis::reach);
        QVERIFY(nearest < 1e-3);
        for (const QCPGraphData &point : *curve->data())
            QVERIFY(std::abs(point.value - 1.0) <= std::ldexp(2.0, -52) * 2 / std::abs(point.key));
    }
    // Drag the probe to the kink with the mouse: the left quotients become 0.
    const QPoint from = functionPixelOf(2.0, 2.0);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(m_view.get(), from + (functionPixelOf(0.0, 0.0) - from) * i / 10);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, functionPixelOf(0.0, 0.0));
    QCOMPARE(m_state->probeX(), 0.0);
    for (const QCPGraphData &point : *panel.leftCurve()->data())
        QCOMPARE(point.value, 0.0);
    for (const QCPGraphData &point : *panel.rightCurve()->data())
        QCOMPARE(point.value, 1.0);
    for (const QCPGraphData &point : *panel.centralCurve()->data()) {
        if (!std::isnan(point.value))
            QCOMPARE(point.value, 0.5);
    }
    // Open circles at the one-sided limits 0 and 1, and PyTorch's 0 as the filled dot.
    QCOMPARE(panel.leftLimit()->data()->size(), 1);
    QCOMPARE(panel.leftLimit()->data()->at(0)->value, 0.0);
    QCOMPARE(panel.rightLimit()->data()->size(), 1);
    QCOMPARE(panel.rightLimit()->data()->at(0)->value, 1.0);
    QCOMPARE(panel.valueDot()->data()->size(), 1);
    QCOMPARE(panel.valueDot()->data()->at(0)->value, 0.0);
    m_state->setConvention(DerivativeConvention::Right);
    QCOMPARE(panel.valueDot()->data()->at(0)->value, 1.0);
    m_state->setConvention(DerivativeConvention::Undefined);
    QCOMPARE(panel.valueDot()->data()->size(), 0); // no value: no dot
    QVERIFY(panel.note().isEmpty());
}

void TestQuotientPanel::smoothPointHasOneLimit()
{
    use("gelu");
    m_state->setProbeX(0.0);
    const QuotientPanel &panel = m_view->quotientPanel();
    QCOMPARE(panel.leftLimit()->data()->size(), 0);
    QCOMPARE(panel.rightLimit()->data()->size(), 0);
    QCOMPARE(panel.valueDot()->data()->size(), 1);
    QCOMPARE(panel.valueDot()->data()->at(0)->value, 0.5);
    // Both branches come within 1e-3 of 1/2 next to 0: q(±h) = Φ(±h) ≈ 1/2 ± h/√(2π).
    const auto left = panel.leftCurve()->data();
    const auto right = panel.rightCurve()->data();
    QVERIFY(std::abs((left->constEnd() - 1)->value - 0.5) < 1e-3);
    QVERIFY(std::abs(right->constBegin()->value - 0.5) < 1e-3);
    // And at h = 2, Φ(2) = 0.97724986805182.
    QVERIFY(std::abs((right->constEnd() - 1)->value - 0.97724986805182) < 1e-9);
    QVERIFY(panel.note().isEmpty());
}

void TestQuotientPanel::jumpIsSaidInWords()
{
    m_state->switchTo(ExpressionActivation::parse(QStringLiteral("x+(x>0)")).activation);
    m_state->setProbeX(0.0);
    const QuotientPanel &panel = m_view->quotientPanel();
    QCOMPARE(panel.note(), QStringLiteral("q(h) → +∞ as h → 0⁺"));
    QCOMPARE(panel.leftLimit()->data()->size(), 1);
    QCOMPARE(panel.leftLimit()->data()->at(0)->value, 1.0);
    QCOMPARE(panel.rightLimit()->data()->size(), 0); // no circle at infinity
    m_state->switchTo(ExpressionActivation::parse(QStringLiteral("sqrt(abs(x))")).activation);
    QCOMPARE(panel.note(), QStringLiteral("q(h) → −∞ as h → 0⁻; q(h) → +∞ as h → 0⁺"));
    m_state->switchTo(ExpressionActivation::parse(QStringLiteral("log(x)")).activation);
    QCOMPARE(panel.note(), QStringLiteral("f(x₀) is undefined: no quotient exists"));
}

void TestQuotientPanel::dragInThePanelSetsH_data()
{
    QTest::addColumn<bool>("logAxis");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("linear, right to left") << false << 1.0 << -0.5;
    QTest::newRow("linear, to a small h") << false << -1.5 << 0.25;
    QTest::newRow("log, down to 1e-4") << true << 1.0 << 1e-4;
    QTest::newRow("log, across to the left") << true << 1e-2 << -1e-5;
}

void TestQuotientPanel::dragInThePanelSetsH()
{
    QFETCH(bool, logAxis);
    QFETCH(double, from);
    QFETCH(double, to);
    if (logAxis)
        m_state->setQuotientScale(QuotientAxis::Scale::SymmetricLog);
    m_view->replot();
    QCOMPARE(m_state->secantMode(), SecantMode::Off);
    const QPoint start = quotientPixelOf(from, 0.5);
    const QPoint end = quotientPixelOf(to, 0.5);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, start);
    QVERIFY(m_view->isDraggingH());
    QCOMPARE(m_state->secantMode(), SecantMode::Forward); // a drag in the panel shows the secant
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(m_view.get(), start + (end - start) * i / 8);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, end);
    QVERIFY(!m_view->isDraggingH());
    // Within a pixel of the target, on the panel's own axis.
    const QCPAxis *hAxis = m_view->quotientRect()->axis(QCPAxis::atBottom);
    const QuotientAxis &axis = m_view->quotientPanel().axis();
    const double perPixel = hAxis->range().size() / m_view->quotientRect()->width();
    QVERIFY2(std::abs(axis.toAxis(m_state->secantH()) - axis.toAxis(to)) <= perPixel,
             qPrintable(QString::number(m_state->secantH())));
    QCOMPARE(std::signbit(m_state->secantH()), std::signbit(to));
    // The marker sits on the curve at the new h: ReLU at 2 has q = 1 for every |h| ≤ 2.
    const QCPItemTracer *marker = m_view->quotientPanel().marker();
    QVERIFY(marker->visible());
    QVERIFY(std::abs(marker->position->coords().y() - 1.0) <= std::ldexp(2.0, -52) * 2 / 1e-5);
    QCOMPARE(m_state->probeX(), 2.0); // the probe stays where it was
}

void TestQuotientPanel::kinkIsAStepThatNeverCloses()
{
    m_state->setProbeX(0.0);
    const QImage image = render();
    const PlotStyle &style = m_view->style();
    // The left branch at q = 0 and the right one at q = 1, on both sides of h = 0 ...
    for (double h : { 1.5, 0.5, 0.05 }) {
        QVERIFY2(Pixels::count(image, Pixels::around(quotientPixelOf(-h, 0.0), 3), style.secant)
                     > 0,
                 qPrintable(QString::number(h)));
        QVERIFY(Pixels::count(image, Pixels::around(quotientPixelOf(h, 1.0), 3), style.secantRight)
                > 0);
        // ... and never the other way round: no branch crosses to the other's height.
        QCOMPARE(
            Pixels::count(image, Pixels::around(quotientPixelOf(h, 0.0), 3), style.secantRight), 0);
        QCOMPARE(Pixels::count(image, Pixels::around(quotientPixelOf(-h, 1.0), 3), style.secant),
                 0);
    }
    // At h = 0: the open circle at 1 is hollow (the background inside), the red dot at 0 filled.
    const QPoint circle = quotientPixelOf(0.0, 1.0);
    QVERIFY(Pixels::near(image.pixelColor(circle), style.background));
    QVERIFY(Pixels::count(image, Pixels::around(circle, 8), style.secantRight) > 10);
    QVERIFY(Pixels::near(image.pixelColor(quotientPixelOf(0.0, 0.0)), style.kink));
    // Nothing joins the two heights at h = 0: the column between them, in the right branch's
    // colour, stays empty (only the zero line and grid are there).
    const QPoint top = quotientPixelOf(0.0, 0.85);
    const QPoint bottom = quotientPixelOf(0.0, 0.15);
    QCOMPARE(Pixels::count(image,
                           QRect(QPoint(top.x() - 1, top.y()), QPoint(top.x() + 1, bottom.y())),
                           style.secantRight),
             0);
}

void TestQuotientPanel::geluIsOneCurve()
{
    use("gelu");
    m_state->setProbeX(0.0);
    const QImage image = render();
    const PlotStyle &style = m_view->style();
    // q(±0.05) = Φ(±0.05) = 0.5 ± 0.0199: both branches pass within a few pixels of (0, 1/2),
    // where one filled dot marks f′(0) = 1/2.
    QVERIFY(Pixels::count(image, Pixels::around(quotientPixelOf(-0.05, 0.48006), 3), style.secant)
            > 0);
    QVERIFY(
        Pixels::count(image, Pixels::around(quotientPixelOf(0.05, 0.51994), 3), style.secantRight)
        > 0);
    QVERIFY(Pixels::near(image.pixelColor(quotientPixelOf(0.0, 0.5)), style.probe));
    QCOMPARE(Pixels::count(image, m_view->quotientRect()->rect(), style.kink),
             0); // no kink: no red
}

void TestQuotientPanel::logAxisReachesTinyH()
{
    m_state->setQuotientScale(QuotientAxis::Scale::SymmetricLog);
    use("gelu");
    m_state->setProbeX(0.0);
    const QuotientPanel &panel = m_view->quotientPanel();
    QCOMPARE(panel.axis().scale(), QuotientAxis::Scale::SymmetricLog);
    // The right branch starts at h = 1e-6, where Φ(1e-6) − 1/2 = 3.99e-7.
    const auto right = panel.rightCurve()->data();
    QCOMPARE(panel.axis().toH(right->constBegin()->key), QuotientAxis::smallest);
    QVERIFY(std::abs(right->constBegin()->value - 0.5 - 3.989422804e-7) < 1e-12);
    auto *ticker = dynamic_cast<QCPAxisTickerText *>(
        m_view->quotientRect()->axis(QCPAxis::atBottom)->ticker().data());
    QVERIFY(ticker);
    QVERIFY(ticker->ticks().values().contains(QStringLiteral("0⁺")));
    QVERIFY(ticker->ticks().values().contains(QStringLiteral("−10⁻⁴")));
}

void TestQuotientPanel::dragRepaintsOnlyThePanelsCurves()
{
    // From gelu's x = 2 to 2.6 the quotients change a little, within the q axis's range, which
    // stays: the drag repaints the panel's curves alone, and the result must equal a full
    // repaint, pixel for pixel.
    use("gelu");
    m_state->setSecantMode(SecantMode::Forward);
    m_view->replot(QCustomPlot::rpImmediateRefresh);
    const QCPRange before = m_view->quotientRect()->axis(QCPAxis::atLeft)->range();
    const QPoint from = functionPixelOf(2.0, m_state->probeY());
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, from);
    const QPoint to = functionPixelOf(2.6, m_state->activation().value(2.6));
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(m_view.get(), from + (to - from) * i / 6);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(std::abs(m_state->probeX() - 2.6) < 0.05);
    QCOMPARE(m_view->quotientRect()->axis(QCPAxis::atLeft)->range(), before);
    QCoreApplication::sendPostedEvents(m_view.get(), QEvent::UpdateRequest);
    const QImage partial = m_view->grab().toImage();
    m_view->replot(QCustomPlot::rpImmediateRefresh);
    const QImage full = m_view->grab().toImage();
    int differing = 0;
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x)
            differing += partial.pixel(x, y) != full.pixel(x, y) ? 1 : 0;
    }
    QCOMPARE(differing, 0);
}

void TestQuotientPanel::bothSidesHaveAMarkerEach()
{
    // ReLU at 0 with a secant to each side, h = 0.5: q(−h) = 0 on the left, q(+h) = 1 on the right.
    m_state->setProbeX(0.0);
    m_state->setSecantH(-0.5);
    m_state->setSecantMode(SecantMode::BothSides);
    const QuotientPanel &panel = m_view->quotientPanel();
    QVERIFY(panel.marker()->visible());
    QVERIFY(panel.leftMarker()->visible());
    QCOMPARE(panel.marker()->position->coords(), QPointF(0.5, 1.0));
    QCOMPARE(panel.leftMarker()->position->coords(), QPointF(-0.5, 0.0));
    m_state->setSecantMode(SecantMode::Forward); // one secant: one marker, on its side
    QVERIFY(!panel.leftMarker()->visible());
    QCOMPARE(panel.marker()->position->coords(), QPointF(-0.5, 0.0));
}

QTEST_MAIN(TestQuotientPanel)
#include "tst_quotientpanel.moc"
