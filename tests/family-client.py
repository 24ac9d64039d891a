#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A client of the family service for tests, run as another uid (setpriv).

    family-client.py METHOD [ARGS] [--repeat N] [--writer]

ARGS is a GVariant tuple in text form ("('An',)"); the bus is
$DBUS_SYSTEM_BUS_ADDRESS, the service's name $NC_FAMILY_NAME. Prints one
JSON line: {"ok": true, "reply": ...} or {"ok": false, "error": NAME,
"message": TEXT}; with --repeat, {"errors": {NAME: count}, "ok": count, "median_ms": M}.
--unlock PIN: first UnlockWithPin on the same connection.
--writer: writes consistent changes in a loop until killed (SIGKILL test).
"""
import json
import os
import sys
import time

from gi.repository import Gio, GLib

NAME = os.environ.get('NC_FAMILY_NAME', 'io.github.netconduct.Family1')
PATH = '/io/github/netconduct/Family1'
IFACE = 'io.github.netconduct.Family1'


def call(bus, method, args):
    """The reply, and "fds": the sizes of the file descriptors it carried
    (GetMyCategoryLists), each closed."""
    params = GLib.Variant.parse(None, args, None, None) if args else None
    try:
        reply, fds = bus.call_with_unix_fd_list_sync(NAME, PATH, IFACE, method, params, None,
                                                     Gio.DBusCallFlags.NONE, 20000, None, None)
        sizes = []
        for fd in (fds.steal_fds() if fds is not None else []):
            sizes.append(os.fstat(fd).st_size)
            os.close(fd)
        return {'ok': True, 'reply': reply.unpack(), 'fds': sizes}
    except GLib.Error as e:
        return {'ok': False, 'error': Gio.DBusError.get_remote_error(e) or e.message,
                'message': e.message}


def writer(bus):
    """Each change is one call: SetRules with fields that agree with each
    other, then a host moved between the allow and the block list."""
    n = 0
    while True:
        n += 1
        rules = GLib.Variant('(sa{sv})', ('An', {
            'daily-limit-minutes': GLib.Variant('i', n % 1000 + 1),
            'blocked-categories': GLib.Variant('u', (n % 1000 + 1) & 0x3ff),
            'allowed-hours': GLib.Variant('au', [n % 1000 + 1] * 7),
        }))
        for method, params in (('SetRules', rules),
                               ('AddHost', GLib.Variant('(sss)', ('An', 'allow' if n % 2 else 'block',
                                                                  'flip.example')))):
            try:
                bus.call_sync(NAME, PATH, IFACE, method, params, None, Gio.DBusCallFlags.NONE, 5000, None)
            except GLib.Error:
                time.sleep(0.002)


def main():
    argv = sys.argv[1:]
    repeat = 0
    if '--repeat' in argv:
        i = argv.index('--repeat')
        repeat = int(argv[i + 1])
        del argv[i:i + 2]
    unlock = None
    if '--unlock' in argv:
        i = argv.index('--unlock')
        unlock = argv[i + 1]
        del argv[i:i + 2]
    bus = Gio.bus_get_sync(Gio.BusType.SYSTEM, None)
    if unlock is not None:
        r = call(bus, 'UnlockWithPin', f"('{unlock}',)")
        if not r['ok'] or not r['reply'][0]:
            print(json.dumps({'ok': False, 'error': 'unlock refused', 'message': str(r)}))
            return
    if argv == ['--writer']:
        writer(bus)
        return
    method = argv[0]
    args = argv[1] if len(argv) > 1 else None
    if repeat:
        errors, ok, times = {}, 0, []
        for _ in range(repeat):
            start = time.perf_counter()
            r = call(bus, method, args)
            times.append((time.perf_counter() - start) * 1000)
            if r['ok']:
                ok += 1
            else:
                errors[r['error']] = errors.get(r['error'], 0) + 1
        times.sort()
        print(json.dumps({'ok': ok, 'errors': errors, 'median_ms': times[len(times) // 2]}))
    else:
        print(json.dumps(call(bus, method, args), default=str))


if __name__ == '__main__':
    main()
