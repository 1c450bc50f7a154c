// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionhistory.h"

#include "activationcatalog.h"
#include "explorerstate.h"
#include "numberformat.h"
#include "oneline.h"

#include <QUndoCommand>

namespace {

/** The kinds of change that merge into one step when they come in a run; others never merge. */
enum Kind : int {
    Unmerged = -1,
    ProbeMove = 1,
    ViewChange,
    SecantHChange,
    ExpressionEdit,
    ParameterChange, ///< the same function with other parameters: a slider
};

QString family(const QString &specification)
{
    return specification.section(QLatin1Char(':'), 0, 0);
}

Kind kindOf(const SessionSnapshot &before, const SessionSnapshot &after)
{
    if (before.useExpression != after.useExpression || before.comparisons != after.comparisons
        || before.convention != after.convention || before.secantMode != after.secantMode)
        return Unmerged;
    if (before.function != after.function)
        return !after.useExpression && family(before.function) == family(after.function)
            ? ParameterChange
            : Unmerged;
    if (before.expression != after.expression)
        return ExpressionEdit;
    if (before.parameters != after.parameters)
        return ParameterChange; // a slider's drag is one step
    if (before.secantH != after.secantH)
        return SecantHChange;
    if (before.probeX != after.probeX)
        return ProbeMove;
    if (before.xRange != after.xRange || before.yRange != after.yRange)
        return ViewChange;
    return Unmerged;
}

} // namespace

/** One step: the whole snapshot before and after, so undo and redo are exact. */
class SessionStep : public QUndoCommand
{
public:
    SessionStep(SessionHistory *history, const SessionSnapshot &before,
                const SessionSnapshot &after, const QString &text, int kind, qint64 time)
        : QUndoCommand(text)
        , m_history(history)
        , m_before(before)
        , m_after(after)
        , m_kind(kind)
        , m_time(time)
    { }

    int id() const override { return m_kind; }

    void undo() override { m_history->apply(m_before); }

    void redo() override
    {
        // Pushed after the change was made: the first redo has nothing to do.
        if (m_done)
            m_history->apply(m_after);
        m_done = true;
    }

    bool mergeWith(const QUndoCommand *command) override
    {
        const auto *next = static_cast<const SessionStep *>(command);
        if (next->m_time - m_time > SessionHistory::mergeInterval)
            return false;
        m_after = next->m_after;
        m_time = next->m_time;
        setText(next->text());
        // A probe dragged back to where it started changed nothing: no step at all.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    SessionHistory *m_history;
    SessionSnapshot m_before;
    SessionSnapshot m_after;
    int m_kind;
    qint64 m_time; ///< of the last change merged into it
    bool m_done = false;
};

SessionHistory::SessionHistory(ExplorerState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_last(state->snapshot())
{
    m_clock.start();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SessionHistory::flush);
    connect(m_state, &ExplorerState::changed, this, &SessionHistory::changed);
}

SessionHistory::~SessionHistory()
{
    // The steps point back here; they go before the members they use.
    m_stack.clear();
}

void SessionHistory::nameNextStep(const QString &text)
{
    m_nextText = text;
}

void SessionHistory::undo()
{
    flush();
    m_stack.undo();
}

void SessionHistory::redo()
{
    flush();
    m_stack.redo();
}

void SessionHistory::clear()
{
    m_coalesce.stop();
    m_stack.clear();
    m_last = m_state->snapshot();
    m_nextText.clear();
}

void SessionHistory::changed()
{
    if (!m_applying && !m_coalesce.isActive())
        m_coalesce.start();
}

void SessionHistory::flush()
{
    m_coalesce.stop();
    const SessionSnapshot now = m_state->snapshot();
    if (now == m_last) {
        m_nextText.clear();
        return;
    }
    const bool named = !m_nextText.isEmpty();
    // A step's name is a menu entry: an expression or a file name it quotes must not make the
    // Edit menu wider than the screen.
    constexpr int menuLength = 60;
    auto *step = new SessionStep(
        this, m_last, now, OneLine::of(named ? m_nextText : describe(m_last, now), menuLength),
        named ? Unmerged : kindOf(m_last, now), m_clock.elapsed());
    m_nextText.clear();
    m_last = now;
    m_stack.push(step);
}

void SessionHistory::apply(const SessionSnapshot &snapshot)
{
    m_applying = true;
    m_state->restore(snapshot);
    m_applying = false;
    m_last = m_state->snapshot();
}

QString SessionHistory::describe(const SessionSnapshot &before, const SessionSnapshot &after)
{
    const auto shown
        = [](bool on, const char *show, const char *hide) { return tr(on ? show : hide); };
    if (before.useExpression != after.useExpression || before.function != after.function
        || (after.useExpression && before.expression != after.expression)) {
        if (after.useExpression)
            return tr("Function: %1").arg(after.expression);
        // Its legend's name: "gelu", not "gelu:approximate=none".
        const auto function = ActivationCatalog::fromSpecification(after.function, nullptr);
        return tr("Function: %1").arg(function ? function->title() : after.function);
    }
    if (before.expression != after.expression)
        return tr("Edit the expression");
    if (before.parameters != after.parameters) {
        for (int i = 0; i < after.parameters.size(); ++i) {
            const ExpressionParameter &p = after.parameters[i];
            if (i >= before.parameters.size() || before.parameters[i] != p)
                return p.value == before.parameters.value(i).value
                    ? tr("Range of %1").arg(p.name)
                    : tr("%1 = %2").arg(p.name, NumberFormat::compact(p.value));
        }
        return tr("Change the parameters");
    }
    if (before.comparisons != after.comparisons)
        return after.comparisons.isEmpty()
            ? tr("Compare with nothing")
            : tr("Compare with %1").arg(after.comparisons.join(QLatin1String(", ")));
    if (before.convention != after.convention)
        return tr("Convention: %1").arg(ConventionNames::displayName(after.convention));
    if (before.secantMode != after.secantMode) {
        switch (after.secantMode) {
        case SecantMode::Off: return tr("Hide the secant");
        case SecantMode::Forward: return tr("Secant: forward");
        case SecantMode::Central: return tr("Secant: central");
        case SecantMode::BothSides: return tr("Secant: both sides");
        }
    }
    if (before.secantH != after.secantH)
        return tr("h = %1").arg(NumberFormat::compact(after.secantH));
    if (before.derivativePanel != after.derivativePanel)
        return shown(after.derivativePanel, QT_TR_NOOP("Show the derivative panel"),
                     QT_TR_NOOP("Hide the derivative panel"));
    if (before.quotientPanel != after.quotientPanel)
        return shown(after.quotientPanel, QT_TR_NOOP("Show the difference quotient"),
                     QT_TR_NOOP("Hide the difference quotient"));
    if (before.quotientScale != after.quotientScale)
        return after.quotientScale == QuotientAxis::Scale::Linear ? tr("Linear h axis")
                                                                  : tr("Logarithmic h axis");
    if (before.valuesTable != after.valuesTable)
        return shown(after.valuesTable, QT_TR_NOOP("Show the values table"),
                     QT_TR_NOOP("Hide the values table"));
    if (before.samplePoints != after.samplePoints)
        return shown(after.samplePoints, QT_TR_NOOP("Show the sample points"),
                     QT_TR_NOOP("Hide the sample points"));
    if (before.samples != after.samples)
        return tr("Change the sample points");
    if (before.equalScales != after.equalScales)
        return shown(after.equalScales, QT_TR_NOOP("Equal axis scales"),
                     QT_TR_NOOP("Free axis scales"));
    if (before.probeX != after.probeX)
        return tr("Move probe to %1").arg(NumberFormat::compact(after.probeX));
    return tr("Pan or zoom");
}
