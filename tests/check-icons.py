#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the application icons.

The colour icons (default and .Devel) are 128×128 SVG documents; the symbolic
icon is 16×16, drawn with fills only in one colour (GTK recolours symbolic
icons by their fill, so a stroke or a second colour would not follow the theme).

Usage: check-icons.py ICONS-DIR BASE-ID
"""

import os
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    icons, base_id = sys.argv[1:]
    checks = []

    def size_of(path):
        root = ET.parse(path).getroot()
        return root, root.get('width'), root.get('height'), root.get('viewBox')

    for name in (base_id + '.svg', base_id + '.Devel.svg'):
        path = os.path.join(icons, 'scalable', 'apps', name)
        root, w, h, box = size_of(path)
        checks.append((root.tag == SVG + 'svg' and (w, h, box) == ('128', '128', '0 0 128 128'),
                       f'{name} is a 128×128 SVG', f'width={w} height={h} viewBox={box}'))

    name = base_id + '-symbolic.svg'
    root, w, h, box = size_of(os.path.join(icons, 'symbolic', 'apps', name))
    checks.append(((w, h, box) == ('16', '16', '0 0 16 16'), f'{name} is a 16×16 SVG',
                   f'width={w} height={h} viewBox={box}'))
    strokes = [el.tag for el in root.iter() if el.get('stroke') not in (None, 'none')]
    checks.append((not strokes, f'{name} has no strokes', f'stroked: {strokes}'))
    colours = {el.get('fill') for el in root.iter() if el.get('fill') not in (None, 'none')}
    checks.append((len(colours) == 1, f'{name} uses one colour', f'fills: {sorted(colours)}'))

    print(f'1..{len(checks)}')
    failed = 0
    for i, (ok, what, detail) in enumerate(checks, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if not ok:
            failed += 1
            print(f'# {detail}')
            print(f'{what}: {detail}', file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
