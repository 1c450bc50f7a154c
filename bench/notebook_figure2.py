#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The notebook's Figure 2, with its own matplotlib code, saved as a 700x700 PNG.

This is the notebook's cell, unchanged but for the last line (savefig instead of an inline plot)
and Python 3's print. Used only by bench/compare-matplotlib.sh, never by the app or its tests.
Usage: notebook_figure2.py OUTPUT.png
"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # For plotting.
import numpy as np  # To create matrices.


def f(x):
    """ReLU returns 1 if x>0, else 0."""
    return np.maximum(0, x)


plt.figure(figsize=(7, 7))

X_neg = np.arange(-4, 1, 1)  # Negative numbers.
plt.plot(X_neg, f(X_neg), '.-', label='$f\'(x) =0$')  # Plot negative x, f(x)

X_pos = np.arange(0, 5, 1)  # Positive numbers
plt.plot(X_pos, f(X_pos), '.-g', label='$f\'(x)=1$')  # Plot positive x, f(x)

plt.plot(0, f(0), 'or', label='$f \'(x)=$undefined but set to 0')  # At 0.

plt.ylim(-1, 5); plt.grid(); plt.xlabel('$x$', fontsize=22); plt.ylabel('$f(x)$', fontsize=22)  # Make plot look nice.
plt.legend(loc='best', fontsize=16)
plt.savefig(sys.argv[1], dpi=100)  # 7 in x 100 dpi = 700 x 700 pixels
