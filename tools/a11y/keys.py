# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Activates the window, then presses KEYS (xdotool names, "sleep2" waits 2 s), PAUSE seconds apart.
# Sends keys to the focused window with xdotool, a pause after each, as a student would.
import os, subprocess, time, sys
subprocess.run(['xdotool', 'search', '--sync', '--name', 'ReLU Explorer', 'windowactivate', '--sync'], timeout=10)
time.sleep(1.5)
keys = os.environ.get('KEYS', 'Right Right K C Left').split()
for k in keys:
    if k.startswith('sleep'):
        time.sleep(float(k[5:])); continue
    subprocess.run(["xdotool", "key", "--delay", "100", k])
    time.sleep(float(os.environ.get('PAUSE', '2.5')))
