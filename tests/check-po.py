#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations, speaking TAP.

1. Every source file that marks strings for translation (_(), N_(), C_(),
   NC_(), ngettext, translatable="yes", or an .in data file) is listed in
   po/POTFILES.in.
2. po/vi.po holds every string of a fresh template, with no untranslated or
   fuzzy entry, and compiles with msgfmt --check.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

root = sys.argv[1]
MARKS = re.compile(r'(?<![A-Za-z0-9_])(N?C?_|ngettext|g_dngettext|Q_)\s*\(\s*"|translatable="yes"|<_?(p|li|name|summary)>')
SKIP_DIRS = {'.git', 'po', 'tests', 'flatpak', 'build-aux', 'subprojects'}
tap = Tap()
ok = tap.ok


def listed_files():
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def marked_files():
    found = set()
    for top in ('src', 'resources', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            for name in filenames:
                if not name.endswith(('.c', '.ui', '.xml', '.in', '.its')):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                if name.endswith('.desktop.in') or name.endswith('.metainfo.xml.in'):
                    found.add(rel)
                elif name.endswith('.gschema.xml') and '<summary>' in text:
                    found.add(rel)
                elif name.endswith(('.c', '.ui')) and MARKS.search(text):
                    found.add(rel)
                elif name.endswith('.xml') and 'translatable="yes"' in text:
                    found.add(rel)
    return found


listed = listed_files()
marked = marked_files()
for rel in sorted(marked):
    ok(rel in listed, f'{rel} is in po/POTFILES.in', 'add it to po/POTFILES.in')
for rel in sorted(listed):
    ok(os.path.exists(os.path.join(root, rel)), f'{rel} listed in POTFILES.in exists')

vi_po = os.path.join(root, 'po', 'vi.po')
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'netconduct.pot')
    files = sorted(listed)
    xgettext = ['xgettext', '--from-code=UTF-8', '--keyword=_', '--keyword=N_',
                '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
                '--keyword=ngettext:1,2', '--add-comments=Translators',
                '-o', pot, '--directory', root] + files
    env = dict(os.environ, GETTEXTDATADIRS=os.path.join(root, 'po'))
    proc = subprocess.run(xgettext, capture_output=True, text=True, env=env)
    ok(proc.returncode == 0, 'xgettext extracts the template', proc.stderr)
    merged = os.path.join(tmp, 'vi.po')
    proc = subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, vi_po, pot],
                          capture_output=True, text=True)
    ok(proc.returncode == 0, 'msgmerge merges vi.po with the template', proc.stderr)
    proc = subprocess.run(['msgattrib', '--untranslated', '--no-obsolete', merged],
                          capture_output=True, text=True)
    untranslated = re.findall(r'^msgid "(.*)"', proc.stdout, re.M)
    untranslated = [m for m in untranslated if m]
    ok(not untranslated, 'vi.po has no untranslated string',
       '\n'.join(untranslated[:30]))
    proc = subprocess.run(['msgattrib', '--only-fuzzy', '--no-obsolete', merged],
                          capture_output=True, text=True)
    fuzzy = [m for m in re.findall(r'^msgid "(.*)"', proc.stdout, re.M) if m]
    ok(not fuzzy, 'vi.po has no fuzzy string', '\n'.join(fuzzy[:30]))
    proc = subprocess.run(['msgfmt', '--check', '-o', os.devnull, vi_po],
                          capture_output=True, text=True)
    ok(proc.returncode == 0, 'vi.po compiles with msgfmt --check', proc.stderr)

tap.finish()
