// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressioneditor.h"

#include "explorerstate.h"
#include "expressionactivation.h"
#include "plotstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

ExpressionEditor::ExpressionEditor(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    auto *label = new QLabel(tr("f(x) ="), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("your own, e.g. max(0, x) or x*(x>0)"));
    m_edit->setToolTip(
        tr("Type f(x) with the variable x, in muparser syntax: + - * / ^, "
           "max, min, abs, exp, log, tanh, sigmoid, relu, comparisons such as (x>0). "
           "The derivative is exact (automatic differentiation, not a difference quotient), and "
           "kinks, jumps and other breakpoints are found from the formula."));
    m_edit->setAccessibleName(tr("Expression"));
    m_edit->setMaxLength(ExpressionActivation::maximumLength);
    m_status->setAccessibleName(tr("Expression status"));
    m_status->setTextFormat(Qt::PlainText);
    // A long message must not squeeze the box it is about; the whole text is in the tooltip.
    m_status->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M"))
                              * PlotStyle::statusWidthInEms);
    m_edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.5*x*(1+tanh(0.8*x))"))
                            + PlotStyle::lineEditPadding);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(PlotStyle::controlMargins());
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    m_pause.setSingleShot(true);
    m_pause.setInterval(typingPause);
    connect(&m_pause, &QTimer::timeout, this, [this] { applyNow(false); });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_state->setExpressionText(text); // remembered even while it does not parse
        m_pause.start();
    });
    connect(m_state, &ExplorerState::expressionTextChanged, this, [this](const QString &text) {
        if (m_edit->text() != text)
            m_edit->setText(text);
    });
    m_edit->setText(m_state->expressionText());
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_pause.stop();
        if (applyNow(true))
            Q_EMIT finished();
    });
    auto *escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_edit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &ExpressionEditor::finished);
    connect(m_state, &ExplorerState::activationChanged, this, &ExpressionEditor::showState);
    showState();
}

bool ExpressionEditor::applyNow(bool fitView)
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty() && !m_state->activation().isExpression()) {
        m_status->clear(); // an empty box beside a built-in function is no error
        m_hasError = false;
        return false;
    }
    // The parameters keep their values and ranges while the formula is edited.
    const auto parsed = ExpressionActivation::parse(text, m_state->expressionParameters());
    m_hasError = !parsed.activation;
    if (m_hasError) {
        const QString where = parsed.errorPosition >= 0
            ? tr(" at character %1").arg(parsed.errorPosition + 1)
            : QString();
        const QString message = tr("✗ %1%2").arg(parsed.error, where);
        // Beside the box it is cut to its room ("…the variable is x at c…"), so the whole of it
        // goes to the status bar as well, which has the window's width.
        m_status->setText(
            m_status->fontMetrics().elidedText(message, Qt::ElideRight, m_status->maximumWidth()));
        m_status->setToolTip(message);
        Q_EMIT problem(message);
        showErrorColour();
        if (parsed.errorPosition >= 0)
            m_edit->setToolTip(text.left(parsed.errorPosition) + QStringLiteral(" ⟦")
                               + text.mid(parsed.errorPosition, 1) + QStringLiteral("⟧ ")
                               + text.mid(parsed.errorPosition + 1));
        return false;
    }
    m_edit->setStyleSheet(QString());
    m_status->setStyleSheet(QString());
    Q_EMIT problem(QString());
    if (parsed.activation->specification() != m_state->activation().specification()
        || !m_state->activation().isExpression()) {
        m_state->setActivation(parsed.activation);
    } else {
        showState(); // the same function again: its status replaces the error's
    }
    if (fitView)
        m_state->fitYRange();
    return true;
}

void ExpressionEditor::setPlotStyle(const PlotStyle &style)
{
    m_style = style;
    if (m_hasError)
        showErrorColour();
}

void ExpressionEditor::showErrorColour()
{
    m_status->setStyleSheet(m_style.errorTextStyleSheet());
    m_edit->setStyleSheet(m_style.errorFrameStyleSheet());
}

void ExpressionEditor::showState()
{
    const Activation &f = m_state->activation();
    if (!f.isExpression())
        return; // a built-in function: keep whatever the user typed for later
    if (m_edit->text() != f.specification() && !m_edit->hasFocus())
        m_edit->setText(f.specification());
    const Interval range { -Activation::analysisLimit, Activation::analysisLimit };
    const QString caveat = f.breakpointsCaveat(range);
    const QString status = caveat.isEmpty()
        ? tr("✓ f′ from the formula; %1 in [−1000, 1000]")
              .arg(Breakpoint::summary(f.breakpoints(), true))
        : tr("✓ f′ from the formula; in [−1000, 1000], %1").arg(caveat);
    // Cut where it must be with an ellipsis, which says there is more; the tooltip has it all.
    m_status->setText(
        m_status->fontMetrics().elidedText(status, Qt::ElideRight, m_status->maximumWidth()));
    m_status->setToolTip(status);
}
