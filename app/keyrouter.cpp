// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keyrouter.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace {

/** The property that holds an action's shortcuts while its single keys are off. */
const char *const allShortcutsProperty = "reluAllShortcuts";

constexpr Qt::KeyboardModifiers commandModifiers
    = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

bool isNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: return true;
    default: return false;
    }
}

/** A control whose own keys are the arrows: it, or the widget it is part of (a combo's view). */
bool ownsArrows(const QWidget *focus)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w))
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

bool isTextBox(const QWidget *focus)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(focus))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        return !edit->isReadOnly();
    return qobject_cast<const QAbstractSpinBox *>(focus) != nullptr;
}

/** The editing keys a text box keeps even where the window has the same shortcut. */
bool isEditingKey(const QKeyEvent &key)
{
    for (auto standard : { QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                           QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll }) {
        if (key.matches(standard))
            return true;
    }
    return false;
}

} // namespace

KeyRouter::KeyRouter(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool KeyRouter::isSingleKey(const QKeySequence &sequence)
{
    if (sequence.count() != 1)
        return false;
    const QKeyCombination combination = sequence[0];
    const Qt::KeyboardModifiers modifiers
        = combination.keyboardModifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const int key = int(combination.key());
    // The printable keys: Qt numbers them below Escape (Space to ~, and Latin-1 letters).
    return modifiers == Qt::NoModifier && key >= Qt::Key_Space && key < Qt::Key_Escape;
}

QList<QKeySequence> KeyRouter::allShortcuts(const QAction *action)
{
    const QVariant stored = action->property(allShortcutsProperty);
    return stored.isValid() ? stored.value<QList<QKeySequence>>() : action->shortcuts();
}

void KeyRouter::setSingleKeyShortcuts(bool on)
{
    m_singleKeys = on;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QList<QKeySequence> all = allShortcuts(action);
        QList<QKeySequence> kept;
        for (const QKeySequence &sequence : all) {
            if (on || !isSingleKey(sequence))
                kept << sequence;
        }
        if (kept.size() == all.size()) {
            action->setProperty(allShortcutsProperty, QVariant());
            if (action->shortcuts() != all)
                action->setShortcuts(all);
            continue;
        }
        action->setProperty(allShortcutsProperty, QVariant::fromValue(all));
        action->setShortcuts(kept);
    }
}

bool KeyRouter::isWindowShortcut(const QKeySequence &sequence) const
{
    for (const QAction *action : m_window->actions()) {
        if (action->isEnabled() && action->shortcuts().contains(sequence))
            return true;
    }
    return false;
}

KeyRouter::Owner KeyRouter::ownerOf(const QWidget *focus, const QKeyEvent &key) const
{
    const Qt::KeyboardModifiers modifiers = key.modifiers() & ~Qt::KeypadModifier;
    if (isNavigationKey(key.key()) && !(modifiers & commandModifiers) && ownsArrows(focus))
        return Owner::Widget;
    if (isTextBox(focus) && (modifiers & commandModifiers) && key.key() >= Qt::Key_Space
        && key.key() < Qt::Key_Escape && !isEditingKey(key)
        && isWindowShortcut(QKeySequence(QKeyCombination(modifiers, Qt::Key(key.key())))))
        return Owner::Window;
    return Owner::Qt;
}

bool KeyRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    QWidget *focus = QApplication::focusWidget();
    const auto *widget = static_cast<QWidget *>(watched);
    if (!focus || focus->window() != m_window || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (ownerOf(focus, *key)) {
    case Owner::Widget:
        // Accepted: Qt gives the key to the focused control, no shortcut sees it.
        key->accept();
        return true;
    case Owner::Window:
        // Ignored all the way up: the shortcut fires.
        key->ignore();
        return true;
    case Owner::Qt: break;
    }
    return false;
}
