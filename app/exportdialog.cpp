// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include "figureexporter.h"
#include "localespinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace {

const QStringList suffixes { QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg") };

} // namespace

ExportDialog::ExportDialog(QCustomPlot *plot, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_plot(plot)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new LocaleSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Export Figure"));
    m_format->addItems(
        { tr("PNG image"), tr("PDF document (vector)"), tr("SVG drawing (vector)") });
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("File"));
    for (QSpinBox *side : { m_width, m_height }) {
        side->setRange(FigureExporter::minimumSide, FigureExporter::maximumSide);
        side->setSuffix(tr(" px"));
    }
    // Not the on-screen plot's size, which is whatever the window left it (436×758 beside the
    // lesson): a figure's size is chosen for where it goes, and kept for the next export.
    setFigureSize(FigureExporter::defaultSize);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1.0);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(
        tr("PNG pixels per figure pixel: 2 × is sharp on high-resolution screens and slides"));
    m_scale->setAccessibleName(tr("Scale"));
    m_error->setWordWrap(true);
    setPlotStyle(PlotStyle::light());
    m_error->hide();

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    // A row holding a layout gets no buddy from QFormLayout, and its label would show the '&'.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Tab as the form reads: the file and its Browse… button, then the format and the size.
    setTabOrder(m_path, browseButton);
    setTabOrder(browseButton, m_format);
    setTabOrder(m_format, m_width);
    setTabOrder(m_width, m_height);
    setTabOrder(m_height, m_scale);
    setTabOrder(m_scale, buttons);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    pathEdited();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFigureSize(QSize size)
{
    m_width->setValue(size.width()); // the spin boxes' ranges are the exporter's limits
    m_height->setValue(size.height());
}

QSize ExportDialog::figureSize() const
{
    return { m_width->value(), m_height->value() };
}

double ExportDialog::scale() const
{
    return m_format->currentIndex() == 0 ? m_scale->value() : 1.0;
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), path(),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    pathEdited();
}

void ExportDialog::formatChosen(int index)
{
    // The format decides the extension.
    QString text = path();
    const QFileInfo info(text);
    if (!info.suffix().isEmpty())
        text.chop(info.suffix().size() + 1);
    m_path->setText(text + QLatin1Char('.') + suffixes.value(index));
    m_scale->setEnabled(index == 0);
}

void ExportDialog::pathEdited()
{
    // The extension decides the format.
    const int index = int(suffixes.indexOf(QFileInfo(path()).suffix().toLower()));
    if (index >= 0)
        m_format->setCurrentIndex(index);
    m_scale->setEnabled(m_format->currentIndex() == 0);
}

void ExportDialog::setPlotStyle(const PlotStyle &style)
{
    m_error->setStyleSheet(style.errorTextStyleSheet());
}

void ExportDialog::accept()
{
    const QString error = FigureExporter::write(*m_plot, path(), figureSize(), scale());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
