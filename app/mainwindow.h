// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "figureexporter.h"
#include "settings.h"

#include <QMainWindow>

class AudioTracePlayer;
class CommandPalette;
class ExplorerActions;
class ExplorerState;
class ExpressionEditor;
class LessonGuide;
class FrameworkTable;
class KeyRouter;
class QDockWidget;
class ValuesTable;
class FunctionChooser;
class GraphDescriptionDialog;
class ParameterPanel;
class PlotView;
class QComboBox;
class ThemeSwitcher;
class QLabel;
class QTimer;
class QToolBar;
class SecantHControl;
class SessionHistory;

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
    /** Pixels kept free around a new window for its frame and title bar. */
    static constexpr int windowFrameAllowance = 48;

    /** The first window's size: the desk's, bounded by the screen's available area. */
    static QSize fittingWindowSize(const QRect &available);

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
    /** View ▸ Audio Trace (A): the function as sound. */
    AudioTracePlayer *audioTrace() const { return m_audio; }
    /** Undo and redo (Edit ▸ Undo, Ctrl+Z). */
    SessionHistory *history() const { return m_history; }
    QComboBox *conventionBox() const { return m_conventionBox; }
    QComboBox *secantKindBox() const { return m_secantKindBox; }
    SecantHControl *secantHControl() const { return m_secantHControl; }
    QToolBar *toolBar() const { return m_toolBar; }
    QToolBar *functionToolBar() const { return m_functionToolBar; }
    FunctionChooser *functionChooser() const { return m_functionChooser; }
    ParameterPanel *parameterPanel() const { return m_parameterPanel; }
    ExpressionEditor *expressionEditor() const { return m_expressionEditor; }
    /** Edit ▸ Command Palette… (Ctrl+K): functions, examples and actions by name. */
    CommandPalette *commandPalette() const { return m_palette; }
    QDockWidget *valuesDock() const { return m_valuesDock; }
    /** The docks' contents are made when first shown: a window that never shows them starts faster.
     */
    ValuesTable *valuesTable();
    QDockWidget *lessonDock() const { return m_lessonDock; }
    LessonGuide *lessonGuide();
    /** Opens the guided lesson at its first page, with that page's setup. */
    void startLesson();
    /** F1: starts the lesson the first time; then hides or shows it, changing nothing else. */
    void toggleLesson();
    /** Esc in the lesson (the focus there), Help ▸ Close the Lesson: hides it, the plot has the
     * keys. */
    QAction *closeLessonAction() const { return m_lessonClose; }
    QAction *nextLessonPageAction() const { return m_lessonNext; }
    QAction *previousLessonPageAction() const { return m_lessonBack; }
    /** View ▸ Single-Key Shortcuts (checkable, saved): off, K, [, Shift+P … do nothing. */
    QAction *singleKeyShortcutsAction() const { return m_singleKeys; }
    /** Help ▸ Keyboard Shortcuts… (Ctrl+/): the table of every action's keys. */
    QAction *keyboardShortcutsAction() const { return m_shortcutsAction; }
    /**
     * Puts Tab's order as the window reads: the plot, the function's row, the lesson's row, the
     * parameters; the docks follow. Each control once; called again when parameters change.
     */
    void orderTabs();

    static QString aboutText();
    /** Whether the window, as restored, fits inside `available` (maximized always does). */
    bool fitsOn(const QRect &available) const;

    /** Presentation mode: full screen, chrome hidden but a slim toolbar, everything twice as big.
     */
    bool isPresenting() const { return m_presenting; }
    void setPresentation(bool on);
    ThemeSwitcher *themes() const { return m_themes; }
    /** Light or dark plots (and widgets): the ThemeSwitcher's, remembered in the settings. */
    void setTheme(Theme theme);

    /** Opens a lesson file; false (with a message box, unless `quiet`) when it cannot be used. */
    bool openLesson(const QString &path, QString *error = nullptr);
    /**
     * Says why a lesson could not be opened, in the status bar and in a window-modal message
     * box that does not block the caller (the one named on the command line, say).
     */
    void showLessonProblem(const QString &problem);
    /** Writes the session to its settings now. */
    void saveSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createFunctionToolBar();
    void createParameterToolBar();
    void createDocks();
    void editExpression();
    void exportFigure();
    void copyFigure();
    void copyValues();
    void showAbout();
    void describeGraph();
    void showShortcuts();
    void nameUnnamedButtons();
    void enableLessonClose();
    void showExplanation(const QString &title, const QString &text);
    void updateHint();
    void openLessonDialog();
    void saveLessonDialog();
    void scheduleSave();
    void applyPlotStyle();

    ExplorerState *m_state;
    SessionHistory *m_history;
    PlotView *m_plotView;
    ExplorerActions *m_actions;
    ThemeSwitcher *m_themes;
    AudioTracePlayer *m_audio;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_conventionBox = nullptr;
    QComboBox *m_secantKindBox = nullptr;
    SecantHControl *m_secantHControl = nullptr;
    QToolBar *m_functionToolBar = nullptr;
    QToolBar *m_parameterToolBar = nullptr; ///< its own row, shown while there are parameters
    FunctionChooser *m_functionChooser = nullptr;
    ParameterPanel *m_parameterPanel = nullptr;
    ExpressionEditor *m_expressionEditor = nullptr;
    CommandPalette *m_palette = nullptr;
    QLabel *m_hint;
    Settings *m_settings;
    QTimer *m_saveTimer;
    QString m_lessonDirectory;
    QString m_exportPath;
    QSize m_exportSize = FigureExporter::defaultSize; // the last export's, for the next
    QMenu *m_allMenus = nullptr;
    QAction *m_menuButton = nullptr; ///< the lesson toolbar's "☰ Menu", shown in presentation
    QAction *m_menuSeparator = nullptr;
    bool m_presenting = false;
    bool m_wasMaximized = false;
    QAction *m_presentationAction = nullptr;
    QAction *m_describeGraph = nullptr;
    GraphDescriptionDialog *m_descriptionDialog = nullptr;
    QAction *m_leavePresentation = nullptr;
    QDockWidget *m_valuesDock = nullptr;
    ValuesTable *m_valuesTable = nullptr;
    QDockWidget *m_frameworksDock = nullptr;
    FrameworkTable *m_frameworkTable = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    LessonGuide *m_lessonGuide = nullptr;
    QAction *m_lessonNext = nullptr;
    QAction *m_lessonBack = nullptr;
    QAction *m_lessonClose = nullptr;
    QAction *m_singleKeys = nullptr;
    QAction *m_shortcutsAction = nullptr;
    KeyRouter *m_keys = nullptr;
};
