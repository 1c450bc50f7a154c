// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "breakpoint.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "functionchooser.h"
#include "lessonguide.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "plotview.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <qcustomplot.h>

#include <algorithm>

/**
 * German and French replace the English the user sees: menus, the catalogue's descriptions,
 * legend, readout, --list-functions. Numbers for a reader follow the language (a decimal comma in
 * German and French, a point in English); what --list-functions shows for --function to take
 * keeps its point. An unknown language
 * leaves English, whose plural forms are English too ("1 kink", not "1 kink(s)").
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void available();
    void german();
    void germanCatalogue();
    void germanLegendAndReadout();
    void germanListing();
    void frenchWritesADecimalComma();
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
    void englishPlurals();

private:
    static QStringList menuTitles(const MainWindow &window);
    static QStringList legendTexts(const PlotView &view);
    static void removeTranslators();
};

QStringList TestTranslations::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text().remove(QLatin1Char('&'));
    return titles;
}

QStringList TestTranslations::legendTexts(const PlotView &view)
{
    QStringList texts;
    for (int i = 0; i < view.legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(view.legend->item(i)))
            texts << item->plottable()->name();
    }
    return texts;
}

/** Back to English for the next test. */
void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // Translations::install set the default locale to the language's.
    QLocale::setDefault(QLocale(QLocale::English));
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
    const QString figure = window.lessonGuide()->page(3).text;
    QVERIFY2(figure.contains(QStringLiteral("blau")), qPrintable(figure));
    QVERIFY(figure.contains(window.plotView()->style().pieceColor(0).name()));
    QVERIFY(!figure.contains(QStringLiteral("%1")));
    removeTranslators();
}

void TestTranslations::germanCatalogue()
{
    // The catalogue is built once, in English (here before the translator, as the command line
    // does); the chooser, the Function menu and the parameters' tooltips translate its texts.
    QVERIFY(!ActivationCatalog::families().empty());
    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    MainWindow window;
    const QComboBox *chooser = window.functionChooser()->comboBox();
    QCOMPARE(chooser->itemData(0).toString(), QStringLiteral("relu"));
    QCOMPARE(chooser->itemData(0, Qt::ToolTipRole).toString(),
             QStringLiteral("Rectified Linear Unit: 0 für x < 0, x für x > 0"));
    // Only the descriptions that are formulas read the same in both languages.
    const QStringList formulas { QStringLiteral("mish"), QStringLiteral("softsign"),
                                 QStringLiteral("logsigmoid") };
    for (const ActivationFamily &family : ActivationCatalog::families()) {
        const int index = chooser->findData(family.name);
        QVERIFY2(index >= 0, qPrintable(family.name));
        const QString tip = chooser->itemData(index, Qt::ToolTipRole).toString();
        QVERIFY2(!tip.isEmpty(), qPrintable(family.name));
        if (!formulas.contains(family.name))
            QVERIFY2(tip != family.description, qPrintable(tip));
    }
    const QList<QAction *> actions = window.findChildren<QAction *>();
    const auto leaky = std::find_if(actions.begin(), actions.end(), [](const QAction *action) {
        return action->text() == QLatin1String("leaky_relu") && action->isCheckable()
            && action->data().isNull();
    });
    QVERIFY(leaky != actions.end());
    QCOMPARE((*leaky)->statusTip(),
             QStringLiteral("Wie ReLU, mit einer kleinen Steigung für x < 0"));

    window.state()->switchTo(ActivationCatalog::create(QStringLiteral("leaky_relu")));
    const QDoubleSpinBox *slope = window.parameterPanel()->spinBox(0);
    QVERIFY(slope);
    QVERIFY2(slope->toolTip().startsWith(QStringLiteral("Die Steigung für x < 0, von 0 bis 1")),
             qPrintable(slope->toolTip()));
    removeTranslators();
}

void TestTranslations::germanLegendAndReadout()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    MainWindow window;
    PlotView *view = window.plotView();
    // ReLU: the pieces and the kink.
    QStringList legend = legendTexts(*view);
    QVERIFY2(legend.contains(QStringLiteral("f′(0) undefiniert, gesetzt auf 0")),
             qPrintable(legend.join(QLatin1String(" | "))));
    window.state()->setProbeX(0.0);
    QString readout = view->readout()->text();
    QVERIFY2(readout.contains(QStringLiteral("undefiniert")), qPrintable(readout));
    QVERIFY2(!readout.contains(QStringLiteral("undefined")), qPrintable(readout));

    // A jump: its legend entry and the readout on it.
    const auto jump = ExpressionActivation::parse(QStringLiteral("x + (x > 0)"));
    QVERIFY2(jump.activation, qPrintable(jump.error));
    window.state()->switchTo(jump.activation);
    legend = legendTexts(*view);
    QVERIFY2(legend.contains(QStringLiteral("Sprungstelle bei 0: f′(0) existiert nicht")),
             qPrintable(legend.join(QLatin1String(" | "))));
    window.state()->setProbeX(0.0);
    readout = view->readout()->text();
    QVERIFY2(readout.contains(QStringLiteral("Sprungstelle bei 0: f′(0) existiert nicht")),
             qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("von links")), qPrintable(readout));
    for (const QString &english : { QStringLiteral("does not exist"), QStringLiteral("jump"),
                                    QStringLiteral("from the"), QStringLiteral("undefined") }) {
        QVERIFY2(!readout.contains(english), qPrintable(readout));
        QVERIFY2(!legend.join(QLatin1Char(' ')).contains(english),
                 qPrintable(legend.join(QLatin1String(" | "))));
    }
    QCOMPARE(Breakpoint::summary(jump.activation->breakpoints(), true),
             QStringLiteral("1 Sprungstelle"));
    removeTranslators();
}

void TestTranslations::germanListing()
{
    // What --lang de --list-functions prints (tst_cli runs the program itself).
    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    const QString listing = ActivationCatalog::listing();
    QVERIFY2(listing.contains(QStringLiteral("Parameter: negative_slope=0.01 (0 bis 1)")),
             qPrintable(listing));
    QVERIFY(listing.contains(QStringLiteral("Knicke: −3, 3")));
    QVERIFY(listing.contains(QStringLiteral("Parameter: keine")));
    for (const QString &english :
         { QStringLiteral("parameters"), QStringLiteral("kinks"), QStringLiteral("jumps"),
           QStringLiteral(": none"), QStringLiteral(" to ") })
        QVERIFY2(!listing.contains(english), qPrintable(english));
    removeTranslators();
}

void TestTranslations::frenchWritesADecimalComma()
{
    QVERIFY(Translations::install(*qApp, QStringLiteral("fr")));
    MainWindow window;
    QVERIFY(menuTitles(window).contains(QStringLiteral("Fichier")));
    window.state()->setConvention(DerivativeConvention::Average);
    window.state()->setProbeX(0.0);
    // relu at 0 under the average convention: f′ = (0 + 1)/2, a half.
    const QString readout = window.plotView()->readout()->text();
    QVERIFY2(readout.contains(QStringLiteral("0,5")), qPrintable(readout));
    QVERIFY2(!readout.contains(QStringLiteral("0.5")), qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("x = 0,00")), qPrintable(readout));
    removeTranslators();
    QVERIFY(!Translations::install(*qApp, QStringLiteral("xx")));
    removeTranslators();
}

void TestTranslations::numbersFollowTheLanguage_data()
{
    // The probe at −1.5: the readout's x with two decimals, its tick labels, the h box's 0.5.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("h");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("x = −1,50")
                            << QStringLiteral("0,5");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("x = −1,50")
                            << QStringLiteral("0,5");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("x = −1.50")
                             << QStringLiteral("0.5");
}

void TestTranslations::numbersFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, position);
    QFETCH(QString, h);
    // Whatever the test's own locale: --lang decides.
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::German)
                                                        : QLocale(QLocale::English));
    QVERIFY(Translations::install(*qApp, language));
    MainWindow window;
    window.state()->setSecantH(0.5);
    window.state()->setProbeX(-1.5);
    window.plotView()->replot();
    const QString readout = window.plotView()->readout()->text();
    QVERIFY2(readout.contains(position), qPrintable(readout));
    const QList<QDoubleSpinBox *> boxes = window.findChildren<QDoubleSpinBox *>();
    QVERIFY(std::any_of(boxes.begin(), boxes.end(),
                        [&](const QDoubleSpinBox *box) { return box->text() == h; }));
    const QVector<QString> ticks
        = window.plotView()->functionRect()->axis(QCPAxis::atBottom)->tickVectorLabels();
    for (const QString &tick : ticks)
        QVERIFY2(!tick.contains(QLatin1Char('-')), qPrintable(tick));
    QVERIFY(std::any_of(ticks.begin(), ticks.end(),
                        [](const QString &tick) { return tick.startsWith(QStringLiteral("−")); }));
    removeTranslators();
}

void TestTranslations::englishPlurals()
{
    // Without a translation, "%n kink(s)" says "1 kink(s)"; English has its plural forms.
    const auto twoKinksAndAJump
        = ExpressionActivation::parse(QStringLiteral("relu(x) + relu(x - 1) + (x > 2)"));
    QVERIFY2(twoKinksAndAJump.activation, qPrintable(twoKinksAndAJump.error));
    const auto oneKink = ExpressionActivation::parse(QStringLiteral("abs(x)"));
    QVERIFY(oneKink.activation);
    for (const QString &language :
         { QStringLiteral("en"), QStringLiteral("en_GB"), QStringLiteral("xx") }) {
        Translations::install(*qApp, language);
        QCOMPARE(Breakpoint::summary(twoKinksAndAJump.activation->breakpoints(), true),
                 QStringLiteral("2 kinks, 1 jump"));
        QCOMPARE(Breakpoint::summary(oneKink.activation->breakpoints(), true),
                 QStringLiteral("1 kink"));
        QString error;
        const ActivationFamily *leaky = ActivationCatalog::find(QStringLiteral("leaky_relu"));
        QVERIFY(leaky);
        QVERIFY(!ActivationCatalog::create(*leaky, { 0.1, 0.2 }, &error));
        QCOMPARE(error, QStringLiteral("leaky_relu takes 1 parameter"));
        removeTranslators();
    }
    // The English texts themselves stay the source's.
    Translations::install(*qApp, QStringLiteral("en"));
    MainWindow window;
    QVERIFY(menuTitles(window).contains(QStringLiteral("File")));
    window.state()->setProbeX(0.0);
    QVERIFY(window.plotView()->readout()->text().contains(QStringLiteral("undefined")));
    removeTranslators();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
