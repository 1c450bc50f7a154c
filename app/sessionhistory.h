// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sessionsnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

class ExplorerState;

/**
 * Undo and redo for a session, over snapshots (QUndoStack). It watches the state: whatever
 * changed it, a key, a drag, a menu, a lesson, becomes one step once the event that caused it
 * has been handled. A run of changes of one kind, each within mergeInterval of the last (a drag,
 * a slider moved, keys held down), is one step. Each step is named after what it changed ("Move
 * probe to 0", "Convention: Average of both sides").
 */
class SessionHistory : public QObject
{
    Q_OBJECT

public:
    /** Changes of one kind this close together are one step. */
    static constexpr int mergeInterval = 1000;

    explicit SessionHistory(ExplorerState *state, QObject *parent = nullptr);
    ~SessionHistory() override;

    QUndoStack *stack() { return &m_stack; }
    /**
     * The step being recorded (a change in the event being handled), or else the next one, is
     * named `text` instead of after what it changed: for an action that changes many values at
     * once (Reset All, Open Lesson).
     */
    void nameNextStep(const QString &text);
    /** Records what is pending, then undoes the last step. */
    void undo();
    /** Records what is pending (which ends what could be redone), then redoes. */
    void redo();
    /** The state as it is now is the start: nothing to undo or redo. */
    void clear();
    /** Records a pending change now instead of after the current event (tests, before a save). */
    void flush();

    /** How a change from `before` to `after` is named in the Edit menu. */
    static QString describe(const SessionSnapshot &before, const SessionSnapshot &after);

private:
    friend class SessionStep;
    void changed();
    void apply(const SessionSnapshot &snapshot);

    ExplorerState *m_state;
    QUndoStack m_stack;
    SessionSnapshot m_last; ///< what the top of the stack says the state is
    QTimer m_coalesce; ///< one step per event, however many signals it caused
    QElapsedTimer m_clock;
    QString m_nextText;
    bool m_applying = false;
};
