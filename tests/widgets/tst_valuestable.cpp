// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "quotienttable.h"
#include "quotienttablemodel.h"
#include "valuestable.h"
#include "valuestablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

/** The notebook's values table: its numbers, the probe's row, clicking a row, the grid. */
class TestValuesTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notebookNumbers();
    void conventionAtTheKink();
    void probeRowIsHighlighted();
    void clickingARowMovesTheProbe();
    void theProbeMovesNoCurrentCellWithoutFocus();
    void gridAndSamplePoints();
    void quotientsGrowAsHIsHalved();
    void quotientsOfGelu();
    void quotientsAreCopiedAsCsv();

private:
    static QStringList column(const ValuesTableModel &model, int column);
    static QStringList column(const QuotientTableModel &model, int column);
};

QStringList TestValuesTable::column(const ValuesTableModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.data(model.index(row, column)).toString();
    return cells;
}

QStringList TestValuesTable::column(const QuotientTableModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.data(model.index(row, column)).toString();
    return cells;
}

void TestValuesTable::notebookNumbers()
{
    ExplorerState state;
    ValuesTableModel model(&state);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(ValuesTableModel::Left, Qt::Horizontal).toString(),
             QStringLiteral("f′₋(x)"));
    // X = arange(-4, 5, 1); f(X) = [0 0 0 0 0 1 2 3 4].
    QCOMPARE(column(model, ValuesTableModel::X).join(QLatin1Char(' ')),
             QStringLiteral("−4 −3 −2 −1 0 1 2 3 4"));
    QCOMPARE(column(model, ValuesTableModel::F).join(QLatin1Char(' ')),
             QStringLiteral("0 0 0 0 0 1 2 3 4"));
    QCOMPARE(column(model, ValuesTableModel::Derivative).join(QLatin1Char(' ')),
             QStringLiteral("0 0 0 0 0 1 1 1 1"));
    QCOMPARE(column(model, ValuesTableModel::Right).join(QLatin1Char(' ')),
             QStringLiteral("0 0 0 0 1 1 1 1 1"));
    // The exact double is in the tooltip.
    QCOMPARE(model.data(model.index(5, ValuesTableModel::F), Qt::ToolTipRole).toString(),
             QStringLiteral("1"));
}

void TestValuesTable::conventionAtTheKink()
{
    ExplorerState state;
    ValuesTableModel model(&state);
    state.setConvention(DerivativeConvention::Average);
    QCOMPARE(model.data(model.index(4, ValuesTableModel::Derivative)).toString(),
             QStringLiteral("0.5"));
    state.setConvention(DerivativeConvention::Undefined);
    QCOMPARE(model.data(model.index(4, ValuesTableModel::Derivative)).toString(),
             QStringLiteral("undefined"));
    state.setActivation(ActivationCatalog::create(QStringLiteral("abs")));
    QCOMPARE(model.data(model.index(0, ValuesTableModel::F)).toString(), QStringLiteral("4"));
}

void TestValuesTable::probeRowIsHighlighted()
{
    ExplorerState state;
    ValuesTable table(&state);
    QCOMPARE(table.model()->probeRow(), 6); // x = 2
    QVERIFY(table.view()->selectionModel()->isRowSelected(6, {}));
    state.setProbeX(-2.3);
    QCOMPARE(table.model()->probeRow(), 2); // x = -2 is within half a step
    QVERIFY(table.view()->selectionModel()->isRowSelected(2, {}));
    state.setProbeX(10.0);
    QCOMPARE(table.model()->probeRow(), -1);
    QVERIFY(!table.view()->selectionModel()->hasSelection());
}

void TestValuesTable::clickingARowMovesTheProbe()
{
    ExplorerState state;
    ValuesTable table(&state);
    table.resize(500, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QRect cell = table.view()->visualRect(table.model()->index(4, 1));
    QTest::mouseClick(table.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(state.probeX(), 0.0);
    QVERIFY(state.probeKink());
    QVERIFY(table.view()->selectionModel()->isRowSelected(4, {}));
}

void TestValuesTable::theProbeMovesNoCurrentCellWithoutFocus()
{
    // The probe's row is selected; the current cell, which Qt announces to a screen reader as
    // focused, moves only while the table has the focus (Orca left the plot for it otherwise).
    ExplorerState state;
    ValuesTable table(&state);
    QLineEdit elsewhere;
    elsewhere.show();
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    elsewhere.activateWindow();
    elsewhere.setFocus();
    const QModelIndex before = table.view()->currentIndex();
    state.setProbeX(1.0); // the grid's x = 1, row 5 of −4 … 4
    QVERIFY(table.view()->selectionModel()->isRowSelected(5, {}));
    QCOMPARE(table.view()->currentIndex(), before);
    table.activateWindow();
    table.view()->setFocus();
    QTRY_VERIFY(table.view()->hasFocus());
    state.setProbeX(2.0);
    QVERIFY(table.view()->selectionModel()->isRowSelected(6, {}));
    QCOMPARE(table.view()->currentIndex().row(), 6);
}

void TestValuesTable::gridAndSamplePoints()
{
    ExplorerState state;
    ValuesTable table(&state);
    table.stepBox()->setValue(0.5);
    QCOMPARE(state.sampleGrid().step, 0.5);
    QCOMPARE(table.model()->rowCount(), 17);
    table.fromBox()->setValue(5.0); // from > to: refused, nothing changes
    QCOMPARE(state.sampleGrid().from, -4.0);
    QVERIFY(!table.toolTip().isEmpty());
    table.samplePointsBox()->setChecked(true);
    QVERIFY(state.areSamplePointsVisible());
    state.setSamplePointsVisible(false);
    QVERIFY(!table.samplePointsBox()->isChecked());
}

void TestValuesTable::quotientsGrowAsHIsHalved()
{
    // ReLU at its kink: q(−h) = 0, q(+h) = 1 and the central quotient 1/2 for every h, so the
    // table's columns never meet.
    ExplorerState state;
    state.setProbeX(0.0);
    state.setSecantH(0.25);
    ValuesTable table(&state);
    QCOMPARE(table.pages()->count(), 2);
    const QuotientTableModel &model = *table.quotients()->model();
    QCOMPARE(column(model, QuotientTableModel::H).join(QLatin1Char(' ')),
             QStringLiteral("1 0.5 0.25"));
    QCOMPARE(column(model, QuotientTableModel::Left).join(QLatin1Char(' ')),
             QStringLiteral("0 0 0"));
    QCOMPARE(column(model, QuotientTableModel::Right).join(QLatin1Char(' ')),
             QStringLiteral("1 1 1"));
    QCOMPARE(column(model, QuotientTableModel::Central).join(QLatin1Char(' ')),
             QStringLiteral("0.5 0.5 0.5"));
    QVERIFY(table.quotients()->caption()->text().contains(QStringLiteral("x = 0")));

    // Halving adds one row at the bottom and resets nothing.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    state.halveSecantH();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(3, QuotientTableModel::H), Qt::UserRole).toDouble(), 0.125);
    QVERIFY(model.data(model.index(3, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(2, 0), Qt::FontRole).isValid());

    // Elsewhere on ReLU every quotient is the slope of the piece, until h reaches the kink:
    // at x = 2, q(−h) = 1 for h ≤ 2.
    state.setProbeX(2.0);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(column(model, QuotientTableModel::Left).join(QLatin1Char(' ')),
             QStringLiteral("1 1 1 1"));
    // At x = 0.5, h = 1 reaches past the kink: (relu(−0.5) − relu(0.5)) / (−1) = 0.5.
    state.setProbeX(0.5);
    QCOMPARE(model.data(model.index(0, QuotientTableModel::Left)).toString(),
             QStringLiteral("0.5"));
    QCOMPARE(model.data(model.index(1, QuotientTableModel::Left)).toString(), QStringLiteral("1"));
}

void TestValuesTable::quotientsOfGelu()
{
    // gelu(x) = x·Φ(x), so q(+h) = Φ(h), q(−h) = Φ(−h) and the central quotient is
    // (Φ(h) + Φ(−h)) / 2 = 1/2: both sides approach f′(0) = 1/2. Φ(±1) from mpmath's ncdf.
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("gelu")));
    state.setProbeX(0.0);
    state.setSecantH(1.0 / 1024);
    QuotientTableModel model(&state);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.data(model.index(0, QuotientTableModel::Left)).toString(),
             QStringLiteral("0.158655"));
    QCOMPARE(model.data(model.index(0, QuotientTableModel::Right)).toString(),
             QStringLiteral("0.841345"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, QuotientTableModel::Central)).toString(),
                 QStringLiteral("0.5"));
    // Φ(±2⁻¹⁰) = 1/2 ± 2⁻¹⁰/√(2π) + O(2⁻³⁰): 0.499610 and 0.500390 to six digits.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.data(model.index(last, QuotientTableModel::Left)).toString(),
             QStringLiteral("0.49961"));
    QCOMPARE(model.data(model.index(last, QuotientTableModel::Right)).toString(),
             QStringLiteral("0.50039"));
}

void TestValuesTable::quotientsAreCopiedAsCsv()
{
    ExplorerState state;
    state.setProbeX(0.0);
    state.setSecantH(0.5);
    QuotientTable table(&state);
    table.resize(400, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QString csv = QStringLiteral("h,q_left,q_right,central\n1,0,1,0.5\n0.5,0,1,0.5\n");
    QApplication::clipboard()->clear();
    QTest::mouseClick(table.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), csv);
    // Ctrl+C in the table copies it too.
    QApplication::clipboard()->clear();
    table.view()->setFocus();
    QTest::keyClick(table.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), csv);
}

QTEST_MAIN(TestValuesTable)
#include "tst_valuestable.moc"
