# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures a recorded audio trace (record-trace.sh): from the first sound on, the level of each
# channel and the strength of the tones for y = 0 and y = 1 on the default view's y range
# [−1, 5] (PitchMap: 200 Hz · 8^((y + 1)/6): 282.8 Hz and 400 Hz), every 0.1 s window.
# Usage: /usr/bin/python3 tools/a11y/trace_pitch.py /tmp/relu-audio/trace.wav
import array, math, sys, wave

w = wave.open(sys.argv[1])
rate = w.getframerate()
samples = array.array('h')
samples.frombytes(w.readframes(w.getnframes()))
left, right = samples[0::2], samples[1::2]
start = next(i for i, v in enumerate(left) if abs(v) > 200 or abs(right[i]) > 200)


def goertzel(segment, frequency):
    k = 2 * math.cos(2 * math.pi * frequency / rate)
    s1 = s2 = 0.0
    for x in segment:
        s1, s2 = x + k * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - k * s1 * s2)) / len(segment)


def rms(segment):
    return math.sqrt(sum(v * v for v in segment) / len(segment))


window = int(0.1 * rate)
print(' t (s)  left  right  282.8 Hz  400 Hz')
for tenth in range(0, 40, 2):
    i = start + tenth * rate // 10
    l, r = left[i:i + window], right[i:i + window]
    both = [a + b for a, b in zip(l, r)]
    print(f'{tenth / 10:5.1f} {rms(l):6.0f} {rms(r):6.0f} {goertzel(both, 282.84):9.0f} {goertzel(both, 400):7.0f}')
