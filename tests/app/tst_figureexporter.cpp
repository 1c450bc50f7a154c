// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "figureexporter.h"
#include "filesizelimit.h"
#include "pixels.h"
#include "plotstyle.h"
#include "plotview.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/** Writing the figure: each format, its size, and never a partial file. */
class TestFigureExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void pngSizeAndColours();
    void kinkDotIsRinged_data();
    void kinkDotIsRinged();
    void vectorTextInProportion();
    void theGraphIsDescribedInWords();
    void failureLeavesNothing();
    void failureKeepsThePreviousFile();

private:
    QTemporaryDir m_dir;
    ExplorerState m_state;
};

void TestFigureExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestFigureExporter::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("figure.png") << QByteArray("\x89PNG");
    QTest::newRow("pdf") << QStringLiteral("figure.pdf") << QByteArray("%PDF");
    QTest::newRow("svg") << QStringLiteral("figure.svg") << QByteArray("<?xml");
    QTest::newRow("upper-case extension") << QStringLiteral("FIGURE.PNG") << QByteArray("\x89PNG");
}

void TestFigureExporter::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    PlotView view(&m_state);
    const QString path = m_dir.filePath(name);
    const QString error = FigureExporter::write(view, path, QSize(640, 480));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith(magic));
    if (name.endsWith(QLatin1String(".svg"))) {
        // Vector: the curve is a polyline, and the legend is text, not pixels.
        QVERIFY(content.contains("<polyline"));
        QVERIFY(content.contains("<text"));
        QVERIFY(content.contains("undefined, set to 0"));
        QVERIFY(!content.contains("<image"));
    }
}

void TestFigureExporter::pngSizeAndColours()
{
    PlotView view(&m_state);
    const QString path = m_dir.filePath(QStringLiteral("colours.png"));
    QVERIFY(FigureExporter::write(view, path, QSize(700, 700)).isEmpty());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(700, 700));
    const QString problem = Pixels::checkReluColours(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString doubled = m_dir.filePath(QStringLiteral("doubled.png"));
    QVERIFY(FigureExporter::write(view, doubled, QSize(300, 200), 2.0).isEmpty());
    QCOMPARE(QImage(doubled).size(), QSize(600, 400));
}

void TestFigureExporter::theGraphIsDescribedInWords()
{
    // For a reader who cannot see the figure: SVG's <title> and <desc>, PNG's Description. relu's
    // kink at 0 has slopes 0 and 1 on its sides, and PyTorch's relu′(0) is 0.
    ExplorerState state;
    state.setProbeX(0.0);
    PlotView view(&state);
    const QString kink = QStringLiteral("Kink at x = 0, f of 0 = 0: slope 0 from the left, 1 "
                                        "from the right; PyTorch uses 0.");
    const QString svgPath = m_dir.filePath(QStringLiteral("described.svg"));
    QVERIFY(FigureExporter::write(view, svgPath, QSize(640, 480)).isEmpty());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("<title>ReLU Explorer figure</title>")));
    const QRegularExpression desc(QStringLiteral("<desc>([^<]*)</desc>"));
    const QRegularExpressionMatch match = desc.match(svg);
    QVERIFY(match.hasMatch());
    QVERIFY2(match.captured(1).contains(kink), qPrintable(match.captured(1)));

    const QString pngPath = m_dir.filePath(QStringLiteral("described.png"));
    QVERIFY(FigureExporter::write(view, pngPath, QSize(400, 300)).isEmpty());
    const QImage png(pngPath);
    QVERIFY(png.text(QStringLiteral("Description")).contains(kink));
    QCOMPARE(png.text(QStringLiteral("Title")), QStringLiteral("ReLU Explorer figure"));
}

void TestFigureExporter::kinkDotIsRinged_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("light") << 0;
    QTest::newRow("dark") << 1;
    QTest::newRow("high contrast") << 2;
}

void TestFigureExporter::kinkDotIsRinged()
{
    // On the exported figure, the kink's dot is red inside and ringed in the style's ring
    // colour above and below its centre (where no piece runs): a shape, not a hue alone.
    QFETCH(int, which);
    const PlotStyle style = which == 0 ? PlotStyle::light()
        : which == 1                   ? PlotStyle::dark()
                                       : PlotStyle::highContrast();
    PlotView view(&m_state);
    view.setPlotStyle(style);
    const QString path = m_dir.filePath(QStringLiteral("ring%1.png").arg(which));
    QVERIFY(FigureExporter::write(view, path, QSize(700, 700)).isEmpty());
    const QImage image(path);
    // Right of the legend, above the derivative panel.
    const QRect mainPlot(int(0.45 * image.width()), 0, int(0.55 * image.width()),
                         int(0.6 * image.height()));
    const QPointF centre = Pixels::centroid(image, mainPlot, style.kink, 10);
    QVERIFY2(centre.x() >= 0, "no kink dot");
    const int x = int(std::lround(centre.x())), y = int(std::lround(centre.y()));
    // Red inside (the convention's line may cross the middle).
    const int r = int(std::lround(style.kinkDotSize() / 2));
    QVERIFY(Pixels::count(image, Pixels::around(centre, r - 2), style.kink, 10) >= r * r);
    // The ring's middle is the dot's edge: a band of the ring's colour a pixel or two thick.
    for (int side : { -1, 1 }) {
        const QRect band(x - 1, y + side * r - 1, 3, 3);
        QVERIFY2(Pixels::count(image, band, style.kinkRing, 40) >= 3,
                 qPrintable(QStringLiteral("no ring %1 around (%2, %3)")
                                .arg(style.kinkRing.name())
                                .arg(x)
                                .arg(y + side * r)));
    }
}

void TestFigureExporter::vectorTextInProportion()
{
    // A label's type is as large, against the figure's width, in SVG as in the window and the
    // PNG: its size in the SVG's pixels is its point size at the screen's resolution. (At the
    // generator's default 72 dpi it came out at three quarters of that.)
    PlotView view(&m_state);
    const QString path = m_dir.filePath(QStringLiteral("proportion.svg"));
    const QString error = FigureExporter::write(view, path, QSize(640, 480));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    double largest = 0;
    const QRegularExpression fontSize(QStringLiteral("font-size=\"([0-9.]+)\""));
    for (auto it = fontSize.globalMatch(svg); it.hasNext();)
        largest = std::max(largest, it.next().captured(1).toDouble());
    const QFont label = view.functionRect()->axis(QCPAxis::atLeft)->labelFont();
    const double expected = label.pointSizeF() * view.logicalDpiY() / 72.0;
    QVERIFY2(qAbs(largest - expected) < 0.01,
             qPrintable(QStringLiteral("%1 px, expected %2").arg(largest).arg(expected)));
}

void TestFigureExporter::failureLeavesNothing()
{
    PlotView view(&m_state);
    QDir dir(m_dir.path());
    const QStringList before = dir.entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!FigureExporter::write(view, m_dir.filePath(QStringLiteral("a.jpg")), QSize(700, 700))
                 .isEmpty());
    QVERIFY(!FigureExporter::write(view, m_dir.filePath(QStringLiteral("missing/a.png")),
                                   QSize(700, 700))
                 .isEmpty());
    QVERIFY(!FigureExporter::write(view, m_dir.filePath(QStringLiteral("tiny.png")), QSize(5, 5))
                 .isEmpty());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), before);
}

void TestFigureExporter::failureKeepsThePreviousFile()
{
    PlotView view(&m_state);
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    QVERIFY(FigureExporter::write(view, path, QSize(300, 300)).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();

    // A write that fails halfway (a full disk, here a file size limit): the previous figure
    // stays, whole, with no temporary file beside it, and the message says why.
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QString error;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        error = FigureExporter::write(view, path, QSize(900, 900));
    }
    QVERIFY2(error.contains(QLatin1String("larger than this system allows")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

QTEST_MAIN(TestFigureExporter)
#include "tst_figureexporter.moc"
