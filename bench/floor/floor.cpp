// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_floor: the notebook's Figure 2 drawn with QCustomPlot alone and saved as a 700x700 PNG:
// the least any Qt program must do for that picture. `relu-explorer --export` is measured
// against it.

#include <QApplication>
#include <qcustomplot.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("floor.png");

    QCustomPlot plot;
    QCPGraph *negative = plot.addGraph();
    negative->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 3));
    negative->setData({ -4.4, 0 }, { 0, 0 });
    negative->setName(QStringLiteral("f'(x) = 0"));
    QCPGraph *positive = plot.addGraph();
    positive->setPen(QPen(QColor(0x00, 0x80, 0x00), 3));
    positive->setData({ 0, 4.4 }, { 0, 4.4 });
    positive->setName(QStringLiteral("f'(x) = 1"));
    QCPGraph *kink = plot.addGraph();
    kink->setLineStyle(QCPGraph::lsNone);
    kink->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::red, Qt::red, 12));
    kink->setData({ 0 }, { 0 });
    kink->setName(QStringLiteral("f'(0) undefined, set to 0"));
    plot.xAxis->setRange(-4.4, 4.4);
    plot.yAxis->setRange(-1, 5);
    QFont big;
    big.setPointSize(20);
    plot.xAxis->setLabel(QStringLiteral("x"));
    plot.yAxis->setLabel(QStringLiteral("f(x)"));
    plot.xAxis->setLabelFont(big);
    plot.yAxis->setLabelFont(big);
    plot.legend->setVisible(true);
    return plot.savePng(path, 700, 700) ? 0 : 1;
}
