// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "figureexporter.h"

#include "filekind.h"
#include "plotview.h"
#include "safewrite.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

std::optional<FigureExporter::Format> FigureExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

QString FigureExporter::checkPath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("the export path is empty");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("cannot export to '%1': it is a directory").arg(path);
    // A FIFO, a device or a link loop: writing a figure over it would destroy it.
    if (const FileKind::Probe kind = FileKind::probe(path);
        kind.kind == FileKind::Kind::Special || kind.kind == FileKind::Kind::Unusable)
        return tr("cannot export to '%1': %2").arg(path, kind.what);
    if (info.isSymLink() && !info.exists())
        return tr("cannot export to '%1': it is a symbolic link to '%2', which does not exist")
            .arg(path, info.symLinkTarget());
    if (!formatFor(path)) {
        const QString suffix = info.suffix();
        return suffix.isEmpty()
            ? tr("cannot export to '%1': add .png, .pdf or .svg to the name").arg(path)
            : tr("cannot export to '%1': unsupported format '.%2'; use .png, .pdf or .svg")
                  .arg(path, suffix);
    }
    const QFileInfo directory(info.absolutePath());
    if (!directory.exists())
        return tr("cannot export to '%1': the directory '%2' does not exist")
            .arg(path, QDir::toNativeSeparators(directory.filePath()));
    if (!directory.isDir())
        return tr("cannot export to '%1': '%2' is not a directory")
            .arg(path, QDir::toNativeSeparators(directory.filePath()));
    if (!directory.isWritable())
        return tr("cannot export to '%1': no permission to write in '%2'")
            .arg(path, QDir::toNativeSeparators(directory.filePath()));
    if (info.exists() && !info.isWritable())
        return tr("cannot export to '%1': the file is read-only").arg(path);
    return {};
}

namespace {

QString figureTitle()
{
    return QCoreApplication::translate("FigureExporter", "ReLU Explorer figure");
}

/** The graph in words, for a reader who cannot see the figure: PNG's Description, SVG's desc. */
QString descriptionOf(const QCustomPlot &plot)
{
    const auto *view = qobject_cast<const PlotView *>(&plot);
    return view ? view->spokenGraph() : QString();
}

bool writePng(QCustomPlot &plot, QIODevice &device, QSize size, double scale)
{
    QImage image = plot.toPixmap(size.width(), size.height(), scale).toImage();
    if (image.isNull())
        return false;
    // Text chunks, which image viewers and screen readers' OCR-free paths can read.
    image.setText(QStringLiteral("Title"), figureTitle());
    image.setText(QStringLiteral("Description"), descriptionOf(plot));
    image.setText(QStringLiteral("Software"), QStringLiteral("ReLU Explorer"));
    return image.save(&device, "PNG");
}

/** Vector output: the painter draws QCustomPlot's items as paths and text, not pixels. */
bool paintVector(QCustomPlot &plot, QPaintDevice &device, QSize size)
{
    QCPPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot.toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool writePdf(QCustomPlot &plot, QIODevice &device, QSize size)
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("ReLU Explorer"));
    writer.setTitle(figureTitle());
    // One pixel of the view is one point of the page. The painter's window maps the view's
    // pixels onto the page whatever the resolution; the resolution sets what a font's point size
    // means, and only the screen's (as in the window and the PNG) keeps text and lines in the
    // same proportion. At 72 dpi text came out at three quarters of its size.
    writer.setResolution(plot.logicalDpiY());
    QPageLayout layout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    layout.setMode(QPageLayout::FullPageMode);
    writer.setPageLayout(layout);
    return paintVector(plot, writer, size);
}

bool writeSvg(QCustomPlot &plot, QIODevice &device, QSize size)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(plot.logicalDpiY()); // as for PDF: fonts in proportion to the lines
    generator.setTitle(figureTitle());
    generator.setDescription(descriptionOf(plot));
    return paintVector(plot, generator, size);
}

} // namespace

QString FigureExporter::writeFile(QCustomPlot &plot, const QString &path, QSize size, double scale)
{
    const QString problem = checkPath(path);
    if (!problem.isEmpty())
        return problem;
    if (size.width() < minimumSide || size.height() < minimumSide || size.width() > maximumSide
        || size.height() > maximumSide)
        return tr("cannot export at %1x%2: each side must be between %3 and %4 pixels")
            .arg(size.width())
            .arg(size.height())
            .arg(minimumSide)
            .arg(maximumSide);

    // Render into memory first: a failure while writing (a full disk) then has one clear cause,
    // and no encoder reports half a file on its own.
    QBuffer rendered;
    rendered.open(QIODevice::WriteOnly);
    bool painted = false;
    switch (*formatFor(path)) {
    case Format::Png: painted = writePng(plot, rendered, size, scale); break;
    case Format::Pdf: painted = writePdf(plot, rendered, size); break;
    case Format::Svg: painted = writeSvg(plot, rendered, size); break;
    }
    if (!painted)
        return tr("cannot write '%1': the figure could not be rendered").arg(path);

    const QString reason = SafeWrite::replace(path, rendered.data());
    if (!reason.isEmpty())
        return tr("cannot write '%1': %2").arg(path, reason);
    return {};
}

QString FigureExporter::write(QCustomPlot &plot, const QString &path, QSize size, double scale)
{
    const QString error = writeFile(plot, path, size, scale);
    // Rendering at another size laid the plot out for that size; lay it out for the screen again.
    if (plot.isVisible())
        plot.replot();
    return error;
}
