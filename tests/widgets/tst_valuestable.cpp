// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "valuestable.h"
#include "valuestablemodel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    void gridAndSamplePoints();

private:
    static QStringList column(const ValuesTableModel &model, int column);
};

QStringList TestValuesTable::column(const ValuesTableModel &model, int column)
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

QTEST_MAIN(TestValuesTable)
#include "tst_valuestable.moc"
