#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether two builds of the checker give the same findings on every set
eval-checker reads, tuning AND held-out parts, compared by digest only.

  same-findings.py TOOL [BASE_TOOL] [--data DIR]

For every set and part, and every way of running it (--lang=auto; the
same with --no-model; the language eval-checker passes), it runs
netconduct-check --format=jsonl and prints the SHA-256 of the whole output,
one line a set: with BASE_TOOL, both digests and SAME or DIFFERENT, and the
exit status is 1 when anything differs. No line of text and no finding is
ever printed (held-out lines must never be looked at): a speed change must
give SAME everywhere, and then the figures are the same by construction.
"""
import argparse
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402


def digest(tool, args, texts):
    data = ''.join(t.replace('\r', ' ').replace('\n', ' ') + '\n' for t in texts)
    out = subprocess.run([tool, '--format=jsonl'] + args, input=data.encode('utf-8'),
                         stdout=subprocess.PIPE, check=True).stdout
    return hashlib.sha256(out).hexdigest()


def all_sets(data):
    """(name, lines, eval-checker's language) for every set and part."""
    have_data = os.path.isdir(os.path.join(data, 'text'))
    for part in ('tune', 'heldout'):
        for name, (_, lang, _) in sets.EVERYDAY_SETS.items():
            yield f'{part}_{name}', sets.everyday(name, part), lang
        for name in sets.TONELESS_SETS:
            yield f'{part}_{name}', sets.toneless(name, part), 'auto'
        yield f'{part}_debian_vi', sets.debian_vi(part), 'vi'
        if have_data:
            yield f'{part}_davidson', [r['tweet'] for r in sets.davidson_rows(data, part)], 'en'
        for name, (_, lang, _) in sets.FRESH_SETS.items():
            yield f'{part}_{name}', sets.fresh(name, part), lang
    if have_data:
        rows = sets.vihos_rows(data, 'train')
        yield 'tune_vihos', [r['content'] for r in rows[int(len(rows) * 0.8):]], 'vi'
        yield 'heldout_vihos', [r['content'] for r in sets.vihos_rows(data, 'dev')], 'vi'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('tool')
    ap.add_argument('base', nargs='?')
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))
    args = ap.parse_args()
    differ = 0
    count = 0
    for name, texts, lang in all_sets(args.data):
        modes = [('auto', ['--lang=auto']), ('auto-nomodel', ['--lang=auto', '--no-model'])]
        if lang != 'auto':
            modes.append((lang, ['--lang=' + lang]))
        for mode, margs in modes:
            mine = digest(args.tool, margs, texts)
            count += 1
            if args.base is None:
                print(f'{name} {mode} ({len(texts)}): {mine}')
                continue
            base = digest(args.base, margs, texts)
            same = mine == base
            differ += not same
            print(f"{name} {mode} ({len(texts)}): {mine[:16]} {base[:16]} {'SAME' if same else 'DIFFERENT'}")
    if args.base is not None:
        print(f"{count - differ} of {count} SAME" + (f', {differ} DIFFERENT' if differ else ''))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
