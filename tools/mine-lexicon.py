#!/usr/bin/env python3
"""Proposes lexicon candidates from ViHOS train (MIT), for a person to curate.

For every word and word pair (lower case, as typed) it counts how often it
occurs, how often it lies inside a gold offensive span ("span rate"), and
how often its comment is offensive. Only the first 80% of train is read
(the rest is held out for tools/ and tests/eval-checker.py --holdout).
Usage: tools/mine-lexicon.py ../shared/data/text/vihos/train.csv [MIN_COUNT]
"""
import ast
import collections
import csv
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)


def main():
    path = sys.argv[1]
    min_count = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    rows = list(csv.DictReader(open(path, encoding='utf-8')))
    rows = rows[: int(len(rows) * 0.8)]
    occ = collections.Counter()
    inspan = collections.Counter()
    offc = collections.Counter()
    for r in rows:
        text = r['content']
        gold = set(ast.literal_eval(r['index_spans']))
        toks = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
        grams = list(toks)
        grams += [(a[0] + ' ' + b[0], a[1], b[2]) for a, b in zip(toks, toks[1:])]
        seen = set()
        for g, s, e in grams:
            occ[g] += 1
            if all(i in gold for i in range(s, e) if not text[i].isspace()):
                inspan[g] += 1
            if g not in seen:
                seen.add(g)
                if gold:
                    offc[g] += 1
    out = []
    for g, n in occ.items():
        if n < min_count:
            continue
        out.append((inspan[g] / n, n, offc[g], g))
    out.sort(reverse=True)
    for rate, n, off, g in out:
        if rate >= 0.3:
            print(f"{rate:.2f}\t{n}\t{off}\t{g}")


if __name__ == '__main__':
    main()
