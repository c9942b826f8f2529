#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest against the project.

The application ID, the command and the sandbox permissions must be the
project's: the app ID of the default profile, the GUI executable, and only a
display (Wayland, X11 fallback, IPC, GPU). No network and no file-system
access: files go through the portal.

Usage: check-flatpak-manifest.py MANIFEST APP-ID COMMAND
"""

import json
import sys

EXPECTED_FINISH_ARGS = [
    '--socket=wayland',
    '--socket=fallback-x11',
    '--share=ipc',
    '--device=dri',
]


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    manifest_path, app_id, command = sys.argv[1:]
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)

    checks = []

    def check(ok, what, detail=''):
        checks.append((bool(ok), what, detail))

    got_id = manifest.get('id', manifest.get('app-id'))
    check(got_id == app_id, f'the app ID is {app_id}', f'manifest says {got_id!r}')
    check(manifest.get('command') == command, f'the command is {command}',
          f'manifest says {manifest.get("command")!r}')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'the runtime is org.gnome.Platform',
          f'manifest says {manifest.get("runtime")!r}')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'the SDK is org.gnome.Sdk',
          f'manifest says {manifest.get("sdk")!r}')

    finish_args = manifest.get('finish-args', [])
    check(sorted(finish_args) == sorted(EXPECTED_FINISH_ARGS)
          and len(finish_args) == len(EXPECTED_FINISH_ARGS),
          'the permissions are ' + ' '.join(EXPECTED_FINISH_ARGS),
          f'manifest says {finish_args!r}')
    check('--share=network' not in finish_args, 'no network access',
          'manifest has --share=network')
    fs = [a for a in finish_args if a.startswith('--filesystem')]
    check(not fs, 'no file-system access', f'manifest has {fs!r}')

    modules = manifest.get('modules', [])
    names = [m.get('name') if isinstance(m, dict) else m for m in modules]
    check(names and names[-1] == 'pre-coordination', 'the last module is pre-coordination',
          f'modules are {names!r}')
    app = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    check(app.get('buildsystem') == 'meson', 'the app module builds with meson',
          f'buildsystem is {app.get("buildsystem")!r}')
    check('-Dprofile=default' in app.get('config-opts', []),
          'the app module builds the default profile',
          f'config-opts are {app.get("config-opts")!r}')

    print(f'1..{len(checks)}')
    failed = 0
    for i, (ok, what, detail) in enumerate(checks, 1):
        if ok:
            print(f'ok {i} - {what}')
        else:
            failed += 1
            print(f'not ok {i} - {what}')
            print(f'# {detail}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
