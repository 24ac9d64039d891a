#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the checker's ViHOS span F1 is lost, by kind of boundary error.

  checker-training/span-errors.py [--tool PATH] [--data DIR] [--part mine|tune] [--words N] [--show KIND]

Runs netconduct-check on ViHOS train's first 80% (--part mine, for
analysis and mining) or its last 20% (--part tune, the tuning part) and
scores every comment as tests/eval-checker.py does (span F1 per comment,
white space left out). Each comment's loss (1 - its span F1) goes to one
kind: not flagged, flagged with no span, spans too narrow (inside the gold
span), too wide (hold it), mixed, disjoint, or a span on a comment with no
gold span. The lost characters are then split: a gold character missed is
in a word partly marked, in a word right beside a marked word (and in the
same gold run), or in a gold run nothing marks; a character marked outside
the gold span is punctuation, in a word beside a gold run, or in a run of
its own. The words of the second kind of each are counted (--words).
Never run it on ViHOS dev (held out).
"""
import argparse
import ast
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nc_eval_data as sets  # noqa: E402

WORD = re.compile(r'\S+')


def runs_of(idx, text):
    """[start, end) runs of @idx, joined over white space between them."""
    out = []
    for i in sorted(idx):
        if out and not text[out[-1][1]:i].strip():
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return out


ORACLES = ('punctuation and emoji outside gold unmarked', 'word edges as gold',
           'gold words right beside a mark marked', 'gold runs a mark touches marked whole',
           'gold runs nothing marks marked', 'non-gold words of runs touching gold unmarked',
           'runs touching no gold unmarked', 'all of the above')


def mend(oracle, t, pred, gold, words):
    """Adds to @oracle the span F1 of one comment with each kind of error
    mended perfectly (knowing the gold span), the others left."""
    f1 = sets.span_f1
    marked = [any(i in pred for i in range(a, b)) for a, b in words]
    oracle[ORACLES[0]] += f1({i for i in pred if i in gold or t[i].isalnum()}, gold)
    p = set(pred)
    for wi, (a, b) in enumerate(words):
        if marked[wi] and any(i in gold for i in range(a, b)):
            p = (p - set(range(a, b))) | {i for i in range(a, b) if i in gold}
    oracle[ORACLES[1]] += f1(p, gold)
    p = set(pred)
    for wi, (a, b) in enumerate(words):
        if not marked[wi] and any(0 <= wj < len(words) and marked[wj] for wj in (wi - 1, wi + 1)):
            p |= {i for i in range(a, b) if i in gold}
    oracle[ORACLES[2]] += f1(p, gold)
    gruns = [set(range(a, b)) & gold for a, b in runs_of(gold, t)]
    pruns = [set(range(a, b)) & pred for a, b in runs_of(pred, t)]
    oracle[ORACLES[3]] += f1(pred.union(*[r for r in gruns if r & pred]), gold)
    oracle[ORACLES[4]] += f1(pred.union(*[r for r in gruns if not r & pred]), gold)
    oracle[ORACLES[5]] += f1(pred - set().union(*[r - gold for r in pruns if r & gold]), gold)
    p = pred - set().union(*[r for r in pruns if not r & gold])
    oracle[ORACLES[6]] += f1(p or pred, gold)
    oracle[ORACLES[7]] += 1.0


MISSED = {'word': 'in a word partly marked', 'beside': 'a word beside a marked one',
          'further': 'further in a gold run partly marked', 'apart': 'a gold run nothing marks'}
EXTRA = {'punct': 'punctuation, emoji', 'word': 'in a word partly gold',
         'beside': 'a word beside a gold run', 'further': 'further in a marked run partly gold',
         'apart': 'a marked run no gold touches'}


def place(t, i, wi, words, other, runs, run_of, punct):
    """Where character @i of word @wi, in one set (gold or marked) and not
    in @other, lies: 'punct' (with @punct), 'word' (its word is partly in
    @other), 'beside' (a word of its run right beside it is), 'further'
    (its run, @runs[@run_of[@i]], touches @other further on) or 'apart'."""
    if punct and not t[i].isalnum():
        return 'punct'
    if any(x in other for x in range(*words[wi])):
        return 'word'
    for wj in (wi - 1, wi + 1):
        if 0 <= wj < len(words) and any(x in other and run_of.get(x) == run_of[i] for x in range(*words[wj])):
            return 'beside'
    if any(x in other for x in runs[run_of[i]]):
        return 'further'
    return 'apart'


def main():
    ap = argparse.ArgumentParser()
    sets.add_tool_and_data(ap)
    ap.add_argument('--part', choices=('mine', 'tune'), default='tune')
    ap.add_argument('--words', type=int, default=0)
    ap.add_argument('--show', default='')
    ap.add_argument('--oracle', action='store_true',
                    help='also the span F1 if one kind of error alone were mended perfectly')
    args = ap.parse_args()
    rows = sets.vihos_rows(args.data, 'train')
    cut = int(len(rows) * 0.8)
    rows = rows[:cut] if args.part == 'mine' else rows[cut:]
    texts = [r['content'] for r in rows]
    res = [json.loads(x) for x in sets.run_tool(args.tool, ['--format=jsonl', '--lang=vi'], texts)]
    n = len(rows)
    kinds = collections.OrderedDict((k, [0, 0.0]) for k in (
        'exact', 'not flagged', 'no span', 'too narrow', 'mixed', 'too wide', 'disjoint', 'no gold span'))
    chars = collections.Counter()
    oracle = collections.Counter()
    miss_words = collections.Counter()
    extra_words = collections.Counter()
    total = 0.0
    for text, row, r in zip(texts, rows, res):
        t = text.replace('\r', ' ').replace('\n', ' ')
        finds = [f for f in r['findings'] if f['category'] in sets.OFFENSIVE]
        flagged = any(f['severity'] in ('warn', 'block') for f in finds)
        pred = set()
        if flagged:
            for f in finds:
                pred.update(range(f['start'], f['end']))
        gold = {i for i in ast.literal_eval(row['index_spans']) if i < len(t) and not t[i].isspace()}
        pred = {i for i in pred if i < len(t) and not t[i].isspace()}
        f1 = sets.span_f1(pred, gold)
        total += f1
        if not gold and not flagged:
            for o in ORACLES:
                oracle[o] += f1
            continue
        if gold and not flagged:
            k = 'not flagged'
        elif not gold:
            k = 'no gold span' if pred else 'exact'
        elif not pred:
            k = 'no span'
        elif pred == gold:
            k = 'exact'
        elif pred < gold:
            k = 'too narrow'
        elif pred > gold:
            k = 'too wide'
        elif pred & gold:
            k = 'mixed'
        else:
            k = 'disjoint'
        kinds[k][0] += 1
        kinds[k][1] += (1 - f1) / n
        if args.show and k == args.show:
            print('%-10s %.2f %s\n    gold: %s\n    pred: %s' % (k, f1, t[:200],
                  ' | '.join(t[a:b] for a, b in runs_of(gold, t)), ' | '.join(t[a:b] for a, b in runs_of(pred, t))))
        if not flagged or not pred or not gold:
            for o in ORACLES:
                oracle[o] += f1
            continue
        words = [(m.start(), m.end()) for m in WORD.finditer(t)]
        if args.oracle:
            mend(oracle, t, pred, gold, words)
        gruns = [range(a, b) for a, b in runs_of(gold, t)]
        pruns = [range(a, b) for a, b in runs_of(pred, t)]
        grun = {i: ri for ri, rg in enumerate(gruns) for i in rg}
        prun = {i: ri for ri, rg in enumerate(pruns) for i in rg}
        for wi, (a, b) in enumerate(words):
            w = t[a:b].lower()
            for i in range(a, b):
                if i in gold and i not in pred:
                    k = place(t, i, wi, words, pred, gruns, grun, False)
                    chars['missed: ' + MISSED[k]] += 1
                    if k == 'beside' and i == a:
                        miss_words[w] += 1
                elif i in pred and i not in gold:
                    k = place(t, i, wi, words, gold, pruns, prun, True)
                    chars['extra: ' + EXTRA[k]] += 1
                    if k == 'beside' and i == a:
                        extra_words[w] += 1
    print('comments %d, span F1 %.4f' % (n, total / n))
    print('| kind | comments | loss of span F1 |\n| --- | ---: | ---: |')
    for k, (c, loss) in kinds.items():
        print('| %s | %d | %.4f |' % (k, c, loss))
    print('\n| characters lost in flagged comments with a gold span | n |\n| --- | ---: |')
    for k in sorted(chars):
        print('| %s | %d |' % (k, chars[k]))
    if args.oracle:
        print('\n| mended perfectly, alone | span F1 |\n| --- | ---: |')
        for o in ORACLES:
            print('| %s | %.4f |' % (o, oracle[o] / n))
    if args.words:
        print('\nmissed words beside a marked one:', ', '.join('%s %d' % x for x in miss_words.most_common(args.words)))
        print('extra words beside a gold run:', ', '.join('%s %d' % x for x in extra_words.most_common(args.words)))


if __name__ == '__main__':
    main()
