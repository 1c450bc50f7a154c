// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "comparisongraphs.h"
#include "exploreractions.h"
#include "explorerstate.h"
#include "expressioneditor.h"
#include "functiongraph.h"
#include "kinkfan.h"
#include "lessonfile.h"
#include "mainwindow.h"
#include "numberformat.h"
#include "parameterpanel.h"
#include "plotview.h"
#include "probeoverlay.h"
#include "probereadout.h"
#include "sessionhistory.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <qcustomplot.h>

#include <cmath>
#include <functional>
#include <random>

namespace {

/** Events a run sends: RELU_MONKEY_EVENTS, or 2,000 (`make test`); `make monkey` sends 20,000. */
int eventCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("RELU_MONKEY_EVENTS");
    return fromEnvironment > 0 ? fromEnvironment : 2000;
}

/** The seed: RELU_MONKEY_SEED, or a fixed one, so that every run, and every failure, repeats. */
quint64 seed()
{
    bool ok = false;
    const quint64 fromEnvironment = qEnvironmentVariable("RELU_MONKEY_SEED").toULongLong(&ok);
    return ok ? fromEnvironment : 20261127;
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** Pieces of expressions, valid and not: the monkey glues a few together and types them. */
const QStringList expressionBits {
    QStringLiteral("x"),     QStringLiteral("x"),      QStringLiteral("2"),
    QStringLiteral("0.5"),   QStringLiteral("1e308"),  QStringLiteral("-"),
    QStringLiteral("+"),     QStringLiteral("*"),      QStringLiteral("/"),
    QStringLiteral("^"),     QStringLiteral("("),      QStringLiteral(")"),
    QStringLiteral(","),     QStringLiteral("max(0,"), QStringLiteral("abs("),
    QStringLiteral("exp("),  QStringLiteral("sqrt("),  QStringLiteral("log("),
    QStringLiteral("1/x"),   QStringLiteral("sin("),   QStringLiteral("tanh("),
    QStringLiteral("(x>0)"), QStringLiteral("sign("),  QStringLiteral("§"),
    QStringLiteral(" "),     QStringLiteral("y"),      QStringLiteral("_pi"),
    QStringLiteral("?"),     QStringLiteral(":"),      QStringLiteral("relu("),
};

/** Well-formed expressions with kinks, poles, jumps and gaps. */
const QStringList goodExpressions {
    QStringLiteral("max(0,x)"),
    QStringLiteral("abs(x-1)"),
    QStringLiteral("1/x"),
    QStringLiteral("sqrt(x)"),
    QStringLiteral("sign(x)"),
    QStringLiteral("exp(x*x)"),
    QStringLiteral("min(1,max(-1,x))"),
    QStringLiteral("x*sin(1/x)"),
    QStringLiteral("max(0, x - 500)"),
    QStringLiteral("log(x)"),
    QStringLiteral("0.5*x*(1+tanh(0.8*x))"),
    QStringLiteral("sqrt(abs(x))"),
    QStringLiteral("1e300*x"),
};

} // namespace

/**
 * The real main window, shown offscreen, under a stream of random but repeatable user events:
 * presses, drags, releases and wheel turns over both panels, the app's shortcuts and menu
 * entries, functions, parameters, conventions, typed expressions (mostly wrong), resizes,
 * presentation mode, themes and the docks. After every event the drawing must still agree with
 * the model (see checkInvariants()). Dialogs the events open are closed again at once.
 */
class TestMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEvents();

private:
    using Event = std::function<QString()>;

    void setUp(MainWindow *window);
    QString nextEvent();
    QString mouseEvent();
    QString shortcutEvent();
    QString menuEvent();
    QString functionEvent();
    QString parameterEvent();
    QString selectorEvent();
    QString expressionEvent();
    QString resizeEvent();
    QString toggleEvent();
    QString keyEvent();
    QString historyEvent();
    /** Empty when everything agrees; otherwise what does not. */
    QString checkInvariants() const;

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    double uniform(double a, double b)
    {
        return std::uniform_real_distribution<double>(a, b)(m_random);
    }
    QPoint pointIn(const QRect &rect);

    std::mt19937_64 m_random;
    MainWindow *m_window = nullptr;
    PlotView *m_plot = nullptr;
    QList<QAction *> m_shortcutActions;
    QList<QAction *> m_menuActions;
    QStringList m_functions;
    bool m_pressed = false;
    QPoint m_mouse;
    /** What an event itself found wrong (an undo that did not come back). */
    QString m_problem;
};

void TestMonkey::setUp(MainWindow *window)
{
    m_window = window;
    m_plot = window->plotView();
    // Every menu entry, and the keys of those with shortcuts; never Quit, which would end the run.
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                collect(action->menu());
                continue;
            }
            if (action->isSeparator() || action->shortcut() == QKeySequence::Quit
                || action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
                continue;
            m_menuActions << action;
            if (!action->shortcut().isEmpty())
                m_shortcutActions << action;
        }
    };
    for (QAction *menu : window->menuBar()->actions())
        collect(menu->menu());
    for (const ActivationFamily &family : ActivationCatalog::families())
        m_functions << family.name;
}

QPoint TestMonkey::pointIn(const QRect &rect)
{
    return { rect.left() + pick(std::max(1, rect.width())),
             rect.top() + pick(std::max(1, rect.height())) };
}

QString TestMonkey::mouseEvent()
{
    // Mostly over the two panels, near the curve (where a press grabs the probe), sometimes
    // anywhere.
    const bool derivativePanel = m_plot->derivativeRect()->visible() && pick(4) == 0;
    const QRect rect
        = derivativePanel ? m_plot->derivativeRect()->rect() : m_plot->functionRect()->rect();
    QPoint at = pointIn(pick(6) == 0 ? m_plot->rect() : rect);
    if (!derivativePanel && pick(2) == 0) {
        // Onto the curve at that column, give or take a few pixels.
        const QCPAxis *x = m_plot->functionRect()->axis(QCPAxis::atBottom);
        const QCPAxis *y = m_plot->functionRect()->axis(QCPAxis::atLeft);
        const double fx = m_plot->state()->activation().value(x->pixelToCoord(at.x()));
        const double py = y->coordToPixel(fx);
        if (std::isfinite(py) && std::abs(py) < 1e5)
            at.setY(int(std::lround(py)) + pick(9) - 4);
    }
    const int kind = m_pressed ? pick(10) : 3 + pick(7);
    if (m_pressed && kind < 7) {
        // Drag in small and large steps.
        const QPoint step = pick(3) == 0 ? at - m_mouse : QPoint(pick(41) - 20, pick(41) - 20);
        m_mouse += step;
        QTest::mouseMove(m_plot, m_mouse);
        return QStringLiteral("drag to (%1, %2)").arg(m_mouse.x()).arg(m_mouse.y());
    }
    if (m_pressed) {
        QTest::mouseRelease(m_plot, Qt::LeftButton, Qt::NoModifier, m_mouse);
        m_pressed = false;
        return QStringLiteral("release at (%1, %2)").arg(m_mouse.x()).arg(m_mouse.y());
    }
    m_mouse = at;
    switch (kind) {
    case 3:
    case 4:
    case 5:
        QTest::mousePress(m_plot, Qt::LeftButton, Qt::NoModifier, at);
        m_pressed = true;
        return QStringLiteral("press at (%1, %2)").arg(at.x()).arg(at.y());
    case 6: {
        // Wheel turns, many at once sometimes, with or without Ctrl.
        const int notches = (pick(2) ? 1 : -1) * (1 + pick(pick(5) == 0 ? 40 : 3));
        const Qt::KeyboardModifiers modifiers = pick(3) == 0 ? Qt::ControlModifier : Qt::NoModifier;
        QWheelEvent wheel(at, m_plot->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_plot, &wheel);
        return QStringLiteral("wheel %1 at (%2, %3)").arg(notches).arg(at.x()).arg(at.y());
    }
    case 7:
        QTest::mouseDClick(m_plot, Qt::LeftButton, Qt::NoModifier, at);
        return QStringLiteral("double-click at (%1, %2)").arg(at.x()).arg(at.y());
    case 8:
        QTest::mouseClick(m_plot, Qt::RightButton, Qt::NoModifier, at);
        return QStringLiteral("right click at (%1, %2)").arg(at.x()).arg(at.y());
    default:
        QTest::mouseMove(m_plot, at);
        return QStringLiteral("hover at (%1, %2)").arg(at.x()).arg(at.y());
    }
}

QString TestMonkey::shortcutEvent()
{
    QAction *action = m_shortcutActions.at(pick(int(m_shortcutActions.size())));
    const QKeyCombination key = action->shortcut()[0];
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    return QStringLiteral("key %1 (%2)").arg(action->shortcut().toString(), action->text());
}

QString TestMonkey::menuEvent()
{
    QAction *action = m_menuActions.at(pick(int(m_menuActions.size())));
    action->trigger();
    return QStringLiteral("menu %1").arg(action->text());
}

QString TestMonkey::functionEvent()
{
    const QString name = m_functions.at(pick(int(m_functions.size())));
    if (pick(4) == 0) {
        m_window->actions()->compareAction(name)->trigger();
        return QStringLiteral("compare %1").arg(name);
    }
    m_window->actions()->functionAction(name)->trigger();
    return QStringLiteral("function %1").arg(name);
}

QString TestMonkey::parameterEvent()
{
    const QList<QSlider *> sliders = m_window->parameterPanel()->findChildren<QSlider *>();
    const QList<QDoubleSpinBox *> boxes
        = m_window->parameterPanel()->findChildren<QDoubleSpinBox *>();
    if (!sliders.isEmpty() && pick(2) == 0) {
        QSlider *slider = sliders.at(pick(int(sliders.size())));
        const int value = slider->minimum() + pick(slider->maximum() - slider->minimum() + 1);
        slider->setValue(value);
        return QStringLiteral("parameter slider to %1").arg(value);
    }
    if (!boxes.isEmpty()) {
        QDoubleSpinBox *box = boxes.at(pick(int(boxes.size())));
        const double value = uniform(box->minimum() - 1.0, box->maximum() + 1.0);
        box->setValue(value);
        return QStringLiteral("parameter box to %1").arg(value);
    }
    return QStringLiteral("no parameter to change");
}

QString TestMonkey::selectorEvent()
{
    QComboBox *box = pick(2) == 0 ? m_window->conventionBox() : m_window->secantKindBox();
    if (!box || box->count() == 0)
        return QStringLiteral("no selector");
    const int index = pick(box->count());
    box->setCurrentIndex(index);
    return QStringLiteral("%1 to %2").arg(box->objectName(), box->itemText(index));
}

QString TestMonkey::expressionEvent()
{
    QLineEdit *line = m_window->expressionEditor()->lineEdit();
    QString text;
    switch (pick(6)) {
    case 0: text = goodExpressions.at(pick(int(goodExpressions.size()))); break;
    case 1:
        text = QString(1000 + pick(2000), QLatin1Char('x')); // too long
        break;
    default:
        for (int i = 0, n = 1 + pick(8); i < n; ++i)
            text += expressionBits.at(pick(int(expressionBits.size())));
    }
    line->setFocus();
    line->selectAll();
    if (text.size() > 200)
        line->insert(text); // typing 3,000 keys one by one would only slow the run
    else
        QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    return QStringLiteral("expression '%1'").arg(text.left(60));
}

QString TestMonkey::resizeEvent()
{
    const QSize size(200 + pick(2200), 150 + pick(1400));
    m_window->resize(size);
    return QStringLiteral("resize to %1x%2").arg(size.width()).arg(size.height());
}

QString TestMonkey::toggleEvent()
{
    switch (pick(5)) {
    case 0:
        m_window->setPresentation(!m_window->isPresenting());
        return QStringLiteral("presentation %1").arg(m_window->isPresenting());
    case 1:
        m_window->valuesDock()->setVisible(!m_window->valuesDock()->isVisible());
        return QStringLiteral("values dock");
    case 2:
        m_window->lessonDock()->setVisible(!m_window->lessonDock()->isVisible());
        return QStringLiteral("lesson dock");
    case 3: {
        const Theme theme = Theme(pick(3));
        m_window->setTheme(theme);
        return QStringLiteral("theme %1").arg(Settings::themeKey(theme));
    }
    default:
        m_window->actions()->derivativePanel()->trigger();
        return QStringLiteral("derivative panel");
    }
}

QString TestMonkey::keyEvent()
{
    // Keys a student might hit anywhere, into whatever has the focus.
    static const QList<Qt::Key> keys { Qt::Key_Left,   Qt::Key_Right,    Qt::Key_Up,
                                       Qt::Key_Down,   Qt::Key_Home,     Qt::Key_End,
                                       Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Escape,
                                       Qt::Key_Tab,    Qt::Key_Return,   Qt::Key_Backspace,
                                       Qt::Key_Delete, Qt::Key_Space,    Qt::Key_K,
                                       Qt::Key_X,      Qt::Key_0,        Qt::Key_Minus,
                                       Qt::Key_Plus,   Qt::Key_F5,       Qt::Key_Z };
    static const QList<Qt::KeyboardModifiers> modifiers {
        Qt::NoModifier,      Qt::NoModifier,  Qt::ShiftModifier,
        Qt::ControlModifier, Qt::AltModifier, Qt::ControlModifier | Qt::ShiftModifier
    };
    const Qt::Key key = keys.at(pick(int(keys.size())));
    const Qt::KeyboardModifiers modifier = modifiers.at(pick(int(modifiers.size())));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, key, modifier);
    return QStringLiteral("key %1 to %2")
        .arg(QKeySequence(int(key) | int(modifier)).toString(),
             QString::fromLatin1(target->metaObject()->className()));
}

QString TestMonkey::nextEvent()
{
    const int roll = pick(100);
    if (roll < 40 || m_pressed)
        return mouseEvent(); // a drag goes on until released, as with a real hand
    if (roll < 52)
        return shortcutEvent();
    if (roll < 58)
        return menuEvent();
    if (roll < 66)
        return functionEvent();
    if (roll < 71)
        return parameterEvent();
    if (roll < 76)
        return selectorEvent();
    if (roll < 83)
        return expressionEvent();
    if (roll < 86)
        return resizeEvent();
    if (roll < 90)
        return toggleEvent();
    if (roll < 94)
        return historyEvent();
    return keyEvent();
}

QString TestMonkey::historyEvent()
{
    ExplorerState &state = *m_window->state();
    SessionHistory &history = *m_window->history();
    switch (pick(4)) {
    case 0: history.undo(); return QStringLiteral("undo");
    case 1: history.redo(); return QStringLiteral("redo");
    case 2: {
        // Undo then redo: back exactly where it was. From a settled window: the last event may
        // have shown the parameters' row (gelu has one), and with equal scales the y range
        // follows the plot's height once the window has laid it out.
        QCoreApplication::processEvents();
        history.flush();
        const SessionSnapshot before = state.snapshot();
        if (!history.stack()->canUndo())
            return QStringLiteral("undo and redo, with nothing to undo");
        history.undo();
        history.redo();
        if (state.snapshot() != before)
            m_problem = QStringLiteral("undo then redo did not give back the state");
        return QStringLiteral("undo and redo");
    }
    default: {
        // The session through a lesson's JSON and back: the same snapshot.
        const SessionSnapshot now = state.snapshot();
        QString error;
        const auto back = LessonFile::fromJson(LessonFile::toJson(now), &error);
        if (!back)
            m_problem = QStringLiteral("the session's own lesson is refused: %1").arg(error);
        else if (*back != now)
            m_problem = QStringLiteral("the session's lesson reads back different");
        return QStringLiteral("lesson round trip");
    }
    }
}

QString TestMonkey::checkInvariants() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    const ExplorerState &state = *m_plot->state();
    const Activation &f = state.activation();

    // The view: finite and non-empty, and what the axes show.
    if (!SessionLimits::isValidRange(state.xRange())
        || !SessionLimits::isValidRange(state.yRange()))
        return QStringLiteral("the state's view is not valid");
    const QCPAxis *x = m_plot->functionRect()->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_plot->functionRect()->axis(QCPAxis::atLeft);
    if (x->range().lower != state.xRange().lower || x->range().upper != state.xRange().upper
        || y->range().lower != state.yRange().lower || y->range().upper != state.yRange().upper)
        return QStringLiteral("the axes show [%1, %2] x [%3, %4], the state [%5, %6] x [%7, %8]")
            .arg(x->range().lower)
            .arg(x->range().upper)
            .arg(y->range().lower)
            .arg(y->range().upper)
            .arg(state.xRange().lower)
            .arg(state.xRange().upper)
            .arg(state.yRange().lower)
            .arg(state.yRange().upper);
    // No NaN (or inf, or an empty range) reaches any axis, nor its ticks.
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            const QCPRange range = axis->range();
            if (!std::isfinite(range.lower) || !std::isfinite(range.upper) || !(range.size() > 0))
                return QStringLiteral("an axis has the range [%1, %2]")
                    .arg(range.lower)
                    .arg(range.upper);
            for (double tick : axis->tickVector()) {
                if (!std::isfinite(tick))
                    return QStringLiteral("an axis has a tick at %1").arg(tick);
            }
        }
    }

    // The probe lies on the curve: the marker is at (x, f(x)), or hidden where f(x) is no number.
    const double px = state.probeX();
    const double py = f.value(px);
    if (!std::isfinite(px))
        return QStringLiteral("the probe is at x = %1").arg(px);
    const QCPItemTracer *marker = m_plot->probeOverlay().marker();
    const QPointF at = marker->position->coords();
    if (at.x() != px || !sameNumber(at.y(), py))
        return QStringLiteral("the probe is drawn at (%1, %2), f(%3) = %4")
            .arg(at.x())
            .arg(at.y())
            .arg(px)
            .arg(py);
    if (marker->visible() != std::isfinite(py))
        return QStringLiteral("the probe is %1 where f(x) = %2")
            .arg(marker->visible() ? QStringLiteral("shown") : QStringLiteral("hidden"))
            .arg(py);

    // The readout says what the model says.
    const int decimals = NumberFormat::decimalsFor(m_plot->xMapping().coordsPerPixel());
    // (Its fields may wrap onto more lines, and a blank line waits for the secant's.)
    const auto fields = [](const QString &text) {
        return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QString expected = ProbeReadout::describe(state, decimals).text();
    if (fields(m_plot->readout()->text()) != fields(expected))
        return QStringLiteral("the readout says\n%1\nthe model\n%2")
            .arg(m_plot->readout()->text(), expected);

    // The legend: what the function's graph names in this view, then each compared function.
    QStringList wanted = FunctionGraph::legendLabels(f, state.convention(), state.xRange());
    for (const auto &compared : state.comparisons())
        wanted << compared->title();
    // On a kink, last, the fan.
    if (const Kink *kink = state.probeKink())
        wanted << KinkFan::legendLabel(f, *kink);
    QStringList shown;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            shown << item->plottable()->name();
    }
    if (shown != wanted)
        return QStringLiteral("the legend shows [%1], the function has [%2]")
            .arg(shown.join(QStringLiteral(" | ")), wanted.join(QStringLiteral(" | ")));
    return {};
}

void TestMonkey::randomEvents()
{
    const int events = eventCount();
    m_random.seed(seed());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // With settings, so that the throttled autosave runs between the events too.
    Settings settings(dir.filePath(QStringLiteral("monkey.conf")));
    MainWindow window(&settings);
    setUp(&window);
    window.resize(1100, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Whatever an event opens (a file dialog, a message, a menu) is closed again at once.
    QTimer closer;
    closer.setInterval(5);
    connect(&closer, &QTimer::timeout, this, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start();

    // What the events did, so that a pass shows the monkey reached the interesting parts.
    int probeMoves = 0, viewChanges = 0, functionChanges = 0;
    const ExplorerState &state = *window.state();
    QStringList recent;
    for (int i = 0; i < events; ++i) {
        const double probeBefore = state.probeX();
        const Interval viewBefore = state.xRange();
        const QString functionBefore = state.activation().specification();
        const QString event = nextEvent();
        recent << QStringLiteral("%1: %2").arg(i).arg(event);
        if (recent.size() > 25)
            recent.removeFirst();
        QCoreApplication::processEvents();
        if (i % 100 == 99)
            m_plot->grab(); // paint everything now and then, as a screen would
        const QString problem = checkInvariants();
        if (!problem.isEmpty()) {
            QFAIL(
                qPrintable(QStringLiteral("after event %1 of seed %2: %3\nthe last events:\n%4\n"
                                          "Repeat with RELU_MONKEY_SEED=%2 RELU_MONKEY_EVENTS=%5.")
                               .arg(i)
                               .arg(seed())
                               .arg(problem, recent.join(QLatin1Char('\n')))
                               .arg(i + 1)));
        }
        probeMoves += state.probeX() != probeBefore;
        viewChanges += state.xRange() != viewBefore;
        functionChanges += state.activation().specification() != functionBefore;
        if (!window.isVisible()) {
            window.show();
            window.activateWindow();
        }
    }
    if (m_pressed)
        QTest::mouseRelease(m_plot, Qt::LeftButton, Qt::NoModifier, m_mouse);
    qInfo("%d events survived (seed %llu): the probe moved %d times, the view changed %d times, "
          "the function %d times",
          events, seed(), probeMoves, viewChanges, functionChanges);
    QVERIFY(probeMoves > events / 20);
    QVERIFY(viewChanges > events / 100);
    QVERIFY(functionChanges > events / 100);
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
