// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QKeyEvent;
class QWidget;

/**
 * Who gets a key in the window: the control with the focus or the window's shortcuts. Qt asks
 * the focused widget first (ShortcutOverride); this filter answers for it where Qt's answer
 * leaves the keyboard short:
 * - a slider, a combo box, a table or a tab bar with the focus keeps the arrows, Home, End and
 *   Page Up/Down (the window's would move the probe instead), so Tab reaches it and the keys
 *   then work it;
 * - a text box keeps typing, its editing keys (Ctrl+C, Ctrl+Z, Ctrl+A, Ctrl+←) and the rest of
 *   the keys it knows, but a Ctrl or Alt letter that is a window action's shortcut goes to the
 *   window (QLineEdit takes Ctrl+E and Ctrl+K as Emacs keys), so Ctrl+E exports from any box.
 * It also turns the single-key shortcuts (a character key alone or with Shift: K, [, Shift+P,
 * WCAG 2.1.4) off and on again, keeping the actions in their menus.
 */
class KeyRouter : public QObject
{
    Q_OBJECT

public:
    explicit KeyRouter(QWidget *window);

    /** A key sequence of one character key, alone or with Shift: what WCAG 2.1.4 is about. */
    static bool isSingleKey(const QKeySequence &sequence);

    // getters:
    bool singleKeyShortcuts() const { return m_singleKeys; }
    /** The action's shortcuts with the single keys in, whether they are on or off. */
    static QList<QKeySequence> allShortcuts(const QAction *action);

    // setters:
    /** Off: every action of the window loses its single-key shortcuts; on: they are back. */
    void setSingleKeyShortcuts(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Owner { Qt, Widget, Window };
    Owner ownerOf(const QWidget *focus, const QKeyEvent &key) const;
    bool isWindowShortcut(const QKeySequence &sequence) const;

    QWidget *m_window;
    bool m_singleKeys = true;
};
