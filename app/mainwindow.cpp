// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "announcer.h"
#include "audiotraceplayer.h"
#include "autogradexamples.h"
#include "commandpalette.h"
#include "explanations.h"
#include "exploreractions.h"
#include "explorerstate.h"
#include "exportdialog.h"
#include "expressioneditor.h"
#include "figureexporter.h"
#include "frameworktable.h"
#include "functionchooser.h"
#include "graphdescriptiondialog.h"
#include "keyrouter.h"
#include "lessonfile.h"
#include "lessonguide.h"
#include "numberformat.h"
#include "parameterpanel.h"
#include "plotview.h"
#include "probereadout.h"
#include "secanthcontrol.h"
#include "sessionhistory.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "themeswitcher.h"
#include "valuestable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <functional>

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new ExplorerState(this))
    , m_history(new SessionHistory(m_state, this))
    , m_plotView(new PlotView(m_state, this))
    , m_actions(new ExplorerActions(m_state, this))
    , m_themes(new ThemeSwitcher(this))
    , m_audio(new AudioTracePlayer(m_state, this))
    , m_hint(new QLabel(this))
    , m_settings(settings)
    , m_saveTimer(new QTimer(this))
    , m_keys(new KeyRouter(this))
{
    setWindowTitle(tr("ReLU Explorer"));
    // The icon loads the SVG plugin; the window shows sooner when that waits for the first frame.
    QTimer::singleShot(
        0, this, [this] { setWindowIcon(QIcon(QStringLiteral(":/icons/relu-explorer.svg"))); });
    setCentralWidget(m_plotView);
    // Wrapped, not cut: at 1024 with a 16 pt system font the hint is two lines long.
    m_hint->setWordWrap(true);
    statusBar()->addWidget(m_hint, 1);
    createFunctionToolBar();
    createDocks();
    m_palette = new CommandPalette(this, m_functionChooser, m_plotView);
    connect(m_palette, &CommandPalette::finished, m_plotView, qOverload<>(&QWidget::setFocus));
    createMenus(); // before the toolbar, whose first button opens all menus
    createToolBar();
    createParameterToolBar();
    nameUnnamedButtons();

    connect(m_themes, &ThemeSwitcher::themeChanged, this, [this](Theme theme) {
        if (m_settings)
            m_settings->setTheme(theme);
        applyPlotStyle();
    });
    connect(m_actions->pen(), &QAction::toggled, m_plotView, &PlotView::setPenActive);
    connect(m_actions->clearPen(), &QAction::triggered, m_plotView, &PlotView::clearPen);
    // What a command says goes to the status bar, and to a screen reader, which does not read
    // the status bar by itself: "no breakpoint in view", "No sound output found".
    connect(m_actions, &ExplorerActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
        m_plotView->announcer().announceFirst(text);
    });
    connect(m_audio, &AudioTracePlayer::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
        m_plotView->announcer().announceFirst(text);
    });
    connect(m_state, &ExplorerState::probeChanged, this, &MainWindow::updateHint);
    connect(m_state, &ExplorerState::secantModeChanged, this, &MainWindow::updateHint);
    connect(m_state, &ExplorerState::activationChanged, this, &MainWindow::updateHint);
    updateHint();
    const QRect available = screen()->availableGeometry();
    resize(fittingWindowSize(available));
    m_plotView->setFocus();

    if (m_settings) {
        setTheme(m_settings->theme());
        m_singleKeys->setChecked(m_settings->singleKeyShortcuts());
        QStringList problems;
        problems << m_state->restore(m_settings->session(&problems));
        // A saved geometry from a larger screen (the staff room's monitor, then the classroom's
        // 1024x768 projector) would put controls off screen: keep it only if it still fits.
        if (restoreGeometry(m_settings->windowGeometry()) && !fitsOn(available)) {
            setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
            resize(fittingWindowSize(available));
            move(available.center() - rect().center());
        }
        restoreState(m_settings->windowState());
        if (!problems.isEmpty())
            statusBar()->showMessage(tr("Some saved settings could not be used and were reset: %1")
                                         .arg(problems.join(QLatin1String("; "))),
                                     15000);
    }
    // What was saved is where undo starts.
    m_history->clear();
    connect(m_actions->resetAll(), &QAction::triggered, m_history,
            [this] { m_history->nameNextStep(tr("Reset All")); });
    // Save a moment after the last change, so a crash or a power cut loses at most that moment.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveDelay);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSession);
    connect(m_state, &ExplorerState::changed, this, &MainWindow::scheduleSave);
    // Saved only when the user changes it (not when the settings above set it).
    connect(m_singleKeys, &QAction::triggered, this, [this](bool on) {
        if (m_settings)
            m_settings->setSingleKeyShortcuts(on);
    });
    // After the parameter panel's rebuild, which is connected first.
    connect(m_state, &ExplorerState::activationChanged, this, &MainWindow::orderTabs);
    orderTabs();
}

QSize MainWindow::fittingWindowSize(const QRect &available)
{
    // The desk's size where it fits, else the screen's available area less room for the frame.
    const QSize wanted = PlotStyle::windowSize();
    const QSize room(std::max(1, available.width() - windowFrameAllowance),
                     std::max(1, available.height() - windowFrameAllowance));
    return wanted.boundedTo(room);
}

bool MainWindow::fitsOn(const QRect &available) const
{
    if (isMaximized() || isFullScreen())
        return true;
    // The frame is not known before the window is shown: allow for it as fittingWindowSize does.
    const QRect frame = geometry().adjusted(0, 0, windowFrameAllowance, windowFrameAllowance);
    return available.contains(frame.topLeft()) && frame.width() <= available.width()
        && frame.height() <= available.height();
}

void MainWindow::scheduleSave()
{
    if (m_settings && !m_saveTimer->isActive())
        m_saveTimer->start();
}

void MainWindow::saveSession()
{
    if (!m_settings)
        return;
    m_saveTimer->stop();
    m_settings->setSession(m_state->snapshot());
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (!m_settings->sync())
        statusBar()->showMessage(
            tr("The session could not be saved to %1").arg(m_settings->fileName()), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

bool MainWindow::openLesson(const QString &path, QString *error)
{
    QString problem;
    const auto lesson = LessonFile::load(path, &problem);
    if (!lesson) {
        if (error)
            *error = problem;
        else
            QMessageBox::warning(this, tr("Open Lesson"), problem);
        return false;
    }
    m_history->nameNextStep(tr("Open Lesson %1").arg(QFileInfo(path).fileName()));
    m_state->restore(*lesson);
    m_lessonDirectory = QFileInfo(path).absolutePath();
    statusBar()->showMessage(tr("Opened lesson %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::showLessonProblem(const QString &problem)
{
    statusBar()->showMessage(tr("The lesson was not opened: %1").arg(problem));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Lesson"),
                                tr("The lesson could not be opened; nothing else was changed."),
                                QMessageBox::Ok, this);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

namespace {

/** Where a file dialog starts the first time: the user's `location` if it exists, else home. */
QString startDirectory(QStandardPaths::StandardLocation location)
{
    const QString path = QStandardPaths::writableLocation(location);
    return !path.isEmpty() && QFileInfo(path).isDir() ? path : QDir::homePath();
}

} // namespace

void MainWindow::openLessonDialog()
{
    if (m_lessonDirectory.isEmpty())
        m_lessonDirectory = startDirectory(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Lesson"), m_lessonDirectory,
        tr("ReLU Explorer lessons (*.relulesson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    openLesson(path);
}

void MainWindow::saveLessonDialog()
{
    if (m_lessonDirectory.isEmpty())
        m_lessonDirectory = startDirectory(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Lesson As"), m_lessonDirectory + QStringLiteral("/lesson.relulesson"),
        tr("ReLU Explorer lessons (*.relulesson *.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".relulesson");
    m_lessonDirectory = QFileInfo(path).absolutePath();
    const QString error = LessonFile::save(path, m_state->snapshot());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save Lesson"), error);
    else
        statusBar()->showMessage(tr("Saved lesson %1").arg(QFileInfo(path).fileName()), 5000);
}

MainWindow::~MainWindow()
{
    // The docks hide while QWidget's destructor deletes them, when this is no MainWindow any more;
    // their visibilityChanged must not reach the lambdas above by then.
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        disconnect(dock, nullptr, this, nullptr);
        // Hiding also unticks its view action, which unticks (say) Compare Frameworks, whose
        // lambda is this window's (the monkey met it under UBSan).
        disconnect(dock->toggleViewAction(), nullptr, nullptr, nullptr);
    }
    for (QAction *action : m_actions->findChildren<QAction *>())
        disconnect(action, nullptr, this, nullptr);
    disconnect(m_valuesDock->toggleViewAction(), nullptr, m_state, nullptr);
    disconnect(m_state, nullptr, this, nullptr);
    disconnect(m_audio, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Lesson…"), this, &MainWindow::openLessonDialog);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setStatusTip(tr("Open a lesson prepared in advance"));
    QAction *save = file->addAction(tr("&Save Lesson As…"), this, &MainWindow::saveLessonDialog);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setStatusTip(tr("Save everything on screen as a lesson file"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export Figure…"), this, &MainWindow::exportFigure);
    exportAction->setShortcut(tr("Ctrl+E"));
    exportAction->setStatusTip(tr("Save the figure as PNG, PDF or SVG"));
    file->addSeparator();
    file->addAction(m_actions->resetView());
    file->addAction(m_actions->resetAll());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty on some Linux desktops; Ctrl+Q is what users expect.
    quit->setShortcut(tr("Ctrl+Q"));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_history, &SessionHistory::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), m_history, &SessionHistory::redo);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    const QUndoStack *steps = m_history->stack();
    undo->setEnabled(steps->canUndo());
    redo->setEnabled(steps->canRedo());
    connect(steps, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(steps, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(steps, &QUndoStack::undoTextChanged, undo, [undo](const QString &step) {
        undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step));
    });
    connect(steps, &QUndoStack::redoTextChanged, redo, [redo](const QString &step) {
        redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step));
    });
    undo->setStatusTip(tr("Take back the last change: a probe move, a function, a setting"));
    redo->setStatusTip(tr("Make again the change just taken back"));
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy Figure"), this, &MainWindow::copyFigure);
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Put the figure on the clipboard as an image"));
    QAction *copyValues = edit->addAction(tr("Copy &Values"), this, &MainWindow::copyValues);
    copyValues->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyValues->setStatusTip(tr("Put the readout (x, f(x), f′(x)) on the clipboard as text"));
    edit->addSeparator();
    edit->addAction(m_palette->openAction());
    QMenu *function = menuBar()->addMenu(tr("F&unction"));
    m_actions->fillFunctionMenu(function);
    // The same function, written differently, with another derivative at 0: each example is one
    // step (undoable), with the probe on 0 and its sentence in the status bar.
    QMenu *examples = function->addMenu(tr("&Examples: Same Function, Other Derivative"));
    examples->setToolTipsVisible(true);
    for (const AutogradExample &example : AutogradExample::all()) {
        QAction *action = examples->addAction(example.expression);
        action->setToolTip(example.sentence);
        action->setStatusTip(example.sentence);
        connect(action, &QAction::triggered, this, [this, example] {
            SessionSnapshot session = m_state->snapshot();
            session.useExpression = true;
            session.expression = example.expression;
            session.probeX = 0.0;
            session.derivativePanel = true;
            m_history->nameNextStep(tr("Example: %1").arg(example.expression));
            m_state->restore(session);
            m_state->fitYRange();
            statusBar()->showMessage(example.sentence);
        });
    }
    connect(m_actions->ownExpression(), &QAction::triggered, this, &MainWindow::editExpression);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_actions->fillViewMenu(view);
    view->addSeparator();
    m_audio->fillMenu(view);
    view->addSeparator();
    m_presentationAction = view->addAction(tr("Prese&ntation"), this, &MainWindow::setPresentation);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentationAction->setStatusTip(tr("Full screen, large type for the back row (Esc leaves)"));
    m_leavePresentation = new QAction(tr("Leave Presentation"), this);
    m_leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QAction::triggered, this, [this] { setPresentation(false); });
    addAction(m_leavePresentation);
    // One Esc at a time: the halving, then presentation mode, then the lesson with the focus.
    connect(m_leavePresentation, &QAction::changed, this, &MainWindow::enableLessonClose);
    connect(m_actions->stopShrinking(), &QAction::changed, this, &MainWindow::enableLessonClose);
    connect(m_actions->shrinkSecantH(), &QAction::toggled, this, [this](bool shrinking) {
        m_leavePresentation->setEnabled(m_presentationAction->isChecked() && !shrinking);
    });
    m_themes->fillMenu(view->addMenu(tr("&Theme")));
    view->addSeparator();
    m_describeGraph = view->addAction(tr("Descri&be Graph…"), this, &MainWindow::describeGraph);
    m_describeGraph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_describeGraph->setStatusTip(
        tr("The graph in words: its pieces, kinks and jumps with both sides, the convention, "
           "the probe"));
    // The lesson's dock, with its own view action: ticked while it shows, its first opening
    // starts the lesson as F1 does.
    QAction *lessonPanel = m_lessonDock->toggleViewAction();
    lessonPanel->setText(tr("Le&sson Panel"));
    lessonPanel->setStatusTip(tr("Show or hide the lesson beside the plot (Esc in it closes it)"));
    connect(lessonPanel, &QAction::toggled, this, [this](bool on) {
        // Toggled before the dock shows: a user's tick, not the dock shown by the program.
        if (on && !m_lessonGuide && !m_lessonDock->isVisible())
            startLesson();
    });
    view->addAction(lessonPanel);
    m_singleKeys = view->addAction(tr("Single-&Key Shortcuts"));
    m_singleKeys->setCheckable(true);
    m_singleKeys->setChecked(true);
    m_singleKeys->setStatusTip(
        tr("Keys of one character (K, S, [, Shift+P …) as shortcuts; off, only keys with Ctrl "
           "or Alt, the arrows and the function keys act, and every command stays in its menu"));
    connect(m_singleKeys, &QAction::toggled, m_keys, &KeyRouter::setSingleKeyShortcuts);
    connect(m_singleKeys, &QAction::toggled, this, &MainWindow::updateHint);
    m_actions->fillProbeMenu(menuBar()->addMenu(tr("&Probe")));
    QMenu *convention = menuBar()->addMenu(tr("&Convention"));
    m_actions->fillConventionMenu(convention);
    convention->addSeparator();
    convention->addAction(tr("&Why a Convention?"), this, [this] {
        showExplanation(tr("Why a Convention?"), Explanations::whyConvention());
    });
    QMenu *secant = menuBar()->addMenu(tr("&Secant"));
    m_actions->fillSecantMenu(secant);
    secant->addSeparator();
    secant->addAction(tr("Why ½ at the Kink?"), this, [this] {
        showExplanation(tr("The Central Difference at a Kink"), Explanations::centralDifference());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *lesson = help->addAction(tr("&Lesson"), this, &MainWindow::toggleLesson);
    lesson->setShortcut(QKeySequence(Qt::Key_F1));
    lesson->setStatusTip(
        tr("The notebook's lesson, page by page (↓ next, ↑ back); F1 again hides it"));
    QAction *restart = help->addAction(tr("&Restart Lesson"), this, &MainWindow::startLesson);
    restart->setStatusTip(
        tr("The lesson from its first page, with that page's function and probe"));
    help->addAction(m_lessonNext);
    help->addAction(m_lessonBack);
    help->addAction(m_lessonClose);
    help->addSeparator();
    m_shortcutsAction
        = help->addAction(tr("Keyboard &Shortcuts…"), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_Question) });
    m_shortcutsAction->setStatusTip(tr("Every command's keys, as the menus have them"));
    help->addSeparator();
    help->addAction(tr("Why a &Convention at the Kink?"), this, [this] {
        showExplanation(tr("Why a Convention?"), Explanations::whyConvention());
    });
    help->addAction(tr("Why the Central Difference Gives &½"), this, [this] {
        showExplanation(tr("The Central Difference at a Kink"), Explanations::centralDifference());
    });
    help->addSeparator();
    help->addAction(tr("&About ReLU Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Presentation hides the menu bar: F10 (or the toolbar's first button) opens every menu in
    // one, so a presenter reaches all of them with one key.
    m_allMenus = new QMenu(tr("Menu"), this);
    for (QAction *menu : menuBar()->actions())
        m_allMenus->addAction(menu);
    QAction *openMenus = new QAction(tr("All &Menus"), this);
    openMenus->setShortcut(QKeySequence(Qt::Key_F10));
    openMenus->setStatusTip(tr("Every menu in one, also in presentation mode (F10)"));
    connect(openMenus, &QAction::triggered, this,
            [this] { m_allMenus->popup(m_plotView->mapToGlobal(QPoint(0, 0))); });
    view->addAction(openMenus);

    // Shortcuts must work with the menu bar hidden too (presentation mode).
    std::function<void(QMenu *)> keep = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                keep(action->menu());
            // The lesson's keys act only where it or the plot has the focus.
            else if (!action->isSeparator()
                     && action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
                addAction(action);
        }
    };
    for (QAction *menu : menuBar()->actions())
        keep(menu->menu());
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentationAction->setChecked(on);
    // Esc leaves presentation mode, unless it is stopping the halving of h.
    m_leavePresentation->setEnabled(on && !m_actions->stopShrinking()->isEnabled());
    menuBar()->setVisible(!on);
    m_menuButton->setVisible(on);
    m_menuSeparator->setVisible(on);
    statusBar()->setVisible(!on);
    m_functionToolBar->setVisible(!on);
    QFont toolFont = font();
    if (on)
        toolFont.setPointSizeF(toolFont.pointSizeF() * PlotStyle::presentationToolBarScale);
    m_toolBar->setFont(toolFont);
    m_parameterToolBar->setFont(toolFont);
    // The menus F10 opens, in the toolbar's type: read from the back row too.
    for (QMenu *menu : findChildren<QMenu *>())
        menu->setFont(on ? toolFont : QFont());
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    applyPlotStyle();
    m_plotView->setFocus();
}

void MainWindow::setTheme(Theme theme)
{
    m_themes->setTheme(theme);
}

void MainWindow::applyPlotStyle()
{
    const PlotStyle style = m_themes->plotStyle(m_presenting ? PlotStyle::presentationScale : 1.0);
    m_plotView->setPlotStyle(style);
    m_expressionEditor->setPlotStyle(style);
    m_palette->setPlotStyle(style);
    if (m_lessonGuide)
        m_lessonGuide->setPlotStyle(style);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Lesson"));
    m_toolBar->setObjectName(QStringLiteral("lessonToolBar"));
    m_toolBar->setMovable(false);

    auto *conventionLabel = new QLabel(tr("f′ at a kink:"), m_toolBar);
    m_conventionBox = new QComboBox(m_toolBar);
    m_conventionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < ConventionNames::count; ++i) {
        const DerivativeConvention convention = ConventionNames::fromIndex(i);
        m_conventionBox->addItem(ConventionNames::displayName(convention));
        m_conventionBox->setItemData(i, m_actions->conventionAction(convention)->statusTip(),
                                     Qt::ToolTipRole);
    }
    m_conventionBox->setToolTip(
        tr("What the app reports as f′ where it does not exist. Frameworks "
           "must pick a value; Convention ▸ Why a Convention? explains, and "
           "Convention ▸ Next Convention cycles through them."));
    m_conventionBox->setAccessibleName(tr("Convention at a kink"));
    m_conventionBox->setFocusPolicy(Qt::StrongFocus);
    conventionLabel->setBuddy(m_conventionBox);
    connect(m_conventionBox, &QComboBox::activated, this, [this](int index) {
        m_actions->conventionAction(ConventionNames::fromIndex(index))->trigger();
    });
    auto showConvention = [this] {
        m_conventionBox->setCurrentIndex(ConventionNames::toIndex(m_state->convention()));
    };
    connect(m_state, &ExplorerState::conventionChanged, this, showConvention);
    showConvention();
    m_toolBar->addWidget(conventionLabel);
    m_toolBar->addWidget(m_conventionBox);
    m_toolBar->addSeparator();

    m_toolBar->addAction(m_actions->showSecant());
    m_secantKindBox = new QComboBox(m_toolBar);
    m_secantKindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_secantKindBox->addItem(tr("one-sided  (f(x+h) − f(x)) / h"));
    m_secantKindBox->addItem(tr("central  (f(x+h) − f(x−h)) / 2h"));
    m_secantKindBox->addItem(tr("both sides  q(−h), q(+h)"));
    m_secantKindBox->setToolTip(
        tr("One-sided: the secant through x and x + h. Central: through x − h "
           "and x + h, which at a kink gives the average of both sides. Both sides: a secant "
           "to each side of x, whose slopes tend to f′₋ and f′₊."));
    m_secantKindBox->setAccessibleName(tr("Kind of secant"));
    m_secantKindBox->setFocusPolicy(Qt::StrongFocus);
    static constexpr SecantMode kinds[]
        = { SecantMode::Forward, SecantMode::Central, SecantMode::BothSides };
    connect(m_secantKindBox, &QComboBox::activated, this,
            [this](int index) { m_actions->setSecantKind(kinds[std::clamp(index, 0, 2)]); });
    auto showKind = [this] {
        const SecantMode kind = m_actions->secantKind();
        m_secantKindBox->setCurrentIndex(
            int(std::find(std::begin(kinds), std::end(kinds), kind) - std::begin(kinds)) % 3);
    };
    connect(m_state, &ExplorerState::secantModeChanged, this, showKind);
    // The kind of secant means nothing while no secant is drawn.
    auto enableKind
        = [this] { m_secantKindBox->setEnabled(m_state->secantMode() != SecantMode::Off); };
    connect(m_state, &ExplorerState::secantModeChanged, this, enableKind);
    enableKind();
    for (QAction *kind : { m_actions->oneSided(), m_actions->central(), m_actions->bothSides() })
        connect(kind, &QAction::triggered, this, showKind);
    showKind();
    // Its label, for the eye and for AT-SPI, which names a combo box by its buddy label.
    auto *kindLabel = new QLabel(tr("kind:"), m_toolBar);
    kindLabel->setBuddy(m_secantKindBox);
    m_toolBar->addWidget(kindLabel);
    m_toolBar->addWidget(m_secantKindBox);
    m_secantHControl = new SecantHControl(m_state, m_toolBar);
    // Back to the plot after Enter or Esc in the h box, so H is not typed into it.
    connect(m_secantHControl, &SecantHControl::finished, m_plotView,
            qOverload<>(&QWidget::setFocus));
    m_toolBar->addWidget(m_secantHControl);
    m_toolBar->addAction(m_actions->shrinkSecantH());
    // A toolbar's buttons take no focus by default: Tab must reach them too.
    for (QAction *action : { m_actions->showSecant(), m_actions->shrinkSecantH() })
        m_toolBar->widgetForAction(action)->setFocusPolicy(Qt::TabFocus);

    // First in the row, shown in presentation mode only, where the menu bar is hidden.
    auto *menuButton = new QToolButton(m_toolBar);
    menuButton->setText(tr("☰ Menu"));
    menuButton->setToolTip(tr("Every menu (F10)"));
    menuButton->setAccessibleName(tr("All menus"));
    menuButton->setMenu(m_allMenus);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setFocusPolicy(Qt::StrongFocus);
    QAction *first = m_toolBar->actions().value(0);
    m_menuButton = m_toolBar->insertWidget(first, menuButton);
    m_menuSeparator = m_toolBar->insertSeparator(first);
    m_menuButton->setVisible(false);
    m_menuSeparator->setVisible(false);
}

void MainWindow::createFunctionToolBar()
{
    m_functionToolBar = addToolBar(tr("Function"));
    m_functionToolBar->setObjectName(QStringLiteral("functionToolBar"));
    m_functionToolBar->setMovable(false);
    m_functionChooser = new FunctionChooser(m_state, m_functionToolBar);
    m_expressionEditor = new ExpressionEditor(m_state, m_functionToolBar);
    m_functionToolBar->addWidget(m_functionChooser);
    m_functionToolBar->addSeparator();
    m_functionToolBar->addWidget(m_expressionEditor);
    m_functionToolBar->addSeparator();
    auto *compare = new QToolButton(m_functionToolBar);
    compare->setText(tr("Compare"));
    compare->setToolTip(tr("Draw other functions beside this one, thinner and dashed"));
    compare->setAccessibleName(tr("Compare with other functions"));
    compare->setMenu(m_actions->compareMenu());
    compare->setPopupMode(QToolButton::InstantPopup);
    // Tab reaches it; Space opens its menu.
    compare->setFocusPolicy(Qt::StrongFocus);
    m_functionToolBar->addWidget(compare);
    connect(m_functionChooser, &FunctionChooser::expressionRequested, this,
            &MainWindow::editExpression);
    // The box beside the formula shows what fits of an error; the status bar has it whole.
    connect(m_expressionEditor, &ExpressionEditor::problem, this, [this](const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message);
        else if (statusBar()->currentMessage().startsWith(QStringLiteral("✗")))
            statusBar()->clearMessage();
    });
    // Back to the plot after an expression, so the arrow keys move the probe again.
    connect(m_expressionEditor, &ExpressionEditor::finished, m_plotView,
            qOverload<>(&QWidget::setFocus));
    connect(m_functionChooser, &FunctionChooser::finished, m_plotView,
            qOverload<>(&QWidget::setFocus));
    // The lesson's controls get their own row under the function's.
    addToolBarBreak();
}

void MainWindow::createParameterToolBar()
{
    // A row of its own, under the plot, shown while the function has parameters: four sliders
    // of max(a*x, b*x) + c*x + d do not fit beside the function at 1024 pixels, where they
    // pushed the f(x) box into the toolbar's » overflow. Shown in presentation mode too, since
    // a slider is what a class watches. (Under the plot: a hidden toolbar after a break at the
    // top is shown again on the line before it.)
    m_parameterToolBar = new QToolBar(tr("Parameters"), this);
    addToolBar(Qt::BottomToolBarArea, m_parameterToolBar);
    m_parameterToolBar->setObjectName(QStringLiteral("parameterToolBar"));
    m_parameterToolBar->setMovable(false);
    m_parameterPanel = new ParameterPanel(m_state, m_parameterToolBar);
    // Its own width, from the left, not the row's: a slider as long as the window is no finer.
    m_parameterPanel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_parameterToolBar->addWidget(m_parameterPanel);
    auto showIfAny
        = [this] { m_parameterToolBar->setVisible(m_parameterPanel->layout()->count() > 0); };
    connect(m_state, &ExplorerState::activationChanged, this, showIfAny);
    showIfAny();
}

void MainWindow::createDocks()
{
    m_valuesDock = new QDockWidget(tr("Values Table"), this);
    m_valuesDock->setObjectName(QStringLiteral("valuesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_valuesDock);
    m_valuesDock->hide();
    connect(m_valuesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            valuesTable();
    });
    // The state holds whether the table shows, so sessions and lessons bring it back; View ▸
    // Values Table asks the state. The dock's own view action follows the dock being shown or
    // closed by the user, not the window being hidden: so its close button reaches the state.
    connect(m_valuesDock->toggleViewAction(), &QAction::toggled, m_state,
            &ExplorerState::setValuesTableVisible);
    connect(m_state, &ExplorerState::valuesTableVisibleChanged, m_valuesDock, &QWidget::setVisible);

    // Where frameworks disagree: the table, and the rings on the derivative panel, together.
    m_frameworksDock = new QDockWidget(tr("Where Frameworks Disagree"), this);
    m_frameworksDock->setObjectName(QStringLiteral("frameworksDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_frameworksDock);
    m_frameworksDock->hide();
    connect(m_actions->compareFrameworks(), &QAction::toggled, this, [this](bool on) {
        if (on && !m_frameworkTable) {
            m_frameworkTable = new FrameworkTable(m_state, m_frameworksDock);
            m_frameworksDock->setWidget(m_frameworkTable);
        }
        m_frameworksDock->setVisible(on);
        m_plotView->setFrameworksCompared(on);
    });
    // Closing the dock ends the comparison; hiding the window (presentation) does not.
    connect(m_frameworksDock->toggleViewAction(), &QAction::toggled, m_actions->compareFrameworks(),
            &QAction::setChecked);

    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();

    // Next and Back: the free arrow keys, and Page Down/Up, which presenters' remotes send.
    m_lessonNext = new QAction(tr("Next Lesson Page"), this);
    m_lessonNext->setShortcuts({ QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown) });
    m_lessonBack = new QAction(tr("Previous Lesson Page"), this);
    m_lessonBack->setShortcuts({ QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp) });
    m_lessonClose = new QAction(tr("Clos&e the Lesson"), this);
    m_lessonClose->setShortcut(QKeySequence(Qt::Key_Escape));
    for (QAction *action : { m_lessonNext, m_lessonBack, m_lessonClose }) {
        action->setEnabled(false);
        action->setStatusTip(action->text());
        // Only where the lesson or the plot has the focus: ↓ in a combo box or a spin box is
        // that box's. Esc closes the lesson from inside it only.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_lessonDock->addAction(action);
        if (action != m_lessonClose)
            m_plotView->addAction(action);
    }
    m_lessonClose->setStatusTip(tr("Hide the lesson (Esc while it has the focus); F1 brings it "
                                   "back at the same page"));
    connect(m_lessonClose, &QAction::triggered, this, [this] {
        m_lessonDock->hide();
        m_plotView->setFocus();
    });
    connect(m_lessonNext, &QAction::triggered, this, [this] { lessonGuide()->next(); });
    connect(m_lessonBack, &QAction::triggered, this, [this] { lessonGuide()->back(); });
    connect(m_lessonDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            lessonGuide();
        m_lessonNext->setEnabled(visible);
        m_lessonBack->setEnabled(visible);
        enableLessonClose();
    });
}

ValuesTable *MainWindow::valuesTable()
{
    if (!m_valuesTable) {
        m_valuesTable = new ValuesTable(m_state, m_valuesDock);
        m_valuesDock->setWidget(m_valuesTable);
    }
    return m_valuesTable;
}

LessonGuide *MainWindow::lessonGuide()
{
    if (!m_lessonGuide) {
        m_lessonGuide = new LessonGuide(m_state, m_lessonDock);
        m_lessonGuide->setPlotStyle(m_plotView->style());
        connect(m_lessonGuide, &LessonGuide::pageOpened, this,
                [this](const QString &spoken) { m_plotView->announcer().announceFirst(spoken); });
        m_lessonDock->setWidget(m_lessonGuide);
    }
    return m_lessonGuide;
}

void MainWindow::startLesson()
{
    m_lessonDock->show();
    lessonGuide()->openPage(0);
    m_plotView->setFocus();
}

void MainWindow::toggleLesson()
{
    // F1 starts the lesson once; later it hides and shows it where it was, changing nothing else
    // (a teacher pressing it to make room must not lose the probe, the secant or the page).
    if (m_lessonDock->isVisible())
        m_lessonDock->hide();
    else if (!m_lessonGuide)
        startLesson();
    else
        m_lessonDock->show();
    m_plotView->setFocus();
}

void MainWindow::editExpression()
{
    m_expressionEditor->lineEdit()->setFocus();
    m_expressionEditor->lineEdit()->selectAll();
    if (!m_expressionEditor->lineEdit()->text().trimmed().isEmpty())
        m_expressionEditor->applyNow(true);
}

void MainWindow::updateHint()
{
    // Without the single-key shortcuts the hint names none of them.
    const bool singleKeys = m_keys->singleKeyShortcuts();
    QString hint;
    if (const Breakpoint *b = m_state->probeBreakpoint())
        hint = b->explanation();
    else if (m_state->activation().isExpression())
        hint = tr("Your own f(x): its derivative and its breakpoints come from the formula, "
                  "exactly.");
    else if (m_state->secantMode() != SecantMode::Off && singleKeys)
        hint = tr("Shrink h with [ or H and watch the secant's slope approach the tangent's.");
    else if (m_state->secantMode() != SecantMode::Off)
        hint = tr("Shrink h (Secant ▸ Halve h) and watch the secant's slope approach the "
                  "tangent's.");
    else if (singleKeys)
        hint = tr("Drag the point along the curve (or use ← →). Drag elsewhere to pan, scroll to "
                  "zoom, double-click or R to reset.");
    else
        hint = tr("Drag the point along the curve (or use ← →). Drag elsewhere to pan (or "
                  "Ctrl+arrows), scroll to zoom, double-click to reset.");
    m_hint->setText(hint);
}

void MainWindow::exportFigure()
{
    if (m_exportPath.isEmpty())
        m_exportPath
            = startDirectory(QStandardPaths::PicturesLocation) + QStringLiteral("/relu.png");
    ExportDialog dialog(m_plotView, m_exportPath, this);
    dialog.setPlotStyle(m_plotView->style());
    dialog.setFigureSize(m_exportSize);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_exportPath = dialog.path();
    m_exportSize = dialog.figureSize();
    statusBar()->showMessage(tr("Exported %1").arg(dialog.path()), 5000);
}

void MainWindow::copyFigure()
{
    // At the screen's pixel ratio, so the copy is as sharp as what is shown.
    const QPixmap figure = m_plotView->toPixmap(m_plotView->width(), m_plotView->height(),
                                                m_plotView->devicePixelRatioF());
    m_plotView->replot();
    QApplication::clipboard()->setImage(figure.toImage());
    statusBar()->showMessage(tr("Copied the figure"), 3000);
}

void MainWindow::copyValues()
{
    const int decimals = NumberFormat::decimalsFor(m_plotView->xMapping().coordsPerPixel());
    QApplication::clipboard()->setText(ProbeReadout::describe(*m_state, decimals).text());
    statusBar()->showMessage(tr("Copied x, f(x) and f′(x)"), 3000);
}

void MainWindow::describeGraph()
{
    if (!m_descriptionDialog)
        m_descriptionDialog = new GraphDescriptionDialog(m_plotView, this);
    m_descriptionDialog->refresh();
    m_descriptionDialog->show();
    m_descriptionDialog->raise();
    m_descriptionDialog->activateWindow();
    m_descriptionDialog->textView()->setFocus();
}

void MainWindow::showExplanation(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

QString MainWindow::aboutText()
{
    return tr("<h3>ReLU Explorer %1</h3>"
              "<p>The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the "
              "curve to see its tangent and slope, and see why f′(0) needs a convention.</p>"
              "<p>Qt %2 · QCustomPlot %3</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QCUSTOMPLOT_VERSION_STR));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReLU Explorer"), aboutText());
}

void MainWindow::enableLessonClose()
{
    m_lessonClose->setEnabled(m_lessonDock->isVisible() && !m_actions->stopShrinking()->isEnabled()
                              && !(m_leavePresentation && m_leavePresentation->isEnabled()));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this, this);
    dialog.exec();
}

void MainWindow::nameUnnamedButtons()
{
    // Qt's own buttons have no name: the » of a toolbar too narrow for its row, and the ✕ of a
    // box with a clear button.
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        for (auto *button : bar->findChildren<QToolButton *>(
                 QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly)) {
            button->setAccessibleName(tr("More of %1").arg(bar->windowTitle()));
            button->setToolTip(tr("The controls of %1 that do not fit").arg(bar->windowTitle()));
        }
    }
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        if (!clear)
            continue;
        const QString name = tr("Clear %1").arg(edit->accessibleName());
        clear->setText(name);
        clear->setToolTip(name);
        for (auto *button : edit->findChildren<QToolButton *>())
            button->setAccessibleName(name);
    }
}

void MainWindow::orderTabs()
{
    // The controls Tab can reach around the plot, in the focus chain's order (creation order)...
    QList<QWidget *> chain;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->window() == this)
            chain << w;
    }
    // ...put as the window reads: the plot, the rows above it, the parameters under it. A
    // parameter's controls are made when the function changes, so they come last in the chain
    // until moved here. The docks' contents, made when first shown, follow in the chain: each
    // orders its own (a tab widget's focus proxy must stay by its tab bar).
    const QList<QWidget *> regions
        = { m_plotView, m_functionToolBar, m_toolBar, m_parameterToolBar };
    QList<QWidget *> order;
    for (QWidget *region : regions) {
        for (QWidget *w : std::as_const(chain)) {
            if ((w == region || region->isAncestorOf(w)) && !order.contains(w))
                order << w;
        }
    }
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}
