#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the build into a temporary folder and check the installed layout.

Runs `meson install --destdir TMP --no-rebuild` on the build folder, then
checks that every expected path (absolute, under the configured prefix)
exists in TMP. A path given as --if-target=NAME:PATH is expected only when the
build defines a target called NAME (the executables are defined by src/gui and
src/cli, which may not exist yet in a partial tree).

Usage: check-install.py MESON BUILD-ROOT [--if-target=NAME:PATH…] PATH…
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    meson, build_root, *args = sys.argv[1:]
    with open(os.path.join(build_root, 'meson-info', 'intro-targets.json'),
              encoding='utf-8') as f:
        targets = {t['name'] for t in json.load(f)}
    expected = []
    for arg in args:
        if arg.startswith('--if-target='):
            name, path = arg[len('--if-target='):].split(':', 1)
            if name in targets:
                expected.append(path)
            else:
                print(f'# no target {name} in this build: {path} not checked')
        else:
            expected.append(arg)
    base = os.environ.get('PRE_TEST_OUTPUT_DIR') or None
    if base:
        os.makedirs(base, exist_ok=True)
    destdir = tempfile.mkdtemp(prefix='install-', dir=base)
    try:
        result = subprocess.run(
            [meson, 'install', '-C', build_root, '--no-rebuild', '--quiet',
             '--destdir', destdir],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(f'1..{len(expected) + 1}')
        sys.stdout.flush()
        if result.returncode != 0:
            print('not ok 1 - meson install succeeds')
            for line in result.stdout.splitlines():
                print(f'# {line}')
            return 1
        print('ok 1 - meson install succeeds')
        failed = 0
        for i, path in enumerate(expected, 2):
            installed = os.path.join(destdir, path.lstrip('/'))
            if os.path.isfile(installed) and os.path.getsize(installed) > 0:
                print(f'ok {i} - {path} is installed')
            else:
                failed += 1
                print(f'not ok {i} - {path} is installed')
                print(f'# missing or empty: {installed}')
        if failed:
            print('# installed files:')
            for dirpath, _, filenames in os.walk(destdir):
                for name in sorted(filenames):
                    print('#   ' + os.path.relpath(os.path.join(dirpath, name), destdir))
        return 1 if failed else 0
    finally:
        shutil.rmtree(destdir, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
