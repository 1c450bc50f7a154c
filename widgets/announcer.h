// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

/**
 * Says a sentence to a screen reader. Qt 6.8 has QAccessibleAnnouncementEvent for this; Qt 6.4's
 * AT-SPI bridge has none, and sends a description or name change with the object instead of
 * the text, which Orca 43 cannot speak (docs/accessibility.md). What it does speak is a
 * notification that appears: this invisible widget is one, named by the sentence, and shown
 * anew for each. Sentences that come faster than `delay` (a drag) are said once, the last.
 */
class Announcer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int delay = 120; ///< ms

    explicit Announcer(QWidget *parent);

    void announce(const QString &text);
    /**
     * Says `text` before whatever is announced next within `delay`: a lesson's new page before
     * the probe that the page moved, not cut off by it.
     */
    void announceFirst(const QString &text);
    /** The last sentence said, or about to be. */
    const QString &text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void present();

    QString m_text;
    QString m_first;
    QString m_pending;
    QTimer m_timer;
};
