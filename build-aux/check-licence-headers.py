#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file of the repository names its licence (an SPDX line in
its first three lines). Prints TAP: one check per folder, listing the files
that lack the line. Usage: check-licence-headers.py SOURCE_ROOT"""
import os
import re
import sys

SOURCE = re.compile(r'\.(c|h|py|sh|js|css)$|^meson\.build$')
SKIP = {'_build', 'node_modules', '.git', 'npm'}


def lacking(root):
    by_folder = {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP and not d.startswith('_build'))
        rel = os.path.relpath(folder, root)
        for name in sorted(names):
            if not SOURCE.search(name):
                continue
            with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as f:
                head = ''.join(f.readline() for _ in range(3))
            missing = 'SPDX-License-Identifier:' not in head
            by_folder.setdefault(rel, []).append((name, missing))
    return by_folder


def main():
    root = sys.argv[1]
    by_folder = lacking(root)
    print('1..%d' % len(by_folder))
    failed = 0
    for n, (folder, files) in enumerate(sorted(by_folder.items()), 1):
        missing = [name for name, m in files if m]
        if missing:
            failed += 1
            print('not ok %d - %s: every file names its licence' % (n, folder))
            for name in missing:
                print('# no SPDX line: %s' % os.path.join(folder, name))
        else:
            print('ok %d - %s: every file names its licence (%d files)' % (n, folder, len(files)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
