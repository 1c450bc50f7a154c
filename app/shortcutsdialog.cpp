// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

QString plain(QString text)
{
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Menu"), tr("Command"), tr("Keys") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    QList<const QAction *> listed;
    auto addRow = [this, &listed](const QString &menu, const QAction *action) {
        listed << action;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = { menu, plain(action->text()), keysOf(action) };
        for (int column = 0; column < 3; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    };
    std::function<void(const QMenu *, const QString &)> walk
        = [&](const QMenu *menu, const QString &path) {
              for (const QAction *action : menu->actions()) {
                  if (action->menu())
                      walk(action->menu(), path + QStringLiteral(" ▸ ") + plain(action->text()));
                  else if (!action->isSeparator() && !action->shortcuts().isEmpty()
                           && !listed.contains(action))
                      addRow(path, action);
              }
          };
    for (const QAction *menu : menus->actions()) {
        if (menu->menu())
            walk(menu->menu(), plain(menu->text()));
    }
    // Keys in no menu: Esc leaves presentation mode or closes the lesson.
    for (const QAction *action : window->actions()) {
        if (!action->shortcuts().isEmpty() && !listed.contains(action))
            addRow(tr("(no menu)"), action);
    }

    auto *note = new QLabel(
        tr("Single-key shortcuts can be turned off in View ▸ Single-Key Shortcuts; the "
           "commands stay in their menus."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Room for the longest rows without a scroll bar across.
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
}
