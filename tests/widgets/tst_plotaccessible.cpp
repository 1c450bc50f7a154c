// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "announcer.h"
#include "explorerstate.h"
#include "plotview.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QTest>

#include <vector>

/**
 * What a screen reader gets from the plot, through QAccessible as AT-SPI reads it: a slider
 * whose value is the probe's x, the readout in words as its description, a value-change event
 * for every move, and a notification that says the new readout while the plot has the focus.
 * And the keyboard's focus ring a sighted keyboard user sees.
 */
class TestPlotAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void thePlotIsASliderOverX();
    void theDescriptionSaysTheKink();
    void aReaderMovesTheProbe();
    void aMoveSendsAValueChange();
    void aMoveIsAnnouncedOnlyWithFocus();
    void theFocusRingIsDrawnOnlyWithFocus();
    void aPanelThatComesIsSaid();

private:
    static void record(QAccessibleEvent *event);
    static std::vector<std::pair<QAccessible::Event, QVariant>> s_events;
    static QObject *s_watched;

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<PlotView> m_plot;
};

std::vector<std::pair<QAccessible::Event, QVariant>> TestPlotAccessible::s_events;
QObject *TestPlotAccessible::s_watched = nullptr;

void TestPlotAccessible::record(QAccessibleEvent *event)
{
    if (event->object() != s_watched)
        return;
    QVariant value;
    if (event->type() == QAccessible::ValueChanged)
        value = static_cast<QAccessibleValueChangeEvent *>(event)->value();
    s_events.emplace_back(event->type(), value);
}

void TestPlotAccessible::initTestCase()
{
    // What a screen reader's presence does: Qt sends events only while accessibility is active.
    QAccessible::setActive(true);
    QAccessible::installUpdateHandler(&TestPlotAccessible::record);
}

void TestPlotAccessible::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_state->setActivation(ActivationCatalog::create(QStringLiteral("relu")));
    m_state->setView({ -4, 4 }, { -1, 4 });
    m_state->setProbeX(2.0);
    m_plot = std::make_unique<PlotView>(m_state.get());
    m_plot->resize(600, 500);
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    s_watched = m_plot.get();
    s_events.clear();
}

void TestPlotAccessible::cleanup()
{
    s_watched = nullptr;
    m_plot.reset();
    m_state.reset();
}

void TestPlotAccessible::thePlotIsASliderOverX()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_plot.get());
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Slider);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Function plot"));
    QAccessibleValueInterface *value = iface->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->currentValue().toDouble(), 2.0);
    QCOMPARE(value->minimumValue().toDouble(), -4.0);
    QCOMPARE(value->maximumValue().toDouble(), 4.0);
    QVERIFY(value->minimumStepSize().toDouble() > 0.0);
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("x = 2"));
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("x = 2, f of x = 2, slope 1"));
    QVERIFY(iface->state().focusable);
}

void TestPlotAccessible::theDescriptionSaysTheKink()
{
    m_state->setProbeX(0.0);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_plot.get());
    // relu′ is 0 on the left and 1 on the right of 0; PyTorch's relu′(0) is 0 (measured).
    QCOMPARE(iface->text(QAccessible::Description),
             QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                            "PyTorch uses 0"));
}

void TestPlotAccessible::aReaderMovesTheProbe()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_plot.get());
    iface->valueInterface()->setCurrentValue(-1.5);
    QCOMPARE(m_state->probeX(), -1.5);
    iface->valueInterface()->setCurrentValue(QStringLiteral("not a number"));
    QCOMPARE(m_state->probeX(), -1.5);
}

/**
 * Qt sends events, and the plot makes its words, only while a screen reader listens: on xcb with
 * AT-SPI, not offscreen (tst_plotaccessible_atspi runs these under Xvfb and a D-Bus session, and
 * requires it). False where the test is to be skipped.
 */
static bool screenReaderListens()
{
    // The bridge connects a moment after start.
    if (qEnvironmentVariableIsSet("RELU_REQUIRE_ACCESSIBILITY"))
        return QTest::qWaitFor([] { return QAccessible::isActive(); }, 10000);
    return QAccessible::isActive();
}

#define REQUIRE_SCREEN_READER()                                                                    \
    do {                                                                                           \
        if (!screenReaderListens()) {                                                              \
            if (qEnvironmentVariableIsSet("RELU_REQUIRE_ACCESSIBILITY"))                           \
                QFAIL("accessibility is not active: no AT-SPI bus?");                              \
            QSKIP("accessibility is not active on this platform");                                 \
        }                                                                                          \
    } while (false)

void TestPlotAccessible::aMoveSendsAValueChange()
{
    REQUIRE_SCREEN_READER();
    m_state->setProbeX(1.0);
    bool value = false;
    bool description = false;
    for (const auto &[type, data] : s_events) {
        if (type == QAccessible::ValueChanged && data.toDouble() == 1.0)
            value = true;
        if (type == QAccessible::DescriptionChanged)
            description = true;
    }
    QVERIFY(value);
    QVERIFY(description);
    // A change that moves nothing a reader hears sends nothing: the values table's visibility.
    s_events.clear();
    m_state->setValuesTableVisible(true);
    QVERIFY(s_events.empty());
}

void TestPlotAccessible::aMoveIsAnnouncedOnlyWithFocus()
{
    REQUIRE_SCREEN_READER();
    const Announcer &announcer = m_plot->announcer();
    QAccessibleInterface *notice
        = QAccessible::queryAccessibleInterface(const_cast<Announcer *>(&announcer));
    QCOMPARE(notice->role(), QAccessible::Notification);

    // Without the focus (the student is typing in a box) the plot keeps quiet.
    m_plot->clearFocus();
    m_state->setProbeX(3.0);
    QTest::qWait(Announcer::delay * 2);
    QVERIFY(announcer.text().isEmpty());

    m_plot->activateWindow();
    m_plot->setFocus();
    QTRY_VERIFY(m_plot->hasFocus());
    m_state->setProbeX(0.0);
    QCOMPARE(notice->text(QAccessible::Name), m_plot->spokenProbe());
    QTRY_VERIFY(announcer.isVisible()); // shown anew: what AT-SPI reports
    QVERIFY(notice->text(QAccessible::Name).startsWith(QStringLiteral("kink at x = 0")));
}

void TestPlotAccessible::theFocusRingIsDrawnOnlyWithFocus()
{
    const QColor ring = m_plot->style().focusRing;
    const auto edge
        = [this] { return m_plot->grab().toImage().pixelColor(1, m_plot->height() / 2); };
    m_plot->clearFocus();
    QTRY_VERIFY(!m_plot->hasFocus());
    QCOMPARE(edge(), m_plot->style().background);
    m_plot->activateWindow();
    m_plot->setFocus();
    QTRY_VERIFY(m_plot->hasFocus());
    QCOMPARE(edge(), ring);
}

void TestPlotAccessible::aPanelThatComesIsSaid()
{
    REQUIRE_SCREEN_READER();
    m_plot->activateWindow();
    m_plot->setFocus();
    QTRY_VERIFY(m_plot->hasFocus());
    m_state->setDerivativePanelVisible(false);
    QCOMPARE(m_plot->announcer().text(), QStringLiteral("Derivative panel hidden."));
    m_state->setQuotientPanelVisible(true);
    QVERIFY(m_plot->announcer().text().startsWith(
        QStringLiteral("Difference quotient panel shown: q(h) against h.")));
}

QTEST_MAIN(TestPlotAccessible)
#include "tst_plotaccessible.moc"
