#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`netconductctl export-dns` against the real engines, speaking TAP.

A profile with categories, a parent's block and allow lists and an
administrator's policy (a locked category, their own block list) is
exported in the four formats. Unbound and dnsmasq are started on loopback
ports with the exported files, in front of an upstream Unbound that answers
every name with 192.0.2.1 (the Internet, for the test), and asked by dig:
blocked names get NXDOMAIN (or 0.0.0.0 from a hosts file), safe-search
names get the engines' published address, allowed names pass, and a
parent's allow entry beats a category but not a locked one. Then the
errors: an unknown profile or format, an allow-list-only profile, an
unwritable file; a file that was there stays whole."""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

ctl = sys.argv[1]
tap = Tap()
ok = tap.ok
finish = tap.finish
UPSTREAM = '192.0.2.1'
GOOGLE_SAFE = '216.239.38.120'


def skip_all(why):
    print(f'1..0 # SKIP {why}')
    sys.exit(0)


for tool in ('unbound', 'dnsmasq', 'dig'):
    if shutil.which(tool) is None and not os.path.exists(f'/usr/sbin/{tool}'):
        skip_all(f'{tool} is not installed (build-aux/setup.sh installs it)')


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def run(*args, stdin=None):
    return subprocess.run([ctl, '--database', db] + list(args), capture_output=True, text=True,
                          env=env, input=stdin)


def dig(port, name, qtype='A'):
    """(status, [answers]) for @name, as a resolver client sees it."""
    p = subprocess.run(['dig', '@127.0.0.1', '-p', str(port), '+tries=1', '+time=2',
                        '+noall', '+comments', '+answer', name, qtype],
                       capture_output=True, text=True)
    status = re.search(r'status: (\w+)', p.stdout)
    answers = [line.split()[-1] for line in p.stdout.splitlines()
               if line and not line.startswith(';') and len(line.split()) >= 5]
    return (status.group(1) if status else 'NO-ANSWER:' + p.stdout + p.stderr, answers)


def wait_for(port, proc, name):
    for _ in range(100):
        if proc.poll() is not None:
            return False
        status, _ = dig(port, 'probe.invalid')
        if not status.startswith('NO-ANSWER'):
            return True
        time.sleep(0.1)
    return False


def unbound_conf(folder, port, body):
    path = os.path.join(folder, f'unbound-{port}.conf')
    with open(path, 'w') as f:
        f.write(f'''server:
  interface: 127.0.0.1
  port: {port}
  do-ip6: no
  do-tcp: yes
  username: ""
  chroot: ""
  directory: "{folder}"
  pidfile: "{folder}/unbound-{port}.pid"
  use-syslog: no
  logfile: ""
  do-daemonize: no
  do-not-query-localhost: no
  module-config: "iterator"
  verbosity: 0
{body}''')
    return path


def start(argv, port, name):
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    procs.append(proc)
    up = wait_for(port, proc, name)
    ok(up, f'{name} starts with the exported file',
       '' if up or proc.poll() is None else proc.stderr.read())
    return up


def check_answers(port, engine, hosts_file=False):
    blocked = ('0.0.0.0',) if hosts_file else ()

    def is_blocked(name):
        status, answers = dig(port, name)
        return status == 'NXDOMAIN' or (answers and all(a in blocked for a in answers)), (status, answers)

    for name, why in (('pornhub.com', 'a blocked category'),
                      ('parent-blocked.example', 'the parent\'s block list'),
                      ('admin-blocked.example', 'the administrator\'s block list'),
                      ('bet365.com', 'a category whose subdomain is allowed'),
                      ('www.xvideos.com', 'a locked category, though a parent allowed it'),
                      ('facebook.com', 'social sites, off for the profile')):
        b, seen = is_blocked(name)
        ok(b, f'{engine}: {name} is blocked ({why})', seen)
    if not hosts_file:
        b, seen = is_blocked('www.pornhub.com')
        ok(b, f'{engine}: a subdomain of a blocked domain is blocked', seen)
    for name, why in (('www.bet365.com', 'a parent\'s allow entry beats a category'),
                      ('school.example', 'a name on no list')):
        status, answers = dig(port, name)
        ok(status == 'NOERROR' and answers == [UPSTREAM], f'{engine}: {name} passes ({why})',
           (status, answers))
    status, answers = dig(port, 'www.google.com')
    ok(status == 'NOERROR' and GOOGLE_SAFE in answers,
       f'{engine}: www.google.com answers with Google\'s safe-search address', (status, answers))
    status, answers = dig(port, 'www.bing.com', 'AAAA')
    ok(status == 'NOERROR' and not answers,
       f'{engine}: no IPv6 way around Bing\'s strict address', (status, answers))


procs = []
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'ctl.db')
    policy = os.path.join(tmp, 'policy')
    os.mkdir(policy)
    with open(os.path.join(policy, '10-test.ini'), 'w') as f:
        f.write('[profiles]\nblocked-categories=adult\n\n[lists]\nblock=admin-blocked.example\n')
    env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8', NETCONDUCT_POLICY_DIR=policy)

    p = run('profile', 'add', 'Minh', '--age', '10-12')
    ok(p.returncode == 0, 'a profile is added', p.stderr)
    p = run('profile', 'set', 'Minh', 'social-allowed=false')
    ok(p.returncode == 0, 'social sites are switched off for it', p.stderr)
    p = run('list', 'add', 'block', 'parent-blocked.example', '--profile', 'Minh')
    ok(p.returncode == 0, 'a parent blocks a site', p.stderr)
    p = run('list', 'add', 'allow', 'www.bet365.com', 'www.xvideos.com', '--profile', 'Minh')
    ok(p.returncode == 0, 'a parent allows two sites', p.stderr)

    files = {}
    for fmt in ('unbound', 'dnsmasq', 'hosts', 'adblock'):
        out = os.path.join(tmp, f'netconduct.{fmt}')
        p = run('export-dns', '--profile', 'Minh', '--format', fmt, '--output', out)
        ok(p.returncode == 0 and os.path.getsize(out) > 0, f'export-dns --format {fmt} writes a file',
           p.stderr)
        files[fmt] = open(out).read() if os.path.exists(out) else ''
    p = run('export-dns', '--profile', 'Minh', '--format', 'unbound')
    def rules(text):
        return [l for l in text.splitlines() if not l.startswith('#')]
    ok(p.returncode == 0 and rules(p.stdout) == rules(files['unbound']),
       'without --output it writes the same rules to standard output', p.stderr)

    # the adblock list, for Pi-hole and AdGuard Home (no engine in Debian)
    lines = [l for l in files['adblock'].splitlines() if l and not l.startswith('!')]
    shapes = re.compile(r'^(\|\|[a-z0-9.-]+\^(\$important)?|@@\|\|[a-z0-9.-]+\^|'
                        r'\|[a-z0-9.-]+\^\$dnsrewrite=NOERROR;CNAME;[a-z0-9.-]+)$')
    bad = [l for l in lines if not shapes.match(l)]
    ok(lines and not bad, 'every adblock line is a rule Pi-hole or AdGuard Home reads', bad[:5])
    ok('||pornhub.com^' in lines and '||bet365.com^' in lines and '@@||www.bet365.com^' in lines,
       'adblock: blocks, and the parent\'s exception for an allowed subdomain')
    ok('@@||www.xvideos.com^' not in lines, 'adblock: no exception opens a locked category')
    ok('|duckduckgo.com^$dnsrewrite=NOERROR;CNAME;safe.duckduckgo.com' in lines,
       'adblock: DuckDuckGo\'s safe search by name')
    ok('||www.pornhub.com^' not in lines or '||pornhub.com^' not in lines,
       'names a blocked parent domain covers are left out')

    upstream_port = free_port()
    start(['unbound', '-d', '-c', unbound_conf(tmp, upstream_port,
                                                '  local-zone: "." redirect\n'
                                                f'  local-data: ". A {UPSTREAM}"\n')],
          upstream_port, 'the upstream Unbound')
    forward = f'forward-zone:\n  name: "."\n  forward-addr: 127.0.0.1@{upstream_port}\n'

    port = free_port()
    conf = unbound_conf(tmp, port, f'  include: "{tmp}/netconduct.unbound"\n{forward}')
    check = subprocess.run(['unbound-checkconf', conf], capture_output=True, text=True)
    ok(check.returncode == 0, 'unbound-checkconf accepts the exported file', check.stdout + check.stderr)
    if start(['unbound', '-d', '-c', conf], port, 'Unbound'):
        check_answers(port, 'Unbound')

    for fmt, extra in (('dnsmasq', [f'--conf-file={tmp}/netconduct.dnsmasq']),
                       ('hosts', [f'--addn-hosts={tmp}/netconduct.hosts'])):
        port = free_port()
        argv = ['dnsmasq', '--keep-in-foreground', '--conf-file=/dev/null', f'--port={port}',
                '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts',
                f'--server=127.0.0.1#{upstream_port}', f'--pid-file={tmp}/dnsmasq-{fmt}.pid',
                '--user=root', '--cache-size=0'] + extra
        if start(argv, port, f'dnsmasq ({fmt})'):
            check_answers(port, f'dnsmasq ({fmt})', hosts_file=(fmt == 'hosts'))

    # errors: clear message, status, nothing written or clobbered
    keep = os.path.join(tmp, 'keep.conf')
    with open(keep, 'w') as f:
        f.write('# the administrator\'s own file\n')
    p = run('export-dns', '--profile', 'Nobody', '--format', 'unbound', '--output', keep)
    ok(p.returncode == 2 and 'Nobody' in p.stderr, 'an unknown profile is named, status 2', p.stderr)
    p = run('export-dns', '--profile', 'Minh', '--format', 'bind', '--output', keep)
    ok(p.returncode == 2 and 'bind' in p.stderr and 'unbound' in p.stderr,
       'an unknown format lists the formats, status 2', p.stderr)
    p = run('profile', 'add', 'Lan', '--age', '6-9')
    p = run('profile', 'set', 'Lan', 'allow-list-only=true')
    ok(p.returncode == 0, 'an allow-list-only profile is set up', p.stderr)
    p = run('export-dns', '--profile', 'Lan', '--format', 'unbound', '--output', keep)
    ok(p.returncode == 1 and 'allow list' in p.stderr, 'an allow-list-only profile is refused with why',
       p.stderr)
    p = run('export-dns', '--profile', 'Minh', '--format', 'unbound', '--output',
            os.path.join(tmp, 'no-such-folder', 'x.conf'))
    ok(p.returncode == 1 and 'nothing was written' in p.stderr, 'an unwritable file: status 1, said so',
       p.stderr)
    os.chmod(tmp, 0o755)
    child = subprocess.run(['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups',
                            ctl, '--database', db, 'export-dns', '--profile', 'Minh', '--format',
                            'hosts', '--output', keep], capture_output=True, text=True, env=env)
    ok(child.returncode != 0, 'another user cannot overwrite the file', child.stderr)
    ok(open(keep).read() == '# the administrator\'s own file\n', 'the file that was there is unchanged')

    for proc in procs:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()

finish()
