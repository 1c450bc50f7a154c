// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autogradexamples.h"

#include <limits>

std::vector<AutogradExample> AutogradExample::all()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {
        { QStringLiteral("relu(x)"),
          tr("ReLU as torch.relu writes it: autograd returns 0 at the kink."), 0.0 },
        { QStringLiteral("max(x, 0)"),
          tr("The same ReLU as a maximum: at 0 the two arguments tie, and PyTorch and JAX split "
             "the gradient, ½ each, while TensorFlow gives it all to x."),
          0.5 },
        { QStringLiteral("clamp(x, 0, 1e308)"),
          tr("ReLU again, for every x up to 1e308, as a clamp: PyTorch passes the gradient at a "
             "bound, so it returns 1 at 0 (in float64; in float32 it refuses the bound 1e308)."),
          1.0 },
        { QStringLiteral("x*(x>0)"),
          tr("The same ReLU as x times a comparison, which has no gradient: 0 at 0, and "
             "TensorFlow.js cannot differentiate it at all."),
          0.0 },
        { QStringLiteral("(x>0)?x:0"),
          tr("The same ReLU as a choice: PyTorch, TensorFlow and JAX follow the branch taken, the "
             "constant 0, so 0 at 0; TensorFlow.js cannot differentiate the comparison."),
          0.0 },
        { QStringLiteral("relu(x)-relu(-x)"),
          tr("This is just x, whose derivative is 1 everywhere, yet every framework returns 0 at "
             "0: a spurious derivative."),
          0.0 },
        { QStringLiteral("clamp(x, 0, 1e308)-relu(x)"),
          tr("This is 0 for every x up to 1e308, yet PyTorch returns 1 at 0 (in float64): clamp's "
             "1 minus relu's 0."),
          1.0 },
        { QStringLiteral("sqrt(x*x)"),
          tr("This is |x|, and autograd returns NaN at 0: the chain rule multiplies sqrt's "
             "infinite slope by the 0 of x*x."),
          nan },
        { QStringLiteral("relu(x)-0.25*relu(-x)"),
          tr("A leaky ReLU with slope 0.25, written as Keras writes PReLU: autograd returns 0 at "
             "0, not the 0.25 that PyTorch's leaky_relu returns."),
          0.0 },
    };
}
