#pragma once

#include <QMainWindow>

class ExplorerState;
class PlotView;
class QLabel;

/**
 * The explorer's window: the plot, its menus and the status bar's hints. It owns the session's
 * ExplorerState.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // getters:
    ExplorerState *state() const { return m_state; }
    PlotView *plotView() const { return m_plotView; }

private:
    void createActions();
    void exportFigure();
    void showAbout();
    void updateHint();

    ExplorerState *m_state;
    PlotView *m_plotView;
    QLabel *m_hint;
};
