// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stayopenmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

bool StayOpenMenu::toggles(const QAction *action)
{
    return action && action->isCheckable() && action->isEnabled() && !action->menu()
        && !action->isSeparator();
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *action = actionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && toggles(action)) {
        action->trigger();
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
        && toggles(activeAction())) {
        activeAction()->trigger();
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}
