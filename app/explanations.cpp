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
        "gradient along the way. So each library decides, and they do not agree: at |x|'s kink "
        "PyTorch and TensorFlow return 0, JAX returns 1 and TensorFlow.js −1; at leaky_relu's, "
        "JAX returns 1 where the others return the slope on the left; at relu6's kink at 6, "
        "TensorFlow.js returns 1 and the others 0. The <i>Convention</i> menu shows each "
        "framework's value, with the version it was measured in or read from.</p>"
        "<p><b>Does it matter?</b> It is often said that it never does, because the kink is a "
        "single point. Measured, that is not true. Bertoin, Bolte, Gerchinovitz and Pauwels "
        "(NeurIPS 2021, “Numerical influence of ReLU′(0) on backpropagation”) trained the same "
        "networks with ReLU′(0) = 0 and = 1. The two differ only where a pre-activation is "
        "exactly 0.0, and low precision makes exact zeros common: on MNIST networks in float32, "
        "2 % to 87 % of random initialisations were affected within one epoch, depending on depth "
        "and width; in float16 almost all were, in float64 none. A ResNet18 on CIFAR10 without "
        "batch normalisation trained to about 90 % with ReLU′(0) = 0 and failed to train with "
        "1.</p>"
        "<p><b>The same function, written differently, gets another derivative.</b> In PyTorch "
        "1.13 (Debian's python3-torch), measured at 0:</p>"
        "<ul>"
        "<li><tt>torch.relu(x)</tt>: 0</li>"
        "<li><tt>torch.clamp(x, min=0)</tt>: 1, because clamp passes the gradient wherever "
        "x ≥ min</li>"
        "<li><tt>torch.maximum(x, torch.zeros_like(x))</tt>: ½, because a tie splits the "
        "gradient between both inputs</li>"
        "</ul>"
        "<p>All three compute the same values max(0, x). And <tt>relu(x) − relu(−x)</tt> is "
        "just x, whose derivative is 1, yet every framework returns 0 at 0: a spurious "
        "derivative, which the readout names when you type such an expression.</p>");
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
