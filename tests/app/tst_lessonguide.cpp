// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "lessonguide.h"
#include "plotstyle.h"

Q_DECLARE_METATYPE(SecantMode)

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

/** The guided lesson: seven pages, each setting the explorer up for what it says. */
class TestLessonGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sevenPages();
    void eachPageSetsTheState_data();
    void eachPageSetsTheState();
    void nextAndBack();
    void linksMoveTheProbe();
    void firstPageWithoutItsSetup();
    void coloursAreTheStyles();
    void aPageIsSaidAsItOpens();
};

void TestLessonGuide::aPageIsSaidAsItOpens()
{
    // A screen reader hears the page's number, title and words when ↓ turns it.
    ExplorerState state;
    LessonGuide guide(&state);
    QSignalSpy opened(&guide, &LessonGuide::pageOpened);
    guide.openPage(0);
    guide.next();
    QCOMPARE(opened.count(), 2);
    const QString spoken = opened.at(1).at(0).toString();
    // The page's number once, not "page 2 of 7: 2. A table …".
    QVERIFY2(spoken.startsWith(QStringLiteral("Lesson page 2 of 7: A table of values. ")),
             qPrintable(spoken));
    QVERIFY(!spoken.contains(QLatin1Char('<'))); // words, not HTML
    QVERIFY(spoken.size() > 80);
}

void TestLessonGuide::sevenPages()
{
    ExplorerState state;
    LessonGuide guide(&state);
    QCOMPARE(guide.pageCount(), 7);
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
    QTest::addColumn<bool>("quotientPanel");
    QTest::addColumn<SecantMode>("secant");
    const SecantMode off = SecantMode::Off;
    QTest::newRow("1 what ReLU does: f(3) = 3")
        << 0 << 3.0 << false << false << false << false << off;
    QTest::newRow("2 the table, with its points")
        << 1 << 2.0 << false << true << true << false << off;
    QTest::newRow("3 the slope at 2") << 2 << 2.0 << false << false << false << false << off;
    QTest::newRow("4 the coloured figure, at -2")
        << 3 << -2.0 << true << false << false << false << off;
    QTest::newRow("5 the kink: the fan") << 4 << 0.0 << true << false << false << false << off;
    QTest::newRow("6 the limit: q(h) from both sides")
        << 5 << 0.0 << false << false << false << true << SecantMode::BothSides;
    QTest::newRow("7 the convention") << 6 << 0.0 << true << false << false << false << off;
}

void TestLessonGuide::eachPageSetsTheState()
{
    QFETCH(int, page);
    QFETCH(double, probe);
    QFETCH(bool, derivativePanel);
    QFETCH(bool, samplePoints);
    QFETCH(bool, valuesTable);
    QFETCH(bool, quotientPanel);
    QFETCH(SecantMode, secant);
    ExplorerState state;
    // Whatever came before, the page sets its own scene.
    state.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    state.setConvention(DerivativeConvention::Right);
    state.setSecantMode(SecantMode::Central);
    state.setValuesTableVisible(!valuesTable);
    state.setQuotientPanelVisible(!quotientPanel);
    state.setEqualScales(true);
    state.setSecantH(1e-3);
    LessonGuide guide(&state);
    guide.openPage(page);
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
    QCOMPARE(state.probeX(), probe);
    QCOMPARE(state.isDerivativePanelVisible(), derivativePanel);
    QCOMPARE(state.areSamplePointsVisible(), samplePoints);
    QCOMPARE(state.convention(), DerivativeConvention::PyTorch);
    QCOMPARE(state.secantMode(), secant);
    QCOMPARE(state.isQuotientPanelVisible(), quotientPanel);
    QVERIFY(!state.hasEqualScales());
    QCOMPARE(state.secantH(), SessionLimits::defaultSecantH);
    QCOMPARE(state.xRange(), SessionLimits::defaultXRange);
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
    QCOMPARE(guide.currentPage(), 6);
    QVERIFY(guide.textView()->toPlainText().contains(QLatin1String("sparse")));
}

void TestLessonGuide::linksMoveTheProbe()
{
    // Page 3 asks for the slope at x = −2: one click on its link takes the probe there.
    ExplorerState state;
    LessonGuide guide(&state);
    guide.resize(400, 600);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    guide.openPage(2);
    QCOMPARE(state.probeX(), 2.0);
    QTextBrowser *text = guide.textView();
    QTextCursor link;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorHref() == QLatin1String("probe:-2")) {
                link = QTextCursor(text->document());
                link.setPosition(fragment.fragment().position() + 2);
            }
        }
    }
    QVERIFY2(!link.isNull(), "page 3 has no link to x = −2");
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(link).center());
    QCOMPARE(state.probeX(), -2.0);
    QCOMPARE(guide.currentPage(), 2); // the page stays
    QVERIFY(text->toPlainText().contains(QStringLiteral("f′(−2) = 0")));
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
    // "Blue where f′(x) = 0, green where f′(x) = 1, the red dot": the colours the plots use (the
    // red word in the kink's text red, 4.5:1 as text must be), so a style with other colours
    // gives a lesson with other colours.
    ExplorerState state;
    LessonGuide guide(&state);
    const int figure = 3;
    auto names = [&guide](const PlotStyle &style) {
        const QString text = guide.page(figure).text;
        return text.contains(style.pieceColor(0).name())
            && text.contains(style.pieceColor(1).name()) && text.contains(style.kinkText.name());
    };
    QVERIFY(names(PlotStyle::light()));

    PlotStyle other = PlotStyle::light();
    other.pieceColors[0] = QColor(0x12, 0x34, 0x56);
    other.pieceColors[1] = QColor(0x23, 0x45, 0x67);
    other.kinkText = QColor(0x9a, 0x0b, 0x0c);
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
