// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "functionchooser.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

/** Choosing a function: the combo box, its search filter, and following the state. */
class TestFunctionChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryFunction();
    void choosingSwitchesAndFits();
    void searchFilters_data();
    void searchFilters();
    void enterPicksTheFirstMatch();
    void expressionEntry();
};

void TestFunctionChooser::listsEveryFunction()
{
    ExplorerState state;
    FunctionChooser chooser(&state);
    QCOMPARE(chooser.comboBox()->count(), 18 + 1);
    QCOMPARE(chooser.comboBox()->currentText(), QStringLiteral("relu"));
    QVERIFY(!chooser.comboBox()->itemData(1, Qt::ToolTipRole).toString().isEmpty());
}

void TestFunctionChooser::choosingSwitchesAndFits()
{
    ExplorerState state;
    FunctionChooser chooser(&state);
    const int index = chooser.comboBox()->findText(QStringLiteral("logsigmoid"));
    chooser.comboBox()->setCurrentIndex(index);
    Q_EMIT chooser.comboBox()->activated(index);
    QCOMPARE(state.activation().name(), QStringLiteral("logsigmoid"));
    QVERIFY(state.yRange().lower <= -5); // logsigmoid(-4.4) ≈ -4.41 is in view
    // The state changes from elsewhere: the combo box follows.
    state.switchTo(ActivationCatalog::create(QStringLiteral("relu6")));
    QCOMPARE(chooser.comboBox()->currentText(), QStringLiteral("relu6"));
    QVERIFY(state.xRange().upper >= 7.4); // the kink at 6 is in view
}

void TestFunctionChooser::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("relu") << QStringLiteral("relu")
                          << QStringList { QStringLiteral("relu"), QStringLiteral("leaky_relu"),
                                           QStringLiteral("relu6") };
    QTest::newRow("case-insensitive")
        << QStringLiteral("SIG")
        << QStringList { QStringLiteral("sigmoid"), QStringLiteral("hardsigmoid"),
                         QStringLiteral("softsign"), QStringLiteral("logsigmoid") };
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList {};
    QTest::newRow("empty shows all") << QString() << QStringList {};
}

void TestFunctionChooser::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    ExplorerState state;
    FunctionChooser chooser(&state);
    QTest::keyClicks(chooser.searchBox(), text);
    if (text.isEmpty())
        QCOMPARE(chooser.visibleNames().size(), 19);
    else
        QCOMPARE(chooser.visibleNames(), names);
}

void TestFunctionChooser::enterPicksTheFirstMatch()
{
    ExplorerState state;
    FunctionChooser chooser(&state);
    QTest::keyClicks(chooser.searchBox(), QStringLiteral("swish"));
    QTest::keyClick(chooser.searchBox(), Qt::Key_Return);
    QCOMPARE(state.activation().name(), QStringLiteral("hardswish"));
}

void TestFunctionChooser::expressionEntry()
{
    ExplorerState state;
    FunctionChooser chooser(&state);
    QSignalSpy requested(&chooser, &FunctionChooser::expressionRequested);
    const int last = chooser.comboBox()->count() - 1;
    Q_EMIT chooser.comboBox()->activated(last);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(state.activation().name(), QStringLiteral("relu")); // unchanged until one is typed
}

QTEST_MAIN(TestFunctionChooser)
#include "tst_functionchooser.moc"
