// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "lessonfile.h"
#include "numberformat.h"
#include "sessionhistory.h"
#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <random>

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
    void aLongExpressionIsElidedInTheStepName();
    void randomSnapshotsComeBackExactly();

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
    // Undoing a probe move keeps the function shown: no new one, so no graph is rebuilt.
    const auto shown = m_state->sharedActivation();
    QSignalSpy rebuilt(m_state.get(), &ExplorerState::activationChanged);
    m_history->undo();
    QCOMPARE(m_state->probeX(), 2.0);
    QVERIFY(!m_history->stack()->canUndo());
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(m_state->sharedActivation(), shown);
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
    QCOMPARE(m_state->convention(), DerivativeConvention::PyTorch);
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

void TestSessionHistory::aLongExpressionIsElidedInTheStepName()
{
    // The step's name is the Edit menu's entry: a 400-character expression must not widen it.
    QString expression = QStringLiteral("x");
    while (expression.size() < 400)
        expression += QStringLiteral("+relu(x)");
    change([&expression](ExplorerState &s) {
        s.setExpressionText(expression);
        s.setActivation(ExpressionActivation::parse(expression).activation);
    });
    const QString text = m_history->stack()->undoText();
    QVERIFY2(text.size() <= 60, qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("Function: x+relu(x)")));
    QVERIFY(text.contains(QStringLiteral(" … ")));
}

namespace {

/**
 * A random session that can be shown: functions and parameters as the catalog writes them, any
 * double for the probe, h and the ranges (not only round ones), every enum value.
 */
SessionSnapshot randomSnapshot(std::mt19937_64 &random)
{
    const auto pick
        = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const auto uniform = [&random](double a, double b) {
        return std::uniform_real_distribution<double>(a, b)(random);
    };
    const auto canonical = [](const QString &specification) {
        const auto f = ActivationCatalog::fromSpecification(specification, nullptr);
        return f ? f->specification() : QString();
    };
    const auto randomFunction = [&]() -> QString {
        switch (pick(4)) {
        case 0:
            return canonical(QStringLiteral("leaky_relu:negative_slope=")
                             + NumberFormat::roundTrip(uniform(0.001, 0.999)));
        case 1:
            return canonical(QStringLiteral("elu:alpha=")
                             + NumberFormat::roundTrip(uniform(0.1, 3)));
        default: {
            const auto &families = ActivationCatalog::families();
            return canonical(families[std::size_t(pick(int(families.size())))].name);
        }
        }
    };
    static const QStringList expressions { QStringLiteral("max(0, x)"), QStringLiteral("abs(x)"),
                                           QStringLiteral("x*(x>0)"), QStringLiteral("x + (x > 0)"),
                                           QStringLiteral("x*(x>0") };
    SessionSnapshot s;
    s.function = randomFunction();
    s.expression = expressions.at(pick(int(expressions.size())));
    s.useExpression = pick(3) == 0 && s.expression != QLatin1String("x*(x>0");
    for (int i = pick(4); i > 0; --i) {
        const QString compared = randomFunction();
        // A function is not compared with itself: such a list does not come back as written.
        const bool itself = !s.useExpression && compared == s.function;
        if (!itself && !s.comparisons.contains(compared))
            s.comparisons << compared;
    }
    s.convention = ConventionNames::fromIndex(pick(ConventionNames::count));
    s.probeX = uniform(-10, 10);
    s.secantMode = std::array { SecantMode::Off, SecantMode::Forward, SecantMode::Central,
                                SecantMode::BothSides }[std::size_t(pick(4))];
    s.secantH = (pick(2) ? 1 : -1) * std::pow(10.0, uniform(-6, std::log10(2.0)));
    const double x = uniform(-100, 100);
    s.xRange = { x, x + std::pow(10.0, uniform(-3, 2)) };
    const double y = uniform(-100, 100);
    s.yRange = { y, y + std::pow(10.0, uniform(-3, 2)) };
    s.equalScales = pick(2);
    s.derivativePanel = pick(2);
    s.quotientPanel = pick(2);
    s.quotientScale = pick(2) ? QuotientAxis::Scale::Linear : QuotientAxis::Scale::SymmetricLog;
    s.samplePoints = pick(2);
    s.comparedValues = pick(2);
    s.valuesTable = pick(2);
    s.samples = { uniform(-5, 0), uniform(0, 5), uniform(0.05, 1) };
    return s;
}

/** The lesson keys whose values differ, with both values. */
QString differences(const SessionSnapshot &a, const SessionSnapshot &b)
{
    const QJsonObject left = QJsonDocument::fromJson(LessonFile::toJson(a)).object();
    const QJsonObject right = QJsonDocument::fromJson(LessonFile::toJson(b)).object();
    QStringList found;
    for (const QString &key : left.keys()) {
        if (left.value(key) != right.value(key))
            found << key + QStringLiteral(": ")
                    + QString::fromUtf8(QJsonDocument(QJsonArray { left.value(key) })
                                            .toJson(QJsonDocument::Compact))
                    + QStringLiteral(" against ")
                    + QString::fromUtf8(QJsonDocument(QJsonArray { right.value(key) })
                                            .toJson(QJsonDocument::Compact));
    }
    return found.isEmpty() ? QStringLiteral("(the same lesson)") : found.join(QLatin1String("; "));
}

} // namespace

void TestSessionHistory::randomSnapshotsComeBackExactly()
{
    // Settings, the lesson file, the state and undo/redo each give back the very snapshot they
    // were given: every field, every bit of every double.
    std::mt19937_64 random(20261202);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("round-trip.conf"));
    for (int i = 0; i < 200; ++i) {
        const SessionSnapshot s = randomSnapshot(random);
        const QList<SessionProblem> problemsOfS = s.problems();
        QVERIFY2(problemsOfS.isEmpty(),
                 qPrintable(problemsOfS.isEmpty() ? QString() : problemsOfS.constFirst().message));

        const auto fromLesson = LessonFile::fromJson(LessonFile::toJson(s), nullptr);
        QVERIFY(fromLesson);
        QVERIFY2(*fromLesson == s, qPrintable(differences(*fromLesson, s)));

        {
            Settings settings(path);
            settings.setSession(s);
            QVERIFY(settings.sync());
        }
        QStringList problems;
        const SessionSnapshot fromSettings = Settings(path).session(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(fromSettings == s, qPrintable(differences(fromSettings, s)));

        const SessionSnapshot before = m_state->snapshot();
        QVERIFY(m_state->restore(s).isEmpty());
        QVERIFY2(m_state->snapshot() == s, qPrintable(differences(m_state->snapshot(), s)));
        m_history->flush();
        m_history->undo();
        QVERIFY2(m_state->snapshot() == before,
                 qPrintable(differences(m_state->snapshot(), before)));
        m_history->redo();
        QVERIFY(m_state->snapshot() == s);
    }
}

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
