// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "axisticker.h"
#include "explorerstate.h"
#include "plotview.h"

#include <QLocale>
#include <QTest>

#include <memory>

/**
 * The ticks read as the readout does: the UI language's decimal separator ("−0,5" in German) and
 * a true minus sign, on every axis of the plot; the positions stay QCustomPlot's.
 */
class TestAxisTicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void labels_data();
    void labels();
    void plotAxesInGerman_data();
    void plotAxesInGerman();
};

namespace {

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '));
}

} // namespace

void TestAxisTicker::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestAxisTicker::labels_data()
{
    // QCustomPlot's ticks for [−1, 1] with its 5 ticks are a step of 0.5 (its readable steps are
    // 1, 2, 2.5, 5 times a power of ten, and 2/5 = 0.4 rounds up to 0.5); the labels by hand.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("German, halves")
        << QStringLiteral("de_DE") << -1.0 << 1.0 << words(QStringLiteral("−1 −0,5 0 0,5 1"));
    QTest::newRow("French, halves")
        << QStringLiteral("fr_FR") << -1.0 << 1.0 << words(QStringLiteral("−1 −0,5 0 0,5 1"));
    QTest::newRow("English, halves")
        << QStringLiteral("en_US") << -1.0 << 1.0 << words(QStringLiteral("−1 −0.5 0 0.5 1"));
    // [−5000, 5000]: steps of 2000; no group separator ("4.000" would read as 4 in English).
    QTest::newRow("German, thousands") << QStringLiteral("de_DE") << -5000.0 << 5000.0
                                       << words(QStringLiteral("−4000 −2000 0 2000 4000"));
}

void TestAxisTicker::labels()
{
    QFETCH(QString, locale);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(QStringList, labels);
    QLocale::setDefault(QLocale(locale));
    ReaderAxisTicker ticker;
    QVector<double> ticks;
    QVector<QString> written;
    // The plot's locale (C here) does not matter: the default one does.
    ticker.generate(QCPRange(lower, upper), QLocale::c(), QLatin1Char('g'), 6, ticks, nullptr,
                    &written);
    QCOMPARE(QStringList(written.begin(), written.end()), labels);
}

void TestAxisTicker::plotAxesInGerman_data()
{
    QTest::addColumn<int>("rectIndex");
    QTest::addColumn<int>("axisType");
    QTest::newRow("f's x axis") << 0 << int(QCPAxis::atBottom);
    QTest::newRow("f's y axis") << 0 << int(QCPAxis::atLeft);
    QTest::newRow("f′'s x axis") << 1 << int(QCPAxis::atBottom);
    QTest::newRow("f′'s y axis") << 1 << int(QCPAxis::atLeft);
    QTest::newRow("the quotients' h axis") << 2 << int(QCPAxis::atBottom);
    QTest::newRow("the quotients' q axis") << 2 << int(QCPAxis::atLeft);
}

void TestAxisTicker::plotAxesInGerman()
{
    QFETCH(int, rectIndex);
    QFETCH(int, axisType);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ExplorerState state;
    state.setDerivativePanelVisible(true);
    state.setQuotientPanelVisible(true);
    PlotView view(&state);
    view.setFixedSize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Ranges with negative, fractional ticks on each axis.
    QCPAxisRect *rects[] = { view.functionRect(), view.derivativeRect(), view.quotientRect() };
    QCPAxis *axis = rects[rectIndex]->axis(QCPAxis::AxisType(axisType));
    axis->setRange(-1.0, 1.0);
    view.replot();
    const QVector<QString> labels = axis->tickVectorLabels();
    const QString all = QStringList(labels.begin(), labels.end()).join(QLatin1Char(' '));
    // The fitted q axis keeps its own range, of positive halves; the others show [−1, 1].
    QVERIFY2(all.contains(rectIndex == 2 && axisType == QCPAxis::atLeft ? QStringLiteral("0,5")
                                                                        : QStringLiteral("−0,5")),
             qPrintable(all));
    for (const QString &label : labels) {
        QVERIFY2(!label.contains(QLatin1Char('-')), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(label));
    }
}

QTEST_MAIN(TestAxisTicker)
#include "tst_axisticker.moc"
