// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "graphdescriptiondialog.h"

#include "plotview.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

GraphDescriptionDialog::GraphDescriptionDialog(PlotView *plot, QWidget *parent)
    : QDialog(parent)
    , m_plot(plot)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Describe Graph"));
    m_text->setReadOnly(true);
    // Read-only, yet with a caret: a screen reader follows it line by line.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Graph description"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the description to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    const QFontMetrics metrics(m_text->font());
    resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 22);

    // A drag changes the state at every mouse move: the description, which walks the whole
    // view, follows once the moves pause.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(plot->state(), &ExplorerState::changed, &m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
    m_text->setFocus();
}

QString GraphDescriptionDialog::text() const
{
    return m_text->toPlainText();
}

void GraphDescriptionDialog::refresh()
{
    const QString description = m_plot->spokenGraph();
    if (description == text())
        return;
    const int line = m_text->textCursor().blockNumber();
    m_text->setPlainText(description);
    QTextCursor cursor(m_text->document()->findBlockByNumber(line));
    if (cursor.isNull())
        cursor = QTextCursor(m_text->document());
    m_text->setTextCursor(cursor);
}
