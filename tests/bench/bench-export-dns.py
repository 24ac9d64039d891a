#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark of `netconductctl export-dns` (issue 14), printing name: value.

  export_1m_s              a profile with 1,000,000 blocked domains (an
                           imported category list) exported for Unbound,
                           median of 3 runs, wall time
  export_bytes_per_domain  the Unbound file's size per domain
  unbound_p50_us           Unbound's median answer time with the exported
                           zone loaded, and unbound_p50_us_plain without it,
                           side by side in one run (same upstream, same
                           names: half blocked, half passing, from cache)

Usage: bench-export-dns.py NETCONDUCTCTL [N_DOMAINS]"""
import os
import random
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

ctl = sys.argv[1]
n_domains = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
N_QUERIES = 4000


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def query_packet(qid, name):
    header = struct.pack('>HHHHHH', qid, 0x0100, 1, 0, 0, 0)
    labels = b''.join(bytes([len(l)]) + l.encode() for l in name.split('.')) + b'\0'
    return header + labels + struct.pack('>HH', 1, 1)


def ask(port, name, sock, qid):
    packet = query_packet(qid, name)
    start = time.perf_counter_ns()
    sock.sendto(packet, ('127.0.0.1', port))
    while True:
        data, _ = sock.recvfrom(4096)
        if struct.unpack('>H', data[:2])[0] == qid:
            return (time.perf_counter_ns() - start) / 1000, data[3] & 0x0f


def unbound(folder, port, body):
    conf = os.path.join(folder, f'u{port}.conf')
    with open(conf, 'w') as f:
        f.write(f'server:\n  interface: 127.0.0.1\n  port: {port}\n  do-ip6: no\n  username: ""\n'
                f'  chroot: ""\n  directory: "{folder}"\n  pidfile: "{folder}/u{port}.pid"\n'
                f'  use-syslog: no\n  do-daemonize: no\n  do-not-query-localhost: no\n'
                f'  module-config: "iterator"\n  num-threads: 1\n{body}')
    proc = subprocess.Popen(['unbound', '-d', '-c', conf], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.2)
        for i in range(3000):
            try:
                ask(port, 'probe.invalid', s, i)
                return proc
            except OSError:
                if proc.poll() is not None:
                    sys.exit('unbound did not start')
    sys.exit('unbound did not answer')


def p50(port, names):
    times = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(2)
        for i, name in enumerate(names * 2):        # the first pass fills the cache
            t, _ = ask(port, name, s, i & 0xffff)
            if i >= len(names):
                times.append(t)
    return statistics.median(times)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, LANGUAGE='C', NETCONDUCT_POLICY_DIR=os.path.join(tmp, 'none'))
    db = os.path.join(tmp, 'bench.db')
    rng = random.Random(14)
    domains = [f'{rng.getrandbits(48):012x}-{i}.example-{i % 977}.com' for i in range(n_domains)]
    with open(os.path.join(tmp, 'big.txt'), 'w') as f:
        f.write('\n'.join(domains) + '\n')

    def ctl_run(*args):
        p = subprocess.run([ctl, '--database', db] + list(args), capture_output=True, text=True, env=env)
        if p.returncode != 0:
            sys.exit(f'netconductctl {args[0]}: {p.stderr}')
        return p

    ctl_run('profile', 'add', 'Bench', '--age', '13-15')
    ctl_run('list', 'import', os.path.join(tmp, 'big.txt'), '--category', 'adult', '--name', 'big')

    out = os.path.join(tmp, 'netconduct.unbound')
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        ctl_run('export-dns', '--profile', 'Bench', '--format', 'unbound', '--output', out)
        runs.append(time.perf_counter() - start)
    scale = 1_000_000 / n_domains
    print(f'export_1m_s: {statistics.median(runs) * scale:.2f}')
    print(f'export_bytes_per_domain: {os.path.getsize(out) / n_domains:.1f}')

    upstream = free_port()
    procs = [unbound(tmp, upstream, '  local-zone: "." redirect\n  local-data: ". A 192.0.2.1"\n')]
    forward = f'forward-zone:\n  name: "."\n  forward-addr: 127.0.0.1@{upstream}\n'
    names = rng.sample(domains, N_QUERIES // 2) + [f'pass-{i}.example.org' for i in range(N_QUERIES // 2)]
    rng.shuffle(names)
    plain, zoned = free_port(), free_port()
    start = time.perf_counter()
    procs.append(unbound(tmp, zoned, f'  include: "{out}"\n{forward}'))
    load_s = time.perf_counter() - start
    procs.append(unbound(tmp, plain, forward))
    print(f'unbound_load_s: {load_s:.1f}')
    print(f'unbound_p50_us: {p50(zoned, names):.0f}')
    print(f'unbound_p50_us_plain: {p50(plain, names):.0f}')
    for p in procs:
        p.terminate()
        p.wait()
