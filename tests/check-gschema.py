#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the compiled GSettings schema: every key the application reads, with
its type, default value and range, as `gsettings` reports them.

Usage: check-gschema.py GSETTINGS SCHEMA-DIR SCHEMA-ID
"""

import os
import subprocess
import sys

# key: (default as printed by gsettings, range as printed by gsettings)
EXPECTED = {
    'window-width': ('1100', 'type i'),
    'window-height': ('720', 'type i'),
    'window-maximized': ('false', 'type b'),
    'last-page': ("'overview'", 'type s'),
    'selected-year': ('0', 'type i'),
    'retention-months': ('24', 'range i 1 120'),
    'mask-small-counts': ('true', 'type b'),
}


def gsettings(tool, schema_dir, *args):
    env = dict(os.environ, GSETTINGS_BACKEND='memory')
    result = subprocess.run([tool, '--schemadir', schema_dir, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    tool, schema_dir, schema_id = sys.argv[1:]
    checks = []
    rc, out, err = gsettings(tool, schema_dir, 'list-keys', schema_id)
    keys = sorted(out.split()) if rc == 0 else []
    checks.append((keys == sorted(EXPECTED), f'{schema_id} has the keys ' + ', '.join(sorted(EXPECTED)),
                   err or f'keys: {keys}'))
    for key, (default, range_) in EXPECTED.items():
        rc, got, err = gsettings(tool, schema_dir, 'get', schema_id, key)
        checks.append((rc == 0 and got == default, f'{key} defaults to {default}', err or f'got {got}'))
        rc, got, err = gsettings(tool, schema_dir, 'range', schema_id, key)
        got = ' '.join(got.split())
        checks.append((rc == 0 and got == range_, f'{key} is {range_}', err or f'got {got}'))

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
