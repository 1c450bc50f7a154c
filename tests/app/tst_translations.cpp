// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "lessonguide.h"
#include "mainwindow.h"
#include "plotview.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

/**
 * German and French replace the English the user sees: menus, legend, readout. Numbers keep
 * their decimal point, and an unknown language leaves English.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void available();
    void german();
    void frenchKeepsTheDecimalPoint();

private:
    static QStringList menuTitles(const MainWindow &window);
};

QStringList TestTranslations::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text().remove(QLatin1Char('&'));
    return titles;
}

void TestTranslations::available()
{
    const QStringList languages = Translations::available();
    QVERIFY(languages.contains(QStringLiteral("de")));
    QVERIFY(languages.contains(QStringLiteral("fr")));
}

void TestTranslations::german()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("Datei")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY(titles.contains(QStringLiteral("Hilfe")));
    window.state()->setProbeX(0.0);
    QVERIFY2(window.plotView()->readout()->text().contains(QStringLiteral("undefiniert")),
             qPrintable(window.plotView()->readout()->text()));
    QCOMPARE(window.windowTitle(), QStringLiteral("ReLU Explorer"));
    // The lesson's colours are filled in the translated text too.
    const QString figure = window.lessonGuide()->step(3).text;
    QVERIFY2(figure.contains(QStringLiteral("blau")), qPrintable(figure));
    QVERIFY(figure.contains(window.plotView()->style().pieceColor(0).name()));
    QVERIFY(!figure.contains(QStringLiteral("%1")));
    // Back to English for the next test.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

void TestTranslations::frenchKeepsTheDecimalPoint()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    MainWindow window;
    QVERIFY(menuTitles(window).contains(QStringLiteral("Fichier")));
    window.state()->setConvention(DerivativeConvention::Average);
    window.state()->setProbeX(0.0);
    const QString readout = window.plotView()->readout()->text();
    QVERIFY2(readout.contains(QStringLiteral("0.5")), qPrintable(readout));
    QVERIFY(readout.contains(QStringLiteral("x = 0.00")));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    QVERIFY(!Translations::install(*qApp, QStringLiteral("xx")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
