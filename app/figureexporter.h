// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class QCustomPlot;

/**
 * Writes a plot to PNG, PDF or SVG. PDF and SVG are vector. A file is written whole or not at
 * all: the figure goes to a temporary file beside the target, which is renamed over it only when
 * complete, so a failed export leaves any earlier file intact.
 */
class FigureExporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)

public:
    enum class Format { Png, Pdf, Svg };

    static constexpr int minimumSide = 100;
    static constexpr int maximumSide = 10000;
    /** The size of a figure nobody chose one for: `--export`'s, and the export dialog's first. */
    static constexpr QSize defaultSize { 700, 700 };

    /** The format named by the path's extension, case-insensitively. */
    static std::optional<Format> formatFor(const QString &path);

    /**
     * Why `path` cannot be written, in one line; empty when it can: an unknown extension, a
     * directory, a missing or unwritable parent directory.
     */
    static QString checkPath(const QString &path);

    /**
     * Renders `plot` at `size` (logical pixels; `scale` multiplies PNG pixels) into `path`.
     * Returns an empty string on success, otherwise a one-line reason; nothing is left behind.
     */
    static QString write(QCustomPlot &plot, const QString &path, QSize size, double scale = 1.0);

private:
    static QString writeFile(QCustomPlot &plot, const QString &path, QSize size, double scale);
};
