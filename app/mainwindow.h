#pragma once

#include <QMainWindow>

class ExplorerActions;
class ExplorerState;
class ExpressionEditor;
class FunctionChooser;
class ParameterPanel;
class PlotView;
class QComboBox;
class QLabel;
class QTimer;
class QToolBar;
class Settings;
class StepControl;

/**
 * The explorer's window: the plot, the menus and toolbar of ExplorerActions, and the status
 * bar's hints. It owns the session's ExplorerState.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Milliseconds between a change and saving the session. */
    static constexpr int autosaveDelay = 1000;

    /**
     * With `settings`, the window restores the last session from them, saves it (throttled) on
     * every change and on close; without, it starts fresh and remembers nothing.
     */
    explicit MainWindow(Settings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // getters:
    ExplorerState *state() const { return m_state; }
    PlotView *plotView() const { return m_plotView; }
    ExplorerActions *actions() const { return m_actions; }
    QComboBox *conventionBox() const { return m_conventionBox; }
    QComboBox *secantKindBox() const { return m_secantKindBox; }
    StepControl *stepControl() const { return m_stepControl; }
    QToolBar *toolBar() const { return m_toolBar; }
    QToolBar *functionToolBar() const { return m_functionToolBar; }
    FunctionChooser *functionChooser() const { return m_functionChooser; }
    ParameterPanel *parameterPanel() const { return m_parameterPanel; }
    ExpressionEditor *expressionEditor() const { return m_expressionEditor; }

    static QString aboutText();

    /** Opens a lesson file; false (with a message box, unless `quiet`) when it cannot be used. */
    bool openLesson(const QString &path, QString *error = nullptr);
    /** Writes the session to its settings now. */
    void saveSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createFunctionToolBar();
    void editExpression();
    void exportFigure();
    void showAbout();
    void showExplanation(const QString &title, const QString &text);
    void updateHint();
    void openLessonDialog();
    void saveLessonDialog();
    void scheduleSave();

    ExplorerState *m_state;
    PlotView *m_plotView;
    ExplorerActions *m_actions;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_conventionBox = nullptr;
    QComboBox *m_secantKindBox = nullptr;
    StepControl *m_stepControl = nullptr;
    QToolBar *m_functionToolBar = nullptr;
    FunctionChooser *m_functionChooser = nullptr;
    ParameterPanel *m_parameterPanel = nullptr;
    ExpressionEditor *m_expressionEditor = nullptr;
    QLabel *m_hint;
    Settings *m_settings;
    QTimer *m_saveTimer;
    QString m_lessonDirectory;
};
