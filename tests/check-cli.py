#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""netconduct-check on good and bad input, speaking TAP.

One JSON object per input line, in order, whatever the line holds: invalid
UTF-8, NUL bytes, a 1 MB line; offsets count code points of the line.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctl_harness import Tap  # noqa: E402

tool = sys.argv[1]
tap = Tap()
ok = tap.ok


lines = [
    'Mày đúng là đồ ngu'.encode('utf-8'),
    b'bad \xff\xfe utf-8',
    b'nul \x00 byte',
    ('ngu ' * (1 << 18)).encode('utf-8'),           # 1 MiB
    'hôm nay trời đẹp quá 😀'.encode('utf-8'),
    '😀😀 đồ ngu'.encode('utf-8'),
    b'',
]
data = b'\n'.join(lines) + b'\n'
proc = subprocess.run([tool, '--format=jsonl', '--lang=auto'], input=data,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
ok(proc.returncode == 0, 'exits 0 on bad lines')
out = [json.loads(l) for l in proc.stdout.decode('utf-8').splitlines()]
ok(len(out) == len(lines), 'one JSON object per input line')
ok([o['line'] for o in out] == list(range(1, len(lines) + 1)), 'lines numbered from 1 in order')
ok(out[0]['flagged'] and out[0]['findings'][-1]['category'] == 'insult', 'an insult is flagged')
f = [x for x in out[0]['findings'] if x['severity'] == 'block'][0]
ok('Mày đúng là đồ ngu'[f['start']:f['end']] == 'đồ ngu', 'start/end count code points')
ok(f['ref'] == '4.6' and f['lesson'] == 'lesson-respect', 'ref and lesson are given')
ok('error' in out[1] and not out[1]['flagged'], 'invalid UTF-8 is reported for that line')
ok('error' in out[2] and not out[2]['flagged'], 'NUL bytes are reported for that line')
ok(out[3]['flagged'], 'a 1 MB line is checked')
ok(not out[4]['flagged'], 'a kind line is not flagged')
g = [x for x in out[5]['findings'] if x['severity'] == 'block'][0]
ok('😀😀 đồ ngu'[g['start']:g['end']] == 'đồ ngu', 'code points, not UTF-16 units, past emoji')
ok(not out[6]['flagged'] and out[6]['findings'] == [], 'an empty line has no findings')

# The Code's 4.4 share reminder comes from the checker: a link is named,
# at severity info, without flagging the line.
link = subprocess.run([tool, '--format=jsonl'], input='xem 😀 www.example.com/tin nhé\n'.encode('utf-8'),
                      stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
link = json.loads(link)
ok(not link['flagged'] and [f['category'] for f in link['findings']] == ['link'], 'a link is a share reminder')
ok(link['findings'][0]['ref'] == '4.4' and link['findings'][0]['severity'] == 'info', 'the reminder cites 4.4, as info')
ok('xem 😀 www.example.com/tin nhé'[link['findings'][0]['start']:link['findings'][0]['end']] == 'www.example.com/tin',
   'the reminder spans the link, in code points')

text = subprocess.run([tool, '--format=text'], input='thằng chó\n'.encode('utf-8'),
                      stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
ok('insult' in text and '4.6' in text, 'text format names the category and the rule')
bad = subprocess.run([tool, '--format=xml'], input=b'', stdout=subprocess.PIPE, stderr=subprocess.PIPE)
ok(bad.returncode == 2, 'an unknown format is a usage error')

# An endless line (50 MiB, no newline) is cut at 1 MiB with a note on
# stderr, and the memory stays bounded (it used to grow with the line).
# Each run is measured in its own helper process, so that the peak memory
# (RUSAGE_CHILDREN) is that run's alone, against a line of exactly 1 MiB.
MEASURE = r"""
import resource, subprocess, sys, threading
tool, mib = sys.argv[1], int(sys.argv[2])
proc = subprocess.Popen([tool, '--format=jsonl'], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
def feed():
    chunk = b'y' * (1 << 20)
    for _ in range(mib):
        proc.stdin.write(chunk)
    proc.stdin.close()
writer = threading.Thread(target=feed)
writer.start()
out = proc.stdout.read()
err = proc.stderr.read()
writer.join()
proc.wait()
sys.stdout.write('%d %d %d\n' % (proc.returncode, len(out.splitlines()),
                                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.stdout.write(err.decode('utf-8', 'replace'))
"""


def measure(mib):
    p = subprocess.run([sys.executable, '-c', MEASURE, tool, str(mib)], capture_output=True, text=True, timeout=300)
    first, _, rest = p.stdout.partition('\n')
    status, n_lines, rss = (int(x) for x in first.split())
    return status, n_lines, rss, rest


_, _, rss_short, _ = measure(1)            # exactly the cap: checked whole
status, n_lines, rss_long, err = measure(50)
ok(status == 0, 'an endless line exits 0')
ok(n_lines == 1, 'an endless line is one result')
ok('longer than 1 MiB' in err and 'Split long text' in err, 'the cut is reported on stderr with what to do')
ok(rss_long < rss_short + 16 * 1024,
   f'memory bounded on a 50 MiB line ({rss_long} KiB max RSS; {rss_short} KiB with a 1 MiB line)')
print(f'# max RSS: {rss_short} KiB with a 1 MiB line, {rss_long} KiB with a 50 MiB line')

tap.finish()
