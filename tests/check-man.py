#!/usr/bin/env python3
"""The manual pages, speaking TAP.

Usage: check-man.py NETCONDUCTCTL INSTALLED_MAN1_DIR PAGE.1...

Each page renders with `groff -man -ww` and `man -l` without a warning, and
has the sections a manual page needs; netconductctl(1) names every command
and verb that `netconductctl --help` knows (so a new subcommand without its
manual fails here). The installed copies are checked against the sources
when the build's prefix was installed (skipped otherwise).
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys

ctl, man1, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
results = []
env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8', MANWIDTH='80', MAN_KEEP_STDERR='1')


def ok(cond, name, diag=''):
    results.append((bool(cond), name, diag))


def skip(name, reason):
    results.append((True, '%s # SKIP %s' % (name, reason), ''))


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
    texts = {}
    for page in pages:
        name = os.path.basename(page)
        text, said = render(page)
        texts[name] = text
        ok(said == '', '%s renders without a warning' % name, said)
        ok(len(text.splitlines()) >= 40, '%s has a body' % name, text[:400])
        for section in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'SEE ALSO'):
            ok(re.search(r'^%s$' % section, text, re.M), '%s has %s' % (name, section))

    ctl_page = texts.get('netconductctl.1', '')
    flat = re.sub(r'\s+', ' ', ctl_page.replace('\u2010\n', '').replace('-\n', '-'))
    help_env = dict(env, NETCONDUCT_DATABASE=os.devnull)
    usage = subprocess.run([ctl, '--help'], capture_output=True, text=True, env=help_env).stdout
    commands = re.findall(r'^  (\S+) ', usage.split('Commands:')[1].split('\n\n')[0], re.M) if 'Commands:' in usage else []
    ok(len(commands) >= 10, 'netconductctl --help lists the commands', usage)
    for command in commands:
        page = subprocess.run([ctl, command, '--help'], capture_output=True, text=True, env=help_env).stdout
        verbs = []
        for m in re.finditer(r'^Usage: netconductctl %s ([a-z][a-z|-]*)(?:\s|$)' % re.escape(command), page, re.M):
            verbs += m.group(1).split('|')
        for what in ['%s %s' % (command, v) for v in verbs] or [command]:
            ok(re.search(r'(^| )%s( |$)' % re.escape(what), flat) or
               re.search(r'(^| )%s ' % re.escape(what.split()[0]) + r'\S*' + re.escape(what.split()[-1]), flat),
               'netconductctl(1) describes “%s”' % what)

for page in pages:
    name = os.path.basename(page)
    installed = os.path.join(man1, name)
    if os.path.exists(installed):
        ok(filecmp.cmp(installed, page, shallow=False), '%s is installed as written' % name)
    else:
        skip('%s is installed' % name, 'the build\'s prefix is not installed (run meson install)')

print('1..%d' % len(results))
for i, (cond, name, diag) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if cond else 'not ok', i, name))
    if not cond and diag:
        for line in str(diag).splitlines()[:12]:
            print('# ' + line)
sys.exit(0 if all(c for c, _, _ in results) else 1)
