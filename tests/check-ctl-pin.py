#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""netconductctl as the child (uid 65534), speaking TAP.

With a parent PIN set, every command that changes something refuses
without the PIN (exit 3, nothing changed), refuses a wrong PIN (counted
towards the app's lock-outs), and works with the right one; `pin set` and
`pin clear` need the current PIN; read-only commands need none; root needs
no PIN and may reset a forgotten one.
"""
import os
import sys

from ctl_harness import Harness

h = Harness(sys.argv[1])
PIN = b'73915428'
ok = h.ok

# Root sets things up: two profiles, a list, a PIN.
for args in (['profile', 'add', 'An', '--age', '10-12'], ['profile', 'add', 'Lan', '--age', '13-15'],
             ['list', 'add', 'block', 'old.example', '--profile', 'An']):
    p = h.run(*args)
    ok(p.returncode == 0, 'root: ' + ' '.join(args), p.err)
p = h.run('pin', 'set', stdin=PIN + b'\n')
ok(p.returncode == 0, 'root sets the PIN', p.err)
with open(h.path('list.txt'), 'w') as f:
    f.write('casino.example\nbet.example\n')
p = h.run('export', h.path('settings.json'))
ok(p.returncode == 0, 'root exports the settings', p.err)
h.give_to_child()

# Every changing command: (arguments, extra stdin after the PIN line).
changing = [
    (['profile', 'add', 'Minh', '--age', '6-9'], b''),
    (['profile', 'set', 'An', 'social=true'], b''),
    (['profile', 'remove', 'Lan'], b''),
    (['list', 'add', 'allow', 'games.example', '--profile', 'An'], b''),
    (['list', 'remove', 'block', 'old.example', '--profile', 'An'], b''),
    (['list', 'import', h.path('list.txt'), '--category', 'gambling'], b''),
    (['time', 'set', 'An', '--daily', '300', '--hours', '0-24'], b''),
    (['time', 'extend', 'An', 'unlimited'], b''),
    (['import', h.path('settings.json')], b''),
    (['import', '-'], open(h.path('settings.json'), 'rb').read()),
    (['list', 'drop', '1'], b''),
    (['pin', 'set'], b'11112222\n'),
    (['pin', 'clear'], b''),
    (['export', '--with-pin-hash', h.path('hash.json')], b''),
    (['profile', 'frobnicate'], b''),           # an unknown verb fails closed too
]

start = h.digest()
start_rules = h.digest(skip=('pin',))
for args, rest in changing:
    name = ' '.join(a.replace(h.tmp, '$tmp') for a in args)
    for label, stdin in (('no input', b''), ('an empty line', b'\n' + rest)):
        p = h.run(*args, stdin=stdin, child=True)
        ok(p.returncode == 3 and 'needs the parent PIN' in p.err and 'root' in p.err,
           'child without the PIN refused: %s (%s)' % (name, label), p.err)
    ok(h.digest() == start, 'database unchanged after: %s' % name)
ok(not os.path.exists(h.path('hash.json')), 'no PIN hash written without the PIN')

# Read-only commands need no PIN.
for args in (['status'], ['profile', 'list'], ['pin', 'status'], ['list', 'show'], ['list', 'categories'],
             ['time', 'show', 'An'], ['export'], ['decide', 'https://example.org/', '--profile', 'An'],
             ['lessons', '--format=json']):
    p = h.run(*args, child=True)
    ok(p.returncode == 0, 'child may read without the PIN: ' + ' '.join(args), p.err)
ok(h.digest() == start, 'database unchanged after the reads')

# A wrong PIN is refused and counted like the app's.
p = h.run('profile', 'set', 'An', 'social=true', stdin=b'00000000\n', child=True)
ok(p.returncode == 3 and 'Wrong parent PIN' in p.err and 'nothing was changed' in p.err, 'wrong PIN refused', p.err)
ok(h.digest(skip=('pin',)) == start_rules, 'wrong PIN changed nothing')
p = h.run('pin', 'status', child=True)
ok(p.out.startswith('set; 1 wrong tries'), 'the wrong PIN is counted', p.out)

# With the PIN each change is made.
def with_pin(args, rest=b''):
    return h.run(*args, stdin=PIN + b'\n' + rest, child=True)


for args, rest in changing[:9]:
    p = with_pin(args, rest)
    ok(p.returncode == 0, 'child with the PIN: ' + ' '.join(a.replace(h.tmp, '$tmp') for a in args), p.err)
p = h.run('pin', 'status', child=True)
ok(p.out.startswith('set; 0 wrong tries'), 'the right PIN resets the count', p.out)
p = with_pin(['import', '-'], open(h.path('settings.json'), 'rb').read())
ok(p.returncode == 0 and 'Imported' in p.out, 'import - reads the PIN line, then the file', p.err)
p = h.run('profile', 'list', '--names', child=True)
ok(sorted(p.out.split()) == ['An', 'Lan'], 'the import from standard input took effect', p.out)
p = with_pin(['profile', 'set', 'An', 'social=true'])
p = h.run('profile', 'list', child=True)
ok('social: true' in p.out, 'profile set with the PIN took effect', p.out)
p = with_pin(['export', '--with-pin-hash', h.path('hash.json')])
ok(p.returncode == 0 and 'argon2id' in open(h.path('hash.json')).read(), 'export --with-pin-hash with the PIN', p.err)

# pin set needs the current PIN, then the new one on the next line.
p = h.run('pin', 'set', stdin=b'24681357\n', child=True)
ok(p.returncode == 3 and 'Wrong parent PIN' in p.err, 'pin set with only a new PIN is refused', p.err)
p = h.run('pin', 'set', stdin=PIN + b'\n24681357\n', child=True)
ok(p.returncode == 0, 'pin set with the current PIN, then the new', p.err)
p = h.run('profile', 'set', 'An', 'social=false', stdin=PIN + b'\n', child=True)
ok(p.returncode == 3, 'the old PIN no longer works', p.err)
p = h.run('profile', 'set', 'An', 'social=false', stdin=b'24681357\n', child=True)
ok(p.returncode == 0, 'the new PIN works', p.err)
p = h.run('pin', 'clear', stdin=b'9999\n', child=True)
ok(p.returncode == 3, 'pin clear with a wrong PIN is refused', p.err)
p = h.run('pin', 'status', child=True)
ok(p.out.startswith('set'), 'the PIN is still set', p.out)

# Lock-outs: the fifth wrong PIN earns a wait; then even the right one waits.
p = h.run('time', 'extend', 'An', '5', stdin=b'24681357\n', child=True)
ok(p.returncode == 0, 'a right PIN clears the count before the lock-out test', p.err)
for i in range(4):
    h.run('time', 'extend', 'An', '30', stdin=b'0000\n', child=True)
p = h.run('time', 'extend', 'An', '30', stdin=b'0000\n', child=True)
ok(p.returncode == 3 and 'wait 30 seconds' in p.err, 'five wrong PINs in a row: wait 30 s', p.err)
locked = h.digest(skip=('pin',))
p = h.run('time', 'extend', 'An', '30', stdin=b'24681357\n', child=True)
ok(p.returncode == 3 and 'Too many wrong PINs' in p.err and 'Try again in' in p.err,
   'while locked even the right PIN is refused', p.err)
ok(h.digest(skip=('pin',)) == locked, 'nothing changed while locked')
p = h.run('status', child=True)
ok('locked for' in p.out, 'status shows the lock', p.out)

# Root needs no PIN, and may reset a forgotten one (also while locked).
p = h.run('time', 'extend', 'An', '45')
ok(p.returncode == 0, 'root changes without the PIN', p.err)
p = h.run('pin', 'set', stdin=b'55556666\n')
ok(p.returncode == 0, 'root resets the PIN without the old one', p.err)
p = h.run('pin', 'status')
ok(p.out.startswith('set; 0 wrong tries in a row; locked for 0 s'), 'a reset clears the lock', p.out)
h.give_to_child()
p = h.run('pin', 'clear', stdin=b'55556666\n', child=True)
ok(p.returncode == 0, 'pin clear with the current PIN', p.err)
p = h.run('profile', 'add', 'Free', '--age', 'adult', child=True)
ok(p.returncode == 0, 'without a PIN set, no PIN is asked', p.err)

# An endless first line is not read into memory.
h.run('pin', 'set', stdin=b'12344321\n')
h.give_to_child()
p = h.run('profile', 'add', 'X', '--age', 'adult', stdin=b'7' * (4 << 20), child=True)
ok(p.returncode == 3 and 'longer than' in p.err, 'a 4 MiB first line is refused as a PIN', p.err)

h.finish()
