// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

#include <QWidget>

#include <functional>
#include <vector>

class ExplorerState;
class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

/**
 * The notebook's lesson, page by page in our own words: what ReLU does, the values table,
 * the slope at 2 and at -2, the coloured figure, the kink and its many lines, the convention.
 * Each page also sets the explorer up to show what it says.
 */
class LessonGuide : public QWidget
{
    Q_OBJECT

public:
    struct Page
    {
        QString title;
        QString text;
        /** Sets up the state for the page, the values table included. */
        std::function<void(ExplorerState &)> apply;
    };

    explicit LessonGuide(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; }
    const Page &page(int index) const { return m_pages.at(std::size_t(index)); }
    QTextBrowser *textView() const { return m_text; }

    /** Shows page `index` (from 0) and applies it. */
    void openPage(int index);
    void next();
    void back();
    /** The plots' colours in the text, and larger type in presentation mode. */
    void setPlotStyle(const PlotStyle &style);
    /** The same width on every page: the dock must not change width as the pages turn. */
    QSize sizeHint() const override;

Q_SIGNALS:
    /** A page was opened: its number, title and text in words, for a screen reader. */
    void pageOpened(const QString &spoken);

private:
    /** Acts on a page's link: "probe:X" moves the probe to X. */
    void followLink(const QUrl &link);
    /** The pages' text, in the style's colours. */
    void writePages();
    /** Shows page `index`, without applying it. */
    void displayPage(int index);

    ExplorerState *m_state;
    PlotStyle m_style;
    std::vector<Page> m_pages;
    int m_current = -1;
    QLabel *m_title;
    QTextBrowser *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
};
