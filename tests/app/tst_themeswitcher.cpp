// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"
#include "themeswitcher.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

/** Light, dark or the desktop's: the palette, the plots' style and the checked action agree. */
class TestThemeSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchesPaletteAndStyle();
    void systemGivesTheDesktopsPaletteBack();
    void darkMenusShowUntickedBoxesPlainly();
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

    // High contrast: black on pure white, window and plots, and thicker lines.
    themes.themeAction(Theme::HighContrast)->trigger();
    QCOMPARE(themes.theme(), Theme::HighContrast);
    QCOMPARE(changed.count(), 3);
    QVERIFY(themes.themeAction(Theme::HighContrast)->isChecked());
    QVERIFY(themes.plotStyle(1.0).isHighContrast());
    QVERIFY(themes.plotStyle(1.0).curveWidth() > PlotStyle::light().curveWidth());
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        QCOMPARE(QApplication::palette().color(role), QColor(Qt::white));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        QCOMPARE(QApplication::palette().color(role), QColor(Qt::black));
    QMenu menu;
    themes.fillMenu(&menu);
    QCOMPARE(menu.actions().size(), 4);
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

void TestThemeSwitcher::darkMenusShowUntickedBoxesPlainly()
{
    // Dark menus hid unticked boxes (a frame a shade darker than the menu) and drew disabled
    // items etched in white, which read as embossed.
    ThemeSwitcher themes;
    themes.setTheme(Theme::Dark);
    QMenu menu;
    QAction *unticked = menu.addAction(QStringLiteral("Difference Quotient"));
    unticked->setCheckable(true);
    QAction *disabled = menu.addAction(QStringLiteral("Clear Pen"));
    disabled->setEnabled(false);
    menu.ensurePolished();
    menu.resize(menu.sizeHint());
    const QImage image = menu.grab().toImage();
    const QRect tickRow = menu.actionGeometry(unticked);
    const QRect disabledRow = menu.actionGeometry(disabled);
    const QColor background = image.pixelColor(tickRow.right() - 2, tickRow.center().y());
    // The box: left of the text, some pixel at 3:1 or more against the menu.
    double best = 1.0;
    for (int x = tickRow.left(); x < tickRow.left() + tickRow.height() + 4; ++x) {
        for (int y = tickRow.top(); y <= tickRow.bottom(); ++y)
            best = std::max(best, PlotStyle::contrast(image.pixelColor(x, y), background));
    }
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
    // The disabled row: nothing lighter than the disabled text's colour (no white etching).
    const int disabledText
        = QApplication::palette().color(QPalette::Disabled, QPalette::Text).lightness();
    int lightest = 0;
    for (int x = disabledRow.left(); x <= disabledRow.right(); ++x) {
        for (int y = disabledRow.top(); y <= disabledRow.bottom(); ++y)
            lightest = std::max(lightest, image.pixelColor(x, y).lightness());
    }
    QVERIFY2(lightest <= disabledText + 8,
             qPrintable(QStringLiteral("%1 > %2").arg(lightest).arg(disabledText)));
    themes.setTheme(Theme::System);
}

QTEST_MAIN(TestThemeSwitcher)
#include "tst_themeswitcher.moc"
