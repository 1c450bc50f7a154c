// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "lessonguide.h"
#include "plotstyle.h"

#include <QTest>
#include <QTextBrowser>

/** The guided lesson: six pages, each setting the explorer up for what it says. */
class TestLessonGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixPages();
    void eachPageSetsTheState_data();
    void eachPageSetsTheState();
    void nextAndBack();
    void firstPageWithoutItsSetup();
    void coloursAreTheStyles();
};

void TestLessonGuide::sixPages()
{
    ExplorerState state;
    LessonGuide guide(&state);
    QCOMPARE(guide.pageCount(), 6);
    for (int i = 0; i < guide.pageCount(); ++i) {
        QVERIFY(guide.page(i).title.startsWith(QString::number(i + 1) + QLatin1Char('.')));
        QVERIFY(guide.page(i).text.size() > 100);
    }
}

void TestLessonGuide::eachPageSetsTheState_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<double>("probe");
    QTest::addColumn<bool>("derivativePanel");
    QTest::addColumn<bool>("samplePoints");
    QTest::addColumn<bool>("valuesTable");
    QTest::newRow("1 what ReLU does: f(3) = 3") << 0 << 3.0 << false << false << false;
    QTest::newRow("2 the table, with its points") << 1 << 2.0 << false << true << true;
    QTest::newRow("3 the slope at 2") << 2 << 2.0 << false << false << false;
    QTest::newRow("4 the coloured figure, at -2") << 3 << -2.0 << true << false << false;
    QTest::newRow("5 the kink: the fan") << 4 << 0.0 << true << false << false;
    QTest::newRow("6 the convention") << 5 << 0.0 << true << false << false;
}

void TestLessonGuide::eachPageSetsTheState()
{
    QFETCH(int, page);
    QFETCH(double, probe);
    QFETCH(bool, derivativePanel);
    QFETCH(bool, samplePoints);
    QFETCH(bool, valuesTable);
    ExplorerState state;
    // Whatever came before, the page sets its own scene.
    state.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    state.setConvention(DerivativeConvention::Right);
    state.setSecantMode(SecantMode::Central);
    state.setValuesTableVisible(!valuesTable);
    LessonGuide guide(&state);
    guide.openPage(page);
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
    QCOMPARE(state.probeX(), probe);
    QCOMPARE(state.isDerivativePanelVisible(), derivativePanel);
    QCOMPARE(state.areSamplePointsVisible(), samplePoints);
    QCOMPARE(state.convention(), DerivativeConvention::Framework);
    QCOMPARE(state.secantMode(), SecantMode::Off);
    QCOMPARE(state.xRange(), ExplorerState::defaultXRange());
    QCOMPARE(state.isValuesTableVisible(), valuesTable);
    QCOMPARE(state.probeKink() != nullptr, probe == 0.0);
}

void TestLessonGuide::nextAndBack()
{
    ExplorerState state;
    LessonGuide guide(&state);
    guide.openPage(0);
    guide.next();
    guide.next();
    QCOMPARE(guide.currentPage(), 2);
    guide.back();
    QCOMPARE(guide.currentPage(), 1);
    guide.back();
    guide.back(); // no page before the first
    QCOMPARE(guide.currentPage(), 0);
    for (int i = 0; i < 10; ++i)
        guide.next();
    QCOMPARE(guide.currentPage(), 5);
    QVERIFY(guide.textView()->toPlainText().contains(QLatin1String("sparse")));
}

void TestLessonGuide::firstPageWithoutItsSetup()
{
    // The window creates the guide when it restores its dock open: the page must not be blank,
    // and the session just restored must stay as it was until a page is chosen.
    ExplorerState state;
    state.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    state.setProbeX(-1.5);
    LessonGuide guide(&state);
    QCOMPARE(guide.currentPage(), 0);
    QVERIFY(guide.textView()->toPlainText().contains(QLatin1String("ReLU")));
    QCOMPARE(state.activation().name(), QStringLiteral("gelu"));
    QCOMPARE(state.probeX(), -1.5);
    guide.next();
    QCOMPARE(guide.currentPage(), 1);
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
}

void TestLessonGuide::coloursAreTheStyles()
{
    // "Blue where f′(x) = 0, green where f′(x) = 1, the red dot": the colours the plots use, so a
    // style with other colours gives a lesson with other colours.
    ExplorerState state;
    LessonGuide guide(&state);
    const int figure = 3;
    auto names = [&guide](const PlotStyle &style) {
        const QString text = guide.page(figure).text;
        return text.contains(style.pieceColor(0).name())
            && text.contains(style.pieceColor(1).name()) && text.contains(style.kink.name());
    };
    QVERIFY(names(PlotStyle::light()));

    PlotStyle other = PlotStyle::light();
    other.pieceColors[0] = QColor(0x12, 0x34, 0x56);
    other.pieceColors[1] = QColor(0x23, 0x45, 0x67);
    other.kink = QColor(0x9a, 0x0b, 0x0c);
    guide.setPlotStyle(other);
    QVERIFY(names(other));
    QVERIFY(!names(PlotStyle::light()));

    // The page on screen follows, without the page being set up again.
    guide.openPage(figure);
    state.setProbeX(1.5);
    guide.setPlotStyle(PlotStyle::dark());
    QVERIFY(names(PlotStyle::dark()));
    QVERIFY(guide.textView()->toHtml().contains(PlotStyle::dark().pieceColor(0).name()));
    QCOMPARE(state.probeX(), 1.5);
}

QTEST_MAIN(TestLessonGuide)
#include "tst_lessonguide.moc"
