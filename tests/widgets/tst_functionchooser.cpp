// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "functionchooser.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
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
    void typedThenEnter_data();
    void typedThenEnter();
    void arrowsThenEnter();
    void escapeGivesUp();
    void aPickClearsTheFilter();
    void expressionEntry();
};

namespace {

/** A chooser in a shown, active window, with the keys in its search box. */
struct ShownChooser
{
    ExplorerState state;
    QWidget window;
    QLineEdit *plot = new QLineEdit(&window); // stands in for the plot, which takes the focus back
    FunctionChooser *chooser = new FunctionChooser(&state, &window);

    ShownChooser()
    {
        chooser->move(0, 40);
        QObject::connect(chooser, &FunctionChooser::finished, plot,
                         qOverload<>(&QWidget::setFocus));
        window.resize(400, 200);
        window.show();
        window.activateWindow();
    }
    bool ready()
    {
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        chooser->searchBox()->setFocus();
        return chooser->searchBox()->hasFocus();
    }
};

/** Where the window system would deliver a key: the open list if there is one, else the focus. */
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(keyTarget(), QString(c));
}

void press(Qt::Key key)
{
    QTest::keyClick(keyTarget(), key);
}

} // namespace

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
    // Best first: the same name, then those starting with it, then those containing it.
    QTest::newRow("relu") << QStringLiteral("relu")
                          << QStringList { QStringLiteral("relu"), QStringLiteral("relu6"),
                                           QStringLiteral("leaky_relu") };
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

void TestFunctionChooser::typedThenEnter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("chosen");
    // The walkthrough's two: "r" picked elu, "gel" picked logsigmoid.
    QTest::newRow("r") << QStringLiteral("r") << QStringLiteral("relu");
    QTest::newRow("gel") << QStringLiteral("gel") << QStringLiteral("gelu");
    QTest::newRow("relu") << QStringLiteral("relu") << QStringLiteral("relu");
    QTest::newRow("relu6") << QStringLiteral("relu6") << QStringLiteral("relu6");
    QTest::newRow("sig") << QStringLiteral("sig") << QStringLiteral("sigmoid");
    QTest::newRow("exact beats contained") << QStringLiteral("tanh") << QStringLiteral("tanh");
    QTest::newRow("exact, any case") << QStringLiteral("ELU") << QStringLiteral("elu");
    QTest::newRow("prefix beats contained") << QStringLiteral("hard") << QStringLiteral("hardtanh");
    QTest::newRow("contained") << QStringLiteral("swish") << QStringLiteral("hardswish");
    QTest::newRow("leaky") << QStringLiteral("leaky") << QStringLiteral("leaky_relu");
}

void TestFunctionChooser::typedThenEnter()
{
    QFETCH(QString, typed);
    QFETCH(QString, chosen);
    ShownChooser shown;
    QVERIFY(shown.ready());
    QLineEdit *search = shown.chooser->searchBox();
    type(typed);
    // The text stays as typed, and the list shows the matches.
    QCOMPARE(search->text(), typed);
    QVERIFY(shown.chooser->completer()->popup()->isVisible());
    QCOMPARE(shown.chooser->completer()->popup()->model()->rowCount(),
             int(shown.chooser->visibleNames().size()));
    QCOMPARE(shown.chooser->visibleNames().value(0), chosen);
    press(Qt::Key_Return);
    QCOMPARE(shown.state.activation().name(), chosen);
    QCOMPARE(shown.chooser->comboBox()->currentText(), chosen);
    QVERIFY(!shown.chooser->completer()->popup()->isVisible());
    QVERIFY(shown.plot->hasFocus());
}

void TestFunctionChooser::arrowsThenEnter()
{
    ShownChooser shown;
    QVERIFY(shown.ready());
    type(QStringLiteral("relu"));
    press(Qt::Key_Down); // from relu to relu6
    QCOMPARE(shown.chooser->searchBox()->text(), QStringLiteral("relu"));
    press(Qt::Key_Return);
    QCOMPARE(shown.state.activation().name(), QStringLiteral("relu6"));
}

void TestFunctionChooser::escapeGivesUp()
{
    ShownChooser shown;
    QVERIFY(shown.ready());
    type(QStringLiteral("gel"));
    QVERIFY(shown.chooser->completer()->popup()->isVisible());
    press(Qt::Key_Escape);
    QCOMPARE(shown.state.activation().name(), QStringLiteral("relu"));
    QVERIFY(!shown.chooser->completer()->popup()->isVisible());
    QVERIFY(shown.chooser->searchBox()->text().isEmpty());
    QVERIFY(shown.plot->hasFocus());
    // Esc in the box with nothing typed hands the keys back too.
    shown.chooser->searchBox()->setFocus();
    press(Qt::Key_Escape);
    QVERIFY(shown.plot->hasFocus());
}

void TestFunctionChooser::aPickClearsTheFilter()
{
    ShownChooser shown;
    QVERIFY(shown.ready());
    type(QStringLiteral("sig"));
    press(Qt::Key_Return);
    QCOMPARE(shown.state.activation().name(), QStringLiteral("sigmoid"));
    // The next search starts afresh: no old filter, every function listed.
    QVERIFY(shown.chooser->searchBox()->text().isEmpty());
    QCOMPARE(shown.chooser->visibleNames().size(), 19);
    shown.chooser->searchBox()->setFocus();
    type(QStringLiteral("r"));
    press(Qt::Key_Return);
    QCOMPARE(shown.state.activation().name(), QStringLiteral("relu"));
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
