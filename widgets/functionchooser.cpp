// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "functionchooser.h"

#include "activationcatalog.h"
#include "explorerstate.h"
#include "plotstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>

namespace {

const QString expressionItem = QStringLiteral("expression");

} // namespace

FunctionChooser::FunctionChooser(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_search(new QLineEdit(this))
    , m_combo(new QComboBox(this))
{
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Type part of a name to filter the functions; Enter picks the first match"));
    m_search->setAccessibleName(tr("Search functions"));
    m_search->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("leaky_relu__"))
                              + PlotStyle::searchBoxPadding);

    for (const ActivationFamily &family : ActivationCatalog::families()) {
        m_combo->addItem(family.name, family.name);
        // The catalogue keeps its texts in English (it may be built before the translator).
        m_combo->setItemData(m_combo->count() - 1,
                             ActivationCatalog::tr(family.description.toUtf8().constData()),
                             Qt::ToolTipRole);
    }
    m_combo->addItem(tr("your own f(x)…"), expressionItem);
    m_combo->setItemData(m_combo->count() - 1, tr("Type f(x) in the expression box"),
                         Qt::ToolTipRole);
    m_combo->setToolTip(tr("The function to explore; PyTorch's names"));
    m_combo->setAccessibleName(tr("Function"));
    m_combo->setFocusPolicy(Qt::ClickFocus);
    m_combo->setMaxVisibleItems(20);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_combo);

    connect(m_search, &QLineEdit::textChanged, this, &FunctionChooser::filter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList names = visibleNames();
        if (!names.isEmpty())
            choose(names.constFirst());
    });
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { choose(m_combo->itemData(index).toString()); });
    connect(m_state, &ExplorerState::activationChanged, this, &FunctionChooser::showState);
    showState();
}

QStringList FunctionChooser::visibleNames() const
{
    QStringList names;
    auto *view = qobject_cast<QListView *>(m_combo->view());
    for (int i = 0; i < m_combo->count(); ++i) {
        if (!view || !view->isRowHidden(i))
            names << m_combo->itemData(i).toString();
    }
    return names;
}

void FunctionChooser::filter(const QString &text)
{
    auto *view = qobject_cast<QListView *>(m_combo->view());
    if (!view)
        return;
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_combo->count(); ++i) {
        const bool matches
            = wanted.isEmpty() || m_combo->itemText(i).contains(wanted, Qt::CaseInsensitive);
        view->setRowHidden(i, !matches);
    }
    if (!wanted.isEmpty() && !visibleNames().isEmpty() && m_combo->isVisible())
        m_combo->showPopup();
}

void FunctionChooser::choose(const QString &name)
{
    if (name == expressionItem) {
        Q_EMIT expressionRequested();
        return;
    }
    m_state->switchTo(ActivationCatalog::create(name));
    showState();
}

void FunctionChooser::showState()
{
    const Activation &f = m_state->activation();
    const int index = m_combo->findData(f.isExpression() ? expressionItem : f.name());
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}
