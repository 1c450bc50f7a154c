// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "themeswitcher.h"

#include "indicatorstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStyle>

#include <algorithm>
#include <iterator>

namespace {

constexpr Theme themes[] = { Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast };

int indexOf(Theme theme)
{
    return int(std::find(std::begin(themes), std::end(themes), theme) - std::begin(themes));
}

} // namespace

ThemeSwitcher::ThemeSwitcher(QObject *parent)
    : QObject(parent)
{
    auto *group = new QActionGroup(this);
    for (Theme theme : themes) {
        const QString name = theme == Theme::System ? tr("Follow the &System")
            : theme == Theme::Light                 ? tr("&Light")
            : theme == Theme::Dark                  ? tr("&Dark")
                                                    : tr("&High Contrast");
        auto *action = new QAction(name, this);
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        action->setStatusTip(tr("Colours of the plots; blue, green and red keep their meaning"));
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
        group->addAction(action);
        m_actions.append(action);
    }
}

QAction *ThemeSwitcher::themeAction(Theme theme) const
{
    return m_actions.value(indexOf(theme));
}

void ThemeSwitcher::fillMenu(QMenu *menu) const
{
    for (QAction *action : m_actions)
        menu->addAction(action);
}

void ThemeSwitcher::setTheme(Theme theme)
{
    m_theme = theme;
    if (QAction *action = themeAction(theme))
        action->setChecked(true);
    // The palette the desktop gave, before any theme replaced it: the first switch keeps it.
    static const QPalette systemPalette = QApplication::palette();
    IndicatorStyle::install(); // unticked boxes that show on a dark menu
    if (theme == Theme::System) {
        QApplication::setPalette(systemPalette);
    } else {
        QPalette palette = theme == Theme::Dark ? darkPalette()
            : theme == Theme::HighContrast      ? highContrastPalette()
                                                : QApplication::style()->standardPalette();
        QApplication::setPalette(palette);
    }
    Q_EMIT themeChanged(theme);
}

PlotStyle ThemeSwitcher::plotStyle(Theme theme, double scale)
{
    if (theme == Theme::HighContrast)
        return PlotStyle::highContrast(scale);
    return isDark(theme) ? PlotStyle::dark(scale) : PlotStyle::light(scale);
}

bool ThemeSwitcher::isDark(Theme theme)
{
    if (theme == Theme::System)
        return QApplication::palette().color(QPalette::Window).lightness() < 128;
    return theme == Theme::Dark;
}

QPalette ThemeSwitcher::darkPalette()
{
    return palette(PlotStyle::dark());
}

QPalette ThemeSwitcher::highContrastPalette()
{
    return palette(PlotStyle::highContrast());
}

QPalette ThemeSwitcher::palette(const PlotStyle &dark)
{
    const QColor window = dark.window, base = dark.background, text = dark.foreground;
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, dark.highlight);
    p.setColor(QPalette::HighlightedText, base);
    p.setColor(QPalette::PlaceholderText, dark.placeholderText);
    p.setColor(QPalette::Disabled, QPalette::Text, dark.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dark.disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, dark.disabledText);
    // A style that etches disabled text draws it again in Light, one pixel off: white on a dark
    // menu read as embossed. IndicatorStyle turns the etching off; this covers other styles.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    p.setColor(QPalette::Link, dark.link);
    p.setColor(QPalette::LinkVisited, dark.link);
    return p;
}
