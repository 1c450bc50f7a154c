// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "sessionhistory.h"

#include <QTest>

#include <functional>

/**
 * Undo and redo over whole snapshots: each change is a step named after it, a run of moves is
 * one step, and undoing everything gives back the first state exactly.
 */
class TestSessionHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stepIsNamedAfterTheChange_data();
    void stepIsNamedAfterTheChange();
    void aDragIsOneStep();
    void aPauseStartsANewStep();
    void draggedBackIsNoStep();
    void aSliderDragIsOneStep();
    void manyValuesAtOnceAreOneNamedStep();
    void tenUndosBringBackTheFirstState();
    void aChangeAfterUndoEndsRedo();
    void undoOfNothingDoesNothing();

private:
    /** Changes the state as an event would, then lets the history record it. */
    void change(const std::function<void(ExplorerState &)> &what);

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<SessionHistory> m_history;
};

void TestSessionHistory::init()
{
    m_state = std::make_unique<ExplorerState>();
    m_history = std::make_unique<SessionHistory>(m_state.get());
}

void TestSessionHistory::cleanup()
{
    m_history.reset();
    m_state.reset();
}

void TestSessionHistory::change(const std::function<void(ExplorerState &)> &what)
{
    what(*m_state);
    // The step is recorded once the event that made the change is over: the next turn of the
    // event loop.
    QCoreApplication::processEvents();
}

void TestSessionHistory::stepIsNamedAfterTheChange_data()
{
    QTest::addColumn<std::function<void(ExplorerState &)>>("what");
    QTest::addColumn<QString>("text");
    QTest::newRow("probe") << std::function([](ExplorerState &s) { s.setProbeX(0.0); })
                           << QStringLiteral("Move probe to 0");
    QTest::newRow("convention") << std::function([](ExplorerState &s) {
        s.setConvention(DerivativeConvention::Average);
    }) << QStringLiteral("Convention: Average of both sides");
    QTest::newRow("function") << std::function([](ExplorerState &s) {
        s.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    }) << QStringLiteral("Function: gelu");
    QTest::newRow("secant") << std::function([](ExplorerState &s) {
        s.setSecantMode(SecantMode::BothSides);
    }) << QStringLiteral("Secant: both sides");
    QTest::newRow("h") << std::function([](ExplorerState &s) { s.setSecantH(0.25); })
                       << QStringLiteral("h = 0.25");
    QTest::newRow("panel") << std::function([](ExplorerState &s) {
        s.setDerivativePanelVisible(false);
    }) << QStringLiteral("Hide the derivative panel");
    QTest::newRow("comparisons") << std::function([](ExplorerState &s) {
        s.setComparisons({ ActivationCatalog::create(QStringLiteral("silu")) });
    }) << QStringLiteral("Compare with silu");
    QTest::newRow("view") << std::function([](ExplorerState &s) {
        s.setView({ -1, 1 }, { -1, 1 });
    }) << QStringLiteral("Pan or zoom");
}

void TestSessionHistory::stepIsNamedAfterTheChange()
{
    QFETCH(std::function<void(ExplorerState &)>, what);
    QFETCH(QString, text);
    const SessionSnapshot before = m_state->snapshot();
    change(what);
    const SessionSnapshot after = m_state->snapshot();
    QVERIFY(after != before);
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(m_history->stack()->undoText(), text);
    m_history->undo();
    QVERIFY(m_state->snapshot() == before);
    QCOMPARE(m_history->stack()->redoText(), text);
    m_history->redo();
    QVERIFY(m_state->snapshot() == after);
}

void TestSessionHistory::aDragIsOneStep()
{
    // Moves in a run, each its own event: one step, back to where the drag began.
    for (int i = 0; i <= 40; ++i)
        change([i](ExplorerState &s) { s.setProbeX(2.0 - 0.1 * i); });
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(m_history->stack()->undoText(), QStringLiteral("Move probe to −2"));
    m_history->undo();
    QCOMPARE(m_state->probeX(), 2.0);
    QVERIFY(!m_history->stack()->canUndo());
}

void TestSessionHistory::aPauseStartsANewStep()
{
    change([](ExplorerState &s) { s.setProbeX(1.0); });
    QTest::qWait(SessionHistory::mergeInterval + 100);
    change([](ExplorerState &s) { s.setProbeX(0.0); });
    QCOMPARE(m_history->stack()->count(), 2);
    m_history->undo();
    QCOMPARE(m_state->probeX(), 1.0);
}

void TestSessionHistory::draggedBackIsNoStep()
{
    change([](ExplorerState &s) { s.setProbeX(1.0); });
    change([](ExplorerState &s) { s.setProbeX(2.0); });
    QVERIFY(!m_history->stack()->canUndo());
}

void TestSessionHistory::aSliderDragIsOneStep()
{
    // leaky_relu's slope slider: the function is rebuilt on every move, but it is one step.
    change([](ExplorerState &s) {
        s.switchTo(ActivationCatalog::fromSpecification(
            QStringLiteral("leaky_relu:negative_slope=0.1"), nullptr));
    });
    QTest::qWait(SessionHistory::mergeInterval + 100);
    for (const char *slope : { "0.2", "0.3", "0.4" }) {
        change([slope](ExplorerState &s) {
            s.switchTo(ActivationCatalog::fromSpecification(
                QStringLiteral("leaky_relu:negative_slope=") + QLatin1String(slope), nullptr));
        });
    }
    QCOMPARE(m_history->stack()->count(), 2);
    m_history->undo();
    QCOMPARE(m_state->activation().specification(),
             QStringLiteral("leaky_relu:negative_slope=0.1"));
}

void TestSessionHistory::manyValuesAtOnceAreOneNamedStep()
{
    change([](ExplorerState &s) {
        s.setProbeX(0.0);
        s.setConvention(DerivativeConvention::Right);
    });
    QTest::qWait(SessionHistory::mergeInterval + 100);
    const SessionSnapshot changed = m_state->snapshot();
    m_history->nameNextStep(QStringLiteral("Reset All"));
    change([](ExplorerState &s) { s.resetAll(); });
    QCOMPARE(m_history->stack()->undoText(), QStringLiteral("Reset All"));
    m_history->undo();
    QVERIFY(m_state->snapshot() == changed);
}

void TestSessionHistory::tenUndosBringBackTheFirstState()
{
    // A lesson's worth of changes, none of which merges with the one before.
    const SessionSnapshot first = m_state->snapshot();
    const std::vector<std::function<void(ExplorerState &)>> changes = {
        [](ExplorerState &s) { s.switchTo(ActivationCatalog::create(QStringLiteral("gelu"))); },
        [](ExplorerState &s) { s.setProbeX(0.0); },
        [](ExplorerState &s) { s.setConvention(DerivativeConvention::Left); },
        [](ExplorerState &s) { s.setSecantMode(SecantMode::Central); },
        [](ExplorerState &s) { s.setSecantH(-0.125); },
        [](ExplorerState &s) { s.setQuotientPanelVisible(true); },
        [](ExplorerState &s) { s.setQuotientScale(QuotientAxis::Scale::SymmetricLog); },
        [](ExplorerState &s) {
            s.setComparisons({ ActivationCatalog::create(QStringLiteral("elu")) });
        },
        [](ExplorerState &s) { s.setEqualScales(true); },
        [](ExplorerState &s) { s.setValuesTableVisible(true); },
    };
    std::vector<SessionSnapshot> seen { first };
    for (const auto &what : changes) {
        change(what);
        seen.push_back(m_state->snapshot());
    }
    QCOMPARE(m_history->stack()->count(), 10);
    for (int i = 9; i >= 0; --i) {
        m_history->undo();
        QVERIFY2(m_state->snapshot() == seen[std::size_t(i)], qPrintable(QString::number(i)));
    }
    QVERIFY(m_state->snapshot() == first);
    for (std::size_t i = 1; i <= 10; ++i) {
        m_history->redo();
        QVERIFY(m_state->snapshot() == seen[i]);
    }
}

void TestSessionHistory::aChangeAfterUndoEndsRedo()
{
    change([](ExplorerState &s) { s.setConvention(DerivativeConvention::Left); });
    m_history->undo();
    QVERIFY(m_history->stack()->canRedo());
    change([](ExplorerState &s) { s.setConvention(DerivativeConvention::Right); });
    QVERIFY(!m_history->stack()->canRedo());
    m_history->undo();
    QCOMPARE(m_state->convention(), DerivativeConvention::Framework);
}

void TestSessionHistory::undoOfNothingDoesNothing()
{
    const SessionSnapshot first = m_state->snapshot();
    m_history->undo();
    m_history->redo();
    QVERIFY(m_state->snapshot() == first);
    // A change, then undo in the same event: the change is recorded first, then taken back.
    m_state->setProbeX(-1.0);
    m_history->undo();
    QCOMPARE(m_state->probeX(), 2.0);
    QVERIFY(m_history->stack()->canRedo());
}

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
