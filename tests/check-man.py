#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The manual pages, speaking TAP.

Usage: check-man.py NETCONDUCTCTL INSTALLED_MANDIR PAGE.1...

A page in a folder named after a language (vi/netconductctl.1) is that
language's translation. Each page renders with `groff -man -ww` and `man -l`
without a warning, and has the sections a manual page needs in its
language; every netconductctl(1) names every command and verb that
`netconductctl --help` knows (so a new subcommand without its manual, in
either language, fails here). The installed copies are checked against the sources
when the build's prefix was installed (skipped otherwise).
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

ctl, mandir, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
tap = Tap()
ok = tap.ok
skip = tap.skip
SECTIONS = {
    '': ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'SEE ALSO'),
    'vi': ('TÊN', 'TÓM TẮT', 'MÔ TẢ', 'TÙY CHỌN', 'MÃ THOÁT', 'XEM THÊM'),
}
env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8', MANWIDTH='80', MAN_KEEP_STDERR='1')


def language(page):
    """'' for English, else the name of the page's folder (vi)."""
    folder = os.path.basename(os.path.dirname(os.path.abspath(page)))
    return folder if folder in SECTIONS else ''


def label(page):
    return os.path.join(language(page), os.path.basename(page))


def render(page):
    """The page as text, and what groff and man said on stderr."""
    p = subprocess.run(['groff', '-k', '-man', '-ww', '-Tutf8', page], capture_output=True, env=env)
    said = p.stderr.decode('utf-8', 'replace')
    if p.returncode != 0:
        said += 'groff exited %d\n' % p.returncode
    if shutil.which('man'):
        q = subprocess.run(['man', '--warnings=all', '-l', page], capture_output=True, env=env)
        said += q.stderr.decode('utf-8', 'replace')
        if q.returncode != 0:
            said += 'man exited %d\n' % q.returncode
    text = re.sub(r'.\x08', '', p.stdout.decode('utf-8', 'replace'))
    return text, said


if shutil.which('groff') is None:
    skip('manual pages render', 'groff is not installed (apt-get install groff-base)')
else:
    ctl_pages = []
    for page in pages:
        name = label(page)
        text, said = render(page)
        ok(said == '', '%s renders without a warning' % name, said)
        ok(len(text.splitlines()) >= 40, '%s has a body' % name, text[:400])
        for section in SECTIONS[language(page)]:
            ok(re.search(r'^%s$' % section, text, re.M), '%s has %s' % (name, section))
        if os.path.basename(page) == 'netconductctl.1':
            flat = re.sub(r'\u2010\n\s*', '', text)
            flat = re.sub(r'-\n\s*', '-', flat).replace('\u2212', '-').replace('\u2010', '-')
            ctl_pages.append((name, re.sub(r'\s+', ' ', flat)))

    help_env = dict(env, NETCONDUCT_DATABASE=os.devnull)
    usage = subprocess.run([ctl, '--help'], capture_output=True, text=True, env=help_env).stdout
    commands = re.findall(r'^  (\S+) ', usage.split('Commands:')[1].split('\n\n')[0], re.M) if 'Commands:' in usage else []
    ok(len(commands) >= 10, 'netconductctl --help lists the commands', usage)
    ok(len(ctl_pages) >= 2, 'netconductctl(1) in English and Vietnamese', ' '.join(n for n, _ in ctl_pages))
    for command in commands:
        page = subprocess.run([ctl, command, '--help'], capture_output=True, text=True, env=help_env).stdout
        verbs = []
        for m in re.finditer(r'^Usage: netconductctl %s ([a-z][a-z|-]*)(?:\s|$)' % re.escape(command), page, re.M):
            verbs += m.group(1).split('|')
        # every option of `classroom`, and every word its --only takes
        options = set()
        if command == 'classroom':
            options.update(re.findall(r'(?<![\w-])--[a-z][a-z-]*', page))
            for m in re.finditer(r'--only ([a-z]+(?:,[a-z]+)+)', page):
                options.update(m.group(1).split(','))
        for option in sorted(options - {'--help'}):
            for name, flat in ctl_pages:
                ok(re.search(r'(^|[\s,(])%s([\s,.)|]|$)' % re.escape(option), flat),
                   '%s describes %s of “%s”' % (name, option, command))
        for what in ['%s %s' % (command, v) for v in verbs] or [command]:
            first, last = what.split()[0], what.split()[-1]
            for name, flat in ctl_pages:
                ok(re.search(r'(^| )%s( |$)' % re.escape(what), flat) or
                   re.search(r'(^| )%s \S*%s' % (re.escape(first), re.escape(last)), flat),
                   '%s describes “%s”' % (name, what))

for page in pages:
    name = label(page)
    installed = os.path.join(mandir, language(page), 'man1', os.path.basename(page))
    if os.path.exists(installed):
        ok(filecmp.cmp(installed, page, shallow=False), '%s is installed as written' % name)
    else:
        skip('%s is installed' % name, 'the build\'s prefix is not installed (run meson install)')

tap.finish()
