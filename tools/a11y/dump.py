# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints what AT-SPI sees of the running app: role, name, value and description of each object.
import pyatspi, sys
desk = pyatspi.Registry.getDesktop(0)
def walk(o, d=0):
    try:
        role = o.getRoleName(); name = o.name; desc = o.description
        st = o.getState()
        foc = st.contains(pyatspi.STATE_FOCUSABLE)
        val = ''
        try:
            v = o.queryValue(); val = ' value=%g [%g..%g]' % (v.currentValue, v.minimumValue, v.maximumValue)
        except Exception: pass
        if d < 14 and (role not in ('filler','panel') or name or foc):
            print('  '*d + '%s %r%s%s%s' % (role, name, val, ' FOCUSABLE' if foc else '', (' desc=%r' % desc) if desc else ''))
        for i in range(o.childCount):
            walk(o.getChildAtIndex(i), d+1)
    except Exception as e:
        print('  '*d + 'ERR', e)
for app in desk:
    if app and 'relu' in (app.name or '').lower():
        walk(app)
