#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""(s22-kidfresh) The whole of kid_verdict() (nc-checker.c) reckoned out
of fold from a dump of train-kid-model.py (NC_KID_DUMP=FILE): the first
tier (the file's thresholds), the second tier for quiet drafts typed
without marks (VI_KID_TIER_FIRST, VI_KID_TIER_UNMARKED) and the reminded
step (VI_KID_REMINDED_MARKED), beside the checker's own verdicts (built
without the kid model). Prints each set's warned / caught lines, the
unkind totals with and without marks, the fresh tuning halves apart, and
ViHOS train's precision.

  checker-training/kid-verdict.py DUMP [--marked T] [--unmarked T] [--first T]
                                       [--tier-first A] [--tier-kid B] [--reminded R]

The defaults are main's constants (0.9975 / 0.999 / 0.1; 0.95, 0.985; 0.9995).
"""
import argparse
import json


def verdicts(d, a):
    out = []
    for i in range(len(d['oof'])):
        k, p, typed = d['oof'][i], d['p1'][i], d['typed'][i]
        kid = (d['quiet'][i] and p >= a.first and
               (k >= (a.marked if typed else a.unmarked) or
                (not typed and p >= a.tier_first and k >= a.tier_kid)))
        kid = kid or (d['reminded'][i] and typed and k >= a.reminded)
        out.append(d['warned'][i] or kid)
    return out


def vihos(d, a):
    tp = fp = 0
    for s, q, r, g, t, p, f in zip(d['vscore'], d['vvi'], d['vrem'], d['vgold'], d['vtyped'], d['v1'], d['vflag']):
        kid = (q and p >= a.first and (s >= (a.marked if t else a.unmarked) or
                                      (not t and p >= a.tier_first and s >= a.tier_kid)))
        kid = kid or (r and t and s >= a.reminded)
        if f or kid:
            tp += g
            fp += not g
    return tp, fp


# main's constants: the file's three thresholds, VI_KID_TIER_FIRST,
# VI_KID_TIER_UNMARKED, VI_KID_REMINDED_MARKED
MAIN = (('marked', 0.9975), ('unmarked', 0.999), ('first', 0.1),
        ('tier-first', 0.95), ('tier-kid', 0.985), ('reminded', 0.9995))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dump')
    for name, value in MAIN:
        ap.add_argument('--' + name, type=float, default=value)
    ap.add_argument('--quiet', action='store_true', help='totals only')
    a = ap.parse_args()
    with open(a.dump) as f:
        d = json.load(f)
    v = verdicts(d, a)
    n = len(v)
    fresh = d.get('fresh', [False] * n)
    if not a.quiet:
        for name in sorted(set(d['names'])):
            idx = [i for i in range(n) if d['names'][i] == name]
            print(f'  {name}: {len(idx)} lines, {"caught" if d["ys"][idx[0]] else "warned"} '
                  f'{sum(d["warned"][i] for i in idx)} -> {sum(v[i] for i in idx)}')
    for label, keep in (('old tuning text', lambda i: not fresh[i]), ('fresh tuning halves', lambda i: fresh[i])):
        for typed in (True, False):
            idx = [i for i in range(n) if keep(i) and d['typed'][i] == typed]
            unk = [i for i in idx if d['ys'][i]]
            ev = [i for i in idx if not d['ys'][i]]
            if not idx:
                continue
            print(f'{label}, {"with marks" if typed else "without marks"}: unkind '
                  f'{sum(d["warned"][i] for i in unk)} -> {sum(v[i] for i in unk)} of {len(unk)}; everyday warned '
                  f'{sum(d["warned"][i] for i in ev)} -> {sum(v[i] for i in ev)} of {len(ev)}')
    tp, fp = vihos(d, a)
    print(f'ViHOS train: precision {tp / (tp + fp):.4f} ({tp} right, {fp} wrong)')


if __name__ == '__main__':
    main()
