// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "functionchooser.h"

#include "activationcatalog.h"
#include "explorerstate.h"
#include "plotstyle.h"
#include "rankedfiltermodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace {

const QString expressionItem = QStringLiteral("expression");

} // namespace

FunctionChooser::FunctionChooser(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_search(new QLineEdit(this))
    , m_combo(new QComboBox(this))
    , m_matches(new RankedFilterModel(this))
    , m_completer(new QCompleter(this))
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
    // Tab reaches it after the search box; ↑ ↓ choose while it has the focus.
    m_combo->setFocusPolicy(Qt::StrongFocus);
    m_combo->setMaxVisibleItems(20);

    auto *label = new QLabel(tr("Function:"), this);
    label->setBuddy(m_combo);
    // Its own width: the room left over belongs to the boxes.
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_combo);

    // The completer lists the combo box's own rows, filtered and ranked as the text is typed. It
    // is attached with setWidget(), not QLineEdit::setCompleter(): that would write the
    // highlighted name into the box, and the box keeps what was typed.
    m_matches->setSourceModel(m_combo->model());
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(20);
    m_completer->setWidget(m_search);
    m_completer->popup()->installEventFilter(this);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &FunctionChooser::filter);
    connect(m_search, &QLineEdit::textEdited, this, &FunctionChooser::showMatches);
    connect(m_search, &QLineEdit::returnPressed, this, &FunctionChooser::pickMatch);
    // A click in the list.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString name = index.data(Qt::UserRole).toString();
                endSearch();
                choose(name);
                if (name != expressionItem)
                    Q_EMIT finished();
            });
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { choose(m_combo->itemData(index).toString()); });
    connect(m_state, &ExplorerState::activationChanged, this, &FunctionChooser::showState);
    showState();
}

QStringList FunctionChooser::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        names << m_matches->index(row, 0).data(Qt::UserRole).toString();
    return names;
}

void FunctionChooser::filter(const QString &text)
{
    m_matches->setText(text);
    if (text.trimmed().isEmpty())
        m_completer->popup()->hide();
}

void FunctionChooser::showMatches()
{
    filter(m_search->text());
    QAbstractItemView *list = m_completer->popup();
    if (m_matches->rowCount() == 0 || !m_search->isVisible()) {
        list->hide();
        return;
    }
    m_completer->complete();
    // The top match is highlighted: it is what Enter picks.
    list->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void FunctionChooser::pickMatch()
{
    QAbstractItemView *list = m_completer->popup();
    const QModelIndex highlighted = list->isVisible() ? list->currentIndex() : QModelIndex();
    if (!highlighted.isValid() && m_search->text().trimmed().isEmpty())
        return;
    const QString name = highlighted.isValid() ? highlighted.data(Qt::UserRole).toString()
                                               : visibleNames().value(0);
    if (name.isEmpty())
        return;
    endSearch();
    choose(name);
    // "your own f(x)…" hands the keys to the expression box instead.
    if (name != expressionItem)
        Q_EMIT finished();
}

void FunctionChooser::endSearch()
{
    m_completer->popup()->hide();
    m_search->clear();
}

bool FunctionChooser::eventFilter(QObject *watched, QEvent *event)
{
    const bool onList = watched == m_completer->popup();
    if (!onList && watched != m_search)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The window's single-key shortcuts (Esc leaves presentation mode, ↑/↓ turn the lesson's
        // pages) must not take these keys from the search.
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter: event->accept(); return true;
        default: break;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape) {
        endSearch();
        Q_EMIT finished();
        return true;
    }
    if (onList && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        pickMatch();
        return true;
    }
    if (!onList && key == Qt::Key_Down && !m_completer->popup()->isVisible()) {
        showMatches();
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
