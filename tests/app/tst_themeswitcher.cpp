// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "themeswitcher.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

/** Light, dark or the desktop's: the palette, the plots' style and the checked action agree. */
class TestThemeSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchesPaletteAndStyle();
    void systemGivesTheDesktopsPaletteBack();
};

void TestThemeSwitcher::switchesPaletteAndStyle()
{
    ThemeSwitcher themes;
    QCOMPARE(themes.theme(), Theme::System);
    QVERIFY(themes.themeAction(Theme::System)->isChecked());
    QSignalSpy changed(&themes, &ThemeSwitcher::themeChanged);

    themes.setTheme(Theme::Dark);
    QCOMPARE(changed.count(), 1);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(themes.plotStyle(1.0).isDark());
    QCOMPARE(themes.plotStyle(2.0).scale, 2.0);
    QVERIFY(themes.themeAction(Theme::Dark)->isChecked());
    QVERIFY(!themes.themeAction(Theme::System)->isChecked());

    themes.themeAction(Theme::Light)->trigger();
    QCOMPARE(themes.theme(), Theme::Light);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!themes.plotStyle(1.0).isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    themes.setTheme(Theme::System);
}

void TestThemeSwitcher::systemGivesTheDesktopsPaletteBack()
{
    const QPalette desktop = QApplication::palette();
    ThemeSwitcher themes;
    themes.setTheme(Theme::Dark);
    themes.setTheme(Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    QCOMPARE(ThemeSwitcher::isDark(Theme::System),
             desktop.color(QPalette::Window).lightness() < 128);
    QCOMPARE(ThemeSwitcher::plotStyle(Theme::System, 1.0).isDark(),
             ThemeSwitcher::isDark(Theme::System));
}

QTEST_MAIN(TestThemeSwitcher)
#include "tst_themeswitcher.moc"
