// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a teacher met on the projectors schools have (issue 15): windows larger than the screen,
// panels squeezed, a clipped readout, F1 resetting the lesson, a clumsy Compare menu.

#include "activationcatalog.h"
#include "comparisongraphs.h"
#include "exploreractions.h"
#include "explorerstate.h"
#include "exportdialog.h"
#include "expressionactivation.h"
#include "figureexporter.h"
#include "lessonguide.h"
#include "mainwindow.h"
#include "numberformat.h"
#include "plotstyle.h"
#include "plotview.h"
#include "probeoverlay.h"
#include "probereadout.h"
#include "settings.h"
#include "shrinktofit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <qcustomplot.h>

namespace {

/** The f(x) box in the function toolbar, found as a screen reader finds it: by its name. */
QLineEdit *expressionBox(const MainWindow &window)
{
    for (QLineEdit *edit : window.functionToolBar()->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Expression"))
            return edit;
    }
    return nullptr;
}

} // namespace

class TestClassroomFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstWindowFitsTheScreen();
    void aSavedGeometryTooLargeIsNotKept();
    void f1TogglesTheLessonAndChangesNothing();
    void panelsAndReadoutFit_data();
    void panelsAndReadoutFit();
    void comparedColoursStay();
    void theCompareMenuStaysOpen();
    void noFunctionIsComparedWithItself();
    void theReadoutListsComparedValues();
    void yourOwnFormulaIsCompared();
    void kOnAFunctionWithoutKinksSaysSo();
    void theSecantKindWaitsForASecant();
    void f10OpensEveryMenu();
    void theExportDialogOffersAFigureSize();
    void aBadLessonIsShownInTheWindow();
    void fourSlidersFitAt1024();
    void everyLessonPageFitsWhilePresenting();
    void tickLabelsDoNotTouch_data();
    void tickLabelsDoNotTouch();
    void yTickLabelsDoNotTouch_data();
    void yTickLabelsDoNotTouch();
    void theLegendStaysInANarrowPanel();
    void theSlopeLabelFollowsANarrowerPlot();
    void theHintIsWholeAt16Points();
};

void TestClassroomFit::theFirstWindowFitsTheScreen()
{
    // The offscreen platform's screen is 800x600, smaller than the desk's 1100x860.
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(available.width() < PlotStyle::windowSize().width());
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
    // And on a large screen the desk's size, unchanged.
    QCOMPARE(MainWindow::fittingWindowSize(QRect(0, 0, 1920, 1080)), PlotStyle::windowSize());
    QCOMPARE(
        MainWindow::fittingWindowSize(QRect(0, 0, 1024, 768)),
        QSize(1024 - MainWindow::windowFrameAllowance, 768 - MainWindow::windowFrameAllowance));
}

void TestClassroomFit::aSavedGeometryTooLargeIsNotKept()
{
    // Saved in the staff room at 1600x1200, started at a smaller screen.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QWidget big;
        big.setGeometry(40, 40, 1600, 1200);
        Settings settings(path);
        settings.setWindowGeometry(big.saveGeometry());
        QVERIFY(settings.sync());
    }
    Settings settings(path);
    MainWindow window(&settings);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QVERIFY(available.contains(window.geometry().topLeft()));
}

void TestClassroomFit::f1TogglesTheLessonAndChangesNothing()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget *plot = window.plotView();
    // The first F1 starts the lesson on page 1, with its setup (the probe at 3).
    QTest::keyClick(plot, Qt::Key_F1);
    QVERIFY(window.lessonDock()->isVisible());
    QCOMPARE(window.state()->probeX(), 3.0);
    // The teacher moves on, changes things, then presses F1 to make room, and again to come back.
    QTest::keyClick(plot, Qt::Key_Down);
    QTest::keyClick(plot, Qt::Key_Down);
    QCOMPARE(window.lessonGuide()->currentPage(), 2);
    window.state()->setProbeX(-1.5);
    window.actions()->showSecant()->trigger();
    const SessionSnapshot before = window.state()->snapshot();
    QTest::keyClick(plot, Qt::Key_F1);
    QVERIFY(!window.lessonDock()->isVisible());
    QVERIFY(window.state()->snapshot() == before);
    QTest::keyClick(plot, Qt::Key_F1);
    QVERIFY(window.lessonDock()->isVisible());
    QCOMPARE(window.lessonGuide()->currentPage(), 2);
    QVERIFY(window.state()->snapshot() == before);
}

void TestClassroomFit::panelsAndReadoutFit_data()
{
    // The plot's share of each projector (the lesson docked beside it takes a third), at the
    // desk's type and at presentation's.
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("probe");
    for (const QSize &screen : { QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080) }) {
        const QSize plot(screen.width() * 2 / 3, screen.height() - 40);
        for (const double scale : { 1.0, PlotStyle::presentationScale }) {
            for (const double probe : { 0.0, 2.0 }) {
                const QString name
                    = QStringLiteral("%1x%2 %3 x=%4")
                          .arg(screen.width())
                          .arg(screen.height())
                          .arg(scale > 1 ? QStringLiteral("presenting") : QStringLiteral("desk"))
                          .arg(probe);
                QTest::newRow(qPrintable(name)) << plot << scale << (probe == 0.0) << probe;
            }
        }
    }
}

void TestClassroomFit::panelsAndReadoutFit()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(bool, dark);
    QFETCH(double, probe);
    ExplorerState state;
    state.setDerivativePanelVisible(true);
    state.setSecantMode(SecantMode::BothSides);
    state.setProbeX(probe); // at 0: the longest readout, with the Clarke gradient
    PlotView view(&state);
    view.setPlotStyle(dark ? PlotStyle::dark(scale) : PlotStyle::light(scale));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.size(), size);
    view.replot();
    // The derivative panel: at least its rotated label (less the x tick row under it) and three
    // rows of tick labels, never the 60 px a 1024x768 projector left it.
    const QFontMetricsF label(view.style().axisLabelFont());
    const QFontMetricsF ticks(view.style().tickLabelFont());
    const QCPAxisRect *panel = view.derivativeRect();
    QVERIFY2(panel->outerRect().height()
                 >= label.horizontalAdvance(panel->axis(QCPAxis::atLeft)->label()),
             qPrintable(QString::number(panel->outerRect().height())));
    QVERIFY(panel->rect().height() >= 3 * ticks.height());
    // The function's panel keeps the larger share.
    QVERIFY(view.functionRect()->rect().height() >= panel->rect().height());
    // Every line of the readout inside the widget, in the type it is drawn in.
    const QCPTextElement *readout = view.readout();
    const QFontMetricsF drawn(readout->font());
    const QStringList lines = readout->text().split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 3);
    for (const QString &line : lines)
        QVERIFY2(drawn.horizontalAdvance(line) <= size.width(), qPrintable(line));
    QVERIFY(readout->outerRect().bottom() <= size.height());
    // What it says is all there, wrapped or not.
    const ProbeReadout expected = ProbeReadout::describe(
        state, NumberFormat::decimalsFor(view.xMapping().coordsPerPixel()));
    QCOMPARE(readout->text().simplified(), expected.text().simplified());
}

void TestClassroomFit::comparedColoursStay()
{
    ExplorerState state;
    PlotView view(&state);
    view.resize(700, 700);
    auto create = [](const char *name) { return ActivationCatalog::create(QLatin1String(name)); };
    state.setComparisons({ create("silu") });
    const QColor silu = view.comparisonGraphs().functionGraphs().value(0)->pen().color();
    // gelu comes before silu in the catalogue's order, and in the list: silu keeps its colour.
    state.setComparisons({ create("gelu"), create("silu") });
    QCOMPARE(view.comparisonGraphs().functionGraphs().value(1)->pen().color(), silu);
    const QColor gelu = view.comparisonGraphs().functionGraphs().value(0)->pen().color();
    QVERIFY(gelu != silu);
    // Removing silu leaves gelu's.
    state.setComparisons({ state.comparisons().front() });
    QCOMPARE(view.comparisonGraphs().functionGraphs().value(0)->pen().color(), gelu);
}

void TestClassroomFit::theCompareMenuStaysOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *menu = window.actions()->compareMenu();
    menu->popup(window.mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAction *gelu = window.actions()->compareAction(QStringLiteral("gelu"));
    QAction *silu = window.actions()->compareAction(QStringLiteral("silu"));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(gelu).center());
    QVERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(silu).center());
    QVERIFY(menu->isVisible());
    QCOMPARE(int(window.state()->comparisons().size()), 2);
    // Space on the active item too.
    menu->setActiveAction(gelu);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(menu->isVisible());
    QCOMPARE(int(window.state()->comparisons().size()), 1);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestClassroomFit::noFunctionIsComparedWithItself()
{
    MainWindow window;
    ExplorerState *state = window.state();
    QVERIFY(!window.actions()->compareAction(QStringLiteral("relu"))->isEnabled());
    QVERIFY(window.actions()->compareAction(QStringLiteral("gelu"))->isEnabled());
    state->setComparisons({ ActivationCatalog::create(QStringLiteral("relu")) });
    QVERIFY(state->comparisons().empty());
    // Compared with gelu, then switched to gelu: gelu is drawn once, as the function.
    state->setComparisons({ ActivationCatalog::create(QStringLiteral("gelu")),
                            ActivationCatalog::create(QStringLiteral("relu6")) });
    state->switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    QCOMPARE(int(state->comparisons().size()), 1);
    QCOMPARE(state->comparisons().front()->name(), QStringLiteral("relu6"));
    QVERIFY(!window.actions()->compareAction(QStringLiteral("gelu"))->isEnabled());
    QVERIFY(window.actions()->compareAction(QStringLiteral("relu"))->isEnabled());
}

void TestClassroomFit::theReadoutListsComparedValues()
{
    ExplorerState state;
    PlotView view(&state);
    view.resize(1000, 800);
    state.setComparisons({ ActivationCatalog::create(QStringLiteral("abs")),
                           ActivationCatalog::create(QStringLiteral("softplus")) });
    state.setProbeX(0.0);
    state.setComparedValuesShown(true);
    view.replot();
    const QString text = view.readout()->text();
    // abs at 0: a kink, f = 0, and PyTorch's sign(0) = 0; softplus at 0: ln 2 = 0.693147…, ½.
    QVERIFY2(text.contains(QStringLiteral("abs: f(x) = 0.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("f′ undefined, set to 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("softplus: f(x) = 0.69")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("f′(x) = 0.5")), qPrintable(text));
    state.setComparedValuesShown(false);
    view.replot();
    QVERIFY(!view.readout()->text().contains(QStringLiteral("softplus")));
}

void TestClassroomFit::yourOwnFormulaIsCompared()
{
    // Typed, given a slider value, then relu shown: Compare With offers the formula as it is now.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *box = expressionBox(window);
    QVERIFY(box);
    box->setFocus();
    box->clear();
    QTest::keyClicks(box, QStringLiteral("max(a*x, x)"));
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(window.state()->activation().isExpression());
    window.state()->setExpressionParameter(0, 0.5);
    QAction *compare = window.actions()->compareExpression();
    window.actions()->refreshExpressionComparison();
    QVERIFY(!compare->isEnabled()); // it is the function shown
    window.actions()->functionAction(QStringLiteral("relu"))->trigger();
    window.actions()->refreshExpressionComparison();
    QVERIFY(compare->isEnabled());
    QCOMPARE(compare->text(), QStringLiteral("Your f(x) = max(0.5*x, x)"));
    compare->trigger();
    QCOMPARE(window.state()->comparisons().size(), std::size_t(1));
    QCOMPARE(window.state()->comparisons()[0]->specification(), QStringLiteral("max(0.5*x, x)"));
    // Ticking a built-in keeps it, and its value is in the readout: max(−1, −2) = −1 at x = −2.
    window.actions()->compareAction(QStringLiteral("abs"))->trigger();
    QCOMPARE(window.state()->comparisons().size(), std::size_t(2));
    window.state()->setProbeX(-2.0);
    window.actions()->comparedValues()->trigger();
    QVERIFY(window.state()->areComparedValuesShown());
    window.plotView()->replot();
    const QString text = window.plotView()->readout()->text();
    QVERIFY2(text.contains(QStringLiteral("max(0.5*x, x): f(x) = −1")), qPrintable(text));
    compare->trigger();
    QCOMPARE(window.state()->comparisons().size(), std::size_t(1));
    QCOMPARE(window.state()->comparisons()[0]->name(), QStringLiteral("abs"));
}

void TestClassroomFit::kOnAFunctionWithoutKinksSaysSo()
{
    MainWindow window;
    window.state()->switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    window.state()->setProbeX(1.5);
    window.actions()->toKink()->trigger();
    QCOMPARE(window.state()->probeX(), 1.5);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("gelu has no kink")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestClassroomFit::theSecantKindWaitsForASecant()
{
    MainWindow window;
    QVERIFY(!window.secantKindBox()->isEnabled());
    window.actions()->showSecant()->trigger();
    QVERIFY(window.secantKindBox()->isEnabled());
    window.actions()->showSecant()->trigger();
    QVERIFY(!window.secantKindBox()->isEnabled());
}

void TestClassroomFit::f10OpensEveryMenu()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setPresentation(true);
    QTest::keyClick(window.plotView(), Qt::Key_F10);
    QMenu *all = nullptr;
    QTRY_VERIFY((all = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    // Every menu of the hidden menu bar, the function's among them.
    QStringList titles;
    for (QAction *action : all->actions())
        titles << action->text();
    QVERIFY2(titles.contains(QStringLiteral("F&unction")), qPrintable(titles.join(u',')));
    QVERIFY(titles.contains(QStringLiteral("&Help")));
    all->close();
    window.setPresentation(false);
}

void TestClassroomFit::theHintIsWholeAt16Points()
{
    // A low-vision student's 16 pt system font at 1024 × 768: the status bar's hint was cut off
    // mid-word ("double-cli"); it wraps, and all of it shows.
    const QFont saved = QApplication::font();
    QFont large = saved;
    large.setPointSizeF(16);
    QApplication::setFont(large);
    {
        MainWindow window;
        window.resize(1024 - MainWindow::windowFrameAllowance,
                      768 - MainWindow::windowFrameAllowance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *hint = nullptr;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Drag the point")))
                hint = label;
        }
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->fontMetrics().horizontalAdvance(hint->text()) > hint->width(),
                 "the hint fits on one line: the test shows nothing");
        // Too wide for one line: all of it shows only if it wraps into a label tall enough.
        QVERIFY2(hint->wordWrap(), "one line, cut off");
        const auto needed = [hint] {
            return hint->fontMetrics()
                .boundingRect(QRect(0, 0, hint->contentsRect().width(), 10000), Qt::TextWordWrap,
                              hint->text())
                .height();
        };
        QTRY_VERIFY2(needed() <= hint->contentsRect().height(),
                     qPrintable(QStringLiteral("%1 px high, %2 needed")
                                    .arg(hint->contentsRect().height())
                                    .arg(needed())));
        QVERIFY(window.rect().contains(QRect(hint->mapTo(&window, QPoint(0, 0)), hint->size())));
    }
    QApplication::setFont(saved);
}

QTEST_MAIN(TestClassroomFit)
void TestClassroomFit::theExportDialogOffersAFigureSize()
{
    // Beside the lesson the plot was 436x758 on screen, and the dialog offered that. It offers a
    // figure's size (the command line's), and the next time the size chosen last.
    QTemporaryDir dir;
    MainWindow window;
    window.resize(760, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Export Figure…"))
            exportAction = action;
    }
    QVERIFY(exportAction);
    QList<QSize> offered;
    auto answer = [&](QSize chosen, const QString &name) {
        QTimer::singleShot(0, &window, [&offered, chosen, path = dir.filePath(name)] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            offered << dialog->figureSize();
            dialog->widthBox()->setValue(chosen.width());
            dialog->heightBox()->setValue(chosen.height());
            dialog->pathEdit()->setText(path);
            dialog->accept();
        });
        exportAction->trigger();
    };
    answer(QSize(640, 360), QStringLiteral("first.png"));
    answer(QSize(800, 450), QStringLiteral("second.png"));
    QCOMPARE(offered.size(), 2);
    QVERIFY(window.plotView()->size() != FigureExporter::defaultSize);
    QCOMPARE(offered[0], QSize(700, 700));
    QCOMPARE(offered[1], QSize(640, 360));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("first.png"))).size(), QSize(640, 360));
}

void TestClassroomFit::aBadLessonIsShownInTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const SessionSnapshot before = window.state()->snapshot();
    const QString problem = QStringLiteral("'probe' must be a number");
    window.showLessonProblem(problem);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
    QCOMPARE(box->informativeText(), problem);
    QVERIFY(window.statusBar()->currentMessage().contains(problem));
    QCOMPARE(window.state()->snapshot(), before);
    box->accept();
}

void TestClassroomFit::fourSlidersFitAt1024()
{
    // Four parameters pushed the f(x) box into the function toolbar's » overflow at 1024 and made
    // the window wider than the screen: the sliders have a row of their own.
    MainWindow window;
    window.resize(1024 - MainWindow::windowFrameAllowance, 768 - MainWindow::windowFrameAllowance);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QToolBar *parameters = window.findChild<QToolBar *>(QStringLiteral("parameterToolBar"));
    QVERIFY(parameters);
    QVERIFY(parameters->isHidden()); // relu has none
    window.state()->switchTo(
        ExpressionActivation::parse(QStringLiteral("max(a*x, b*x) + c*x + d")).activation);
    QTRY_VERIFY(parameters->isVisible());
    QCOMPARE(window.toolBarArea(parameters), Qt::BottomToolBarArea);
    QLineEdit *box = expressionBox(window);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible()); // not folded into the overflow
    QVERIFY(window.width() <= 1024 - MainWindow::windowFrameAllowance);
    const QRect boxInWindow(box->mapTo(&window, QPoint(0, 0)), box->size());
    QVERIFY(window.rect().contains(boxInWindow));
    // Below the plot, every slider inside the window.
    QVERIFY(parameters->mapTo(&window, QPoint(0, 0)).y()
            >= window.plotView()->mapTo(&window, QPoint(0, window.plotView()->height())).y());
    for (QWidget *child : parameters->findChildren<QSlider *>())
        QVERIFY(
            child->isVisible()
            && window.rect().contains(QRect(child->mapTo(&window, QPoint(0, 0)), child->size())));
    QCOMPARE(parameters->findChildren<QSlider *>().size(), 4);
    // leaky_relu's one slider gets the row too; gelu's choice; relu none.
    window.state()->switchTo(ActivationCatalog::create(QStringLiteral("leaky_relu")));
    QTRY_VERIFY(parameters->isVisible());
    window.state()->switchTo(ActivationCatalog::create(QStringLiteral("relu")));
    QTRY_VERIFY(parameters->isHidden());
}

void TestClassroomFit::everyLessonPageFitsWhilePresenting()
{
    // Presenting at 1024x768, step 2 opened the values table beside the lesson, and the window
    // grew past the screen (and left full screen): every page must fit what the window has.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentation(true);
    const QSize screen = window.screen()->availableGeometry().size();
    window.lessonGuide();
    for (int page = 0; page < window.lessonGuide()->pageCount(); ++page) {
        QCoreApplication::processEvents();
        const QSize least = window.minimumSizeHint();
        QString parts;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->isVisible())
                parts += QStringLiteral(" %1 %2x%3")
                             .arg(dock->windowTitle())
                             .arg(dock->minimumSizeHint().width())
                             .arg(dock->minimumSizeHint().height());
        }
        parts += QStringLiteral(" central %1x%2")
                     .arg(window.centralWidget()->minimumSizeHint().width())
                     .arg(window.centralWidget()->minimumSizeHint().height());
        QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
                 qPrintable(QStringLiteral("page %1: at least %2x%3 on %4x%5;%6")
                                .arg(page + 1)
                                .arg(least.width())
                                .arg(least.height())
                                .arg(screen.width())
                                .arg(screen.height())
                                .arg(parts)));
        window.lessonGuide()->next();
    }
}

void TestClassroomFit::tickLabelsDoNotTouch_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("fewest"); // ticks on [−4.4, 4.4]
    // Beside the lesson and the values table at 1024 presenting, the plot was about 330 wide.
    QTest::newRow("330, presentation type") << 330 << PlotStyle::presentationScale << 3;
    QTest::newRow("250, presentation type") << 250 << PlotStyle::presentationScale << 1;
    QTest::newRow("330, desk type") << 330 << 1.0 << 5;
    QTest::newRow("1000, presentation type") << 1000 << PlotStyle::presentationScale << 5;
}

void TestClassroomFit::tickLabelsDoNotTouch()
{
    QFETCH(int, width);
    QFETCH(double, scale);
    QFETCH(int, fewest);
    ExplorerState state;
    PlotView view(&state);
    view.setPlotStyle(PlotStyle::light(scale));
    view.setFixedSize(width, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.replot();
    QCOMPARE(view.width(), width);
    for (QCPAxisRect *rect : { view.functionRect(), view.derivativeRect() }) {
        const QCPAxis *x = rect->axis(QCPAxis::atBottom);
        const QFontMetrics metrics(x->tickLabelFont());
        QVERIFY2(x->tickVector().size() >= fewest,
                 qPrintable(QStringLiteral("%1 ticks on %2 px")
                                .arg(x->tickVector().size())
                                .arg(rect->width())));
        double lastRight = -1e9;
        for (int i = 0; i < x->tickVector().size(); ++i) {
            const double centre = x->coordToPixel(x->tickVector()[i]);
            const double half = 0.5 * metrics.horizontalAdvance(x->tickVectorLabels()[i]);
            QVERIFY2(centre - half > lastRight + 2,
                     qPrintable(QStringLiteral("'%1' touches the label before it")
                                    .arg(x->tickVectorLabels()[i])));
            lastRight = centre + half;
        }
    }
    if (width >= 1000) // wide: QCustomPlot's own five, from −4 to 4 in steps of 2 in [−4.4, 4.4]
        QCOMPARE(view.functionRect()->axis(QCPAxis::atBottom)->tickVector().size(), 5);
}

void TestClassroomFit::yTickLabelsDoNotTouch_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("scale");
    // A 16 pt system font at 1024×768 left the f(x) panel 60 pixels high, its y labels
    // −1 … 5 stacked on each other.
    QTest::newRow("short, large type") << 300 << 1.6;
    QTest::newRow("short, presentation type") << 400 << PlotStyle::presentationScale;
    QTest::newRow("tall, desk type") << 800 << 1.0;
}

void TestClassroomFit::yTickLabelsDoNotTouch()
{
    QFETCH(int, height);
    QFETCH(double, scale);
    ExplorerState state;
    PlotView view(&state);
    view.setPlotStyle(PlotStyle::light(scale));
    view.setFixedSize(700, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.replot();
    for (QCPAxisRect *rect : { view.functionRect(), view.derivativeRect() }) {
        const QCPAxis *y = rect->axis(QCPAxis::atLeft);
        const QFontMetrics metrics(y->tickLabelFont());
        QVERIFY(!y->tickVector().isEmpty());
        for (int i = 1; i < y->tickVector().size(); ++i) {
            const double apart = std::abs(y->coordToPixel(y->tickVector()[i])
                                          - y->coordToPixel(y->tickVector()[i - 1]));
            QVERIFY2(apart >= metrics.height(),
                     qPrintable(QStringLiteral("'%1' and '%2' are %3 px apart, their type %4 px "
                                               "high (panel %5 px)")
                                    .arg(y->tickVectorLabels()[i - 1], y->tickVectorLabels()[i])
                                    .arg(apart)
                                    .arg(metrics.height())
                                    .arg(rect->height())));
        }
    }
}

void TestClassroomFit::theLegendStaysInANarrowPanel()
{
    // Step 2 at 1024 presenting left the plot about 290 pixels wide, and the legend's longest
    // entry ran past the panel's left edge. Where its smallest type does not fit, there is no
    // legend; where it does, it is inside the panel; and it comes back with the room.
    ExplorerState state;
    state.setConvention(DerivativeConvention::Average); // "f′(0) undefined, set to 0.5 (average)"
    PlotView view(&state);
    view.setPlotStyle(PlotStyle::light(PlotStyle::presentationScale));
    view.show();
    for (int width : { 330, 480, 640, 900 }) {
        view.setFixedSize(width, 600);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        view.replot();
        const QRect panel = view.functionRect()->rect();
        const QRect box = view.legend->outerRect();
        QVERIFY2(!view.legend->visible() || panel.contains(box),
                 qPrintable(QStringLiteral("at %1: legend %2..%3, panel %4..%5")
                                .arg(width)
                                .arg(box.left())
                                .arg(box.right())
                                .arg(panel.left())
                                .arg(panel.right())));
        if (width >= 900)
            QVERIFY2(view.legend->visible(), qPrintable(QString::number(width)));
    }
    // A short panel at the kink (step 5 beside the lesson at 1024), one column of the legend at
    // more than 3/4 of its height: two columns would be wider than the panel, one fits, so the
    // legend is drawn, in one column.
    state.setConvention(DerivativeConvention::PyTorch);
    state.setProbeX(0.0);
    view.setFixedSize(660, 690);
    QCoreApplication::processEvents();
    view.replot();
    QVERIFY(view.legend->visible());
    QCOMPARE(view.legend->wrap(), 0);
    QVERIFY(view.legend->outerRect().right() <= view.functionRect()->rect().right());
    // Shorter still (the quotient panel below it), one column is taller than the panel and would
    // cover the kink's dot wherever it went: not drawn.
    state.setQuotientPanelVisible(true);
    view.setFixedSize(660, 420);
    QCoreApplication::processEvents();
    view.replot();
    QVERIFY(!view.legend->visible()
            || view.functionRect()->rect().contains(view.legend->outerRect()));
    // Never below ShrinkToFit's smallest type: hidden rather than unreadable.
    QVERIFY(view.legend->font().pointSizeF() >= 0.01 * ShrinkToFit::smallestPercent
                    * PlotStyle::light(PlotStyle::presentationScale).legendFont().pointSizeF()
                - 0.01);
}

void TestClassroomFit::theSlopeLabelFollowsANarrowerPlot()
{
    // F1 docks the lesson and narrows the plot under a probe that has not moved: "slope 1" was
    // cut at the plot's right edge until the probe moved.
    ExplorerState state;
    state.setProbeX(3.0);
    PlotView view(&state);
    view.setPlotStyle(PlotStyle::light(PlotStyle::presentationScale));
    view.setFixedSize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.replot();
    QCPItemText *label = view.probeOverlay().slopeLabel();
    QVERIFY(label->positionAlignment() & Qt::AlignLeft); // room on the right at 1200
    view.setFixedSize(560, 700);
    QCoreApplication::processEvents();
    view.replot();
    QVERIFY(label->positionAlignment() & Qt::AlignRight);
    const QFontMetrics metrics(label->font());
    const double right = label->position->pixelPosition().x();
    QVERIFY(right <= view.functionRect()->rect().right());
    QVERIFY(right - metrics.horizontalAdvance(label->text()) >= view.functionRect()->rect().left());
}

#include "tst_classroomfit.moc"
