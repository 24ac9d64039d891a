# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the Python checks: `Tap` (results and TAP output) for all of
them; `Harness` for the netconductctl checks (check-ctl-pin.py,
check-ctl-bad-input.py, check-ctl-help.py).

Harness: a temporary database the child's uid (65534) can write,
netconductctl run as root or as that uid (setpriv), and a digest of the
SQLite content to prove that nothing changed.
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CHILD = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']


class Tap:
    """Results, printed as TAP by finish(), which exits 1 when one failed."""

    def __init__(self):
        self.results = []

    def ok(self, cond, name, diag=''):
        self.results.append((bool(cond), name, diag))
        return bool(cond)

    def skip(self, name, reason):
        """A TAP skip: passes, with the reason on the line."""
        self.results.append((True, '%s # SKIP %s' % (name, reason), ''))

    def finish(self):
        print('1..%d' % len(self.results))
        for i, (cond, name, diag) in enumerate(self.results, 1):
            print('%s %d - %s' % ('ok' if cond else 'not ok', i, name))
            if not cond and diag:
                for line in str(diag).splitlines()[:20]:
                    print('# ' + line)
        sys.stdout.flush()
        sys.exit(0 if all(c for c, _, _ in self.results) else 1)


class Harness(Tap):
    def __init__(self, ctl):
        super().__init__()
        self.ctl = ctl
        self.tmp = tempfile.mkdtemp(prefix='nc-ctl-')
        os.chmod(self.tmp, 0o755)
        self.db = os.path.join(self.tmp, 'ctl.db')
        self.env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8',
                        NETCONDUCT_POLICY_DIR=os.path.join(self.tmp, 'no-policy'))
        self.env.pop('NETCONDUCT_DATABASE', None)

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def give_to_child(self):
        """Hands the database folder and files to uid 65534."""
        for root, dirs, files in os.walk(self.tmp):
            os.chown(root, 65534, 65534)
            for f in files:
                os.chown(os.path.join(root, f), 65534, 65534)

    def run(self, *args, stdin=b'', child=False, db=None):
        cmd = (CHILD if child else []) + [self.ctl, '--database', db or self.db] + list(args)
        p = subprocess.run(cmd, input=stdin, capture_output=True, env=self.env, timeout=120)
        p.out = p.stdout.decode('utf-8', 'replace')
        p.err = p.stderr.decode('utf-8', 'replace')
        return p

    def digest(self, skip=()):
        """SHA-256 of every table's rows (the `pin` table's lock-out columns
        change on every counted try: name it in @skip to leave it out)."""
        con = sqlite3.connect('file:%s?mode=ro' % self.db, uri=True)
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for t in tables:
            if t in skip:
                continue
            h.update(t.encode())
            for row in con.execute('SELECT * FROM "%s" ORDER BY 1' % t):
                h.update(repr(row).encode())
        con.close()
        return h.hexdigest()

    def finish(self):
        self.close()
        super().finish()
