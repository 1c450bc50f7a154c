// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"
#include "settings.h"

#include <QObject>
#include <QPalette>
#include <QVector>

class QAction;
class QMenu;

/**
 * The app's colours: light, dark, or as the desktop is. Switching sets the application's palette
 * too, so a dark plot does not sit in a glaring frame, and gives the PlotStyle that goes with the
 * theme. Its actions (View ▸ Theme) show the choice.
 */
class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit ThemeSwitcher(QObject *parent = nullptr);

    // getters:
    Theme theme() const { return m_theme; }
    QAction *themeAction(Theme theme) const;
    /** The plots' style for the theme in use, at `scale`. */
    PlotStyle plotStyle(double scale) const { return plotStyle(m_theme, scale); }
    static PlotStyle plotStyle(Theme theme, double scale);
    /** Whether `theme` means dark plots here: System follows the application's palette. */
    static bool isDark(Theme theme);
    static QPalette darkPalette();
    /** Black on white, every control's text and frame included (View ▸ Theme ▸ High Contrast). */
    static QPalette highContrastPalette();

    // setters:
    /** Light or dark plots (and widgets); System follows the desktop's palette. */
    void setTheme(Theme theme);

    void fillMenu(QMenu *menu) const;

Q_SIGNALS:
    /** After the palette changed: plotStyle() gives the new colours. */
    void themeChanged(Theme theme);

private:
    /** The window's colours from a style that has them (`window` valid). */
    static QPalette palette(const PlotStyle &style);
    Theme m_theme = Theme::System;
    QVector<QAction *> m_actions;
};
