// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lessonguide.h"

#include "activationcatalog.h"
#include "explorerstate.h"
#include "spokendescription.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/**
 * Every page starts from the notebook's ReLU, so pages can be read in any order. `table` shows
 * the sample points and their values table together, as the notebook's table does.
 */
void notebook(ExplorerState &state, double probe, bool derivativePanel, bool table)
{
    state.setActivation(ActivationCatalog::create(QStringLiteral("relu")));
    state.setComparisons({});
    state.resetView();
    state.setSecantMode(SecantMode::Off);
    state.setConvention(DerivativeConvention::PyTorch);
    state.setDerivativePanelVisible(derivativePanel);
    state.setQuotientPanelVisible(false);
    state.setEqualScales(false);
    state.setSecantH(SessionLimits::defaultSecantH);
    state.setSampleGrid(SampleGrid {});
    state.setSamplePointsVisible(table);
    state.setValuesTableVisible(table);
    state.setProbeX(probe);
}

} // namespace

LessonGuide::LessonGuide(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_back(new QPushButton(tr("← &Back"), this))
    , m_next(new QPushButton(tr("&Next →"), this))
{
    writePages();

    m_title->setTextFormat(Qt::PlainText);
    // Wrapped, so a long title ("5. The kink and its many lines") does not widen the dock from
    // page to page.
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A link in a page acts on the explorer ("probe:-2" moves the probe); it opens nothing.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Lesson text"));
    m_back->setToolTip(tr("The previous page (↑ or Page Up)"));
    m_next->setToolTip(tr("The next page (↓ or Page Down)"));
    m_back->setAccessibleName(tr("Previous lesson page"));
    m_next->setAccessibleName(tr("Next lesson page"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_text, &QTextBrowser::anchorClicked, this, &LessonGuide::followLink);
    connect(m_back, &QPushButton::clicked, this, &LessonGuide::back);
    connect(m_next, &QPushButton::clicked, this, &LessonGuide::next);
    // The first page, but not its setup: a guide created because the window restored its dock
    // open must neither be blank nor undo the session the window just restored.
    displayPage(0);
}

void LessonGuide::writePages()
{
    // The colours the lesson names are the plots' own, in the theme in use.
    m_pages = {
        { tr("1. What ReLU does"),
          tr("<p>ReLU, the rectified linear unit, is <b>f(x) = max(0, x)</b>.</p>"
             "<p>A positive number passes through unchanged: f(1) = 1, f(3) = 3. A negative number "
             "becomes 0: f(−1) = 0, f(−3) = 0. And 0 stays 0.</p>"
             "<p>The probe sits at x = 3. Drag it, or use ← and →, and watch the readout: left of "
             "0 "
             "f(x) is always 0; right of 0 it is x itself.</p>"),
          [](ExplorerState &s) { notebook(s, 3.0, false, false); } },
        { tr("2. A table of values"),
          tr("<p>Take x = −4, −3, …, 4, as numpy's <tt>arange(-4, 5, 1)</tt> does, and compute f "
             "for each. The table shows them: f(X) = 0 0 0 0 0 1 2 3 4.</p>"
             "<p>The dots on the curve are these sample points. Joined up, they already show the "
             "shape: flat, then a straight rise. Click a row to move the probe there.</p>"),
          [](ExplorerState &s) { notebook(s, 2.0, false, true); } },
        { tr("3. The slope at x = 2 and at x = −2"),
          tr("<p>The derivative is the slope of the graph. The dashed line is the tangent at the "
             "probe, at x = 2: it rises 1 for every 1 to the right, so <b>f′(2) = 1</b>. The same "
             "holds at every x &gt; 0.</p>"
             "<p>Now <a href='probe:-2'>move the probe to x = −2</a>, or press M, which mirrors "
             "it from x = 2 to x = −2. The graph is flat there, and so is the tangent: "
             "<b>f′(−2) = 0</b>, as for every x &lt; 0.</p>"),
          [](ExplorerState &s) { notebook(s, 2.0, false, false); } },
        { tr("4. The coloured figure"),
          tr("<p>Colour the graph by its slope: <span style='color:%1'><b>blue</b></span> "
             "where "
             "f′(x) = 0, <span style='color:%2'><b>green</b></span> where f′(x) = 1. The "
             "panel "
             "underneath draws f′ itself: a step from 0 to 1.</p>"
             "<p>At x = 0 the step has no value of its own. The open circles are the limits from "
             "each side; the <span style='color:%3'><b>red</b></span> dot is the value a "
             "program uses instead, as the legend says.</p>")
              .arg(m_style.pieceColor(0).name(), m_style.pieceColor(1).name(),
                   m_style.kinkText.name()),
          [](ExplorerState &s) { notebook(s, -2.0, true, false); } },
        { tr("5. The kink and its many lines"),
          tr("<p>At x = 0 the graph has a corner, a <i>kink</i>. Which line is the tangent there? "
             "Every line through the corner with a slope from 0 to 1 stays on or below the "
             "graph: a slope strictly between 0 and 1 touches it only at the corner, while the "
             "slopes 0 and 1 run along a whole side. The dotted fan shows them.</p>"
             "<p>There is no single tangent, so <b>f′(0) is undefined</b>. From the left the slope "
             "is 0, from the right it is 1. The set of all these slopes, [0, 1], is the "
             "<i>subdifferential</i> ∂f(0), and each slope in it is a <i>subgradient</i>. As ReLU "
             "is convex, this set is also its <i>Clarke gradient</i>, the name the readout gives "
             "the set of slopes at every kink. Press H "
             "to halve h on both sides at once: the secant slopes q(−h) = 0 and q(+h) = 1 never "
             "agree, however small h gets.</p>"),
          [](ExplorerState &s) { notebook(s, 0.0, true, false); } },
        { tr("6. The limit from both sides"),
          tr("<p>The slope of the secant through (x, f(x)) and (x + h, f(x + h)) is the "
             "<i>difference quotient</i> q(h) = (f(x + h) − f(x)) / h. The derivative f′(x) is "
             "the number q(h) approaches as h shrinks to 0, from both sides.</p>"
             "<p>The bottom panel plots q(h) against h at x = 0: "
             "<span style='color:%1'><b>q(−h) = 0</b></span> on the left and "
             "<span style='color:%2'><b>q(+h) = 1</b></span> on the right, for every h. Press H "
             "to halve h again and again: the two secants close in on the corner, the table "
             "“q(h) at the probe” (T shows it) gains a row each time, and the two sides never "
             "meet. The open "
             "circles at h = 0 are the one-sided limits, 0 and 1. They differ, so q(h) has no "
             "limit, and f′(0) is undefined.</p>"
             "<p>The <span style='color:%3'><b>grey</b></span> line, on both sides of 0, is the "
             "central difference "
             "(f(x + h) − f(x − h)) / 2h. It is ½ for every h, but ½ is only the average of the "
             "two one-sided slopes, not a derivative. <a href='probe:2'>Move the probe to "
             "x = 2</a>: there both sides of q(h) are 1, the same limit, and f′(2) = 1.</p>")
              .arg(m_style.secant.name(), m_style.secantRight.name(),
                   m_style.centralQuotient.name()),
          [](ExplorerState &s) {
              notebook(s, 0.0, false, false);
              s.setQuotientPanelVisible(true);
              s.setSecantMode(SecantMode::BothSides);
          } },
        { tr("7. The convention, and sparsity"),
          tr("<p>A neural network still needs a number at x = 0, so each library picks one. "
             "PyTorch's <tt>torch.relu</tt> uses <b>0</b>: the dashed line in the fan.</p>"
             "<p>Why 0? A unit whose input is not positive then passes no gradient back, which "
             "keeps "
             "many gradients exactly 0: sparse.</p>"
             "<p>Does the choice matter? On paper an input lands exactly on 0 almost never, the "
             "kink being a single point. In a computer it does: exact zeros are common in low "
             "precision. Bertoin et al. (NeurIPS 2021) backpropagated through the same MNIST "
             "networks with ReLU′(0) = 0 and with 1: in float32 the gradients differed for 2 % to "
             "87 % of random initialisations within one epoch, in float16 for almost all, in "
             "float64 for none.</p>"
             "<p>Press C to try the other conventions: the legend, the readout and the red dot "
             "follow. <tt>torch.clamp(x, min=0)</tt> uses 1; <tt>torch.maximum(x, 0)</tt> uses "
             "½.</p>"),
          [](ExplorerState &s) { notebook(s, 0.0, true, false); } },
    };
}

void LessonGuide::displayPage(int index)
{
    m_current = index;
    const Page &current = m_pages[std::size_t(index)];
    m_title->setText(current.title);
    m_text->setHtml(current.text);
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < pageCount());
}

void LessonGuide::openPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    displayPage(index);
    const Page &current = m_pages[std::size_t(index)];
    // "Lesson page 2 of 7: A table of values.", not "…: 2. A table of values".
    static const QRegularExpression number(QStringLiteral("^\\d+\\.\\s*"));
    const QString title = QString(current.title).remove(number);
    Q_EMIT pageOpened(tr("Lesson page %1 of %2: %3.").arg(index + 1).arg(pageCount()).arg(title)
                      + QLatin1Char(' ')
                      + SpokenDescription::speak(m_text->document()->toPlainText().simplified()));
    current.apply(*m_state);
}

void LessonGuide::followLink(const QUrl &link)
{
    if (link.scheme() != QLatin1String("probe"))
        return;
    bool ok = false;
    const double x = link.path().toDouble(&ok);
    if (ok)
        m_state->setProbeX(x);
}

void LessonGuide::next()
{
    openPage(m_current + 1);
}

void LessonGuide::back()
{
    openPage(m_current - 1);
}

QSize LessonGuide::sizeHint() const
{
    // About 34 characters of the page's type a line, the same on every page; never more than
    // a third of the window, so a 1024-pixel projector keeps most of its width for the plot.
    int width = 34 * m_text->fontMetrics().averageCharWidth() + 2 * m_text->frameWidth()
        + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    if (const QWidget *w = window(); w && w != this)
        width = std::min(width, w->width() / 3);
    return { width, QWidget::sizeHint().height() };
}

void LessonGuide::setPlotStyle(const PlotStyle &style)
{
    m_style = style;
    QFont font = QWidget::font();
    font.setPointSizeF(QApplication::font().pointSizeF() * style.scale);
    m_text->setFont(font);
    QFont titleFont = font;
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Back and Next grow with the type, for a presenter's mouse on a projector.
    m_back->setFont(font);
    m_next->setFont(font);
    writePages();
    if (m_current >= 0)
        displayPage(m_current);
}
