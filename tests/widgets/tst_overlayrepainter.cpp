// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overlayrepainter.h"

#include <QTest>
#include <qcustomplot.h>

/**
 * The partial repaint on a plain QCustomPlot: its layers, its footprint, and when only a full
 * replot will do. Zero margins and axis ranges equal to the pixel ranges make coordinates pixels.
 */
class TestOverlayRepainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layersInOrder();
    void footprintCoversTheMarkerOnly();
    void repaintsOnlyWithBuffers();
};

namespace {

struct Plot
{
    Plot()
    {
        plot.resize(400, 300);
        plot.setViewport(plot.rect()); // hidden, it gets no resize event to set it
        plot.axisRect()->setAutoMargins(QCP::msNone);
        plot.axisRect()->setMargins(QMargins());
        plot.xAxis->setRange(0, 400);
        plot.yAxis->setRange(0, 300);
        plot.yAxis->setRangeReversed(true);
        marker = new QCPItemTracer(&plot);
        marker->setLayer(repainter.overlayLayer());
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(20);
        marker->position->setCoords(100, 100);
    }

    QCustomPlot plot;
    OverlayRepainter repainter { &plot };
    QCPItemTracer *marker;
};

} // namespace

void TestOverlayRepainter::layersInOrder()
{
    Plot p;
    QCPLayer *tangent = p.repainter.tangentLayer();
    QCPLayer *probe = p.repainter.overlayLayer();
    QCOMPARE(tangent->mode(), QCPLayer::lmBuffered);
    QCOMPARE(probe->mode(), QCPLayer::lmBuffered);
    QVERIFY(tangent->index() < p.plot.layer(QStringLiteral("main"))->index());
    QCOMPARE(probe->index(), p.plot.layerCount() - 1); // above everything
    QCOMPARE(p.plot.layer(QStringLiteral("overlay"))->mode(), QCPLayer::lmLogical);
    QCPLayer *below = OverlayRepainter::insertLayer(&p.plot, QStringLiteral("below"),
                                                    QStringLiteral("main"), false);
    QCOMPARE(below->index() + 1, p.plot.layer(QStringLiteral("main"))->index());
    QCOMPARE(below->mode(), QCPLayer::lmLogical);
}

void TestOverlayRepainter::footprintCoversTheMarkerOnly()
{
    Plot p;
    p.plot.replot();
    const QRegion footprint = p.repainter.footprint();
    QVERIFY(footprint.contains(QPoint(100, 100)));
    QVERIFY(footprint.contains(QPoint(110, 100))); // its ring
    QVERIFY(!footprint.contains(QPoint(300, 200)));
    QVERIFY(footprint.boundingRect().width() < 60);
    p.marker->setVisible(false);
    QVERIFY(p.repainter.footprint().isEmpty());
}

void TestOverlayRepainter::repaintsOnlyWithBuffers()
{
    Plot p;
    QVERIFY(!p.repainter.repaint()); // no buffers before the first replot
    p.plot.replot();
    p.marker->position->setCoords(200, 150);
    QVERIFY(p.repainter.repaint());
    p.plot.replot(QCustomPlot::rpQueuedReplot);
    QVERIFY(!p.repainter.repaint()); // a full replot is coming anyway
}

QTEST_MAIN(TestOverlayRepainter)
#include "tst_overlayrepainter.moc"
