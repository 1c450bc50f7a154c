// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandpalette.h"

#include "activationcatalog.h"
#include "autogradexamples.h"
#include "functionchooser.h"
#include "plotstyle.h"
#include "rankedfiltermodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

enum Role { KindRole = Qt::UserRole, TargetRole };
enum Kind { FunctionEntry, ActionEntry };

/** A menu text as it reads: "&Reset View" is "Reset View", "&&" is "&". */
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace

CommandPalette::CommandPalette(QMainWindow *window, FunctionChooser *chooser, QWidget *plot)
    : QFrame(window)
    , m_window(window)
    , m_chooser(chooser)
    , m_plot(plot)
    , m_openAction(new QAction(tr("Command &Palette…"), this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_nothing(new QLabel(this))
    , m_entries(new QStandardItemModel(this))
    , m_matches(new RankedFilterModel(this))
    , m_style(PlotStyle::light())
{
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    const QString tip = tr("Find a function, an example or a command by typing its name (in "
                           "presentation mode too)");
    m_openAction->setToolTip(tip);
    m_openAction->setStatusTip(tip);
    connect(m_openAction, &QAction::triggered, this, &CommandPalette::open);

    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setAccessibleName(tr("Command palette"));

    m_search->setPlaceholderText(tr("Function, example or command…"));
    m_search->setAccessibleName(tr("Search functions, examples and commands"));
    m_search->installEventFilter(this);

    // The name, and beside it the shortcut (or what the entry is).
    m_entries->setColumnCount(2);
    m_matches->setSourceModel(m_entries);
    m_list->setModel(m_matches);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The keys stay in the search box; ↑/↓ move the highlight from there.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QAbstractItemView::clicked, this, &CommandPalette::run);

    m_nothing->setText(tr("No function, example or command has that name."));
    m_nothing->setWordWrap(true);
    m_nothing->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_nothing);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    m_plot->installEventFilter(this);
    setPlotStyle(m_style);
    hide();
}

QStringList CommandPalette::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        names << m_matches->index(row, 0).data().toString();
    return names;
}

void CommandPalette::open()
{
    collect();
    m_search->clear();
    filter(QString());
    show();
    raise();
    place();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    m_search->clear();
    Q_EMIT finished();
}

void CommandPalette::setPlotStyle(const PlotStyle &style)
{
    m_style = style;
    QFont type = QApplication::font();
    type.setPointSizeF(type.pointSizeF() * style.paletteTypeScale());
    setFont(type);
    if (isVisible())
        place();
}

void CommandPalette::collect()
{
    m_entries->removeRows(0, m_entries->rowCount());
    const QColor dim = palette().color(QPalette::PlaceholderText);
    auto add = [&](const QString &name, const QString &detail, Kind kind, const QVariant &target) {
        auto *item = new QStandardItem(name);
        item->setData(kind, KindRole);
        item->setData(target, TargetRole);
        item->setEditable(false);
        auto *beside = new QStandardItem(detail);
        beside->setEditable(false);
        beside->setForeground(dim);
        beside->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_entries->appendRow({ item, beside });
    };

    QStringList functions;
    for (const ActivationFamily &family : ActivationCatalog::families()) {
        add(family.name, tr("function"), FunctionEntry, family.name);
        functions << family.name;
    }
    QStringList examples;
    for (const AutogradExample &example : AutogradExample::all())
        examples << example.expression;

    // Every enabled action of the menus, as it is now (Undo's text names its step), once (Reset
    // View is in two menus).
    QSet<QAction *> listed;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action == m_openAction || !action->isVisible()
                || !action->isEnabled())
                continue;
            const QString text = plain(action->text());
            if (QMenu *submenu = action->menu()) {
                walk(submenu, path.isEmpty() ? text : tr("%1 ▸ %2").arg(path, text));
                continue;
            }
            if (listed.contains(action))
                continue;
            listed.insert(action);
            const QVariant target = QVariant::fromValue(static_cast<QObject *>(action));
            if (examples.contains(text))
                add(text, tr("example"), ActionEntry, target);
            // Function ▸ relu is listed above, as a function.
            else if (!(path.isEmpty() && functions.contains(text)))
                add(path.isEmpty() ? text : tr("%1 ▸ %2").arg(path, text),
                    action->shortcut().toString(QKeySequence::NativeText), ActionEntry, target);
        }
    };
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu())
            walk(menu->menu(), QString());
    }
}

void CommandPalette::filter(const QString &text)
{
    m_matches->setText(text);
    m_list->setCurrentIndex(m_matches->index(0, 0));
    m_list->scrollToTop();
    m_nothing->setVisible(m_matches->rowCount() == 0);
    m_list->setVisible(m_matches->rowCount() > 0);
    if (isVisible())
        place();
}

void CommandPalette::place()
{
    const QRect plot(m_plot->mapTo(m_window, QPoint(0, 0)), m_plot->size());
    const int margin = m_style.paletteMargin();
    const int width = std::min(plot.width() - 2 * margin,
                               fontMetrics().averageCharWidth() * PlotStyle::paletteWidthInChars);
    const int gap = m_style.paletteSpacing();
    layout()->setContentsMargins(gap, gap, gap, gap);
    layout()->setSpacing(gap);
    const QMargins frame = layout()->contentsMargins() + contentsMargins();
    const int spacing = layout()->spacing();
    int height = frame.top() + frame.bottom() + m_search->sizeHint().height();
    const int rows = std::min(m_matches->rowCount(), PlotStyle::paletteRows);
    // Whole rows, none cut at the bottom.
    if (rows > 0)
        height += spacing + rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth()
            + m_list->contentsMargins().top() + m_list->contentsMargins().bottom();
    else
        height += spacing + m_nothing->heightForWidth(width - frame.left() - frame.right());
    height = std::min(height, plot.height() - 2 * margin);
    setGeometry(plot.x() + (plot.width() - width) / 2, plot.y() + margin, width, height);
    raise();
}

void CommandPalette::moveHighlight(int rows)
{
    const int count = m_matches->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + rows, 0, count - 1) : 0;
    m_list->setCurrentIndex(m_matches->index(row, 0));
}

void CommandPalette::run(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex entry = index.siblingAtColumn(0);
    const int kind = entry.data(KindRole).toInt();
    const QVariant target = entry.data(TargetRole);
    // Closed first: what runs may want the focus (a dialog, the expression box).
    dismiss();
    if (kind == FunctionEntry) {
        m_chooser->choose(target.toString());
    } else {
        const QPointer<QAction> action = qobject_cast<QAction *>(target.value<QObject *>());
        if (action && action->isEnabled())
            action->trigger();
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (isVisible() && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
            place();
        return QFrame::eventFilter(watched, event);
    }
    if (watched != m_search)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Esc would leave presentation mode, ↑/↓ turn the lesson's pages: here they are ours.
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Return:
        case Qt::Key_Enter: event->accept(); return true;
        default: break;
        }
        break;
    case QEvent::KeyPress:
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape: dismiss(); return true;
        case Qt::Key_Up: moveHighlight(-1); return true;
        case Qt::Key_Down: moveHighlight(1); return true;
        case Qt::Key_PageUp: moveHighlight(-PlotStyle::paletteRows); return true;
        case Qt::Key_PageDown: moveHighlight(PlotStyle::paletteRows); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex current = m_list->currentIndex();
            run(current.isValid() ? current : m_matches->index(0, 0));
            return true;
        }
        default: break;
        }
        break;
    case QEvent::FocusOut: {
        // A click elsewhere closes it; leaving the window for a moment does not.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            hide();
        break;
    }
    default: break;
    }
    return QFrame::eventFilter(watched, event);
}
