// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "announcer.h"
#include "autogradexamples.h"
#include "commandpalette.h"
#include "exploreractions.h"
#include "explorerstate.h"
#include "expressioneditor.h"
#include "figureexporter.h"
#include "frameworktable.h"
#include "functionchooser.h"
#include "functiongraph.h"
#include "graphdescriptiondialog.h"
#include "kinkfan.h"
#include "lessonfile.h"
#include "lessonguide.h"
#include "mainwindow.h"
#include "penstrokes.h"
#include "pixels.h"
#include "plotstyle.h"
#include "plotview.h"
#include "quotienttable.h"
#include "quotienttablemodel.h"
#include "secanthcontrol.h"
#include "secanthspinbox.h"
#include "sessionhistory.h"
#include "valuestable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSlider>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

/** The window around the plot: title, icon, menus with their shortcuts, and the hints. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleAndIcon();
    void menusHaveTheirShortcuts();
    void resetViewFromTheKeyboard();
    void hintFollowsTheProbe();
    void keyboardDrivesTheLesson();
    void conventionSelectorsAgree();
    void shiftCComparesTheFrameworks();
    void anExampleShowsASpuriousDerivative();
    void secantControls();
    void shrinkAnimation();
    void zoomIntoTheProbe();
    void enterInTheHBoxGivesTheFocusBack();
    void everyActionIsInAMenu();
    void expressionThenKeys();
    void functionMenuAndCompare();
    void presentationMode();
    void themes();
    void notebookMode();
    void penFromTheKeyboard();
    void valuesTableInLessons();
    void clipboard();
    void undoAndRedoFromTheKeyboard();
    void paletteReachesAFunctionInPresentation();
    void paletteRunsActionsByName();
    void paletteEscapeChangesNothing();
    void paletteReachesAnExample();
    void chooserHandsTheKeysBack();
    void describeGraphFromTheKeyboard();
    void lessonPagesLeaveTheFocusInThePlot();
    void commandsSayWhatHappenedToAScreenReader();
    void thePlotFollowsASystemFontChange();

private:
    static QAction *findAction(const QMainWindow &window, const QString &text);
};

void TestMainWindow::describeGraphFromTheKeyboard()
{
    // Ctrl+I from the plot opens the description, with the focus in its text for a screen
    // reader; it follows the probe while open. relu: slope 0 on the left of 0, 1 on the right.
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.state()->setProbeX(0.0);
    window.plotView()->setFocus();
    QTest::keyClick(window.plotView(), Qt::Key_I, Qt::ControlModifier);
    auto *dialog = window.findChild<GraphDescriptionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->textView());
    QVERIFY(dialog->text().contains(QStringLiteral("Kink at x = 0, f of 0 = 0: slope 0 from the "
                                                   "left, 1 from the right; PyTorch uses 0.")));
    QVERIFY(dialog->textView()->isReadOnly());
    QVERIFY(!dialog->textView()->accessibleName().isEmpty());
    window.state()->setProbeX(2.0);
    QTRY_VERIFY(dialog->text().contains(QStringLiteral("Probe: x = 2, f of x = 2, slope 1.")));
    QTest::keyClick(dialog->textView(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestMainWindow::lessonPagesLeaveTheFocusInThePlot()
{
    // A student turning pages with ↓ in the plot stays in the plot, where the next ↓ and the
    // arrows act, even on the page that shows the values table.
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.plotView()->setFocus();
    QTest::keyClick(window.plotView(), Qt::Key_F1);
    QTRY_VERIFY(window.findChild<LessonGuide *>());
    for (int page = 1; page < 7; ++page) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(window.findChild<LessonGuide *>()->currentPage(), page);
        QTRY_COMPARE(QApplication::focusWidget(), window.plotView());
    }
}

void TestMainWindow::commandsSayWhatHappenedToAScreenReader()
{
    // K where the view has no breakpoint says so in the status bar; a screen reader, which does
    // not read the status bar, hears the same words from the plot's announcer.
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.state()->setActivation(ActivationCatalog::create(QStringLiteral("tanh")));
    window.plotView()->setFocus();
    QTest::keyClick(window.plotView(), Qt::Key_K);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY(!said.isEmpty());
    QVERIFY2(window.plotView()->announcer().text().startsWith(said),
             qPrintable(window.plotView()->announcer().text()));
}

void TestMainWindow::thePlotFollowsASystemFontChange()
{
    // A student who sets a 16 pt desktop font while the app runs gets larger plot type at once
    // (the style's fonts are read from the application's at each layout).
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([&before] { QApplication::setFont(before); });
    const double legend = window.plotView()->legend->font().pointSizeF();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.6);
    QApplication::setFont(large);
    QTRY_VERIFY2(window.plotView()->legend->font().pointSizeF() > 1.3 * legend,
                 qPrintable(QString::number(window.plotView()->legend->font().pointSizeF())));
}

QAction *TestMainWindow::findAction(const QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::titleAndIcon()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("ReLU Explorer"));
    // The icon is set right after the first turn of the event loop (it loads the SVG plugin).
    QTRY_VERIFY(!window.windowIcon().isNull());
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
    QCOMPARE(window.centralWidget(), window.plotView());
}

void TestMainWindow::menusHaveTheirShortcuts()
{
    MainWindow window;
    QAction *quit = findAction(window, QStringLiteral("Quit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QAction *reset = findAction(window, QStringLiteral("Reset View"));
    QVERIFY(reset);
    QCOMPARE(reset->shortcut(), QKeySequence(Qt::Key_R));
    QAction *exportAction = findAction(window, QStringLiteral("Export Figure…"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(findAction(window, QStringLiteral("About ReLU Explorer")));
}

void TestMainWindow::resetViewFromTheKeyboard()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.state()->setView({ 10, 20 }, { -3, 3 }));
    QTest::keyClick(window.plotView(), Qt::Key_R);
    QCOMPARE(window.state()->xRange(), SessionLimits::defaultXRange);
}

void TestMainWindow::hintFollowsTheProbe()
{
    MainWindow window;
    auto hint = [&window] {
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        return labels.isEmpty() ? QString() : labels.constFirst()->text();
    };
    QVERIFY(hint().contains(QLatin1String("Drag the point")));
    window.state()->setProbeX(0.0);
    QVERIFY(hint().contains(QLatin1String("no unique tangent")));
}

namespace {

/** A shown, active window, so its shortcuts fire as they would for a user. */
struct ActiveWindow
{
    MainWindow window;
    ActiveWindow()
    {
        window.show();
        window.activateWindow();
    }
};

} // namespace

void TestMainWindow::keyboardDrivesTheLesson()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExplorerState *state = window.state();
    QWidget *plot = window.plotView();

    // Lesson page 3: from the slope at 2 to the slope at −2 in one key, and back.
    QTest::keyClick(plot, Qt::Key_M);
    QCOMPARE(state->probeX(), -2.0);
    QCOMPARE(state->probeSlope(), 0.0);
    QTest::keyClick(plot, Qt::Key_M);
    QCOMPARE(state->probeX(), 2.0);
    QTest::keyClick(plot, Qt::Key_1);
    QVERIFY(state->hasEqualScales());
    QVERIFY(window.actions()->equalScales()->isChecked());
    QTest::keyClick(plot, Qt::Key_1);
    QVERIFY(!state->hasEqualScales());
    QTest::keyClick(plot, Qt::Key_Left);
    QCOMPARE(state->probeX(), 1.9);
    QTest::keyClick(plot, Qt::Key_Right);
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(state->probeX(), 2.1);
    QTest::keyClick(plot, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(state->probeX(), 2.09);
    // Home and End: just inside the edges of [−4.4, 4.4], so the probe's ring is whole.
    QTest::keyClick(plot, Qt::Key_Home);
    QCOMPARE(state->probeX(), -4.1);
    QTest::keyClick(plot, Qt::Key_End);
    QCOMPARE(state->probeX(), 4.1);
    QTest::keyClick(plot, Qt::Key_K);
    QCOMPARE(state->probeX(), 0.0);
    QTest::keyClick(plot, Qt::Key_Right);
    QTest::keyClick(plot, Qt::Key_0);
    QCOMPARE(state->probeX(), 0.0);

    // C goes through the frameworks, then left, right, average and undefined.
    QTest::keyClick(plot, Qt::Key_C);
    QCOMPARE(state->convention(), DerivativeConvention::TensorFlow);
    QTest::keyClick(plot, Qt::Key_C);
    QCOMPARE(state->convention(), DerivativeConvention::Jax);

    QTest::keyClick(plot, Qt::Key_S);
    QCOMPARE(state->secantMode(), SecantMode::Forward);
    QTest::keyClick(plot, Qt::Key_BracketLeft);
    QCOMPARE(state->secantH(), 0.5);
    QTest::keyClick(plot, Qt::Key_BracketRight);
    QTest::keyClick(plot, Qt::Key_BracketRight);
    QCOMPARE(state->secantH(), 2.0);
    QTest::keyClick(plot, Qt::Key_F);
    QCOMPARE(state->secantH(), -2.0);
    QTest::keyClick(plot, Qt::Key_S);
    QCOMPARE(state->secantMode(), SecantMode::Off);

    QTest::keyClick(plot, Qt::Key_D);
    QVERIFY(!state->isDerivativePanelVisible());
    QTest::keyClick(plot, Qt::Key_D);
    QVERIFY(state->isDerivativePanelVisible());
}

void TestMainWindow::conventionSelectorsAgree()
{
    MainWindow window;
    ExplorerState *state = window.state();
    // The toolbar's combo box sets the state; the menu follows.
    const int average = ConventionNames::toIndex(DerivativeConvention::Average);
    window.conventionBox()->setCurrentIndex(average);
    Q_EMIT window.conventionBox()->activated(average);
    QCOMPARE(state->convention(), DerivativeConvention::Average);
    QVERIFY(window.actions()->conventionAction(DerivativeConvention::Average)->isChecked());
    // The menu sets the state; the combo box follows.
    window.actions()->conventionAction(DerivativeConvention::Undefined)->trigger();
    QCOMPARE(state->convention(), DerivativeConvention::Undefined);
    QCOMPARE(window.conventionBox()->currentIndex(),
             ConventionNames::toIndex(DerivativeConvention::Undefined));
    QCOMPARE(window.conventionBox()->count(), ConventionNames::count);
    QVERIFY(!window.conventionBox()->toolTip().isEmpty());
}

void TestMainWindow::secantControls()
{
    MainWindow window;
    ExplorerState *state = window.state();
    window.actions()->showSecant()->trigger();
    QCOMPARE(state->secantMode(), SecantMode::Forward);
    Q_EMIT window.secantKindBox()->activated(1);
    QCOMPARE(state->secantMode(), SecantMode::Central);
    QVERIFY(window.actions()->central()->isChecked());
    window.actions()->showSecant()->trigger();
    QCOMPARE(state->secantMode(), SecantMode::Off);
    window.actions()->showSecant()->trigger(); // back on: the kind was remembered
    QCOMPARE(state->secantMode(), SecantMode::Central);

    // The spin box and slider set h, and follow it.
    window.secantHControl()->spinBox()->setValue(-0.25);
    QCOMPARE(state->secantH(), -0.25);
    QVERIFY(window.secantHControl()->slider()->value() < 0);
    state->setSecantH(1e-6);
    QCOMPARE(window.secantHControl()->slider()->value(), 0);
    QCOMPARE(window.secantHControl()->spinBox()->text(), QStringLiteral("1e-06"));
    window.secantHControl()->slider()->setValue(window.secantHControl()->slider()->maximum());
    QCOMPARE(state->secantH(), 2.0);
    // h = 0 is refused, and the box shows the h that stays.
    window.secantHControl()->spinBox()->setValue(0.0);
    QCOMPARE(state->secantH(), 2.0);
    QCOMPARE(window.secantHControl()->spinBox()->value(), 2.0);
    // The spin box's arrows halve and double.
    window.secantHControl()->spinBox()->stepBy(-3);
    QCOMPARE(state->secantH(), 0.25);
}

void TestMainWindow::shrinkAnimation()
{
    // ReLU at its kink, by hand: q(−h) = 0 and q(+h) = 1 for every h > 0.
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget *plot = window.plotView();
    ExplorerState *state = window.state();
    state->setProbeX(0.0);
    state->setSecantH(-1.0);
    state->setQuotientPanelVisible(true);
    state->setValuesTableVisible(true);
    const QuotientTableModel &table = *window.valuesTable()->quotients()->model();
    QCOMPARE(table.rowCount(), 1);
    QTest::keyClick(plot, Qt::Key_H);
    QVERIFY(window.actions()->shrinkSecantH()->isChecked());
    // Shrinking shows a secant to each side.
    QCOMPARE(state->secantMode(), SecantMode::BothSides);
    int rows = 1;
    for (double h : { 0.5, 0.25, 0.125 }) {
        QTRY_COMPARE_WITH_TIMEOUT(std::abs(state->secantH()), h,
                                  3 * ExplorerActions::shrinkInterval);
        const QString readout = window.plotView()->readout()->text();
        QVERIFY2(readout.contains(QStringLiteral("q(−h) = 0")), qPrintable(readout));
        QVERIFY2(readout.contains(QStringLiteral("q(+h) = 1")), qPrintable(readout));
        // The values dock's table gains a row per halving, ending at this h: 0 | 1 | ½.
        QCOMPARE(table.rowCount(), ++rows);
        const int last = rows - 1;
        QCOMPARE(table.data(table.index(last, QuotientTableModel::H), Qt::UserRole).toDouble(), h);
        QCOMPARE(table.data(table.index(last, QuotientTableModel::Left)).toString(),
                 QStringLiteral("0"));
        QCOMPARE(table.data(table.index(last, QuotientTableModel::Right)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(table.data(table.index(last, QuotientTableModel::Central)).toString(),
                 QStringLiteral("0.5"));
        // The view zoomed in with h, to 8 h wide: both points stay apart from the probe.
        QVERIFY(std::abs(state->xRange().width() - 8 * h) < 1e-9);
        QVERIFY(state->xRange().contains(0.0));
    }
    state->setSecantH(4e-6); // on to the end
    // At the smallest h it stops by itself ...
    QTRY_VERIFY_WITH_TIMEOUT(!window.actions()->shrinkSecantH()->isChecked(),
                             3 * ExplorerActions::shrinkInterval);
    // ... and H runs it again at once, from h = 1; Esc stops it.
    QTest::keyClick(plot, Qt::Key_H);
    QVERIFY(window.actions()->shrinkSecantH()->isChecked());
    QCOMPARE(std::abs(state->secantH()), SessionLimits::defaultSecantH);
    QTRY_COMPARE_WITH_TIMEOUT(std::abs(state->secantH()), 0.5, 3 * ExplorerActions::shrinkInterval);
    QTest::keyClick(plot, Qt::Key_Escape);
    QVERIFY(!window.actions()->shrinkSecantH()->isChecked());
    QTest::qWait(2 * ExplorerActions::shrinkInterval);
    QCOMPARE(std::abs(state->secantH()), 0.5);
    // One side alone is still there: the one-sided secant, and F flips it.
    window.actions()->oneSided()->trigger();
    QCOMPARE(state->secantMode(), SecantMode::Forward);
    const double h = state->secantH();
    QTest::keyClick(plot, Qt::Key_F);
    QCOMPARE(state->secantH(), -h);
}

void TestMainWindow::zoomIntoTheProbe()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget *plot = window.plotView();
    ExplorerState *state = window.state();
    state->setProbeX(1.0);
    const Interval x = state->xRange();
    const Interval y = state->yRange();
    QTest::keyClick(plot, Qt::Key_Z);
    // ×10 in a few frames, around (1, f(1)) = (1, 1), which stays where it was on screen.
    QTRY_VERIFY(std::abs(state->xRange().width() - x.width() / 10) < 1e-9 * x.width());
    QVERIFY(std::abs(state->yRange().width() - y.width() / 10) < 1e-9 * y.width());
    QVERIFY(std::abs((1.0 - state->xRange().lower) / state->xRange().width()
                     - (1.0 - x.lower) / x.width())
            < 1e-9);
    QVERIFY(std::abs((1.0 - state->yRange().lower) / state->yRange().width()
                     - (1.0 - y.lower) / y.width())
            < 1e-9);
    QTest::keyClick(plot, Qt::Key_Z, Qt::ShiftModifier);
    QTRY_VERIFY(std::abs(state->xRange().width() - x.width()) < 1e-9 * x.width());
}

void TestMainWindow::enterInTheHBoxGivesTheFocusBack()
{
    // The teacher types −1 into the h box and presses Enter, then H: the animation starts, and
    // no H lands in the box. (At the desk's size: on a smaller screen the box is in the
    // toolbar's overflow.)
    MainWindow window;
    window.resize(PlotStyle::windowSize());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExplorerState *state = window.state();
    auto *box = window.findChild<SecantHSpinBox *>();
    QVERIFY(box);
    auto *edit = box->findChild<QLineEdit *>();
    QVERIFY(edit);
    box->setFocus();
    QVERIFY(box->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("-1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(state->secantH(), -1.0);
    QVERIFY(window.plotView()->hasFocus());
    QTest::keyClick(window.plotView(), Qt::Key_H);
    QVERIFY(window.actions()->shrinkSecantH()->isChecked());
    QTest::keyClick(window.plotView(), Qt::Key_Escape);
    QVERIFY(!window.actions()->shrinkSecantH()->isChecked());
    // Esc in the box gives up what was typed, and the focus too.
    box->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("0.25"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(window.plotView()->hasFocus());
    QCOMPARE(state->secantH(), -1.0);
    QCOMPARE(box->value(), -1.0);
}

void TestMainWindow::everyActionIsInAMenu()
{
    MainWindow window;
    QList<QAction *> inMenus;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            inMenus << action;
            if (action->menu())
                collect(action->menu());
        }
    };
    for (QAction *menu : window.menuBar()->actions())
        collect(menu->menu());
    for (QAction *action : window.actions()->findChildren<QAction *>()) {
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
    }
    // Their shortcuts show in the menus.
    QCOMPARE(window.actions()->moveLeft()->shortcut(), QKeySequence(Qt::Key_Left));
    QCOMPARE(window.actions()->halveSecantH()->shortcut(), QKeySequence(Qt::Key_BracketLeft));
    QCOMPARE(window.actions()->nextConvention()->shortcut(), QKeySequence(Qt::Key_C));
}

void TestMainWindow::expressionThenKeys()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit *box = window.expressionEditor()->lineEdit();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("abs(x-1)"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(window.state()->activation().specification(), QStringLiteral("abs(x-1)"));
    // Enter hands the keys back to the plot: K goes to the kink, not into the box.
    QTRY_VERIFY(window.plotView()->hasFocus());
    QTest::keyClick(window.plotView(), Qt::Key_K);
    QCOMPARE(window.state()->probeX(), 1.0);
    QCOMPARE(box->text(), QStringLiteral("abs(x-1)"));
    QVERIFY(
        window.functionChooser()->comboBox()->currentText().contains(QLatin1String("your own")));
}

void TestMainWindow::functionMenuAndCompare()
{
    MainWindow window;
    window.actions()->functionAction(QStringLiteral("hardswish"))->trigger();
    QCOMPARE(window.state()->activation().name(), QStringLiteral("hardswish"));
    QCOMPARE(window.functionChooser()->comboBox()->currentText(), QStringLiteral("hardswish"));
    window.actions()->compareAction(QStringLiteral("gelu"))->trigger();
    window.actions()->compareAction(QStringLiteral("silu"))->trigger();
    QCOMPARE(int(window.state()->comparisons().size()), 2);
    window.actions()->compareAction(QStringLiteral("gelu"))->trigger();
    QCOMPARE(int(window.state()->comparisons().size()), 1);
    QCOMPARE(window.state()->comparisons().front()->name(), QStringLiteral("silu"));
    window.actions()->clearComparisons()->trigger();
    QVERIFY(window.state()->comparisons().empty());
    QVERIFY(!window.actions()->compareAction(QStringLiteral("silu"))->isChecked());
}

void TestMainWindow::presentationMode()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const double readout = window.plotView()->readout()->font().pointSizeF();
    const double ticks
        = window.plotView()->functionRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF();
    const double legend = window.plotView()->legend->font().pointSizeF();
    const double line = window.plotView()->functionGraph().pieceGraphs()[0]->pen().widthF();

    QTest::keyClick(window.plotView(), Qt::Key_F5);
    QVERIFY(window.isPresenting());
    QVERIFY(window.isFullScreen());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(window.toolBar()->isVisible()); // the slim lesson toolbar stays
    QVERIFY(!window.functionToolBar()->isVisible());
    // Twice the size, at least: readable from the back row.
    QVERIFY(window.plotView()->readout()->font().pointSizeF() >= 2 * readout);
    QVERIFY(window.plotView()->functionRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF()
            >= 2 * ticks);
    QVERIFY(window.plotView()->legend->font().pointSizeF() >= 2 * legend);
    QVERIFY(window.plotView()->functionGraph().pieceGraphs()[0]->pen().widthF() > line);
    // The keys still drive the lesson, menu bar or not.
    QTest::keyClick(window.plotView(), Qt::Key_K);
    QCOMPARE(window.state()->probeX(), 0.0);
    QTest::keyClick(window.plotView(), Qt::Key_C);
    QCOMPARE(window.state()->convention(), DerivativeConvention::TensorFlow);
    QTest::keyClick(window.plotView(), Qt::Key_Escape); // Esc leaves
    QVERIFY(!window.isPresenting());
    QVERIFY(window.menuBar()->isVisible());
    QCOMPARE(window.plotView()->readout()->font().pointSizeF(), readout);
}

void TestMainWindow::themes()
{
    MainWindow window;
    window.setTheme(Theme::Dark);
    QVERIFY(window.plotView()->style().isDark());
    // The lesson names the colours the plots show.
    QVERIFY(window.lessonGuide()->page(3).text.contains(PlotStyle::dark().pieceColor(0).name()));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    window.setTheme(Theme::Light);
    QVERIFY(!window.plotView()->style().isDark());
    QCOMPARE(window.plotView()->style().background, QColor(Qt::white));
    window.setTheme(Theme::System);
}

void TestMainWindow::penFromTheKeyboard()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    PlotView *plot = window.plotView();
    ExplorerState *state = window.state();
    QAction *pen = window.actions()->pen();
    QAction *clear = window.actions()->clearPen();
    QCOMPARE(pen->shortcut(), QKeySequence(Qt::Key_P));
    QCOMPARE(clear->shortcut(), QKeySequence(Qt::Key_C));
    QCOMPARE(window.actions()->samplePoints()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_P));

    // P takes up the pen: C now clears, and Next Convention waits.
    QTest::keyClick(plot, Qt::Key_P);
    QVERIFY(pen->isChecked());
    QVERIFY(plot->isPenActive());
    QVERIFY(clear->isEnabled());
    QVERIFY(!window.actions()->nextConvention()->isEnabled());
    QVERIFY(!state->areSamplePointsVisible());

    // A stroke across the plot's empty upper left: the probe and the view stay.
    auto pixelOf = [plot](double x, double y) {
        return QPointF(plot->functionRect()->axis(QCPAxis::atBottom)->coordToPixel(x),
                       plot->functionRect()->axis(QCPAxis::atLeft)->coordToPixel(y))
            .toPoint();
    };
    const Interval view = state->xRange();
    const QPoint from = pixelOf(-3.5, 2.5), to = pixelOf(-1.5, 2.5);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(plot, from + (to - from) * i / 10);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(plot->penStrokes().strokes().size(), std::size_t(1));
    QCOMPARE(state->probeX(), SessionLimits::defaultProbeX);
    QCOMPARE(state->xRange(), view);

    // The export from the window draws the stroke, in the pen's colour.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pen.png"));
    QCOMPARE(FigureExporter::write(*plot, path, plot->size()), QString());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(Pixels::count(image, Pixels::around(pixelOf(-2.5, 2.5), 4), plot->style().pen, 30) > 5);

    // C wipes it and leaves the convention.
    const DerivativeConvention convention = state->convention();
    QTest::keyClick(plot, Qt::Key_C);
    QVERIFY(plot->penStrokes().strokes().empty());
    QCOMPARE(state->convention(), convention);

    // P again puts it down: C cycles the convention, as before.
    QTest::keyClick(plot, Qt::Key_P);
    QVERIFY(!plot->isPenActive());
    QVERIFY(!clear->isEnabled());
    QTest::keyClick(plot, Qt::Key_C);
    QVERIFY(state->convention() != convention);
}

void TestMainWindow::notebookMode()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget *plot = window.plotView();
    // Shift+P: the sample points, as markers on the curve (P is the pen).
    QTest::keyClick(plot, Qt::Key_P, Qt::ShiftModifier);
    QVERIFY(window.state()->areSamplePointsVisible());
    QCOMPARE(window.plotView()->samplePoints()->dataCount(), 9);
    QCOMPARE(window.plotView()->samplePoints()->data()->at(8)->value, 4.0);
    // T: the values table.
    QTest::keyClick(plot, Qt::Key_T);
    QVERIFY(window.valuesDock()->isVisible());
    QVERIFY(window.state()->isValuesTableVisible());
    // F1: the lesson; the arrow keys Down and Up (and Page Down/Up) turn its pages.
    QTest::keyClick(plot, Qt::Key_F1);
    QVERIFY(window.lessonDock()->isVisible());
    QCOMPARE(window.lessonGuide()->currentPage(), 0);
    QCOMPARE(window.state()->probeX(), 3.0);
    QTest::keyClick(plot, Qt::Key_Down);
    QCOMPARE(window.lessonGuide()->currentPage(), 1);
    QVERIFY(window.valuesDock()->isVisible()); // the table step shows the table
    QTest::keyClick(plot, Qt::Key_PageDown);
    QTest::keyClick(plot, Qt::Key_PageDown);
    QTest::keyClick(plot, Qt::Key_PageDown);
    QCOMPARE(window.lessonGuide()->currentPage(), 4);
    QVERIFY(window.state()->probeKink());
    QVERIFY(window.plotView()->kinkFan().isShown());
    QTest::keyClick(plot, Qt::Key_Up);
    QCOMPARE(window.lessonGuide()->currentPage(), 3);
    // ← → still move the probe meanwhile.
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(window.state()->probeX(), -1.9);
    // In presentation mode too.
    window.setPresentation(true);
    QTest::keyClick(plot, Qt::Key_Down);
    QCOMPARE(window.lessonGuide()->currentPage(), 4);
    window.setPresentation(false);
}

void TestMainWindow::valuesTableInLessons()
{
    // A teacher opens the table (T) and saves the lesson; in class, the lesson brings it back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.json"));
    {
        ActiveWindow active;
        QVERIFY(QTest::qWaitForWindowActive(&active.window));
        QTest::keyClick(active.window.plotView(), Qt::Key_T);
        QVERIFY(active.window.state()->isValuesTableVisible());
        QCOMPARE(LessonFile::save(path, active.window.state()->snapshot()), QString());
    }
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.valuesDock()->isVisible());
    QVERIFY(window.openLesson(path));
    QVERIFY(window.valuesDock()->isVisible());
    // Closing the dock (its button, or T) is what the state and the next save remember.
    window.valuesDock()->close();
    QVERIFY(!window.state()->isValuesTableVisible());
    QTest::keyClick(window.plotView(), Qt::Key_T);
    QVERIFY(window.state()->isValuesTableVisible());
}

void TestMainWindow::clipboard()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->clear();
    QTest::keyClick(window.plotView(), Qt::Key_C, Qt::ControlModifier);
    const QImage figure = QApplication::clipboard()->image();
    QCOMPARE(figure.size(), window.plotView()->size() * window.plotView()->devicePixelRatioF());
    QVERIFY(Pixels::count(figure, figure.rect(), QColor(0x00, 0x80, 0x00), 20) > 100);
    QTest::keyClick(window.plotView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QLatin1String("x = 2.00")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("f′(x) = 1")));
}

void TestMainWindow::undoAndRedoFromTheKeyboard()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget *plot = window.plotView();
    QAction *undo = findAction(window, QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    // Two separate changes by key: the convention (C), then the probe to x = 0 (0).
    QTest::keyClick(plot, Qt::Key_C);
    QCoreApplication::processEvents();
    const DerivativeConvention cycled = window.state()->convention();
    QVERIFY(cycled != DerivativeConvention::PyTorch);
    QTest::keyClick(plot, Qt::Key_0);
    QCoreApplication::processEvents();
    QCOMPARE(window.state()->probeX(), 0.0);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Move probe to 0"));
    QTest::keyClick(plot, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.state()->probeX(), SessionLimits::defaultProbeX);
    QCOMPARE(window.state()->convention(), cycled);
    QTest::keyClick(plot, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.state()->convention(), DerivativeConvention::PyTorch);
    QVERIFY(!undo->isEnabled());
    // The convention box follows the state it was given back.
    QCOMPARE(window.conventionBox()->currentIndex(),
             ConventionNames::toIndex(DerivativeConvention::PyTorch));
    QTest::keyClick(plot, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(plot, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.state()->convention(), cycled);
    QCOMPARE(window.state()->probeX(), 0.0);
}

void TestMainWindow::shiftCComparesTheFrameworks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.state()->setActivation(ActivationCatalog::create(QStringLiteral("abs")));
    QWidget *plot = window.plotView();
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_K); // onto the kink
    QCOMPARE(window.state()->probeX(), 0.0);
    QTest::keyClick(plot, Qt::Key_C, Qt::ShiftModifier);
    QVERIFY(window.actions()->compareFrameworks()->isChecked());
    QVERIFY(window.plotView()->areFrameworksCompared());
    const auto *table = window.findChild<FrameworkTable *>();
    QVERIFY(table);
    QVERIFY(table->isVisible());
    // One row per framework: PyTorch 0, TensorFlow 0, JAX 1, TensorFlow.js −1.
    QCOMPARE(table->table()->rowCount(), 4);
    QStringList values;
    for (int row = 0; row < 4; ++row)
        values << table->table()->item(row, 1)->text();
    QCOMPARE(values,
             (QStringList { QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"),
                            QStringLiteral("−1") }));
    // Off the kink the table says where to go; back on, the rows return.
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(table->table()->rowCount(), 0);
    QVERIFY(table->caption()->text().contains(QStringLiteral("kink")));
    // Shift+C again ends it, and closes the dock.
    QTest::keyClick(plot, Qt::Key_C, Qt::ShiftModifier);
    QVERIFY(!window.plotView()->areFrameworksCompared());
    QVERIFY(!table->isVisible());
}

void TestMainWindow::anExampleShowsASpuriousDerivative()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *example = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("relu(x)-relu(-x)"))
            example = action;
    }
    QVERIFY(example);
    QVERIFY(example->statusTip().contains(QStringLiteral("spurious")));
    example->trigger();
    QVERIFY(window.state()->activation().isExpression());
    QCOMPARE(window.state()->activation().specification(), QStringLiteral("relu(x)-relu(-x)"));
    QCOMPARE(window.state()->probeX(), 0.0);
    QVERIFY2(window.plotView()->readout()->text().contains(
                 QStringLiteral("autograd (PyTorch) returns 0: a spurious derivative")),
             qPrintable(window.plotView()->readout()->text()));
    QCOMPARE(window.statusBar()->currentMessage(), example->statusTip());
    // One step: one undo brings ReLU back.
    window.history()->flush();
    window.history()->undo();
    QCOMPARE(window.state()->activation().specification(), QStringLiteral("relu"));
}

namespace {

/** Keys as the window system delivers them: to the widget with the focus. */
void typeIntoFocus(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void pressInFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace

void TestMainWindow::paletteReachesAFunctionInPresentation()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CommandPalette *palette = window.commandPalette();
    QVERIFY(!palette->isVisible());
    // Edit ▸ Command Palette…, with its shortcut.
    QAction *open = findAction(window, QStringLiteral("Command Palette…"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));

    const double deskType = palette->searchBox()->font().pointSizeF();
    QTest::keyClick(window.plotView(), Qt::Key_F5);
    QVERIFY(window.isPresenting());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.functionToolBar()->isVisible());
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isVisible());
    QVERIFY(palette->searchBox()->hasFocus());
    // Over the plot, at its top centre, in type as large as the plot's.
    const QRect plot(window.plotView()->mapTo(&window, QPoint(0, 0)), window.plotView()->size());
    QVERIFY(plot.contains(palette->geometry()));
    QVERIFY(qAbs(palette->geometry().center().x() - plot.center().x()) <= 1);
    QVERIFY(palette->geometry().top() - plot.top() < plot.height() / 10);
    QVERIFY(palette->searchBox()->font().pointSizeF() >= 1.9 * deskType);
    // Its rows are whole: the eighth ends inside the list.
    QTreeView *list = palette->list();
    QVERIFY(list->model()->rowCount() > 8);
    QVERIFY(list->isVisible());
    QVERIFY2(list->visualRect(list->model()->index(7, 0)).bottom() < list->viewport()->height(),
             qPrintable(QStringLiteral("row ends at %1, list %2")
                            .arg(list->visualRect(list->model()->index(7, 0)).bottom())
                            .arg(list->viewport()->height())));

    typeIntoFocus(QStringLiteral("relu6"));
    QCOMPARE(palette->searchBox()->text(), QStringLiteral("relu6"));
    QCOMPARE(palette->visibleNames().value(0), QStringLiteral("relu6"));
    pressInFocus(Qt::Key_Return);
    QCOMPARE(window.state()->activation().name(), QStringLiteral("relu6"));
    QVERIFY(!palette->isVisible());
    QVERIFY(window.plotView()->hasFocus());
    QVERIFY(window.isPresenting()); // neither Enter nor anything else left presentation mode
    // The function chooser's path: one step, which undo takes back.
    window.history()->flush();
    window.history()->undo();
    QCOMPARE(window.state()->activation().name(), QStringLiteral("relu"));
    // The next time it opens, nothing of the last search is left.
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->searchBox()->text().isEmpty());
    typeIntoFocus(QStringLiteral("gel"));
    pressInFocus(Qt::Key_Return);
    QCOMPARE(window.state()->activation().name(), QStringLiteral("gelu"));
}

void TestMainWindow::paletteRunsActionsByName()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CommandPalette *palette = window.commandPalette();
    QVERIFY(window.state()->setView({ 10, 20 }, { -3, 3 }));
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("reset v"));
    // Once, though it is in the File menu and in the View menu.
    QCOMPARE(palette->visibleNames().filter(QStringLiteral("Reset View")).size(), 1);
    QCOMPARE(palette->visibleNames().value(0), QStringLiteral("Reset View"));
    // The shortcut is shown beside the name.
    QCOMPARE(palette->list()->model()->index(0, 1).data().toString(), QStringLiteral("R"));
    pressInFocus(Qt::Key_Return);
    QCOMPARE(window.state()->xRange(), SessionLimits::defaultXRange);
    QVERIFY(window.plotView()->hasFocus());

    // Menus hidden: the values table, by part of its name.
    QTest::keyClick(window.plotView(), Qt::Key_F5);
    QVERIFY(!window.state()->isValuesTableVisible());
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("values t"));
    QCOMPARE(palette->visibleNames().value(0), QStringLiteral("Values Table"));
    pressInFocus(Qt::Key_Return);
    QVERIFY(window.state()->isValuesTableVisible());

    // A submenu's action is named with its submenu; ↓ moves to the next match.
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("compare with"));
    // (Not relu: the function shown is not compared with itself, so its entry is disabled.)
    QCOMPARE(palette->visibleNames().value(0), QStringLiteral("Compare With ▸ leaky_relu"));
    QCOMPARE(palette->visibleNames().value(1), QStringLiteral("Compare With ▸ relu6"));
    pressInFocus(Qt::Key_Down);
    pressInFocus(Qt::Key_Return);
    QCOMPARE(int(window.state()->comparisons().size()), 1);
    QCOMPARE(window.state()->comparisons().front()->name(), QStringLiteral("relu6"));

    // Nothing matches: one line says so, Enter does nothing.
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("zzz"));
    QVERIFY(palette->visibleNames().isEmpty());
    pressInFocus(Qt::Key_Return);
    QVERIFY(palette->isVisible());
    QCOMPARE(window.state()->activation().name(), QStringLiteral("relu"));
}

void TestMainWindow::paletteEscapeChangesNothing()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CommandPalette *palette = window.commandPalette();
    QTest::keyClick(window.plotView(), Qt::Key_F5);
    const SessionSnapshot before = window.state()->snapshot();
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    typeIntoFocus(QStringLiteral("gelu"));
    pressInFocus(Qt::Key_Down);
    pressInFocus(Qt::Key_Up);
    pressInFocus(Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
    QVERIFY(window.plotView()->hasFocus());
    QVERIFY(window.state()->snapshot() == before);
    // That Esc closed the palette only; the next leaves presentation mode.
    QVERIFY(window.isPresenting());
    QTest::keyClick(window.plotView(), Qt::Key_Escape);
    QVERIFY(!window.isPresenting());
}

void TestMainWindow::paletteReachesAnExample()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CommandPalette *palette = window.commandPalette();
    pressInFocus(Qt::Key_K, Qt::ControlModifier);
    // Every example of Function ▸ Examples is there by its expression.
    for (const AutogradExample &example : AutogradExample::all())
        QVERIFY2(palette->visibleNames().contains(example.expression),
                 qPrintable(example.expression));
    typeIntoFocus(QStringLiteral("relu(x)-relu(-x)"));
    QCOMPARE(palette->visibleNames().value(0), QStringLiteral("relu(x)-relu(-x)"));
    pressInFocus(Qt::Key_Return);
    QVERIFY(window.state()->activation().isExpression());
    QCOMPARE(window.state()->activation().specification(), QStringLiteral("relu(x)-relu(-x)"));
    QCOMPARE(window.state()->probeX(), 0.0);
}

void TestMainWindow::chooserHandsTheKeysBack()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit *search = window.functionChooser()->searchBox();
    search->setFocus();
    QVERIFY(search->hasFocus());
    pressInFocus(Qt::Key_Escape);
    QVERIFY(window.plotView()->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
