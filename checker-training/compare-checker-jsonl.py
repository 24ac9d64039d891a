#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""compare-checker-jsonl.py — whether two builds of netconduct-check give
byte-identical jsonl on every tuning text (a change meant to leave every
output unchanged, such as one for speed).

  compare-checker-jsonl.py --before OLD_TOOL --after NEW_TOOL [--data DIR]
                           [--lang auto,vi,en] [--part tune|heldout]

Texts: the tuning part of every everyday set (its tuning batches and the
sets it gathers included) and of every toneless set, every file of
checker-training/tuning/, the tuning parts of Debian VI and EN, ViHOS train
and Davidson's tuning half. Held-out lines are never read. Prints the
number of lines compared per source and language and the first lines that
differ (their numbers only); exit status 1 when any differs.

--part heldout compares the held-out parts instead (the same sets' other
halves, the fresh sets, the care sets, ViHOS dev, Davidson's held-out
half): only whether each source is identical and how many lines differ,
never which (a held-out line is not read, only its output's bytes
compared).
"""
import argparse
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402


def sources(data_dir):
    for name in sorted(sets.EVERYDAY_SETS):
        yield 'everyday:' + name, sets.everyday(name, 'tune')
    for name in sorted(sets.TONELESS_SETS):
        yield 'toneless:' + name, sets.toneless(name, 'tune')
    for path in sorted(glob.glob(os.path.join(sets.TUNING_DIR, '*.txt'))):
        yield 'tuning:' + os.path.basename(path), sets.read_lines(path)
    for name in sorted(sets.FRESH_SETS):
        yield 'fresh:' + name, sets.fresh(name, 'tune')
    yield 'debian_vi', sets.debian_vi('tune')
    yield 'debian_en', sets.debian_en('tune')
    yield 'vihos_train', [r['content'] for r in sets.vihos_rows(data_dir, 'train')]
    yield 'davidson_tune', [r['tweet'] for r in sets.davidson_rows(data_dir, 'tune')]


def heldout_sources(data_dir):
    for name in sorted(sets.EVERYDAY_SETS):
        yield 'everyday:' + name, sets.everyday(name, 'heldout')
    for name in sorted(sets.TONELESS_SETS):
        yield 'toneless:' + name, sets.toneless(name, 'heldout')
    for name in sorted(sets.CARE_SETS):
        yield 'care:' + name, sets.care(name, 'heldout')
    for name in sorted(sets.FRESH_SETS):
        yield 'fresh:' + name, sets.fresh(name)
    yield 'debian_vi', sets.debian_vi('heldout')
    yield 'debian_en', sets.debian_en('heldout')
    yield 'vihos_dev', [r['content'] for r in sets.vihos_rows(data_dir, 'dev')]
    yield 'davidson_heldout', [r['tweet'] for r in sets.davidson_rows(data_dir, 'heldout')]


def run(tool, lang, texts):
    data = ''.join(t.replace('\r', ' ').replace('\n', ' ') + '\n' for t in texts)
    return subprocess.run([tool, '--format=jsonl', '--lang=' + lang], input=data.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--before', required=True)
    ap.add_argument('--after', required=True)
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA',
                                                     os.path.join(HERE, '..', '..', 'shared', 'data')))
    ap.add_argument('--lang', default='auto', help='comma-separated: auto, vi, en')
    ap.add_argument('--part', choices=('tune', 'heldout'), default='tune')
    args = ap.parse_args()
    total = differ = 0
    for name, texts in (sources if args.part == 'tune' else heldout_sources)(args.data):
        for lang in args.lang.split(','):
            a = run(args.before, lang, texts)
            b = run(args.after, lang, texts)
            la, lb = a.splitlines(), b.splitlines()
            bad = [i for i in range(max(len(la), len(lb)))
                   if i >= len(la) or i >= len(lb) or la[i] != lb[i]]
            total += len(texts)
            differ += len(bad)
            print('%-48s %-4s %6d lines  %s' % (name, lang, len(texts),
                                                 'identical' if a == b else
                                                 'DIFFER at lines %s' % bad[:10] if args.part == 'tune' else
                                                 'DIFFER (%d lines)' % len(bad)))
    print('total %d lines, %d differ' % (total, differ))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
