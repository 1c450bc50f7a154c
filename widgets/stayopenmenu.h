// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

/**
 * A menu of check boxes that stays open while they are ticked (Compare With: several functions
 * in one visit). A click, Space or Enter on a checkable item toggles it and keeps the menu; any
 * other item, Esc or a click outside close it as usual.
 */
class StayOpenMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static bool toggles(const QAction *action);
};
