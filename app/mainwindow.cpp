#include "mainwindow.h"

#include "explorerstate.h"
#include "figureexporter.h"
#include "plotview.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_state(new ExplorerState(this))
    , m_plotView(new PlotView(m_state, this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("ReLU Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relu-explorer.svg")));
    setCentralWidget(m_plotView);
    statusBar()->addWidget(m_hint, 1);
    createActions();

    connect(m_state, &ExplorerState::probeChanged, this, &MainWindow::updateHint);
    updateHint();
    resize(1000, 800);
    m_plotView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export Figure…"), this, &MainWindow::exportFigure);
    exportAction->setShortcut(tr("Ctrl+E"));
    exportAction->setStatusTip(tr("Save the figure as PNG, PDF or SVG"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty on some Linux desktops; Ctrl+Q is what users expect.
    quit->setShortcut(tr("Ctrl+Q"));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reset = view->addAction(tr("&Reset View"), m_state, &ExplorerState::resetView);
    reset->setShortcut(QKeySequence(Qt::Key_R));
    reset->setStatusTip(tr("Back to the notebook's view: x from -4.4 to 4.4, y from -1 to 5"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ReLU Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateHint()
{
    m_hint->setText(m_state->probeKink()
        ? tr("At the kink: no unique tangent. Many lines fit through the corner, so f′ is undefined here.")
        : tr("Drag the point along the curve. Drag elsewhere to pan, scroll to zoom, double-click or R to reset."));
}

void MainWindow::exportFigure()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), directory + QStringLiteral("/relu.png"),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = FigureExporter::write(*m_plotView, path, m_plotView->size());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Figure"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ReLU Explorer"),
        tr("<h3>ReLU Explorer %1</h3>"
           "<p>The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the "
           "curve to see its tangent and slope, and see why f′(0) needs a convention.</p>"
           "<p>Qt %2 · QCustomPlot %3</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}
