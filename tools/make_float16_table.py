#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/core/data/float16_rounding.csv: doubles and what numpy's float16 rounds them to
(IEEE 754 binary16, round to nearest, ties to even), for tst_float16. numpy is the independent
implementation; the app never uses it. Run with Debian's /usr/bin/python3 and python3-numpy."""
import csv, math, random, sys, warnings
import numpy as np

warnings.simplefilter('ignore')
values = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.0 / 3, 65504.0, 65519.99, 65520.0, 70000.0,
          -65520.0, 1e-300, 2.0 ** -14, 2.0 ** -15, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -26,
          2.0 ** -25 * 1.0000001, 1 + 2.0 ** -11, 1 + 3 * 2.0 ** -11, 1 + 2.0 ** -11 + 2.0 ** -40,
          2048 + 1, 2048 + 3, 4096 + 2, math.pi, -math.e, 1e5, float('inf'), float('-inf')]
rng = random.Random(16)
for _ in range(400):
    values.append(rng.uniform(-2, 2) * 2.0 ** rng.randint(-28, 17))
with open(sys.argv[1] if len(sys.argv) > 1 else 'tests/core/data/float16_rounding.csv', 'w',
          newline='') as out:
    writer = csv.writer(out)
    writer.writerow(['x', 'float16'])
    for v in values:
        writer.writerow([repr(float(v)), repr(float(np.float16(v)))])
