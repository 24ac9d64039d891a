#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Family mode's boundary, speaking TAP (issue 13).

    check-family.py NETCONDUCT-FAMILYD DBUS-POLICY-CONF NETCONDUCTCTL NC-FAMILY-PROBE

A real dbus-daemon with a <type>system</type> configuration in a temporary
folder (the service's own D-Bus policy file included), polkit answered by
python3-dbusmock's polkitd template (allow or deny), netconduct-familyd a
subprocess on a temporary state folder, and the children's clients run as
uid 65534 (nobody) through setpriv. Run with Debian's /usr/bin/python3 (it
has dbusmock and gi). Needs root (setpriv to another uid).
"""
import json
import os
import pwd
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

from gi.repository import Gio, GLib

SERVICE, POLICY_CONF, CTL, PROBE = (os.path.abspath(a) for a in sys.argv[1:5])
HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = os.path.join(HERE, 'family-client.py')
NAME = 'io.github.netconduct.Family1'
PATH = '/io/github/netconduct/Family1'
IFACE = 'io.github.netconduct.Family1'
MANAGE = 'io.github.netconduct.Family.manage'
READ = 'io.github.netconduct.Family.read-reports'
CHILD_UID = 65534            # nobody: a child's account (mapped to "An")
# an account that is no child, a parent through polkit (it must exist: the
# bus refuses a uid without an account)
OTHER_UID = pwd.getpwnam('bin').pw_uid
KILLS = int(os.environ.get('NC_FAMILY_KILLS', '200'))
PIN = '2468'

results = []
replies_seen = []            # every reply text, to look for the PIN hash


def ok(cond, name, diag=''):
    results.append((bool(cond), name, diag))
    print(('ok' if cond else 'not ok') + f' {len(results)} - {name}', flush=True)
    if not cond and diag:
        for line in str(diag).splitlines():
            print('# ' + line, flush=True)


BUS_CONFIG = '''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
  </policy>
  <!-- here the service and the polkit stand-in run as root -->
  <policy user="root">
    <allow own="{name}"/>
    <allow own="org.freedesktop.PolicyKit1"/>
    <allow send_destination="org.freedesktop.PolicyKit1"/>
  </policy>
  <include>{policy}</include>
</busconfig>
'''


class Family:
    def __init__(self, fast_pin=True):
        self.fast_pin = fast_pin
        self.tmp = tempfile.mkdtemp(prefix='nc-family-')
        os.chmod(self.tmp, 0o755)           # nobody reaches the bus socket
        self.state = os.path.join(self.tmp, 'state')
        os.mkdir(self.state, 0o700)
        self.db = os.path.join(self.state, 'family.db')
        self.child_home = os.path.join(self.tmp, 'home-nobody')
        os.mkdir(self.child_home)
        os.chown(self.child_home, CHILD_UID, CHILD_UID)
        socket = os.path.join(self.tmp, 'system_bus_socket')
        conf = os.path.join(self.tmp, 'system.conf')
        with open(conf, 'w') as f:
            f.write(BUS_CONFIG.format(socket=socket, name=NAME, policy=POLICY_CONF))
        self.bus_proc = subprocess.Popen(['dbus-daemon', '--config-file=' + conf, '--nofork',
                                          '--print-address=1'], stdout=subprocess.PIPE, text=True)
        self.address = self.bus_proc.stdout.readline().strip()
        os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = self.address
        self.bus = Gio.DBusConnection.new_for_address_sync(
            self.address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
            Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        self.polkit = subprocess.Popen(['/usr/bin/python3', '-m', 'dbusmock', '--system',
                                        '--template', 'polkitd'], stdout=subprocess.DEVNULL)
        self.wait_for_name('org.freedesktop.PolicyKit1')
        self.service = None
        self.start()

    # -- processes ---------------------------------------------------------------

    def has_owner(self, name):
        reply = self.bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                                   'NameHasOwner', GLib.Variant('(s)', (name,)), None,
                                   Gio.DBusCallFlags.NONE, 5000, None)
        return reply.unpack()[0]

    def wait_for_name(self, name, proc=None, timeout=20):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.has_owner(name):
                return True
            if proc is not None and proc.poll() is not None:
                return False
            time.sleep(0.005)
        return False

    def start(self):
        env = dict(os.environ, NETCONDUCT_FAMILY_BUS=self.address, NETCONDUCT_FAMILY_DATABASE=self.db,
                   NETCONDUCT_FAMILY_FAST_PIN='1' if self.fast_pin else '0', NETCONDUCT_POLICY_DIR=os.path.join(self.tmp, 'no-policy'))
        self.service = subprocess.Popen([SERVICE], env=env, stderr=subprocess.PIPE, text=True)
        if not self.wait_for_name(NAME, self.service):
            raise RuntimeError('the service did not start: ' + (self.service.stderr.read() or ''))

    def stop(self, sig=signal.SIGTERM):
        self.service.send_signal(sig)
        self.service.wait(timeout=20)
        end = time.monotonic() + 5
        while self.has_owner(NAME) and time.monotonic() < end:
            time.sleep(0.005)

    def rss_kb(self):
        with open(f'/proc/{self.service.pid}/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
        return 0

    def set_polkit(self, *allowed):
        self.bus.call_sync('org.freedesktop.PolicyKit1', '/org/freedesktop/PolicyKit1/Authority',
                           'org.freedesktop.DBus.Mock', 'SetAllowed', GLib.Variant('(as)', (list(allowed),)),
                           None, Gio.DBusCallFlags.NONE, 5000, None)

    def close(self):
        for p in (self.service, self.polkit, self.bus_proc):
            if p is not None and p.poll() is None:
                p.terminate()
                p.wait(timeout=20)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- calls ------------------------------------------------------------------------

    def root(self, method, params=None):
        """As root (the administrator: no polkit needed)."""
        try:
            reply = self.bus.call_sync(NAME, PATH, IFACE, method, params, None,
                                       Gio.DBusCallFlags.NONE, 20000, None)
            value = reply.unpack()
            replies_seen.append(str(value))
            return {'ok': True, 'reply': value}
        except GLib.Error as e:
            return {'ok': False, 'error': Gio.DBusError.get_remote_error(e), 'message': e.message}

    def as_uid(self, uid, method, args=None, repeat=0, home=None, unlock=None):
        cmd = ['setpriv', f'--reuid={uid}', f'--regid={uid}', '--clear-groups',
               '/usr/bin/python3', CLIENT, method]
        if unlock is not None:
            cmd += ['--unlock', unlock]
        if args is not None:
            cmd.append(args)
        if repeat:
            cmd += ['--repeat', str(repeat)]
        env = dict(os.environ, HOME=home or self.child_home, NC_FAMILY_NAME=NAME)
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        try:
            result = json.loads(out.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            return {'ok': False, 'error': 'client failed', 'message': out.stderr[-2000:]}
        replies_seen.append(out.stdout)
        return result

    def child(self, method, args=None, **kw):
        return self.as_uid(CHILD_UID, method, args, **kw)


def error_of(r):
    return r.get('error', '') if not r['ok'] else 'none (the call succeeded)'


def main():
    if os.geteuid() != 0:
        print('1..0 # SKIP needs root (clients run as another uid through setpriv)')
        return 0
    fam = Family()
    try:
        run(fam)
    finally:
        fam.close()
    print(f'1..{len(results)}')
    return 0 if all(r[0] for r in results) else 1


def setup_family(fam):
    steps = [fam.root('AddProfile', GLib.Variant('(ss)', ('An', '10-12'))),
             fam.root('AddProfile', GLib.Variant('(ss)', ('Binh', '13-15'))),
             fam.root('SetPin', GLib.Variant('(s)', (PIN,))),
             fam.root('AddHost', GLib.Variant('(sss)', ('An', 'block', 'bad.example'))),
             fam.root('AddHost', GLib.Variant('(sss)', ('Binh', 'block', 'binh-only.example'))),
             fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'daily-limit-minutes': GLib.Variant('i', 60)}))),
             fam.root('AddChild', GLib.Variant('(ss)', ('nobody', 'An')))]
    ok(all(s['ok'] for s in steps), 'root sets up two profiles, a PIN, lists and a child account (no polkit needed)',
       [s for s in steps if not s['ok']])


def test_own_rules(fam):
    r = fam.child('GetMyRules')
    rules = r.get('reply', [{}])[0] if r['ok'] else {}
    ok(r['ok'] and rules.get('profile') == 'An' and 'bad.example' in rules.get('block-list', []),
       "a child's client reads its own profile's rules", r)
    ok('binh-only.example' not in json.dumps(r), "the child's rules hold nothing of another child's profile")
    fam.set_polkit()
    r = fam.child('GetRules', "('Binh',)")
    ok(error_of(r) == f'{IFACE}.Error.NotAuthorized', "a child cannot read another child's rules", r)
    r = fam.as_uid(OTHER_UID, 'GetMyRules')
    ok(error_of(r) == f'{IFACE}.Error.NotAChild', 'an account that is not a child gets Error.NotAChild', r)
    r = fam.child('GetTimeLeft')
    ok(r['ok'] and r['reply'][0] == 3600, 'time left: the 60-minute limit, nothing used yet', r)
    r = fam.child('ReportUsage', '(uint32 120,)')
    r2 = fam.child('GetTimeLeft')
    ok(r['ok'] and r2['ok'] and r2['reply'][0] == 3480, 'usage the child reports counts against its limit', (r, r2))
    r = fam.child('ReportOutcome', "('Social.Example', 'dieu-8', 'warned')")
    rep = fam.root('GetReport', GLib.Variant('(si)', ('An', 7)))
    ok(r['ok'] and rep['ok'] and ['social.example', 1] in [list(x) for x in rep['reply'][0]],
       "an outcome the child reports (site, rule, outcome) reaches the parents' report", (r, rep))
    r = fam.child('ReportOutcome', "('social.example', 'dieu-8', 'you are so stupid')")
    ok(error_of(r) == f'{IFACE}.Error.InvalidArgs', 'an outcome that is text is refused (never stored)', r)


PARENT_CALLS = [
    ('AddProfile', "('Cuong', '6-9')"),
    ('SetRules', "('An', {'daily-limit-minutes': <600>})"),
    ('AddHost', "('An', 'allow', 'bad.example')"),
    ('RemoveHost', "('An', 'block', 'bad.example')"),
    ('SetPin', "('0000',)"),
    ('SetPinHash', "('$argon2id$v=19$m=8,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',)"),
    ('AddChild', "('daemon', 'An')"),
    ('RemoveChild', "('nobody',)"),
    ('ListChildren', None),
    ('GetRules', "('An',)"),
    ('GetReport', "('An', 7)"),
    ('GetStatus', None),
    ('ListHosts', "('An', 'block')"),
    ('RemoveProfile', "('Binh',)"),
    ('SetRules', "('Binh', {'name': <'Renamed'>})"),
]


def test_polkit(fam):
    fam.set_polkit()
    before = fam.root('GetRules', GLib.Variant('(s)', ('An',)))
    for who, uid in (('child', CHILD_UID), ('another account', OTHER_UID)):
        for method, args in PARENT_CALLS:
            r = fam.as_uid(uid, method, args)
            ok(error_of(r) == f'{IFACE}.Error.NotAuthorized',
               f'polkit denies: {method} from the {who} is refused with Error.NotAuthorized', r)
    after = fam.root('GetRules', GLib.Variant('(s)', ('An',)))
    children = fam.root('ListChildren')
    ok(before == after and len(children['reply'][0]) == 1, 'nothing changed while polkit denied', (before, after))
    r = fam.child('CheckPin', "('0000', 'allow-once')")
    ok(r['ok'] and r['reply'][0] is False, 'the PIN was not replaced', r)

    fam.set_polkit(READ)
    r = fam.as_uid(OTHER_UID, 'GetRules', "('Binh',)")
    r2 = fam.as_uid(OTHER_UID, 'AddHost', "('Binh', 'block', 'x.example')")
    ok(r['ok'] and error_of(r2) == f'{IFACE}.Error.NotAuthorized',
       'read-reports lets a parent read, not change', (r, r2))

    fam.set_polkit(MANAGE, READ)
    r = fam.as_uid(OTHER_UID, 'AddHost', "('An', 'block', 'newly-blocked.example')")
    r2 = fam.child('GetMyRules')
    ok(r['ok'] and r2['ok'] and 'newly-blocked.example' in r2['reply'][0]['block-list'],
       "polkit allows: a parent's change is accepted and the child sees it", (r, r2))
    r = fam.as_uid(OTHER_UID, 'SetRules', "('Binh', {'age-band': <'16-17'>, 'social-allowed': <true>})")
    r2 = fam.root('GetRules', GLib.Variant('(s)', ('Binh',)))
    ok(r['ok'] and r2['reply'][0]['age-band'] == '16-17' and r2['reply'][0]['social-allowed'],
       'polkit allows: SetRules changes the rules', (r, r2))
    fam.set_polkit()

    # a parent who is not an administrator: the PIN unlocks one connection
    r = fam.as_uid(OTHER_UID, 'AddHost', "('An', 'block', 'pin-parent.example')", unlock=PIN)
    r2 = fam.as_uid(OTHER_UID, 'AddHost', "('An', 'block', 'other-connection.example')")
    r3 = fam.as_uid(OTHER_UID, 'AddHost', "('An', 'block', 'wrong-pin.example')", unlock='9999')
    rules = fam.root('GetRules', GLib.Variant('(s)', ('An',)))['reply'][0]['block-list']
    ok(r['ok'] and 'pin-parent.example' in rules, "the parent's PIN (UnlockWithPin) authorises that connection's changes",
       (r, rules))
    ok(error_of(r2) == f'{IFACE}.Error.NotAuthorized' and 'other-connection.example' not in rules,
       'another connection without the PIN is still refused', r2)
    ok(error_of(r3) == 'unlock refused' and 'wrong-pin.example' not in rules, 'a wrong PIN unlocks nothing', r3)
    r = fam.child('CheckPin', f"('{PIN}', 'allow-once')")
    ok(r['ok'] and r['reply'][0], 'the right PIN after one wrong one is accepted (the count resets)', r)


def test_signal(fam):
    got = []
    loop = GLib.MainLoop()
    sub = fam.bus.signal_subscribe(NAME, IFACE, 'RulesChanged', PATH, None, Gio.DBusSignalFlags.NONE,
                                   lambda *a: (got.append(a[5].unpack()), loop.quit()))
    fam.root('AddHost', GLib.Variant('(sss)', ('An', 'block', 'signal.example')))
    GLib.timeout_add(3000, loop.quit)
    loop.run()
    fam.bus.signal_unsubscribe(sub)
    ok(got == [(0,)], 'a change emits RulesChanged at once', got)


def test_pin(fam):
    r = fam.child('CheckPin', f"('{PIN}', 'allow-once')")
    ok(r['ok'] and r['reply'][0] is True, "the parent's PIN is accepted for allow-once", r)
    r = fam.child('MoreTime', f"('{PIN}', 15)")
    r2 = fam.child('GetTimeLeft')
    ok(r['ok'] and r['reply'][0] and r2['reply'][0] == 3480 + 15 * 60, 'the PIN grants 15 more minutes', (r, r2))
    answers = [fam.child('CheckPin', "('1357', 'allow-once')") for _ in range(5)]
    ok(all(a['ok'] and a['reply'][0] is False for a in answers), 'five wrong PINs are refused', answers)
    r = fam.child('CheckPin', f"('{PIN}', 'allow-once')")
    ok(r['ok'] and r['reply'][0] is False and r['reply'][1] > 0, 'then even the right PIN waits: locked out', r)
    fam.stop()
    fam.start()
    r = fam.child('CheckPin', f"('{PIN}', 'allow-once')")
    ok(r['ok'] and r['reply'][0] is False and r['reply'][1] > 0, 'the lock-out survives a restart of the service', r)
    r = fam.child('UnlockWithPin', f"('{PIN}',)")
    ok(r['ok'] and r['reply'][0] is False, 'UnlockWithPin is locked out too', r)


def test_secrets(fam):
    ok(not any('$argon2' in text for text in replies_seen), 'the PIN hash appears in no reply')
    for path in sorted(os.listdir(fam.state)):
        full = os.path.join(fam.state, path)
        mode = os.stat(full).st_mode & 0o777
        ok(mode & 0o077 == 0, f'{path} is readable by its owner alone ({oct(mode)})')
    r = subprocess.run(['setpriv', f'--reuid={CHILD_UID}', f'--regid={CHILD_UID}', '--clear-groups',
                        'cat', fam.db], capture_output=True)
    ok(r.returncode != 0 and b'SQLite' not in r.stdout, 'the child cannot read the database file', r.stderr)


def test_home_removed(fam):
    before = (fam.child('GetMyRules'), fam.child('GetTimeLeft'), fam.root('GetReport', GLib.Variant('(si)', ('An', 7))))
    shutil.rmtree(fam.child_home)
    os.mkdir(fam.child_home)
    os.chown(fam.child_home, CHILD_UID, CHILD_UID)
    after = (fam.child('GetMyRules'), fam.child('GetTimeLeft'), fam.root('GetReport', GLib.Variant('(si)', ('An', 7))))
    ok(before == after and before[0]['ok'], "removing everything in the child's home changes no rule, time or count",
       (before, after))


def test_bad_input(fam):
    cases = [
        ('GetRules', '(42,)', 'org.freedesktop.DBus.Error.InvalidArgs', 'a wrong type'),
        ('ReportUsage', "('ten',)", 'org.freedesktop.DBus.Error.InvalidArgs', 'a string for a number'),
        ('ReportUsage', '(uint32 0,)', f'{IFACE}.Error.InvalidArgs', 'usage of 0 seconds'),
        ('ReportOutcome', "('" + 'a' * 70000 + "', '', 'warned')", f'{IFACE}.Error.InvalidArgs', 'a host over 64 KiB'),
        ('CheckPin', "('" + '1' * 70000 + "', 'allow-once')", f'{IFACE}.Error.InvalidArgs', 'a PIN over 64 KiB'),
        ('MoreTime', f"('{PIN}', 100000)", f'{IFACE}.Error.InvalidArgs', 'more time out of range'),
    ]
    for method, args, expected, what in cases:
        r = fam.child(method, args)
        ok(error_of(r) == expected, f'bad input from a child ({what}): {expected.rsplit(".", 1)[-1]}', r)
    root_cases = [
        ('AddChild', ('no-such-account-xyz', 'An'), '(ss)', 'UnknownAccount', 'an unknown account'),
        ('AddChild', ('root', 'An'), '(ss)', 'UnknownAccount', 'root as a child'),
        ('AddChild', ('nobody', 'Nobody-Profile'), '(ss)', 'NotFound', 'an unknown profile'),
        ('RemoveChild', ('daemon',), '(s)', 'NotFound', 'removing an account that is no child'),
        ('SetRules', ('An', {'daily-limit-minutes': GLib.Variant('s', 'lots')}), '(sa{sv})', 'InvalidArgs',
         'a rule of the wrong type'),
        ('SetRules', ('An', {'pin-hash': GLib.Variant('s', 'x')}), '(sa{sv})', 'InvalidArgs', 'an unknown rule'),
        ('SetRules', ('An', {'allowed-hours': GLib.Variant('au', [1, 2])}), '(sa{sv})', 'InvalidArgs',
         'allowed hours for 2 days'),
        ('AddHost', ('An', 'maybe', 'x.example'), '(sss)', 'InvalidArgs', 'a list that is neither allow nor block'),
        ('AddHost', ('An', 'block', 'not a host'), '(sss)', 'InvalidArgs', 'a host that is not one'),
        ('SetPin', ('12',), '(s)', 'InvalidArgs', 'a PIN too short'),
        ('AddProfile', ('x' * 70000, '6-9'), '(ss)', 'InvalidArgs', 'a profile name over 64 KiB'),
        ('GetReport', ('An', 0), '(si)', 'InvalidArgs', 'a report of 0 days'),
    ]
    for method, args, sig, expected, what in root_cases:
        r = fam.root(method, GLib.Variant(sig, args))
        ok(error_of(r) == f'{IFACE}.Error.{expected}', f'bad input from a parent ({what}): {expected}', r)

    r = fam.child('GetMyRules')
    rss_before = fam.rss_kb()
    loop1 = fam.child('GetMyRules', repeat=5000)
    loop2 = fam.child('ReportOutcome', "('" + 'b' * 70000 + "', '', 'warned')", repeat=5000)
    rss_after = fam.rss_kb()
    ok(loop1.get('ok') == 5000, '5,000 GetMyRules in a loop from one client are all answered', loop1)
    ok(loop2.get('errors') == {f'{IFACE}.Error.InvalidArgs': 5000},
       '5,000 calls with a 70 KB string are all refused with Error.InvalidArgs', loop2)
    ok(fam.service.poll() is None, 'the service is still running after 10,000 calls')
    ok(rss_after - rss_before < 8 * 1024, f'memory stays bounded: RSS {rss_before} kB before, {rss_after} kB after',
       (rss_before, rss_after))
    ok(fam.child('GetMyRules') == r, 'the rules are unchanged by it all')


def check_consistent(fam):
    """The rules the writer sets agree with each other; flip.example is on
    exactly one list."""
    r = fam.root('GetRules', GLib.Variant('(s)', ('An',)))
    if not r['ok']:
        return f'GetRules failed: {r}'
    rules = r['reply'][0]
    n = rules['daily-limit-minutes']
    if n == 600 or n == 60:   # before the writer's first change
        return None
    if rules['blocked-categories'] != (n & 0x3ff) or list(rules['allowed-hours']) != [n] * 7:
        return f'half a change: limit {n}, categories {rules["blocked-categories"]}, hours {rules["allowed-hours"]}'
    on_allow = 'flip.example' in rules['allow-list']
    on_block = 'flip.example' in rules['block-list']
    if on_allow == on_block:
        return f'flip.example on allow: {on_allow}, on block: {on_block}'
    return None


def test_kills(fam):
    # flip.example starts on a list, so that a kill before the writer's
    # first move does not look like half a change
    r = fam.root('AddHost', GLib.Variant('(sss)', ('An', 'block', 'flip.example')))
    ok(r['ok'], 'flip.example starts on the block list', r)
    writer = subprocess.Popen(['/usr/bin/python3', CLIENT, '--writer'], env=dict(os.environ, NC_FAMILY_NAME=NAME))
    problems = []
    limits = set()
    random.seed(13)
    try:
        for i in range(KILLS):
            time.sleep(random.uniform(0.0, 0.06))
            fam.service.kill()
            fam.service.wait()
            try:
                con = sqlite3.connect(fam.db, timeout=5)
                check = con.execute('PRAGMA integrity_check').fetchone()[0]
                con.close()
            except sqlite3.Error as e:
                check = str(e)
            if check != 'ok':
                problems.append(f'kill {i}: integrity_check: {check}')
            fam.start()
            limits.add(fam.root('GetRules', GLib.Variant('(s)', ('An',)))['reply'][0]['daily-limit-minutes'])
            problem = check_consistent(fam)
            if problem:
                problems.append(f'kill {i}: {problem}')
            if len(problems) > 5:
                break
    finally:
        writer.kill()
        writer.wait()
    ok(not problems, f'{KILLS} SIGKILLs during writes: the database is intact, each change wholly in or out',
       '\n'.join(problems))
    ok(len(limits) > KILLS // 4, f'writes landed between the kills ({len(limits)} different states seen)', limits)
    r = fam.child('GetMyRules')
    ok(r['ok'] and r['reply'][0]['profile'] == 'An', 'after the kills the child still reads its rules', r)


def ctl(fam, uid, *args):
    cmd = ['setpriv', f'--reuid={uid}', f'--regid={uid}', '--clear-groups', CTL] + list(args)
    env = dict(os.environ, HOME=fam.tmp, LANGUAGE='en', LC_ALL='C.UTF-8')
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)


def test_ctl(fam):
    r = ctl(fam, 0, 'family', 'status')
    ok(r.returncode == 0 and 'child: nobody (uid 65534) → An' in r.stdout and 'pin: set' in r.stdout,
       'netconductctl family status as root lists the child and the PIN state', r.stdout + r.stderr)
    fam.set_polkit()
    r = ctl(fam, OTHER_UID, 'family', 'add-child', 'daemon', '--profile', 'An')
    ok(r.returncode == 3 and 'Not allowed' in r.stderr,
       'netconductctl family add-child by a parent polkit denies: exit 3, a clear message', r.stdout + r.stderr)
    fam.set_polkit(MANAGE, READ)
    r = ctl(fam, OTHER_UID, 'family', 'add-child', 'daemon', '--profile', 'Binh')
    r2 = ctl(fam, 0, 'family', 'status')
    ok(r.returncode == 0 and '→ Binh' in r2.stdout, 'netconductctl family add-child through polkit', r.stderr + r2.stdout)
    fam.set_polkit()
    r = ctl(fam, 0, 'family', 'remove-child', 'daemon')
    r2 = ctl(fam, 0, 'family', 'status')
    ok(r.returncode == 0 and '→ Binh' not in r2.stdout, 'netconductctl family remove-child as root', r.stderr + r2.stdout)
    r = ctl(fam, 0, 'family', 'add-child', 'no-such-account-xyz', '--profile', 'An')
    ok(r.returncode == 1 and 'no-such-account-xyz' in r.stderr, 'an unknown account: exit 1 and says which',
       r.stderr)
    r = ctl(fam, 0, 'family', 'add-child', 'nobody')
    ok(r.returncode == 2, 'add-child without --profile: usage, exit 2', r.stderr)

    home_db = os.path.join(fam.tmp, 'home.db')
    steps = [ctl(fam, 0, '--database', home_db, 'profile', 'add', 'Dung', '--age', '6-9'),
             ctl(fam, 0, '--database', home_db, 'list', 'add', 'block', 'home-blocked.example', '--profile', 'Dung'),
             ctl(fam, 0, '--database', home_db, 'list', 'add', 'allow', 'everyone-allowed.example'),
             ctl(fam, 0, '--database', home_db, 'time', 'set', 'Dung', '--daily', '45')]
    r = ctl(fam, 0, '--database', home_db, 'family', 'enable')
    rules = fam.root('GetRules', GLib.Variant('(s)', ('Dung',)))
    got = rules['reply'][0] if rules['ok'] else {}
    ok(r.returncode == 0 and got.get('age-band') == '6-9' and 'home-blocked.example' in got.get('block-list', [])
       and 'everyone-allowed.example' in got.get('allow-list', []),
       'netconductctl family enable moves the home-mode profiles and lists into the service',
       [s.stderr for s in steps] + [r.stdout, r.stderr, rules])
    ok(all(s.returncode == 0 for s in steps) and got.get('daily-limit-minutes') == 45,
       'and their time limits', (steps[3].stderr, got))
    test_enable_history(fam, home_db)
    test_enable_lists(fam, home_db)


def service_history(fam, profile):
    """(seconds per day, activity rows, retention-days) of @profile in the
    service's own database (root reads it)."""
    with sqlite3.connect(f'file:{fam.db}?mode=ro', uri=True) as db:
        pid = db.execute('SELECT id FROM profiles WHERE name = ?', (profile,)).fetchone()[0]
        usage = dict(db.execute('SELECT day, seconds FROM usage WHERE profile_id = ?', (pid,)).fetchall())
        rows = sorted(db.execute('SELECT at, host, ifnull(ref_id, \'\'), outcome FROM activity '
                                 'WHERE profile_id = ?', (pid,)).fetchall())
        retention = db.execute("SELECT value FROM settings WHERE key = 'retention-days'").fetchone()
    return usage, rows, retention[0] if retention else None


def test_enable_history(fam, home_db):
    """family enable moves the time used, the activity counts and the
    settings the service uses too, in parts (more than one call's 256
    values), and again changes nothing."""
    now = int(time.time())
    today = time.strftime('%Y-%m-%d', time.localtime(now))
    before = time.strftime('%Y-%m-%d', time.localtime(now - 2 * 86400))
    activity = [(now - i, f'site{i % 7}.example', '3.1' if i % 2 else '', 'warned' if i % 2 else 'blocked')
                for i in range(130)]
    with sqlite3.connect(home_db) as db:
        pid = db.execute("SELECT id FROM profiles WHERE name = 'Dung'").fetchone()[0]
        db.executemany('INSERT INTO usage (profile_id, day, seconds) VALUES (?, ?, ?)',
                       [(pid, today, 1200), (pid, before, 600)])
        db.executemany('INSERT INTO activity (profile_id, at, host, ref_id, outcome) VALUES (?, ?, ?, nullif(?, \'\'), ?)',
                       [(pid,) + a for a in activity])
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention-days', '30')")
    r = ctl(fam, 0, '--database', home_db, 'family', 'enable')
    usage, rows, retention = service_history(fam, 'Dung')
    ok(r.returncode == 0 and usage == {today: 1200, before: 600} and rows == sorted(activity) and retention == '30',
       'netconductctl family enable moves the time used, every activity entry and the retention setting',
       (r.stdout, r.stderr, usage, len(rows), retention))
    report = fam.root('GetReport', GLib.Variant('(si)', ('Dung', 7)))
    by_rule = dict(report['reply'][1]) if report['ok'] else {}
    ok(by_rule.get('3.1') == 65, "and the parent's report in family mode counts them", report)
    r = ctl(fam, 0, '--database', home_db, 'family', 'enable')
    again = service_history(fam, 'Dung')
    ok(r.returncode == 0 and again == (usage, rows, retention),
       'running family enable again adds nothing twice', (r.stderr, again[0], len(again[1])))
    bad = fam.root('ImportHistory', GLib.Variant('(s(a(si)a(xsss)))', ('Dung', ([('yesterday', 10)], []))))
    ok(not bad['ok'] and bad['error'].endswith('InvalidArgs') and service_history(fam, 'Dung')[0] == usage,
       'a bad day in ImportHistory: a clear error, nothing written', bad)


def live_block(fam, host, uid=CHILD_UID):
    """The child's NcRulesSourceFamily (nc-family-probe) while a parent
    blocks @host: (first line, second line, ms from the change to the
    child's new decision)."""
    cmd = ['setpriv', f'--reuid={uid}', f'--regid={uid}', '--clear-groups', PROBE, host]
    probe = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=dict(os.environ, HOME=fam.child_home))
    first = probe.stdout.readline().strip()
    start = time.perf_counter()
    fam.root('AddHost', GLib.Variant('(sss)', ('An', 'block', host)))
    second = probe.stdout.readline().strip()
    elapsed = (time.perf_counter() - start) * 1000
    probe.kill()
    probe.wait()
    return first, second, elapsed


def test_client(fam):
    first, second, ms = live_block(fam, 'live-block.example')
    ok(first == 'decide live-block.example allow' and second == 'decide live-block.example block',
       "the child's rules source (NcRulesSourceFamily) blocks a site a parent blocks while it runs", (first, second))
    r = subprocess.run(['setpriv', f'--reuid={OTHER_UID}', f'--regid={OTHER_UID}', '--clear-groups', PROBE,
                        'x.example'], capture_output=True, text=True, timeout=30)
    ok(r.stdout.startswith('error') and 'NotAChild' in r.stdout,
       'an account that is no child gets no family rules (home mode is chosen)', r.stdout + r.stderr)


def test_list_hosts(fam):
    """ListHosts: the parent's own list of one profile, for the parents' area."""
    fam.root('AddHost', GLib.Variant('(sss)', ('', 'block', 'everyone.example')))
    an = fam.root('ListHosts', GLib.Variant('(ss)', ('An', 'block')))
    everyone = fam.root('ListHosts', GLib.Variant('(ss)', ('', 'block')))
    rules = fam.root('GetRules', GLib.Variant('(s)', ('An',)))
    ok(an['ok'] and an['reply'][0] == ['bad.example'] and everyone['ok'] and everyone['reply'][0] == ['everyone.example']
       and 'everyone.example' in rules['reply'][0]['block-list'],
       "ListHosts gives a profile's own list and everyone's apart (GetRules merges them)", (an, everyone))
    fam.set_polkit(READ)
    r = fam.as_uid(OTHER_UID, 'ListHosts', "('Binh', 'block')")
    ok(r['ok'] and r['reply'][0] == ['binh-only.example'], 'read-reports lets a parent read a list', r)
    fam.set_polkit()
    bad = fam.root('ListHosts', GLib.Variant('(ss)', ('An', 'maybe')))
    unknown = fam.root('ListHosts', GLib.Variant('(ss)', ('Nobody', 'block')))
    ok(bad.get('error') == f'{IFACE}.Error.InvalidArgs' and unknown.get('error') == f'{IFACE}.Error.NotFound',
       'a list that is neither allow nor block, or an unknown profile, gets a clear error', (bad, unknown))
    fam.root('RemoveHost', GLib.Variant('(sss)', ('', 'block', 'everyone.example')))


def profile_names(fam):
    r = fam.root('GetStatus')
    return r['reply'][0]['profiles'] if r['ok'] else None


def test_rename_remove(fam):
    """A parent renames a profile (SetRules "name") and removes one that no child's account uses."""
    fam.root('AddProfile', GLib.Variant('(ss)', ('Dung', '6-9')))
    r = fam.root('SetRules', GLib.Variant('(sa{sv})', ('Dung', {'name': GLib.Variant('s', 'Dũng')})))
    names = profile_names(fam)
    ok(r['ok'] and 'Dũng' in names and 'Dung' not in names, 'SetRules "name" renames a profile', (r, names))
    taken = fam.root('SetRules', GLib.Variant('(sa{sv})', ('Dũng', {'name': GLib.Variant('s', 'An'),
                                                                      'daily-limit-minutes': GLib.Variant('i', 30)})))
    empty = fam.root('SetRules', GLib.Variant('(sa{sv})', ('Dũng', {'name': GLib.Variant('s', '')})))
    wrong = fam.root('SetRules', GLib.Variant('(sa{sv})', ('Dũng', {'name': GLib.Variant('i', 3)})))
    rules = fam.root('GetRules', GLib.Variant('(s)', ('Dũng',)))
    ok(all(x.get('error') == f'{IFACE}.Error.InvalidArgs' for x in (taken, empty, wrong))
       and rules['ok'] and rules['reply'][0]['daily-limit-minutes'] != 30,
       "a name another profile has, an empty name or a name that is not a string is refused, "
       "and the call's other rules are not kept", (taken, empty, wrong, rules))
    used = fam.root('RemoveProfile', GLib.Variant('(s)', ('An',)))
    mine = fam.child('GetMyRules')
    ok(used.get('error') == f'{IFACE}.Error.InvalidArgs' and 'remove-child' in used.get('message', '')
       and mine['ok'] and mine['reply'][0]['profile'] == 'An',
       "a profile a child's account uses is not removed (the child would be left without rules)", (used, mine))
    gone = fam.root('RemoveProfile', GLib.Variant('(s)', ('Dũng',)))
    after = fam.root('GetRules', GLib.Variant('(s)', ('Dũng',)))
    unknown = fam.root('RemoveProfile', GLib.Variant('(s)', ('Nobody',)))
    ok(gone['ok'] and after.get('error') == f'{IFACE}.Error.NotFound' and 'Dũng' not in profile_names(fam)
       and unknown.get('error') == f'{IFACE}.Error.NotFound',
       'RemoveProfile removes a profile no child uses; an unknown one gets NotFound', (gone, after, unknown))


# ---- imported category lists (nc-family-lists.h) --------------------------------

def import_fd(fam, fd, category='gambling', name='Test list', source=''):
    """ImportCategoryList as root with @fd as the data (None: no fd at all)."""
    fds = Gio.UnixFDList.new()
    handle = fds.append(fd) if fd is not None else 0
    try:
        reply, _ = fam.bus.call_with_unix_fd_list_sync(
            NAME, PATH, IFACE, 'ImportCategoryList', GLib.Variant('(sssh)', (category, name, source, handle)),
            None, Gio.DBusCallFlags.NONE, 60000, fds if fd is not None else None, None)
        return {'ok': True, 'reply': reply.unpack()}
    except GLib.Error as e:
        return {'ok': False, 'error': Gio.DBusError.get_remote_error(e), 'message': e.message}


def service_lists(fam):
    r = fam.root('ListCategoryLists')
    return r['reply'][0] if r['ok'] else r


def lists_files(fam):
    folder = os.path.join(fam.state, 'lists')
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def write_list(fam, name, text):
    path = os.path.join(fam.tmp, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def test_category_lists(fam):
    lists_file = write_list(fam, 'casinos.txt', '# casinos\n0.0.0.0 imported-only.example\n||casino-two.example^\n'
                                                'not a domain line\n')
    # a parent whom polkit denies, and the child itself: refused, nothing kept
    fam.set_polkit()
    before, files_before = service_lists(fam), lists_files(fam)
    for who, uid in (('a parent polkit denies', OTHER_UID), ('the child', CHILD_UID)):
        r = ctl(fam, uid, 'family', 'import-list', lists_file, '--category', 'gambling')
        ok(r.returncode == 3 and 'Not allowed' in r.stderr,
           f'family import-list by {who}: refused (exit 3, a clear message)', r.stdout + r.stderr)
    ok(service_lists(fam) == before and lists_files(fam) == files_before,
       'a refused import changes nothing (no list, no file)', (service_lists(fam), lists_files(fam)))

    # the child's app while a parent imports: RulesChanged brings the list
    cmd = ['setpriv', f'--reuid={CHILD_UID}', f'--regid={CHILD_UID}', '--clear-groups', PROBE,
           'imported-only.example']
    probe = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=dict(os.environ, HOME=fam.child_home))
    first = probe.stdout.readline().strip()
    r = ctl(fam, 0, 'family', 'import-list', lists_file, '--category', 'gambling', '--name', 'Casinos')
    second = probe.stdout.readline().strip()
    probe.kill()
    probe.wait()
    ok(r.returncode == 0 and 'Imported 2 addresses' in r.stdout and '1 lines skipped' in r.stdout,
       'family import-list as root: 2 addresses, 1 line skipped', r.stdout + r.stderr)
    ok(first == 'decide imported-only.example allow' and second == 'decide imported-only.example block',
       "an imported list blocks its domain for the child's open app in family mode (RulesChanged refreshes it)",
       (first, second))
    r = subprocess.run(cmd[:-1] + ['www.casino-two.example'], capture_output=True, text=True, timeout=30,
                       env=dict(os.environ, HOME=fam.child_home))
    ok(r.stdout.startswith('decide www.casino-two.example block'),
       "a fresh child's app blocks a subdomain of the list's ||domain^ line", r.stdout + r.stderr)
    listed = [x for x in service_lists(fam) if x[2] == 'Casinos']
    ok(len(listed) == 1 and listed[0][1:4] == ('gambling', 'Casinos', 2) and listed[0][4] == lists_file,
       'ListCategoryLists: category, name, domains and the file it came from', listed)
    folder = os.path.join(fam.state, 'lists')
    modes = [oct(os.stat(os.path.join(folder, f)).st_mode & 0o777) for f in lists_files(fam)]
    ok(oct(os.stat(folder).st_mode & 0o777) == '0o700' and modes and set(modes) == {'0o600'},
       "the compiled list is the service's alone (folder 0700, file 0600)", modes)
    r = subprocess.run(['setpriv', f'--reuid={CHILD_UID}', f'--regid={CHILD_UID}', '--clear-groups', 'cat',
                        os.path.join(folder, lists_files(fam)[0])], capture_output=True)
    ok(r.returncode != 0, 'the child cannot read the compiled file itself', r.stderr)

    # another profile's list: one of a category An does not block
    rules = fam.root('GetRules', GLib.Variant('(s)', ('An',)))['reply'][0]
    dating = 1 << 4
    steps = [fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'blocked-categories': GLib.Variant(
                 'u', rules['blocked-categories'] & ~dating)}))),
             fam.root('SetRules', GLib.Variant('(sa{sv})', ('Binh', {'blocked-categories': GLib.Variant(
                 'u', dating)})))]
    dating_list = write_list(fam, 'dating.txt', 'binh-dating.example\n')
    gambling = sorted(str(x[0]) for x in service_lists(fam) if x[1] == 'gambling')
    n_files = len(lists_files(fam))
    r = ctl(fam, 0, 'family', 'import-list', dating_list, '--category', 'dating')
    dating_id = max(x[0] for x in service_lists(fam))
    mine = fam.child('GetMyCategoryLists')
    ids = mine['reply'][0].split(',') if mine['ok'] else []
    ok(all(s['ok'] for s in steps) and r.returncode == 0 and mine['ok'] and str(dating_id) not in ids
       and sorted(ids) == gambling and len(mine['fds']) == len(ids),
       "the child gets only its own profile's lists: not one of a category only another profile blocks",
       (steps, r.stderr, mine, dating_id))
    ok(all(size > 0 for size in mine['fds']), 'each list comes as a file descriptor holding the compiled set',
       mine)
    fam.set_polkit()
    r = fam.child('ListCategoryLists')
    ok(error_of(r) == f'{IFACE}.Error.NotAuthorized', "the child cannot list every profile's lists", r)
    r = ctl(fam, 0, 'family', 'drop-list', str(dating_id))
    ok(r.returncode == 0 and dating_id not in [x[0] for x in service_lists(fam)] and len(lists_files(fam)) == n_files,
       'family drop-list removes the list and its compiled file', (r.stderr, service_lists(fam), lists_files(fam)))
    r = ctl(fam, 0, 'family', 'drop-list', str(dating_id))
    ok(r.returncode == 1 and 'no category list' in r.stderr, 'dropping it again: a clear error', r.stderr)
    fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'blocked-categories': GLib.Variant(
        'u', rules['blocked-categories'])})))
    test_bad_lists(fam)


def test_bad_lists(fam):
    before, files_before = service_lists(fam), lists_files(fam)
    pipe_r, pipe_w = os.pipe()
    huge = os.path.join(fam.tmp, 'huge.txt')
    with open(huge, 'wb') as f:
        f.truncate(64 * 1024 * 1024 + 1)
    fake = write_list(fam, 'fake.ncset', 'NCDOMSET' + 'x' * 100)
    empty = write_list(fam, 'empty.txt', '# nothing here\nnot a domain\n')
    home_set = None
    cases = []
    with open(huge, 'rb') as h, open(fake, 'rb') as fk, open(empty, 'rb') as em:
        cases = [
            (import_fd(fam, pipe_r), 'a pipe (never waited on)', 'regular file'),
            (import_fd(fam, h.fileno()), 'a list over 64 MiB', 'too big'),
            (import_fd(fam, fk.fileno()), 'a damaged compiled list', 'cannot be read'),
            (import_fd(fam, em.fileno()), 'a list with no addresses', 'no web site'),
            (import_fd(fam, em.fileno(), category='recipes'), 'an unknown category', 'Unknown category'),
            (import_fd(fam, em.fileno(), name=''), 'an empty name', 'name'),
            (import_fd(fam, None), 'no file descriptor at all', 'file descriptor'),
        ]
    os.close(pipe_r)
    os.close(pipe_w)
    for r, what, words in cases:
        ok(error_of(r) == f'{IFACE}.Error.InvalidArgs' and words in r.get('message', ''),
           f'bad list data ({what}): Error.InvalidArgs, "{words}"', r)
    ok(fam.service.poll() is None and service_lists(fam) == before and lists_files(fam) == files_before,
       'after the bad lists the service runs and nothing was kept', (service_lists(fam), lists_files(fam)))
    # a list handed over in a memfd (not a file of the parent's) is taken too
    fd = os.memfd_create('list')
    os.write(fd, b'memfd-list.example\n')
    r = import_fd(fam, fd, name='From memory')
    os.close(fd)
    ok(r['ok'] and r['reply'][1] == 1, 'a list in a memfd is taken', r)
    if r['ok']:
        fam.root('RemoveCategoryList', GLib.Variant('(x)', (r['reply'][0],)))
    r = fam.child('GetMyCategoryLists')
    ok(r['ok'] and len(r['fds']) == len(before), 'the child gets exactly the lists kept', r)
    rss_before = fam.rss_kb()
    loop = fam.child('GetMyCategoryLists', repeat=500)
    rss_after = fam.rss_kb()
    ok(loop.get('ok') == 500 and rss_after - rss_before < 4 * 1024,
       f'500 GetMyCategoryLists in a loop: all answered, memory bounded ({rss_before} kB, then {rss_after} kB)', loop)


def test_enable_lists(fam, home_db):
    """family enable moves a home-mode imported list, as compiled, once."""
    home_list = write_list(fam, 'home-casinos.txt', 'home-imported.example\nsecond.home-imported.example\n')
    r = ctl(fam, 0, '--database', home_db, 'list', 'import', home_list, '--category', 'gambling', '--name', 'Home casinos')
    r2 = ctl(fam, 0, '--database', home_db, 'family', 'enable')
    moved = [x for x in service_lists(fam) if x[2] == 'Home casinos']
    ok(r.returncode == 0 and r2.returncode == 0 and len(moved) == 1 and moved[0][1:4] == ('gambling', 'Home casinos', 2)
       and moved[0][4] == home_list, 'family enable moves an imported list (category, name, domains, source)',
       (r.stderr, r2.stdout, r2.stderr, moved))
    probe = subprocess.run(['setpriv', f'--reuid={CHILD_UID}', f'--regid={CHILD_UID}', '--clear-groups', PROBE,
                            'home-imported.example'], capture_output=True, text=True, timeout=30,
                           env=dict(os.environ, HOME=fam.child_home))
    ok(probe.stdout.startswith('decide home-imported.example block'),
       "and the child's app in family mode blocks its domain", probe.stdout + probe.stderr)
    r = ctl(fam, 0, '--database', home_db, 'family', 'enable')
    again = [x for x in service_lists(fam) if x[2] == 'Home casinos']
    ok(r.returncode == 0 and len(again) == 1 and 'already in the family service' in r.stdout,
       'running family enable again does not move it twice', (r.stdout, again))


def run(fam):
    setup_family(fam)
    test_list_hosts(fam)
    test_rename_remove(fam)
    test_own_rules(fam)
    test_polkit(fam)
    test_signal(fam)
    test_client(fam)
    test_home_removed(fam)
    test_bad_input(fam)
    test_ctl(fam)
    test_category_lists(fam)
    test_pin(fam)
    test_kills(fam)
    test_secrets(fam)


if __name__ == '__main__':
    sys.exit(main())
