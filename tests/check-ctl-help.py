#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`netconductctl … --help` on every subcommand and verb, speaking TAP.

Usage: check-ctl-help.py NETCONDUCTCTL INSTALLED_NETCONDUCTCTL LOCALEDIR BUILT_MO

The commands come from `netconductctl --help` and the verbs from each
command's usage lines, so a new subcommand is checked without touching this
file. Every help exits 0 with its usage on standard output and nothing on
standard error, opens no database and asks for no PIN (not even as the
child's uid with a PIN set); --help as an option's value is that value. In
Vietnamese, with the installed tool and translations (skipped when the
installed catalogue is not this build's: run `meson install` or
build-aux/test.sh): every help is translated, no English line left.
"""
import filecmp
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Harness  # noqa: E402

ctl, installed, localedir, built_mo = sys.argv[1:5]
h = Harness(ctl)
nowhere = os.path.join(h.tmp, 'no-such-folder', 'ctl.db')   # cannot be created


def run(*args, language='en', tool=None, child=False):
    h.ctl = tool or ctl
    h.env['LANGUAGE'] = language
    p = h.run(*args, db=nowhere, child=child)
    h.ctl = ctl
    return p


def commands():
    p = run('--help')
    h.ok(p.returncode == 0 and p.err == '', '--help exits 0 and writes nothing on stderr', p.err)
    names, inside = [], False
    for line in p.out.splitlines():
        if line == 'Commands:':
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            names.append(line.split()[0])
    return names


def verbs_of(command, text):
    """The verbs named in `Usage: netconductctl COMMAND VERB…` lines."""
    found = []
    for m in re.finditer(r'^Usage: netconductctl %s ([a-z][a-z|-]*)(?:\s|$)' % re.escape(command), text, re.M):
        found += [v for v in m.group(1).split('|') if v not in found]
    return found


def good_help(p, name, usage_lines=None):
    fine = p.returncode == 0 and p.out.strip() != '' and p.err == ''
    h.ok(fine, name, 'exit %d\n%s%s' % (p.returncode, p.err, p.out))
    if usage_lines is not None and fine:
        n = p.out.count('Usage: netconductctl')
        h.ok(n == usage_lines, name + ': shows %d usage line(s)' % usage_lines, p.out)


names = commands()
h.ok(len(names) >= 10 and 'classroom' in names and 'profile' in names,
     '--help lists the commands', ' '.join(names))

pages = {}      # (command, verb or None) -> English help
for command in names:
    p = run(command, '--help')
    good_help(p, '%s --help' % command)
    h.ok(('Usage: netconductctl %s' % command) in p.out, '%s --help shows its usage' % command, p.out)
    pages[(command, None)] = p.out
    q = run('help', command)
    h.ok(q.returncode == 0 and q.out == p.out, 'help %s is %s --help' % (command, command), q.out)
    q = run(command, '-h')
    h.ok(q.returncode == 0 and q.out == p.out, '%s -h is %s --help' % (command, command), q.out)
    for verb in verbs_of(command, p.out):
        v = run(command, verb, '--help')
        good_help(v, '%s %s --help' % (command, verb), usage_lines=1)
        h.ok(re.search(r'^Usage: netconductctl %s \S*%s' % (command, verb), v.out, re.M),
             '%s %s --help shows that verb' % (command, verb), v.out)
        pages[(command, verb)] = v.out
        q = run('help', command, verb)
        h.ok(q.returncode == 0 and q.out == v.out, 'help %s %s is %s %s --help' % (command, verb, command, verb))
        q = run(command, verb, 'NAME', '--help')
        h.ok(q.returncode == 0 and q.out == v.out, '--help after an argument: %s %s NAME --help' % (command, verb))
h.ok(len([k for k in pages if k[1]]) >= 15, 'at least 15 verbs have their own help', ' '.join('%s %s' % k for k in pages if k[1]))
h.ok(not os.path.exists(os.path.dirname(nowhere)), 'help opens and creates no database')

p = run('help', 'no-such-command')
h.ok(p.returncode == 2 and 'no-such-command' in p.err, 'help for an unknown command is a usage error', p.err)
p = run('no-such-command', '--help')
h.ok(p.returncode == 2, 'an unknown command with --help is a usage error', p.err)

# --help as the value of an option is that value: the answer "--help" is graded.
p = h.run('lessons', 'grade', 'lesson-respect', 'respect-feedback', '--answer', '--help')
h.ok(p.returncode == 0 and '"pass"' in p.out, '--answer --help grades the text “--help”', p.out + p.err)
p = h.run('classroom', 'export', '--output', '--help', '--only', 'nothing')
h.ok(p.returncode == 2 and 'Usage' not in p.out, '--output --help is a folder named “--help”', p.out + p.err)

# Help asks for no PIN, even as the child's uid with a PIN set.
p = h.run('pin', 'set', stdin=b'2468\n')
h.ok(p.returncode == 0, 'a parent PIN is set', p.err)
h.give_to_child()
p = h.run('profile', 'add', '--help', child=True)
h.ok(p.returncode == 0 and 'profile add' in p.out, 'profile add --help needs no PIN, as the child', p.err)
p = h.run('profile', 'add', 'Kid', '--age', '6-9', child=True)
h.ok(p.returncode == 3, 'and profile add itself does (the check can fail)', p.err)

# Vietnamese, installed.
mo = os.path.join(localedir, 'vi', 'LC_MESSAGES', 'netconduct.mo')
if not (os.path.exists(installed) and os.path.exists(mo) and filecmp.cmp(mo, built_mo, shallow=False)):
    h.skip('help in Vietnamese, installed', 'the installed translations are not this build\'s (run meson install)')
else:
    p = run('--help', language='vi', tool=installed)
    h.ok(p.returncode == 0 and 'Cách dùng' in p.out and 'Usage:' not in p.out,
         '--help in Vietnamese, installed', p.out)
    for (command, verb), english in sorted(pages.items(), key=lambda kv: (kv[0][0], kv[0][1] or '')):
        args = [command] + ([verb] if verb else []) + ['--help']
        p = run(*args, language='vi', tool=installed)
        left = [line for line in english.splitlines()
                if line.strip() and not line.startswith('Usage:') and line in p.out.splitlines()]
        h.ok(p.returncode == 0 and p.err == '' and 'Cách dùng: netconductctl' in p.out and
             'Usage:' not in p.out and not left,
             '%s in Vietnamese, every line translated' % ' '.join(args), '\n'.join(left) or p.out + p.err)

h.finish()
