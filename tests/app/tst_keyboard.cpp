// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "builtinactivation.h"
#include "exploreractions.h"
#include "explorerstate.h"
#include "exportdialog.h"
#include "expressioneditor.h"
#include "functionchooser.h"
#include "lessonguide.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "plotstyle.h"
#include "plotview.h"
#include "secanthcontrol.h"
#include "secanthspinbox.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "valuestable.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <functional>

/**
 * The keyboard everywhere (issue 17): every control has a name and is reached by Tab once,
 * the controls keep their own keys, the window's shortcuts work from any box, the lesson's keys
 * only where it or the plot has the focus, and single-key shortcuts can be turned off.
 */
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFocusableControlHasAName_data();
    void everyFocusableControlHasAName();
    void qtsOwnButtonsHaveNames();
    void tabVisitsEachControlOnce_data();
    void tabVisitsEachControlOnce();
    void valuesTableGivesTheFocusAway();
    void sliderValuesAreTheNumbers();
    void focusedControlsKeepTheirKeys();
    void ctrlEExportsFromTheExpressionBox();
    void noMenuHasTwoItemsWithOneMnemonic_data();
    void noMenuHasTwoItemsWithOneMnemonic();
    void singleKeyShortcutsCanBeTurnedOff();
    void lessonKeysOnlyInTheLessonOrThePlot();
    void escapeClosesTheLessonWithTheFocus();
    void lessonPanelInTheViewMenu();
    void panAndZoomFromTheKeyboard();
    void shortcutsDialogListsTheMenus();
    void exportDialogTabOrder();
};

namespace {

/** A window at the desk's size, shown and active, so Tab and shortcuts act as for a user. */
struct ActiveWindow
{
    MainWindow window;
    explicit ActiveWindow(Settings *settings = nullptr)
        : window(settings)
    {
        window.resize(PlotStyle::windowSize());
        window.show();
        window.activateWindow();
    }
};

/** What Tab can reach now, computed from the widgets as Qt's own focus chain judges them. */
QList<QWidget *> focusable(const QWidget &window)
{
    QList<QWidget *> result;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(&window)
            && w->isEnabled() && w->window() == &window)
            result << w;
    }
    return result;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QLatin1String(w->metaObject()->className()), w->accessibleName(),
             w->parentWidget() ? QLatin1String(w->parentWidget()->metaObject()->className())
                               : QLatin1String("-"));
}

QAction *findAction(const QMainWindow &window, const QString &text)
{
    std::function<QAction *(QMenu *)> find = [&](QMenu *menu) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                if (QAction *inner = find(action->menu()))
                    return inner;
            } else if (action->text().remove(QLatin1Char('&')) == text) {
                return action;
            }
        }
        return nullptr;
    };
    for (QAction *menu : window.menuBar()->actions()) {
        if (QAction *action = find(menu->menu()))
            return action;
    }
    return nullptr;
}

/** What QLineEdit does with Ctrl+E under X11's key scheme: it keeps the key for itself. */
class EmacsEnd : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier) {
            key->accept();
            return true;
        }
        return false;
    }
};

void useFunction(MainWindow &window, const QString &spec)
{
    if (spec.contains(QLatin1Char('*'))) {
        QLineEdit *box = window.expressionEditor()->lineEdit();
        box->setText(spec);
        window.expressionEditor()->applyNow(true);
    } else {
        window.state()->switchTo(ActivationCatalog::create(spec));
    }
    QCoreApplication::processEvents();
}

} // namespace

void TestKeyboard::everyFocusableControlHasAName_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<bool>("docks");
    QTest::newRow("relu, no docks") << QStringLiteral("relu") << false;
    QTest::newRow("gelu's approximate choice") << QStringLiteral("gelu") << false;
    QTest::newRow("leaky_relu's slider, with the docks") << QStringLiteral("leaky_relu") << true;
    QTest::newRow("an expression's parameter and range") << QStringLiteral("max(a*x, x)") << false;
}

void TestKeyboard::everyFocusableControlHasAName()
{
    QFETCH(QString, function);
    QFETCH(bool, docks);
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The lesson's first page sets up its own function: the row's comes after it.
    if (docks) {
        window.startLesson();
        window.state()->setValuesTableVisible(true);
    }
    useFunction(window, function);
    window.state()->setSecantMode(SecantMode::Forward);
    QCoreApplication::processEvents();
    const QList<QWidget *> controls = focusable(window);
    QVERIFY(controls.size() > 8);
    for (QWidget *w : controls) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(a, qPrintable(describe(w)));
        QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(describe(w)));
    }
}

void TestKeyboard::qtsOwnButtonsHaveNames()
{
    MainWindow window;
    int extensions = 0;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (auto *button :
             bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
            ++extensions;
            QVERIFY(
                !QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name).isEmpty());
        }
    }
    QVERIFY(extensions >= 3);
    QLineEdit *search = window.functionChooser()->findChild<QLineEdit *>();
    QVERIFY(search);
    const auto buttons = search->findChildren<QToolButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QToolButton *clear : buttons)
        QCOMPARE(QAccessible::queryAccessibleInterface(clear)->text(QAccessible::Name),
                 QStringLiteral("Clear Search functions"));
}

void TestKeyboard::tabVisitsEachControlOnce_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<bool>("docks");
    QTest::newRow("relu") << QStringLiteral("relu") << false;
    QTest::newRow("gelu") << QStringLiteral("gelu") << false;
    QTest::newRow("leaky_relu with the lesson and the table")
        << QStringLiteral("leaky_relu") << true;
    QTest::newRow("an expression's parameter") << QStringLiteral("max(a*x, x)") << false;
}

void TestKeyboard::tabVisitsEachControlOnce()
{
    QFETCH(QString, function);
    QFETCH(bool, docks);
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The lesson's first page sets up its own function: the row's comes after it.
    if (docks) {
        window.startLesson();
        window.state()->setValuesTableVisible(true);
    }
    useFunction(window, function);
    window.state()->setSecantMode(SecantMode::Forward);
    QCoreApplication::processEvents();
    window.plotView()->setFocus();
    QVERIFY(window.plotView()->hasFocus());

    QList<QWidget *> visited;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == window.plotView())
            break;
        if (qEnvironmentVariableIsSet("RELU_TAB_DEBUG"))
            qDebug() << describe(now);
        QVERIFY2(!visited.contains(now), qPrintable(QStringLiteral("twice: ") + describe(now)));
        visited << now;
    }
    QCOMPARE(QApplication::focusWidget(), window.plotView());
    // Each control Tab can reach, once, and the ones the issue found mouse-only among them.
    QList<QWidget *> expected = focusable(window);
    expected.removeAll(window.plotView());
    for (QWidget *w : std::as_const(expected))
        QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("never: ") + describe(w)));
    QCOMPARE(visited.size(), expected.size());
    QList<QWidget *> required = { window.functionChooser()->comboBox(), window.conventionBox(),
                                  window.secantKindBox(), window.secantHControl()->slider() };
    for (QToolButton *button : window.functionToolBar()->findChildren<QToolButton *>()) {
        if (button->menu())
            required << button; // Compare
    }
    ParameterPanel *parameters = window.parameterPanel();
    for (int i = 0; i < parameters->controlCount(); ++i) {
        if (parameters->slider(i))
            required << parameters->slider(i);
        if (parameters->choiceBox(i))
            required << parameters->choiceBox(i);
    }
    for (QWidget *w : std::as_const(required))
        QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("unreached: ") + describe(w)));
}

void TestKeyboard::valuesTableGivesTheFocusAway()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.state()->setValuesTableVisible(true);
    QCoreApplication::processEvents();
    QTableView *table = window.valuesTable()->view();
    table->setFocus();
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
}

void TestKeyboard::sliderValuesAreTheNumbers()
{
    MainWindow window;
    ExplorerState *state = window.state();
    for (double h : { 0.3, -0.0125, 2.0 }) {
        state->setSecantH(h);
        QAccessibleInterface *a
            = QAccessible::queryAccessibleInterface(window.secantHControl()->slider());
        QVERIFY(a);
        QAccessibleValueInterface *value = a->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->currentValue().toDouble(), state->secantH());
        QCOMPARE(value->maximumValue().toDouble(), 2.0);
        QCOMPARE(value->minimumValue().toDouble(), -2.0);
        // Written for a reader, with a true minus sign.
        QCOMPARE(a->text(QAccessible::Value).replace(QChar(0x2212), QLatin1Char('-')).toDouble(),
                 h);
        QCOMPARE(a->role(), QAccessible::Slider);
    }
    // Assistive technology sets h too.
    QAccessible::queryAccessibleInterface(window.secantHControl()->slider())
        ->valueInterface()
        ->setCurrentValue(-1.0);
    QVERIFY(std::abs(state->secantH() + 1.0) < 0.02);

    useFunction(window, QStringLiteral("leaky_relu"));
    QAccessibleInterface *slope
        = QAccessible::queryAccessibleInterface(window.parameterPanel()->slider(0));
    QVERIFY(slope && slope->valueInterface());
    const auto *leaky = dynamic_cast<const BuiltinActivation *>(&state->activation());
    QVERIFY(leaky);
    QCOMPARE(slope->valueInterface()->currentValue().toDouble(), leaky->parameterValues()[0]);
}

void TestKeyboard::focusedControlsKeepTheirKeys()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExplorerState *state = window.state();
    const double probe = state->probeX();

    // The h slider: → moves h, not the probe.
    state->setSecantMode(SecantMode::Forward);
    QWidget *slider = window.secantHControl()->slider();
    slider->setFocus();
    const double h = state->secantH();
    QTest::keyClick(slider, Qt::Key_Right);
    QVERIFY(state->secantH() != h);
    QCOMPARE(state->probeX(), probe);

    // The convention box: ↓ picks the next convention.
    window.conventionBox()->setFocus();
    QTest::keyClick(window.conventionBox(), Qt::Key_Down);
    QCOMPARE(state->convention(), DerivativeConvention::TensorFlow);
    QCOMPARE(state->probeX(), probe);

    // gelu's approximate: none → tanh from the keyboard.
    useFunction(window, QStringLiteral("gelu"));
    QComboBox *approximate = nullptr;
    for (int i = 0; i < window.parameterPanel()->controlCount(); ++i)
        approximate = approximate ? approximate : window.parameterPanel()->choiceBox(i);
    QVERIFY(approximate);
    approximate->setFocus();
    QTest::keyClick(approximate, Qt::Key_Down);
    QVERIFY(state->activation().specification().contains(QLatin1String("tanh")));
}

void TestKeyboard::ctrlEExportsFromTheExpressionBox()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *exportAction = findAction(window, QStringLiteral("Export Figure…"));
    QVERIFY(exportAction);
    QSignalSpy exported(exportAction, &QAction::triggered);
    // The dialog is modal: closed as soon as it shows.
    QTimer closer;
    connect(&closer, &QTimer::timeout, &closer, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(20);
    QLineEdit *box = window.expressionEditor()->lineEdit();
    // Under X11's key scheme (xcb) QLineEdit takes Ctrl+E as Emacs's end of line in
    // ShortcutOverride; offscreen has Windows's scheme, so the box is made to do as it does there.
    EmacsEnd emacs;
    box->installEventFilter(&emacs);
    box->setFocus();
    QVERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.count(), 1);
    // And the box keeps its own editing keys.
    box->setText(QStringLiteral("abs(x)"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(box->selectedText(), QStringLiteral("abs(x)"));
}

void TestKeyboard::noMenuHasTwoItemsWithOneMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestKeyboard::noMenuHasTwoItemsWithOneMnemonic()
{
    // In every language the app speaks: a translation gives the letters anew.
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/relu-explorer_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator
        = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window;
    std::function<void(const QString &, const QList<QAction *> &)> check
        = [&](const QString &where, const QList<QAction *> &actions) {
              QMap<QKeySequence, QString> seen;
              for (QAction *action : actions) {
                  if (action->isSeparator())
                      continue;
                  const QKeySequence letter = QKeySequence::mnemonic(action->text());
                  if (!letter.isEmpty()) {
                      QVERIFY2(!seen.contains(letter),
                               qPrintable(QStringLiteral("%1: %2 and %3")
                                              .arg(where, seen.value(letter), action->text())));
                      seen.insert(letter, action->text());
                  }
                  if (action->menu())
                      check(where + QStringLiteral(" ▸ ") + action->text(),
                            action->menu()->actions());
              }
          };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
}

void TestKeyboard::singleKeyShortcutsCanBeTurnedOff()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.conf"));
    {
        Settings settings(path);
        ActiveWindow active(&settings);
        MainWindow &window = active.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ExplorerState *state = window.state();
        QWidget *plot = window.plotView();
        QAction *setting = window.singleKeyShortcutsAction();
        QVERIFY(setting && setting->isChecked());
        QTest::keyClick(plot, Qt::Key_K);
        QCOMPARE(state->probeX(), 0.0);

        setting->trigger();
        QVERIFY(!setting->isChecked());
        state->setProbeX(2.0);
        QTest::keyClick(plot, Qt::Key_K);
        QCOMPARE(state->probeX(), 2.0);
        QTest::keyClick(plot, Qt::Key_S);
        QCOMPARE(state->secantMode(), SecantMode::Off);
        // The modified keys and the arrows still act; the actions are still in their menus.
        QTest::keyClick(plot, Qt::Key_Right);
        QCOMPARE(state->probeX(), 2.1);
        QVERIFY(window.actions()->toKink()->shortcuts().isEmpty());
        QVERIFY(window.actions()->zoomIntoProbe()->shortcuts().contains(
            QKeySequence(QKeySequence::ZoomIn)));
        QVERIFY(findAction(window, QStringLiteral("To a Kink or Other Breakpoint")));
        // The status bar's hint names no key that is off.
        state->setSecantMode(SecantMode::Forward);
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        QVERIFY2(!labels.constFirst()->text().contains(QLatin1String(" H ")),
                 qPrintable(labels.constFirst()->text()));
        state->setSecantMode(SecantMode::Off);
        window.saveSession();
    }
    {
        Settings settings(path);
        QVERIFY(!settings.singleKeyShortcuts());
        ActiveWindow active(&settings);
        MainWindow &window = active.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.singleKeyShortcutsAction()->isChecked());
        const double probe = window.state()->probeX();
        QTest::keyClick(window.plotView(), Qt::Key_K);
        QCOMPARE(window.state()->probeX(), probe);
        // Back on: K is K again.
        window.singleKeyShortcutsAction()->trigger();
        QCOMPARE(window.actions()->toKink()->shortcuts(),
                 QList<QKeySequence>({ QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_0) }));
        QTest::keyClick(window.plotView(), Qt::Key_K);
        QCOMPARE(window.state()->probeX(), 0.0);
    }
}

void TestKeyboard::lessonKeysOnlyInTheLessonOrThePlot()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.startLesson();
    LessonGuide *guide = window.lessonGuide();
    QCOMPARE(guide->currentPage(), 0);
    QLineEdit *box = window.expressionEditor()->lineEdit();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_PageDown);
    QCOMPARE(guide->currentPage(), 0);
    window.secantHControl()->spinBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(guide->currentPage(), 0);
    // In the plot and in the lesson they turn its pages.
    window.plotView()->setFocus();
    QTest::keyClick(window.plotView(), Qt::Key_Down);
    QCOMPARE(guide->currentPage(), 1);
    QTextBrowser *text = guide->findChild<QTextBrowser *>();
    QVERIFY(text);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Up);
    QCOMPARE(guide->currentPage(), 0);
}

void TestKeyboard::escapeClosesTheLessonWithTheFocus()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.startLesson();
    QDockWidget *dock = window.lessonDock();
    QVERIFY(dock->isVisible());
    // Esc in the plot does not close it.
    QTest::keyClick(window.plotView(), Qt::Key_Escape);
    QVERIFY(dock->isVisible());
    // The halving's Esc comes first.
    QTextBrowser *text = window.lessonGuide()->findChild<QTextBrowser *>();
    window.actions()->shrinkSecantH()->setChecked(true);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!window.actions()->shrinkSecantH()->isChecked());
    QVERIFY(dock->isVisible());
    // Then Esc in the lesson closes it, and the plot has the keys.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!dock->isVisible());
    QVERIFY(window.plotView()->hasFocus());
}

void TestKeyboard::lessonPanelInTheViewMenu()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *panel = findAction(window, QStringLiteral("Lesson Panel"));
    QVERIFY(panel && panel->isCheckable());
    panel->trigger();
    QVERIFY(window.lessonDock()->isVisible());
    QCOMPARE(window.lessonGuide()->currentPage(), 0);
    QVERIFY(panel->isChecked());
    panel->trigger();
    QVERIFY(!window.lessonDock()->isVisible());
}

void TestKeyboard::panAndZoomFromTheKeyboard()
{
    ActiveWindow active;
    MainWindow &window = active.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExplorerState *state = window.state();
    QWidget *plot = window.plotView();
    QVERIFY(state->setView({ -4, 4 }, { -1, 5 }));
    QTest::keyClick(plot, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(state->xRange(), Interval({ -3.2, 4.8 }));
    QTest::keyClick(plot, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(state->yRange(), Interval({ -0.4, 5.6 }));
    QTest::keyClick(plot, Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(plot, Qt::Key_Down, Qt::ControlModifier);
    QVERIFY(std::abs(state->xRange().lower + 4) < 1e-12);
    QVERIFY(std::abs(state->yRange().lower + 1) < 1e-12);
    // Ctrl+→ in a text box moves over a word there, not the view.
    QLineEdit *box = window.expressionEditor()->lineEdit();
    box->setFocus();
    const Interval before = state->xRange();
    QTest::keyClick(box, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(state->xRange(), before);
    // + zooms in as Z does, − out.
    plot->setFocus();
    const double width = state->xRange().width();
    QTest::keyClick(plot, Qt::Key_Plus);
    QTRY_VERIFY(std::abs(state->xRange().width() - width / 10) < 1e-9 * width);
    QTest::keyClick(plot, Qt::Key_Minus);
    QTRY_VERIFY(std::abs(state->xRange().width() - width) < 1e-9 * width);
}

void TestKeyboard::shortcutsDialogListsTheMenus()
{
    MainWindow window;
    QAction *open = window.keyboardShortcutsAction();
    QVERIFY(open);
    QVERIFY(!open->shortcuts().isEmpty());
    ShortcutsDialog dialog(window.menuBar(), &window);
    QTableWidget *table = dialog.table();
    QVERIFY(!QAccessible::queryAccessibleInterface(table)->text(QAccessible::Name).isEmpty());
    QVERIFY(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    auto rowOf = [table](const QString &command) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == command)
                return row;
        }
        return -1;
    };
    const int exportRow = rowOf(QStringLiteral("Export Figure…"));
    QVERIFY(exportRow >= 0);
    QCOMPARE(table->item(exportRow, 0)->text(), QStringLiteral("File"));
    QCOMPARE(table->item(exportRow, 2)->text(),
             QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));
    const int kink = rowOf(QStringLiteral("To a Kink or Other Breakpoint"));
    QVERIFY(kink >= 0);
    QCOMPARE(table->item(kink, 0)->text(), QStringLiteral("Probe"));
    QVERIFY(table->item(kink, 2)->text().contains(QLatin1Char('K')));
    QVERIFY(rowOf(QStringLiteral("Pan Left")) >= 0);
    QVERIFY(rowOf(QStringLiteral("Leave Presentation")) >= 0);
    // Every action with a shortcut in a menu has its row.
    int withKeys = 0;
    std::function<void(QMenu *)> count = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                count(action->menu());
            else if (!action->isSeparator() && !action->shortcuts().isEmpty())
                ++withKeys;
        }
    };
    for (QAction *menu : window.menuBar()->actions())
        count(menu->menu());
    QVERIFY(table->rowCount() >= withKeys);
}

void TestKeyboard::exportDialogTabOrder()
{
    MainWindow window;
    ExportDialog dialog(window.plotView(), QStringLiteral("/tmp/relu.png"));
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QLineEdit *path = dialog.findChild<QLineEdit *>();
    QVERIFY(path);
    path->setFocus();
    QStringList order;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        order << (w->accessibleName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->accessibleName());
    }
    QCOMPARE(order.mid(0, 5),
             QStringList({ QStringLiteral("QPushButton"), QStringLiteral("Format"),
                           QStringLiteral("Width"), QStringLiteral("Height"),
                           QStringLiteral("Scale") }));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
