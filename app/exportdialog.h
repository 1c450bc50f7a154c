// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

#include <QDialog>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * File ▸ Export: where, in which format, how large, and (for PNG) at which scale. PDF and SVG are
 * vector, so only their size matters. The export itself is FigureExporter's: whole or nothing.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(QCustomPlot *plot, const QString &suggestedPath, QWidget *parent = nullptr);

    // getters:
    QString path() const;
    QSize figureSize() const;
    double scale() const;
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }

    // setters:
    /** The theme's error colour for what went wrong (light until told). */
    void setPlotStyle(const PlotStyle &style);
    /** The size the dialog offers, within the exporter's limits (FigureExporter::defaultSize until
     * told). */
    void setFigureSize(QSize size);

    /** Writes the figure; on failure shows why and stays open. */
    void accept() override;

private:
    void browse();
    void formatChosen(int index);
    void pathEdited();

    QCustomPlot *m_plot;
    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_error;
};
