#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest against the build, speaking TAP."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

manifest_path, app_id, command = sys.argv[1:4]
tap = Tap()
ok = tap.ok


try:
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    ok(True, 'the manifest parses as JSON')
except (OSError, ValueError) as e:
    print('1..1\nnot ok 1 - the manifest parses as JSON\n# ' + str(e))
    sys.exit(0)

ok(manifest.get('id', manifest.get('app-id')) == app_id, f'its app id is {app_id}')
ok(manifest.get('command') == command, f'its command is {command}')
ok(manifest.get('runtime') == 'org.gnome.Platform', 'its runtime is org.gnome.Platform')
ok(manifest.get('sdk') == 'org.gnome.Sdk', 'its SDK is org.gnome.Sdk')
version = str(manifest.get('runtime-version', ''))
ok(version.isdigit() and int(version) >= 44, 'the runtime ships WebKitGTK 6.0 (GNOME 44 or later)')
args = manifest.get('finish-args', [])
ok('--filesystem=host' not in args and '--filesystem=home' not in args,
   'it does not ask for the whole home or host file system')
ok('--share=network' in args, 'it can reach the network (the browser)')
modules = manifest.get('modules', [])
names = [m.get('name') if isinstance(m, dict) else m for m in modules]
ok('libsodium' in names, 'libsodium is built as a module')
ok(names and names[-1] == 'netconduct', 'the last module is netconduct')
last = modules[-1] if modules and isinstance(modules[-1], dict) else {}
ok(last.get('buildsystem') == 'meson', 'netconduct builds with meson')

tap.finish()
