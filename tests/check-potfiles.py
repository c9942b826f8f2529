#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check po/POTFILES.in against the source tree.

Fails when a source file with translatable strings (_(), N_(), C_(), NC_(),
ngettext, g_dngettext, translatable="yes") or a translatable data file is
missing from POTFILES.in, when a listed file does not exist, or when the list
is not sorted. With --print, writes the list the tree calls for instead.

Usage: check-potfiles.py TOP_SOURCE_DIR [--print]
"""

import os
import re
import sys

C_MARKERS = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2?)\s*\(')
# Comments are dropped before searching (string literals are kept as they are).
C_COMMENTS = re.compile(r'("(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\')|/\*.*?\*/|//[^\n]*', re.S)
# _("… %" G_GINT64_FORMAT …): xgettext cannot expand the macro and extracts a cut msgid
# that never matches the string looked up at run time.
GLUED_MACRO = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|ngettext)\s*\((?:\s*"(?:\\.|[^"\\\n])*")+\s*[A-Z_][A-Z0-9_]*\b')
UI_MARKERS = re.compile(r'translatable\s*=\s*["\']yes["\']')
DATA_SUFFIXES = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml.in')


def wanted_files(top, glued=None):
    found = []
    for folder in ('src',):
        for dirpath, dirnames, filenames in os.walk(os.path.join(top, folder)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for name in filenames:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, top)
                if name.endswith(('.c', '.h')):
                    pattern = C_MARKERS
                elif name.endswith('.ui'):
                    pattern = UI_MARKERS
                else:
                    continue
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                if pattern is C_MARKERS:
                    text = C_COMMENTS.sub(lambda m: m.group(1) or ' ', text)
                if pattern.search(text):
                    found.append(rel)
                if pattern is C_MARKERS and glued is not None:
                    for m in GLUED_MACRO.finditer(text):
                        line = text.count('\n', 0, m.start()) + 1
                        glued.append(f'{rel}:{line}: a translatable string is joined to a macro '
                                     f'(xgettext cuts it there); format that part separately')
    data = os.path.join(top, 'data')
    if os.path.isdir(data):
        for name in os.listdir(data):
            if name.endswith(DATA_SUFFIXES):
                found.append(os.path.join('data', name))
    return sorted(found)


def listed_files(top):
    with open(os.path.join(top, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    top = sys.argv[1]
    glued = []
    wanted = wanted_files(top, glued)
    if '--print' in sys.argv[2:]:
        print('\n'.join(wanted))
        return 0

    listed = listed_files(top)
    problems = []
    for path in wanted:
        if path not in listed:
            problems.append(f'{path} has translatable strings but is not in po/POTFILES.in')
    for path in listed:
        if not os.path.exists(os.path.join(top, path)):
            problems.append(f'{path} is in po/POTFILES.in but does not exist')
    if listed != sorted(listed):
        problems.append('po/POTFILES.in is not sorted')
    if len(set(listed)) != len(listed):
        problems.append('po/POTFILES.in lists a file twice')

    print('1..2')
    failed = 0
    if problems:
        for p in problems:
            print(f'# {p}')
            print(p, file=sys.stderr)
        print('not ok 1 - po/POTFILES.in matches the translatable sources')
        failed += 1
    else:
        print(f'# {len(listed)} files listed')
        print('ok 1 - po/POTFILES.in matches the translatable sources')
    if glued:
        for p in glued:
            print(f'# {p}')
            print(p, file=sys.stderr)
        print('not ok 2 - every translatable string can be extracted whole')
        failed += 1
    else:
        print('ok 2 - every translatable string can be extracted whole')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
