// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "expressioneditor.h"
#include "plotstyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

/** The expression box: typing applies valid input, and bad input keeps the previous function. */
class TestExpressionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingApplies();
    void badInputKeepsThePreviousFunction_data();
    void badInputKeepsThePreviousFunction();
    void enterFitsTheView();
    void errorInTheThemesColour();
};

void TestExpressionEditor::typingApplies()
{
    ExplorerState state;
    ExpressionEditor editor(&state);
    QTest::keyClicks(editor.lineEdit(), QStringLiteral("abs(x-1)"));
    QTRY_VERIFY_WITH_TIMEOUT(state.activation().isExpression(), 3 * ExpressionEditor::typingPause);
    QCOMPARE(state.activation().specification(), QStringLiteral("abs(x-1)"));
    QCOMPARE(state.activation().kinks().size(), std::size_t(1));
    QVERIFY(editor.statusLabel()->text().contains(QLatin1String("from the formula")));
    QVERIFY(editor.statusLabel()->text().contains(QLatin1String("1 kink")));
    QVERIFY(!editor.hasError());
}

void TestExpressionEditor::badInputKeepsThePreviousFunction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax error") << QStringLiteral("max(0,,x)")
                                  << QStringLiteral("unexpected comma at character 7");
    QTest::newRow("unknown function")
        << QStringLiteral("foo(x)*2") << QStringLiteral("unknown function 'foo'");
    QTest::newRow("unclosed") << QStringLiteral("max(0, x") << QStringLiteral("parenthesis");
    QTest::newRow("NaN everywhere")
        << QStringLiteral("sqrt(-1-x^2)") << QStringLiteral("not a real number");
    QTest::newRow("emptied") << QString() << QStringLiteral("enter f(x)");
}

void TestExpressionEditor::badInputKeepsThePreviousFunction()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    ExplorerState state;
    ExpressionEditor editor(&state);
    editor.lineEdit()->setText(QStringLiteral("x^2"));
    QVERIFY(editor.applyNow(false));
    const auto before = state.sharedActivation();
    editor.lineEdit()->setText(text);
    QVERIFY(!editor.applyNow(false));
    QVERIFY(editor.hasError());
    QVERIFY(state.sharedActivation() == before); // the previous function stays on screen
    QVERIFY2(editor.statusLabel()->text().contains(message),
             qPrintable(editor.statusLabel()->text()));
    QCOMPARE(editor.lineEdit()->text(), text); // nothing the user typed is lost
}

void TestExpressionEditor::enterFitsTheView()
{
    ExplorerState state;
    ExpressionEditor editor(&state);
    editor.lineEdit()->setFocus();
    QTest::keyClicks(editor.lineEdit(), QStringLiteral("-x^2"));
    QTest::keyClick(editor.lineEdit(), Qt::Key_Return);
    QCOMPARE(state.activation().specification(), QStringLiteral("-x^2"));
    QVERIFY(state.yRange().lower <= -19); // -(4.4²) ≈ -19.4 is in view
}

void TestExpressionEditor::errorInTheThemesColour()
{
    ExplorerState state;
    ExpressionEditor editor(&state);
    editor.lineEdit()->setText(QStringLiteral("max(0,,x)"));
    QVERIFY(!editor.applyNow(false));
    const QString light = PlotStyle::light().error.name();
    QVERIFY(editor.statusLabel()->styleSheet().contains(light));
    QVERIFY(editor.lineEdit()->styleSheet().contains(light));
    // A theme switched while the error shows recolours it.
    editor.setPlotStyle(PlotStyle::dark());
    const QString dark = PlotStyle::dark().error.name();
    QVERIFY(editor.statusLabel()->styleSheet().contains(dark));
    QVERIFY(editor.lineEdit()->styleSheet().contains(dark));
    editor.lineEdit()->setText(QStringLiteral("max(0, x)"));
    QVERIFY(editor.applyNow(false));
    QVERIFY(editor.statusLabel()->styleSheet().isEmpty());
}

QTEST_MAIN(TestExpressionEditor)
#include "tst_expressioneditor.moc"
