#pragma once

#include "activation.h"

/**
 * ReLU, f(x) = max(0, x): 0 on the left, the identity on the right, one kink at 0 where
 * f'-(0) = 0 and f'+(0) = 1.
 *
 * PyTorch's autograd (torch.relu, checked with PyTorch 1.13) returns 0 at x = 0: its backward
 * multiplies the incoming gradient by (x > 0). Many implementations make the same choice, which
 * keeps gradients sparse.
 */
class Relu final : public Activation
{
public:
    Relu();

    double value(double x) const override;

protected:
    double frameworkDerivative(double x) const override;
};
