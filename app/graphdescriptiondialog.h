// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QTimer>

class QPlainTextEdit;
class PlotView;

/**
 * View ▸ Describe Graph: the graph in words (PlotView::spokenGraph), a sentence per line, in a
 * read-only text a screen reader reads line by line with the arrow keys, and a sighted student
 * can copy. It follows the plot while it is open, `refreshDelay` after the last change: a probe
 * moved with the keys behind it changes its last line.
 */
class GraphDescriptionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int refreshDelay = 150; ///< ms after the last change

    explicit GraphDescriptionDialog(PlotView *plot, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }

    /** Takes the plot's description again, keeping the reader's place where it can. */
    void refresh();

private:
    PlotView *m_plot;
    QPlainTextEdit *m_text;
    QTimer m_refreshTimer;
};
