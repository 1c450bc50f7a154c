#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
/*
Measure what TensorFlow.js's autograd returns at the kinks, for issue 13.

What it does
    The same cases as tools/measure_pytorch_kinks.py (each built-in activation
    at each of its kinks and breakpoints, the non-smooth primitives at their
    switching points, the gallery expressions at 0), measured with
    TensorFlow.js on its pure JavaScript 'cpu' backend (tf.setBackend('cpu')):
    tf.grad(f) at x = c exactly, in a 1-element float32 tensor and in a
    64-element tensor of copies of c. TensorFlow.js has no float64, so every
    row is float32. It prints one CSV row per case, header

        case,expression,x,framework,version,dtype,value,note

    value is the 1-element result written as Python's repr would write the
    double (the shortest decimal that reads back as the same double: 0.0, 1.0,
    0.20000000298023224, nan), so the file reads like framework_pytorch.csv.
    When the 64-element tensor gives another value, note says so. Where
    TensorFlow.js has no such function or parameter, value is nan and note
    says "no such function in tfjs" (or parameter); nothing is emulated.

Install (outside the repository's tracked files; tools/.gitignore ignores
tools/.node_modules/):
    npm install --prefix tools/.node_modules @tensorflow/tfjs@4.22.0
or let the script do it:  node tools/measure_tfjs_kinks.mjs --install
Another install directory can be named with TFJS_DIR=/path (the directory
whose node_modules/ holds @tensorflow/tfjs).

Run:
    node tools/measure_tfjs_kinks.mjs > tests/core/data/framework_tfjs.csv
    node tools/measure_tfjs_kinks.mjs --check tests/core/data/framework_tfjs.csv

TensorFlow.js prints a banner about tfjs-node on stderr; stdout is the CSV.

Exit status: 0 when every case was measured (with --check: and the file holds
exactly these rows); 1 when --check finds a difference; 2 when
@tensorflow/tfjs is missing, is not version 4.22.0, or a case threw.
*/

import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const TFJS_VERSION = '4.22.0';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const TFJS_DIR = process.env.TFJS_DIR || path.join(HERE, '.node_modules');
const HEADER = ['case', 'expression', 'x', 'framework', 'version', 'dtype', 'value', 'note'];
const SIZES = [1, 64];

function loadTf(install) {
  const req = createRequire(path.join(TFJS_DIR, 'package.json'));
  try {
    return req('@tensorflow/tfjs');
  } catch (e) {
    if (!install) {
      process.stderr.write(`measure_tfjs_kinks: cannot load @tensorflow/tfjs from ${TFJS_DIR}\n` +
        `install it with\n    npm install --prefix ${TFJS_DIR} @tensorflow/tfjs@${TFJS_VERSION}\n` +
        `(or run this script with --install)\n`);
      return null;
    }
  }
  fs.mkdirSync(TFJS_DIR, { recursive: true });
  execFileSync('npm', ['install', '--prefix', TFJS_DIR, '--no-save', '--no-audit', '--no-fund',
    `@tensorflow/tfjs@${TFJS_VERSION}`], { stdio: ['ignore', 2, 2] }); // npm's report to stderr
  return req('@tensorflow/tfjs');
}

// Python's repr of a double: shortest round-trip digits, fixed notation for
// decimal exponents -4 <= e < 16, else d.ddde+XX; nan, inf, -inf.
function pyrepr(v) {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = v.toExponential().split('e'); // shortest digits
  const e = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s;
  if (e >= -4 && e < 16) {
    if (e < 0) {
      s = '0.' + '0'.repeat(-e - 1) + digits;
    } else if (digits.length <= e + 1) {
      s = digits + '0'.repeat(e + 1 - digits.length) + '.0';
    } else {
      s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
    }
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    s = m + 'e' + (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
  }
  return (neg ? '-' : '') + s;
}

function csvField(s) {
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// (case id, app expression, x, function of a tensor or null, note[, alt]).
// alt, for the cases whose comparison of x makes tf.grad throw: the same
// function with the comparison made on a copy of x that tf.grad does not
// trace (a constant mask); its value goes into the note, never into value.
function makeCases(tf) {
  const z = (x) => tf.zerosLike(x);
  const noFn = (what) => `no such function in tfjs (${what})`;
  return [
    // Built-in functions at every kink (default parameters) ...
    ['relu_0', 'relu', 0, (x) => tf.relu(x), 'tf.relu'],
    ['leaky_relu_0', 'leaky_relu', 0, (x) => tf.leakyRelu(x, 0.01), 'tf.leakyRelu(x, 0.01)'],
    ['relu6_0', 'relu6', 0, (x) => tf.relu6(x), 'tf.relu6'],
    ['relu6_6', 'relu6', 6, (x) => tf.relu6(x), 'tf.relu6'],
    ['hardtanh_m1', 'hardtanh', -1, null, noFn('tf.clipByValue is the nearest; see the clamp rows')],
    ['hardtanh_1', 'hardtanh', 1, null, noFn('tf.clipByValue is the nearest; see the clamp rows')],
    ['selu_0', 'selu', 0, (x) => tf.selu(x), 'tf.selu'],
    ['hardsigmoid_m3', 'hardsigmoid', -3, null,
      noFn("tfjs-layers' hardSigmoid activation is clip(0.2x + 0.5, 0, 1), another function, kinks at +-2.5")],
    ['hardsigmoid_3', 'hardsigmoid', 3, null,
      noFn("tfjs-layers' hardSigmoid activation is clip(0.2x + 0.5, 0, 1), another function, kinks at +-2.5")],
    ['hardswish_m3', 'hardswish', -3, null, noFn('no hardswish or hard_silu')],
    ['hardswish_3', 'hardswish', 3, null, noFn('no hardswish or hard_silu')],
    ['abs_0', 'abs', 0, (x) => tf.abs(x), 'tf.abs'],
    // ... breakpoints that are not kinks at the default parameters ...
    ['elu_0', 'elu', 0, (x) => tf.elu(x), 'tf.elu (alpha is always 1); not a kink'],
    ['celu_0', 'celu', 0, null, noFn('no celu')],
    ['softplus_20', 'softplus', 20, (x) => tf.softplus(x),
      'tf.softplus has no beta or threshold: no switch to f(x)=x, its gradient is sigmoid(x)'],
    // ... and one non-default parameter set each.
    ['leaky_relu_0.2_0', 'leaky_relu:negative_slope=0.2', 0, (x) => tf.leakyRelu(x, 0.2),
      'tf.leakyRelu(x, 0.2)'],
    ['elu_0.5_0', 'elu:alpha=0.5', 0, null,
      "no such parameter in tfjs: tf.elu has no alpha, and tfjs-layers' elu throws " +
      'NotImplementedError for alpha other than 1'],
    ['celu_2_0', 'celu:alpha=2', 0, null, noFn('no celu')],
    ['hardtanh_m2_3_m2', 'hardtanh:min_val=-2,max_val=3', -2, null, noFn('no hardtanh')],
    ['hardtanh_m2_3_3', 'hardtanh:min_val=-2,max_val=3', 3, null, noFn('no hardtanh')],
    // Primitives at their switching points (gradient with respect to x).
    ['expr_relu_0', 'relu(x)', 0, (x) => tf.relu(x), 'tf.relu'],
    ['expr_abs_0', 'abs(x)', 0, (x) => tf.abs(x), 'tf.abs'],
    ['max_x0_0', 'max(x,0)', 0, (x) => tf.maximum(x, z(x)), 'tf.maximum(x, zerosLike(x)): a tie'],
    ['max_0x_0', 'max(0,x)', 0, (x) => tf.maximum(z(x), x),
      'tf.maximum(zerosLike(x), x): a tie, x second'],
    ['min_x0_0', 'min(x,0)', 0, (x) => tf.minimum(x, z(x)), 'tf.minimum(x, zerosLike(x)): a tie'],
    ['min_0x_0', 'min(0,x)', 0, (x) => tf.minimum(z(x), x),
      'tf.minimum(zerosLike(x), x): a tie, x second'],
    ['clamp01_0', 'clamp(x,0,1)', 0, (x) => tf.clipByValue(x, 0, 1),
      'tf.clipByValue(x, 0, 1): at the lower bound'],
    ['clamp01_1', 'clamp(x,0,1)', 1, (x) => tf.clipByValue(x, 0, 1),
      'tf.clipByValue(x, 0, 1): at the upper bound'],
    ['clampmin_0', 'clamp(x,min=0)', 0, null,
      'no such function in tfjs: tf.clipByValue needs both bounds; not the app\'s syntax either'],
    ['where_0', '(x>0)?x:0', 0, (x) => tf.where(tf.greater(x, 0), x, z(x)),
      'tf.where(tf.greater(x, 0), x, zerosLike(x))',
      (x) => tf.where(tf.greater(tf.fill(x.shape, 0), 0), x, z(x))],
    ['sign_0', 'sign(x)', 0, (x) => tf.sign(x), 'tf.sign'],
    ['floor_0', 'floor(x)', 0, (x) => tf.floor(x), 'tf.floor'],
    ['floor_1', 'floor(x)', 1, (x) => tf.floor(x), 'tf.floor'],
    // The gallery, at 0 (relu(x), max(x,0) and (x>0)?x:0 are above).
    ['clampbig_0', 'clamp(x,0,1e308)', 0, (x) => tf.clipByValue(x, 0, 1e308),
      'tf.clipByValue(x, 0, 1e308): the bounds are JavaScript numbers (doubles)'],
    ['x_times_gt_0', 'x*(x>0)', 0, (x) => tf.mul(x, tf.cast(tf.greater(x, 0), 'float32')),
      "tf.mul(x, tf.cast(tf.greater(x, 0), 'float32'))",
      (x) => tf.mul(x, tf.cast(tf.greater(tf.fill(x.shape, 0), 0), 'float32'))],
    ['relu_minus_relu_neg_0', 'relu(x)-relu(-x)', 0, (x) => tf.sub(tf.relu(x), tf.relu(tf.neg(x))),
      'equals x, whose derivative is 1'],
    ['clampbig_minus_relu_0', 'clamp(x,0,1e308)-relu(x)', 0,
      (x) => tf.sub(tf.clipByValue(x, 0, 1e308), tf.relu(x)), 'equals 0 everywhere'],
    ['clampmin_minus_relu_0', 'clamp(x,min=0)-relu(x)', 0, null,
      'no such function in tfjs: tf.clipByValue needs both bounds; not the app\'s syntax either'],
    ['sqrt_x_x_0', 'sqrt(x*x)', 0, (x) => tf.sqrt(tf.mul(x, x)), 'equals |x|'],
    ['prelu_form_0', 'relu(x)-0.25*relu(-x)', 0,
      (x) => tf.sub(tf.relu(x), tf.mul(tf.scalar(0.25), tf.relu(tf.neg(x)))),
      'leaky_relu with slope 0.25 written as relu(x) - a*relu(-x)'],
  ];
}

function measure(tf, fn, c, n) {
  return tf.tidy(() => {
    const x = tf.fill([n], c, 'float32');
    const g = tf.grad(fn)(x); // dy = ones
    const seen = new Map();
    for (const v of g.dataSync()) seen.set(pyrepr(v), v);
    return [...seen.keys()].sort();
  });
}

async function main() {
  const args = process.argv.slice(2);
  const checkIdx = args.indexOf('--check');
  const checkFile = checkIdx >= 0 ? args[checkIdx + 1] : null;
  const tf = loadTf(args.includes('--install'));
  if (!tf) return 2;
  if (tf.version.tfjs !== TFJS_VERSION) {
    process.stderr.write(`measure_tfjs_kinks: found @tensorflow/tfjs ${tf.version.tfjs}, ` +
      `want ${TFJS_VERSION}\n`);
    return 2;
  }
  await tf.setBackend('cpu');
  await tf.ready();
  const version = `${tf.version.tfjs} (npm @tensorflow/tfjs; backend ${tf.getBackend()} ` +
    `tfjs-backend-cpu ${tf.version['tfjs-backend-cpu']}; Node ${process.versions.node})`;
  const lines = [HEADER.join(',')];
  let errors = 0;
  for (const [id, expr, c, fn, note0, alt] of makeCases(tf)) {
    const notes = note0 ? [note0] : [];
    let value = 'nan';
    if (fn) {
      const got = {};
      for (const n of SIZES) {
        try {
          got[n] = measure(tf, fn, c, n);
        } catch (e) {
          got[n] = `${e.name}: ${String(e.message).split('\n')[0]}`;
          if (!alt) errors += 1; // with alt the throw is the expected result
        }
      }
      const [v1, v64] = [got[1], got[64]];
      if (typeof v1 === 'string') notes.push('throws ' + v1);
      else value = v1[0];
      if (typeof v64 === 'string') {
        if (v64 !== v1) notes.push('64-element tensor throws ' + v64);
      } else if (v64.length > 1) {
        notes.push('64-element tensor: elements differ: ' + v64.join(' '));
      } else if (typeof v1 !== 'string' && v64[0] !== v1[0]) {
        notes.push('64-element tensor gives ' + v64[0]);
      } else if (typeof v1 !== 'string') {
        notes.push('same in a 64-element tensor');
      }
      if (alt) {
        const a1 = measure(tf, alt, c, 1);
        const a64 = measure(tf, alt, c, 64);
        notes.push('with the comparison made on an untraced copy of x (a constant mask) ' +
          `the gradient is ${a1.join(' ')}` +
          (a64.join(' ') === a1.join(' ') ? ' (also in 64 elements)' : `, in 64 elements ${a64.join(' ')}`));
      }
    }
    lines.push([id, expr, pyrepr(c), 'tfjs', version, 'float32', value, notes.join('; ')]
      .map(csvField).join(','));
  }
  const text = lines.join('\n') + '\n';
  if (errors) process.stderr.write(`measure_tfjs_kinks: ${errors} measurements threw (see note)\n`);
  if (!checkFile) {
    process.stdout.write(text);
    return errors ? 2 : 0;
  }
  const old = fs.readFileSync(checkFile, 'utf8');
  if (old === text) {
    process.stdout.write(`measure_tfjs_kinks: ${checkFile} matches (${lines.length - 1} rows)\n`);
    return errors ? 2 : 0;
  }
  const oldLines = new Set(old.split('\n'));
  const newLines = new Set(text.split('\n'));
  for (const l of oldLines) if (!newLines.has(l)) process.stdout.write('only in file: ' + l + '\n');
  for (const l of newLines) if (!oldLines.has(l)) process.stdout.write('only now:     ' + l + '\n');
  return 1;
}

main().then((rc) => { process.exitCode = rc; },
  (e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exitCode = 2; });
