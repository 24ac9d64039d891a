#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-session time and other browsers in family mode (issue 14), TAP.

    check-family-session.py NETCONDUCT-FAMILYD DBUS-POLICY-CONF NETCONDUCTCTL NC-FAMILY-PROBE

The bus, polkit and the service as in check-family.py (whose Family class
this reuses), plus systemd-logind from python3-dbusmock's logind template
and, for malcontent, a stand-in AccountsService (dbusmock) with malcontent's
com.endlessm.ParentalControls.AppFilter properties on the same private
system bus. The service's clocks are moved through
NETCONDUCT_FAMILY_TEST_CLOCK (a file of seconds), so minutes pass at once.
The child's app side (learn reports, warning signals) runs as nobody.
Needs root.
"""
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time

from gi.repository import Gio, GLib

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('check_family', os.path.join(HERE, 'check-family.py'))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
ok = base.ok
CTL = base.CTL

# logind and AccountsService stand-ins run as root on the test bus.
base.BUS_CONFIG = base.BUS_CONFIG.replace(
    '<allow own="org.freedesktop.PolicyKit1"/>',
    '<allow own="org.freedesktop.PolicyKit1"/>\n'
    '    <allow own="org.freedesktop.login1"/>\n    <allow own="org.freedesktop.Accounts"/>\n'
    '    <allow send_destination="org.freedesktop.login1"/>\n'
    '    <allow send_destination="org.freedesktop.Accounts"/>')

LOGIN1 = 'org.freedesktop.login1'
MOCK = 'org.freedesktop.DBus.Mock'
SESSION_IFACE = 'org.freedesktop.login1.Session'
SESSION = '/org/freedesktop/login1/session/c1'
ACCOUNTS = 'org.freedesktop.Accounts'
USER_PATH = f'/org/freedesktop/Accounts/User{base.CHILD_UID}'
APP_FILTER = 'com.endlessm.ParentalControls.AppFilter'
LIMIT_MINUTES = 10
GRACE = 30
figures = {}

CHILD_APP = r'''
import json, sys, threading
from gi.repository import Gio, GLib
NAME, PATH, IFACE = 'io.github.netconduct.Family1', '/io/github/netconduct/Family1', 'io.github.netconduct.Family1'
bus = Gio.bus_get_sync(Gio.BusType.SYSTEM, None)
def on_signal(conn, sender, path, iface, name, params):
    print(json.dumps({'signal': name, 'args': params.unpack()}), flush=True)
for name in ('SessionTimeWarning', 'SessionTimeUp'):
    bus.signal_subscribe(None, IFACE, name, PATH, None, Gio.DBusSignalFlags.NONE, on_signal)
loop = GLib.MainLoop()
threading.Thread(target=loop.run, daemon=True).start()
print(json.dumps({'ready': True}), flush=True)
for line in sys.stdin:
    word = line.strip()
    if word in ('learn', 'unlearn'):
        bus.call_sync(NAME, PATH, IFACE, 'ReportLearning', GLib.Variant('(b)', (word == 'learn',)),
                      None, Gio.DBusCallFlags.NONE, 5000, None)
        print(json.dumps({'done': word}), flush=True)
    elif word == 'quit':
        break
'''


class SessionFamily(base.Family):
    """Family with a test clock (seconds in a file) for the service."""

    def __init__(self):
        self.offset = 0
        self.clock_file = None
        super().__init__()

    def start(self):
        if self.clock_file is None:
            self.clock_file = os.path.join(self.tmp, 'clock')
            self.write_clock()
        if getattr(self, 'tz', None) is None:
            # The service's day is local time: a zone where the test starts at
            # about 01:00, so the two hours the test clock moves stay in one
            # day whenever the test runs.
            self.tz = f'NCT-{(1 - time.gmtime().tm_hour) % 24}'
        saved_tz = os.environ.get('TZ')
        os.environ['NETCONDUCT_FAMILY_TEST_CLOCK'] = self.clock_file
        os.environ['TZ'] = self.tz
        try:
            super().start()
        finally:
            del os.environ['NETCONDUCT_FAMILY_TEST_CLOCK']
            if saved_tz is None:
                del os.environ['TZ']
            else:
                os.environ['TZ'] = saved_tz

    def write_clock(self):
        with open(self.clock_file + '.new', 'w') as f:
            f.write(str(self.offset))
        os.rename(self.clock_file + '.new', self.clock_file)

    def pass_seconds(self, seconds, settle=1.5):
        """Every clock of the service moves @seconds; then one tick at least."""
        self.offset += seconds
        self.write_clock()
        time.sleep(settle)

    def mock(self, path, method, sig=None, args=None, name=LOGIN1, iface=MOCK):
        reply = self.bus.call_sync(name, path, iface, method,
                                   GLib.Variant(sig, args) if sig else None, None,
                                   Gio.DBusCallFlags.NONE, 10000, None)
        return reply.unpack()

    def calls(self, method):
        return len(self.mock(SESSION, 'GetMethodCalls', '(s)', (method,))[0])

    def session_props(self, **props):
        self.mock(SESSION, 'UpdateProperties', '(sa{sv})',
                  (SESSION_IFACE, {k: GLib.Variant('b', v) for k, v in props.items()}))
        time.sleep(0.5)                     # the service takes the change before the clock moves


def session_time(fam):
    r = fam.child('GetSessionTime')
    return (r['reply'][0], r['reply'][1]) if r['ok'] else (None, None)


class ChildApp:
    """The child's app (as nobody): learn reports and the warning signals."""

    def __init__(self, fam):
        self.proc = subprocess.Popen(
            ['setpriv', f'--reuid={base.CHILD_UID}', f'--regid={base.CHILD_UID}', '--clear-groups',
             '/usr/bin/python3', '-c', CHILD_APP],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ, HOME=fam.child_home))
        self.lines = []
        self.read_until(lambda m: m.get('ready'), 20)

    def read_until(self, pred, timeout):
        import select
        end = time.monotonic() + timeout
        for m in self.lines:
            if pred(m):
                return m
        while time.monotonic() < end:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0, end - time.monotonic()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:
                break
            m = json.loads(line)
            self.lines.append(m)
            if pred(m):
                return m
        return None

    def send(self, word):
        self.lines = [m for m in self.lines if 'done' not in m]   # wait for this call's answer
        self.proc.stdin.write(word + '\n')
        self.proc.stdin.flush()
        return self.read_until(lambda m: m.get('done') == word, 10)

    def signal(self, name, *args):
        return self.read_until(lambda m: m.get('signal') == name and list(m['args'][:len(args)]) == list(args), 5)

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.write('quit\n')
            self.proc.stdin.flush()
            self.proc.wait(timeout=10)


def test_counting(fam):
    base.setup_family(fam)
    # every hour allowed, so that the test does not depend on the time of day
    r = fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'daily-limit-minutes': GLib.Variant('i', LIMIT_MINUTES),
                                                              'allowed-hours': GLib.Variant('au', [0xFFFFFF] * 7)})))
    r2 = fam.root('SetSessionEnd', GLib.Variant('(su)', ('terminate', GRACE)))
    ok(r['ok'] and r2['ok'], f'a {LIMIT_MINUTES}-minute limit and a {GRACE}-second grace period are set', (r, r2))

    fam.logind = subprocess.Popen(['/usr/bin/python3', '-m', 'dbusmock', '--system', '--template', 'logind'],
                                  stdout=subprocess.DEVNULL)
    ok(fam.wait_for_name(LOGIN1), 'logind (dbusmock) is on the test bus')
    fam.mock('/org/freedesktop/login1', 'AddSession', '(ssusb)', ('c1', 'seat0', base.CHILD_UID, 'nobody', True))
    fam.mock('/org/freedesktop/login1', 'EmitSignal', '(sssav)',
             ('org.freedesktop.login1.Manager', 'SessionNew', 'so',
              [GLib.Variant('s', 'c1'), GLib.Variant('o', SESSION)]))
    start = time.monotonic()
    time.sleep(1)                           # the service reads the new session's state
    fam.pass_seconds(60)
    left, used = session_time(fam)
    expected = 60 + (time.monotonic() - start)
    figures['active_error_s'] = round(used - expected, 2) if used is not None else None
    ok(used is not None and abs(used - expected) <= 2,
       f'an active session counts: {used} s counted, {expected:.1f} s passed', (left, used))

    fam.session_props(IdleHint=True)
    _, before = session_time(fam)
    fam.pass_seconds(300)
    _, after = session_time(fam)
    ok(after - before <= 1, f'an idle session does not count (300 s passed, {after - before} s counted)')
    fam.session_props(IdleHint=False, LockedHint=True)
    fam.pass_seconds(300)
    _, after2 = session_time(fam)
    ok(after2 - after <= 1, f'a locked session does not count (300 s passed, {after2 - after} s counted)')
    fam.session_props(LockedHint=False, Active=False)
    fam.pass_seconds(300)
    _, after3 = session_time(fam)
    ok(after3 - after2 <= 1, f'a session in the background (not active) does not count ({after3 - after2} s)')
    fam.session_props(Active=True)
    start, _ = time.monotonic(), None
    fam.pass_seconds(120)
    _, after4 = session_time(fam)
    expected = 120 + (time.monotonic() - start)
    figures['resumed_error_s'] = round(after4 - after3 - expected, 2)
    ok(abs(after4 - after3 - expected) <= 2, f'active again, it counts again ({after4 - after3} s for {expected:.1f} s)')


def test_learning(fam, app):
    _, before = session_time(fam)
    r = app.send('learn')
    fam.pass_seconds(200)
    _, during = session_time(fam)
    ok(r is not None and during - before <= 1,
       f'time in the Learn area does not count (200 s passed, {during - before} s counted)')
    app.send('unlearn')
    fam.pass_seconds(30)
    _, after = session_time(fam)
    ok(after - during >= 29, f'out of the Learn area it counts again ({after - during} s for 30)')


def test_learning_allowance(fam, app):
    """ReportLearning is the child's word (gdbus can send it): at most an hour
    a day of Learn time goes uncounted."""
    app.send('learn')
    fam.pass_seconds(3400)                  # 200 s above: the hour is used up
    _, before = session_time(fam)
    fam.pass_seconds(30)
    _, after = session_time(fam)
    app.send('unlearn')
    ok(after - before >= 29,
       f'after an hour in the Learn area a day, time counts again ({after - before} s for 30)')


def test_time_up(fam, app):
    left, used = session_time(fam)
    fam.pass_seconds(left - 290, settle=2)
    ok(app.signal('SessionTimeWarning', base.CHILD_UID, 5), "SessionTimeWarning (5 minutes) reaches the child's app",
       app.lines[-3:])
    fam.pass_seconds(240, settle=2)
    ok(app.signal('SessionTimeWarning', base.CHILD_UID, 1), "SessionTimeWarning (1 minute) reaches the child's app",
       app.lines[-3:])
    ok(fam.calls('Lock') == 0, 'no Session.Lock while time is left')
    # the last seconds pass in real time, as at the computer
    left, _ = session_time(fam)
    fam.pass_seconds(left - 3, settle=0)
    up = app.read_until(lambda m: m.get('signal') == 'SessionTimeUp', 10)
    ok(up is not None and up['args'][1:] == ['terminate', GRACE],
       'SessionTimeUp reaches the app with the end and the grace period', up)
    ok(fam.calls('Lock') == 1, 'time is up: Session.Lock is called on the child\'s session (dbusmock call log)',
       fam.calls('Lock'))
    left, used = session_time(fam)
    figures['counted_at_limit_s'] = used
    ok(left == 0 and LIMIT_MINUTES * 60 <= used <= LIMIT_MINUTES * 60 + 2,
       f'the count stops at the limit ({used} s of {LIMIT_MINUTES * 60})', (left, used))
    fam.pass_seconds(GRACE - 10)
    ok(fam.calls('Terminate') == 0, 'within the grace period the session is not ended')
    fam.pass_seconds(12)
    ok(fam.calls('Terminate') >= 1, 'after the grace period Session.Terminate is called', fam.calls('Terminate'))

    r = fam.child('MoreTime', f"('0000', 15)")
    ok(r['ok'] and r['reply'][0] is False, 'a wrong PIN gives no more time', r)
    r = fam.child('MoreTime', f"('{base.PIN}', 15)")
    left, _ = session_time(fam)
    ok(r['ok'] and r['reply'][0] and 14 * 60 <= left <= 15 * 60,
       f"the parent's PIN gives 15 more minutes of the session ({left} s left)", (r, left))
    fam.mock(SESSION, 'ClearCalls')
    fam.pass_seconds(6)
    ok(fam.calls('Terminate') == 0 and fam.calls('Lock') == 0, 'with more time, nothing is locked or ended')


def test_restart(fam):
    _, before = session_time(fam)
    fam.stop()
    fam.start()
    started = time.monotonic()
    time.sleep(1)
    _, after = session_time(fam)
    ok(after is not None and before <= after <= before + 3,
       f'the count survives a restart of the service ({before} s before, {after} s after)')
    fam.pass_seconds(8)                     # counted, not yet saved (saved every 10 s)
    fam.stop(signal.SIGKILL)
    counted = after + 8 + (time.monotonic() - started) - 1
    fam.start()
    time.sleep(1)
    _, after_kill = session_time(fam)
    figures['lost_to_sigkill_s'] = round(counted - after_kill, 1) if after_kill is not None else None
    ok(after_kill is not None and after - 1 <= after_kill <= after + 13 and after_kill >= after - 11,
       f'after a SIGKILL at most 10 s are lost ({after} s before, {after_kill} s after)')
    days = fam.root('GetSessionDays', GLib.Variant('(si)', ('nobody', 7)))
    week = days['reply'][0] if days['ok'] else []
    ok(len(week) == 7 and abs(week[-1][1] - after_kill) <= 3 and all(s == 0 for _, s in week[:-1]),
       "GetSessionDays gives the parents a week of whole-session time, today's last", week)


def test_lock_only(fam):
    r = fam.root('SetSessionEnd', GLib.Variant('(su)', ('lock', 0)))
    left, _ = session_time(fam)
    fam.mock(SESSION, 'ClearCalls')
    fam.pass_seconds(left + 5, settle=7)
    ok(r['ok'] and fam.calls('Lock') >= 2 and fam.calls('Terminate') == 0,
       'end "lock": an unlocked session is locked again, never ended',
       (fam.calls('Lock'), fam.calls('Terminate')))


def test_allowed_hours(fam):
    r = fam.root('SetSessionEnd', GLib.Variant('(su)', ('terminate', 600)))
    r2 = fam.child('MoreTime', f"('{base.PIN}', 60)")
    fam.session_props(LockedHint=False)
    fam.pass_seconds(2)
    fam.mock(SESSION, 'ClearCalls')
    left, _ = session_time(fam)
    r3 = fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'allowed-hours': GLib.Variant('au', [0] * 7)})))
    time.sleep(2)
    left2, _ = session_time(fam)
    ok(r['ok'] and r2['ok'] and r3['ok'] and left > 0 and left2 == 0 and fam.calls('Lock') == 1,
       'outside the allowed hours no time is left: the session is locked at once', (r, r2, r3, left, left2, fam.calls('Lock')))
    fam.root('SetRules', GLib.Variant('(sa{sv})', ('An', {'allowed-hours': GLib.Variant('au', [0xFFFFFF] * 7)})))


def test_session_refusals(fam):
    fam.set_polkit()
    r = fam.child('SetSessionEnd', "('lock', uint32 0)")
    r2 = fam.child('GetSessionDays', "('nobody', 7)")
    ok(base.error_of(r) == f'{base.IFACE}.Error.NotAuthorized' and
       base.error_of(r2) == f'{base.IFACE}.Error.NotAuthorized',
       'a child can neither change the end nor read the parents\' week', (r, r2))
    r = fam.root('SetSessionEnd', GLib.Variant('(su)', ('reboot', 10)))
    r2 = fam.root('SetSessionEnd', GLib.Variant('(su)', ('lock', 999999)))
    r3 = fam.root('GetSessionDays', GLib.Variant('(si)', ('nobody', 99)))
    ok(all(base.error_of(x) == f'{base.IFACE}.Error.InvalidArgs' for x in (r, r2, r3)),
       'bad ends, grace periods and day counts get Error.InvalidArgs', (r, r2, r3))
    r = fam.as_uid(base.OTHER_UID, 'GetSessionTime')
    ok(base.error_of(r) == f'{base.IFACE}.Error.NotAChild', 'an account that is no child has no session time', r)


# ---- malcontent ------------------------------------------------------------------------

PREVIOUS = {'AppFilter': GLib.Variant('(bas)', (False, ['/usr/bin/supertuxkart'])),
            'OarsFilter': GLib.Variant('(sa{ss})', ('oars-1.1', {'violence-realistic': 'mild'})),
            'AllowUserInstallation': GLib.Variant('b', True),
            'AllowSystemInstallation': GLib.Variant('b', False)}


def app_filter_state(fam, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        status = fam.root('GetStatus')['reply'][0]
        states = dict(status.get('app-filters', []))
        state = states.get(base.CHILD_UID, '')
        if state not in ('', 'pending'):
            return state
        time.sleep(0.1)
    return 'timeout'


def user_filter(fam):
    return fam.mock(USER_PATH, 'GetAll', '(s)', (APP_FILTER,), name=ACCOUNTS,
                    iface='org.freedesktop.DBus.Properties')[0]


def test_malcontent(fam):
    state = app_filter_state(fam)
    ok(state.startswith('missing:') and 'apt install malcontent' in state,
       'without AccountsService/malcontent the child\'s state says so, and how to install it', state)
    r = base.ctl(fam, 0, 'family', 'status')
    ok(r.returncode == 0 and 'other-browsers: nobody: not held back' in r.stdout and 'apt install malcontent' in r.stdout,
       'netconductctl family status says malcontent is missing and how to install it', r.stdout + r.stderr)

    fam.accounts = subprocess.Popen(['/usr/bin/python3', '-m', 'dbusmock', '--system', ACCOUNTS,
                                     '/org/freedesktop/Accounts', ACCOUNTS], stdout=subprocess.DEVNULL)
    ok(fam.wait_for_name(ACCOUNTS), 'a stand-in AccountsService (dbusmock) is on the test bus')
    fam.mock('/org/freedesktop/Accounts', 'AddMethod', '(sssss)',
             (ACCOUNTS, 'FindUserById', 'x', 'o', 'ret = "/org/freedesktop/Accounts/User%d" % args[0]'), name=ACCOUNTS)
    fam.mock('/org/freedesktop/Accounts', 'AddObject', '(ssa{sv}a(ssss))',
             (USER_PATH, APP_FILTER, PREVIOUS, []), name=ACCOUNTS)
    fam.mock(USER_PATH, 'AddProperties', '(sa{sv})',
             ('org.freedesktop.Accounts.User', {'AccountType': GLib.Variant('i', 0)}), name=ACCOUNTS)
    before = user_filter(fam)

    fam.stop()                              # malcontent installed since: tried again at start
    fam.start()
    state = app_filter_state(fam)
    ok(state == 'held-back', 'at its start the service sets the app filter of a child it could not before '
       '(state held-back)', state)
    after = user_filter(fam)
    entries = after['AppFilter'][1]
    ok(after['AppFilter'][0] is False and '/usr/bin/supertuxkart' in entries and
       after['OarsFilter'] == before['OarsFilter'],
       'the filter the child had is kept (its blocked game, its OARS ratings)', after)
    checks = judge_with_libmalcontent(after)
    ok(checks is not None and not any(checks['blocked'].values()) and all(checks['allowed'].values()),
       'libmalcontent reads it: Firefox ESR, Chromium, Epiphany, their Flatpaks and http/https links are held '
       'back; NetConduct is allowed', checks)
    r = base.ctl(fam, 0, 'family', 'status')
    ok('other-browsers: nobody: held back' in r.stdout, 'netconductctl family status shows it', r.stdout)

    r = fam.root('RemoveChild', GLib.Variant('(s)', ('nobody',)))
    end = time.monotonic() + 20
    while user_filter(fam) != before and time.monotonic() < end:
        time.sleep(0.1)
    restored = user_filter(fam)
    ok(r['ok'] and restored == before, 'removing the child puts the filter back exactly as it was', (restored, before))

    # an allow list: the browsers leave it, NetConduct joins it
    allow = (True, ['/usr/bin/gedit', f'app/org.chromium.Chromium/{os.uname().machine}/stable',
                    'x-scheme-handler/https', '/usr/bin/firefox-esr'])
    fam.mock(USER_PATH, 'Set', '(ssv)', (APP_FILTER, 'AppFilter', GLib.Variant('(bas)', allow)),
             name=ACCOUNTS, iface='org.freedesktop.DBus.Properties')
    before = user_filter(fam)
    fam.root('AddChild', GLib.Variant('(ss)', ('nobody', 'An')))
    state = app_filter_state(fam)
    checks = judge_with_libmalcontent(user_filter(fam))
    ok(state == 'held-back' and checks is not None and not any(checks['blocked'].values()) and
       checks['allowed']['io.github.netconduct.NetConduct'] and '/usr/bin/gedit' in user_filter(fam)['AppFilter'][1],
       'an allow list loses the browsers and gains NetConduct, and keeps the rest', (state, checks))
    fam.root('RemoveChild', GLib.Variant('(s)', ('nobody',)))
    end = time.monotonic() + 20
    while user_filter(fam) != before and time.monotonic() < end:
        time.sleep(0.1)
    ok(user_filter(fam) == before, 'removing the child restores the allow list exactly', user_filter(fam))


def judge_with_libmalcontent(serialized):
    """Asks libmalcontent itself (gir1.2-malcontent-0) what the filter allows."""
    try:
        import gi
        gi.require_version('Malcontent', '0')
        from gi.repository import Malcontent
    except (ImportError, ValueError):
        return None
    variant = GLib.Variant('a{sv}', {k: GLib.Variant('(bas)' if k == 'AppFilter' else
                                                     '(sa{ss})' if k == 'OarsFilter' else 'b', v)
                                     for k, v in serialized.items()})
    f = Malcontent.AppFilter.deserialize(variant, base.CHILD_UID)
    blocked = {p: f.is_path_allowed(p) for p in ('/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr',
                                                  '/usr/bin/chromium', '/usr/bin/epiphany-browser')}
    blocked.update({a: f.is_flatpak_app_allowed(a) for a in ('org.mozilla.firefox', 'org.chromium.Chromium',
                                                             'org.gnome.Epiphany')})
    blocked.update({c: f.is_content_type_allowed(c) for c in ('x-scheme-handler/http', 'x-scheme-handler/https')})
    allowed = {'io.github.netconduct.NetConduct': f.is_flatpak_app_allowed('io.github.netconduct.NetConduct'),
               '/usr/bin/gedit': f.is_path_allowed('/usr/bin/gedit'),
               'text/plain': f.is_content_type_allowed('text/plain')}
    return {'blocked': blocked, 'allowed': allowed}


def main():
    if os.geteuid() != 0:
        print('1..0 # SKIP needs root (clients run as another uid through setpriv)')
        return 0
    fam = SessionFamily()
    fam.logind = fam.accounts = None
    app = None
    try:
        test_counting(fam)
        app = ChildApp(fam)
        test_learning(fam, app)
        test_learning_allowance(fam, app)
        test_time_up(fam, app)
        test_restart(fam)
        test_lock_only(fam)
        test_allowed_hours(fam)
        test_session_refusals(fam)
        test_malcontent(fam)
        figures['service_rss_mb'] = round(fam.rss_kb() / 1024, 1)
    finally:
        if app is not None:
            app.close()
        for p in (fam.logind, fam.accounts):
            if p is not None and p.poll() is None:
                p.terminate()
                p.wait(timeout=20)
        fam.close()
    for name, value in figures.items():
        print(f'# {name}: {value}')
    print(f'1..{len(base.results)}')
    return 0 if all(r[0] for r in base.results) else 1


if __name__ == '__main__':
    sys.exit(main())
