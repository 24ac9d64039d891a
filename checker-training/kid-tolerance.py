#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""(s22-kidtol) The kid model's first-tier thresholds chosen with a
declared number of everyday tuning lines tolerated out of fold
(docs/checker-figures.md, "the kid model's thresholds with one everyday
tuning line in thousands tolerated"), from a dump of train-kid-model.py
(NC_KID_DUMP=FILE, --with-fresh-tune).

  checker-training/kid-tolerance.py DUMP [--per 3000] [--tier-first A] [--tier-kid B] [--reminded R] [--list]
                                       [--model FILE --out FILE]

For each kind (typed with marks, without) the budget K = floor(N / per),
N the dump's everyday lines of that kind; the whole kid_verdict() (first
tier, second tier, reminded step; kid-verdict.py's verdicts()) may warn
at most K everyday lines of that kind beyond the checker alone. Only the
first tier moves: for each first-model threshold t1 (0.0-0.9) and each
kind, the lowest grid threshold within the budget; the t1 with the most
unkind lines caught (equal: the higher t1); then, while ViHOS train's
precision is below the checker alone's, the kind whose own new flags
are wrong goes to its next grid value. Prints the thresholds, the
figures (kid-verdict.py's) and, with --list, every everyday line newly
warned. With --model (a file train-kid-model.py wrote from the same
dump's recipe) and --out, writes that file with the three thresholds
chosen (the committed vi-kid-model.bin: the refit's file, --per 1500
--reminded 0.999; docs/checker-figures.md).
"""
import argparse
import importlib.util
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('kid_verdict', os.path.join(HERE, 'kid-verdict.py'))
kv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kv)

GRID = ([x / 1000 for x in range(500, 990, 10)] + [x / 10000 for x in range(9900, 10000, 5)] +
        [0.9996, 0.9997, 0.9998, 0.9999, 1.01])


class Args:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def choose(d, per, tier_first, tier_kid, reminded):
    n = len(d['oof'])
    budget = {k: sum(1 for i in range(n) if d['typed'][i] == k and not d['ys'][i]) // per for k in (True, False)}
    choice = None
    for t1 in [x / 10 for x in range(10)]:
        best = {}
        for kind in (True, False):
            idx = [i for i in range(n) if d['typed'][i] == kind and not d['warned'][i]]
            for t in GRID:
                a = Args(marked=t, unmarked=t, first=t1, tier_first=tier_first, tier_kid=tier_kid, reminded=reminded)
                flag = [kid_flag(d, i, a) for i in idx]
                added = sum(1 for i, f in zip(idx, flag) if f and not d['ys'][i])
                if added <= budget[kind]:
                    best[kind] = (t, sum(1 for i, f in zip(idx, flag) if f and d['ys'][i]), added)
                    break
        total = best[True][1] + best[False][1]
        print(f'  t1 {t1:.1f}: marked {best[True]}, without marks {best[False]} (threshold, unkind, everyday)')
        if choice is None or total >= choice[0]:
            choice = (total, t1, best)
    _, t1, best = choice
    a = Args(marked=best[True][0], unmarked=best[False][0], first=t1, tier_first=tier_first,
             tier_kid=tier_kid, reminded=reminded)
    # ViHOS train's precision not below the checker alone's
    tp0 = sum(1 for f, g in zip(d['vflag'], d['vgold']) if f and g)
    fp0 = sum(1 for f, g in zip(d['vflag'], d['vgold']) if f and not g)
    while True:
        tp, fp = kv.vihos(d, a)
        if tp / (tp + fp) >= tp0 / (tp0 + fp0) or (a.marked > 1 and a.unmarked > 1):
            break
        wrong = {k: sum(1 for s, q, r, g, t, p, f in zip(d['vscore'], d['vvi'], d['vrem'], d['vgold'], d['vtyped'],
                                                         d['v1'], d['vflag'])
                        if not f and not g and t == k and vihos_one(s, q, r, t, p, a)) for k in (True, False)}
        if wrong[True]:
            a.marked = min([x for x in GRID if x > a.marked] + [1.01])
        if wrong[False] or not wrong[True]:
            a.unmarked = min([x for x in GRID if x > a.unmarked] + [1.01])
    return a, budget, (tp0, fp0)


def vihos_one(s, q, r, t, p, a):
    kid = q and p >= a.first and (s >= (a.marked if t else a.unmarked) or
                                  (not t and p >= a.tier_first and s >= a.tier_kid))
    return kid or (r and t and s >= a.reminded)


def kid_flag(d, i, a):
    k, p, typed = d['oof'][i], d['p1'][i], d['typed'][i]
    kid = (d['quiet'][i] and p >= a.first and
           (k >= (a.marked if typed else a.unmarked) or (not typed and p >= a.tier_first and k >= a.tier_kid)))
    return kid or (d['reminded'][i] and typed and k >= a.reminded)


def report(d, a, label, listing=False, base=None):
    v = kv.verdicts(d, a)
    n = len(v)
    fresh = d.get('fresh', [False] * n)
    out = {}
    for name, keep in (('old', lambda i: not fresh[i]), ('fresh', lambda i: fresh[i])):
        for typed in (True, False):
            idx = [i for i in range(n) if keep(i) and d['typed'][i] == typed]
            out[(name, typed, 'unkind')] = sum(v[i] for i in idx if d['ys'][i])
            out[(name, typed, 'everyday')] = sum(v[i] for i in idx if not d['ys'][i])
    tp, fp = kv.vihos(d, a)
    print(f'{label}: marked {a.marked:.4f} / without {a.unmarked:.4f} / first {a.first:.1f}; tier '
          f'{a.tier_first}, {a.tier_kid}; reminded {a.reminded}')
    print(f'  old unkind {out[("old", True, "unkind")]} / {out[("old", False, "unkind")]}, '
          f'old everyday warned {out[("old", True, "everyday")]} / {out[("old", False, "everyday")]}; '
          f'fresh unkind {out[("fresh", True, "unkind")]} / {out[("fresh", False, "unkind")]}, '
          f'fresh everyday warned {out[("fresh", True, "everyday")]} / {out[("fresh", False, "everyday")]} '
          f'(with / without marks); ViHOS train P {tp / (tp + fp):.4f} ({tp}, {fp})')
    if listing:
        bv = kv.verdicts(d, base) if base else d['warned']
        for i in range(n):
            if v[i] and not bv[i] and not d['ys'][i]:
                print(f'    everyday newly warned ({d["names"][i]}, kid {d["oof"][i]:.5f}, first {d["p1"][i]:.3f}): {d["texts"][i]}')
        for i in range(n):
            if v[i] and not bv[i] and d['ys'][i] and fresh[i]:
                print(f'    fresh unkind newly caught ({d["names"][i]}, kid {d["oof"][i]:.5f}): {d["texts"][i]}')
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dump')
    ap.add_argument('--per', type=int, default=3000)
    ap.add_argument('--tier-first', type=float, default=0.95)
    ap.add_argument('--tier-kid', type=float, default=0.985)
    ap.add_argument('--reminded', type=float, default=0.9995)
    ap.add_argument('--list', action='store_true')
    ap.add_argument('--model', help='a model file to write with the chosen thresholds')
    ap.add_argument('--out', help='where (with --model)')
    a = ap.parse_args()
    with open(a.dump) as f:
        d = json.load(f)
    main_a = Args(**{k.replace('-', '_'): v for k, v in kv.MAIN})
    report(d, main_a, "main's constants")
    chosen, budget, _ = choose(d, a.per, a.tier_first, a.tier_kid, a.reminded)
    print(f'budget (1 in {a.per}): {budget[True]} with marks, {budget[False]} without')
    report(d, chosen, f'tolerance 1 in {a.per}', a.list, main_a)
    if a.model and a.out:
        with open(a.model, 'rb') as f:
            b = bytearray(f.read())
        assert b[:4] == b'NCM6'
        # (magic, buckets, bias, then threshold, span_threshold, sentence_threshold)
        struct.pack_into('<fff', b, 12, chosen.marked, chosen.unmarked, chosen.first)
        with open(a.out, 'wb') as f:
            f.write(b)
        print(f'wrote {a.out}')


if __name__ == '__main__':
    main()
