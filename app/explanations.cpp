// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explanations.h"

QString Explanations::whyConvention()
{
    return tr(
        "<h3>Why do programs choose a value at the kink?</h3>"
        "<p>At x = 0 ReLU has a corner. Coming from the left the slope is 0; coming from the "
        "right it is 1. Every line through the corner with a slope between 0 and 1 stays under "
        "the graph, so there is no single tangent, and f′(0) does not exist.</p>"
        "<p>A neural network still needs a number there: backpropagation multiplies every "
        "gradient along the way. So each library simply decides. The decision almost never "
        "matters, because an input lands exactly on 0 very rarely: the kink is a single point, "
        "a set of measure zero. Choosing 0 has a pleasant side effect: a unit that outputs 0 "
        "passes no gradient back either, which keeps the gradients sparse.</p>"
        "<p><b>What PyTorch 1.13 computes at 0</b> (Debian's python3-torch):</p>"
        "<ul>"
        "<li><tt>torch.relu(x)</tt>: f′(0) = 0</li>"
        "<li><tt>torch.clamp(x, min=0)</tt>: f′(0) = 1, because clamp passes the gradient "
        "wherever x ≥ min</li>"
        "<li><tt>torch.maximum(x, torch.zeros_like(x))</tt>: f′(0) = ½, because a tie splits "
        "the gradient between both inputs</li>"
        "</ul>"
        "<p>All three compute the same values max(0, x). Only the derivative at the kink "
        "differs, and the <i>Convention</i> menu lets you pick which one the app shows.</p>");
}

QString Explanations::centralDifference()
{
    return tr(
        "<h3>Why the central difference says ½ at the kink</h3>"
        "<p>The central difference (f(x+h) − f(x−h)) / 2h looks at both sides of x at once. "
        "Where f is smooth it approaches f′(x), and faster than a one-sided secant.</p>"
        "<p>At ReLU's kink it is ½ for every h: it averages the slope 0 on the left with the "
        "slope 1 on the right. But a derivative needs the secant slopes to approach <i>one</i> "
        "value from <i>both</i> sides. Shrink h and watch: from the right the slope stays 1, from "
        "the left it stays 0. The two one-sided limits differ, so f′(0) does not exist, and ½ is "
        "only their average, one of the many lines through the corner, picked by the symmetry "
        "of the formula rather than by the function.</p>"
        "<p>Numerical tools that differentiate with central differences report 0.5 at the kink "
        "for exactly this reason.</p>");
}
