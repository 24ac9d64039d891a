#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Family mode's figures, as "name: value" lines (issue 13, item 9).

    bench-family.py NETCONDUCT-FAMILYD DBUS-POLICY-CONF NETCONDUCTCTL NC-FAMILY-PROBE

The same set-up as tests/check-family.py (a private system bus, polkit from
dbusmock, the service on a temporary folder, the child as uid 65534), with
the PIN hashed with the app's real Argon2id parameters:
  rules_fetch_ms   a child's GetMyRules over D-Bus, median of 200
  time_left_ms     GetTimeLeft, median of 200
  pin_check_ms     CheckPin with the right PIN, median of 5
  service_rss_mb   the service's resident memory, idle after set-up
  signal_to_block_ms  a parent blocks a site: until the child's rules source
                   (NcRulesSourceFamily, through RulesChanged) decides "block";
                   median of 9
  decide_home_ns, decide_family_ns, decide_added_ns, rules_reread_us
                   a navigation decision on rules cached in the client (read
                   again only after RulesChanged) against home mode, from
                   nc-bench-family-decide (next to NC-FAMILY-PROBE) as the child;
                   with the 95 % interval of decide_added_ns and an A/A
                   comparison (decide_aa_ns: home against home, the noise)
  list_import_ms   a parent imports a list of 100,000 domains (ImportCategoryList)
  lists_fetch_ms   the child's GetMyCategoryLists with that list (a sealed
                   memfd of about 0.8 MB), median of 50
  service_rss_mb_lists  the service's memory after the import and the fetches
Run as root (setpriv).
"""
import importlib.util
import os
import subprocess
import sys
import time

spec = importlib.util.spec_from_file_location(
    'check_family', os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'check-family.py'))
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def main():
    check.ok = lambda cond, name, diag='': check.results.append((bool(cond), name, diag))   # quiet
    fam = check.Family(fast_pin=False)
    try:
        check.results.clear()
        check.setup_family(fam)
        if not all(r[0] for r in check.results):
            print('setup failed', file=sys.stderr)
            return 1
        time.sleep(1)
        print(f'service_rss_mb: {fam.rss_kb() / 1024:.1f}')
        for name, method, n in (('rules_fetch_ms', 'GetMyRules', 200), ('time_left_ms', 'GetTimeLeft', 200)):
            r = fam.child(method, repeat=n)
            print(f'{name}: {r["median_ms"]:.2f}')
        r = fam.child('CheckPin', f"('{check.PIN}', 'allow-once')", repeat=5)
        print(f'pin_check_ms: {r["median_ms"]:.1f}')
        times = sorted(check.live_block(fam, f'live{i}.example')[2] for i in range(9))
        print(f'signal_to_block_ms: {times[4]:.1f}')
        decide = os.path.join(os.path.dirname(check.PROBE), 'nc-bench-family-decide')
        r = subprocess.run(['setpriv', f'--reuid={check.CHILD_UID}', f'--regid={check.CHILD_UID}', '--clear-groups',
                            decide], capture_output=True, text=True, timeout=300,
                           env=dict(os.environ, HOME=fam.child_home))
        print(r.stdout.strip() if r.returncode == 0 else f'decide_added_ns: failed ({r.stderr.strip()})')
        print(f'service_rss_mb_after: {fam.rss_kb() / 1024:.1f}')
        fd = os.memfd_create('list')
        os.write(fd, ''.join(f'site{i}.gambling.example\n' for i in range(100000)).encode())
        start = time.perf_counter()
        r = check.import_fd(fam, fd, category='gambling', name='Bench list')
        print(f'list_import_ms: {(time.perf_counter() - start) * 1000:.0f}' if r['ok'] else f'list_import_ms: failed ({r})')
        os.close(fd)
        r = fam.child('GetMyCategoryLists', repeat=50)
        print(f'lists_fetch_ms: {r["median_ms"]:.2f}')
        print(f'service_rss_mb_lists: {fam.rss_kb() / 1024:.1f}')
    finally:
        fam.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
