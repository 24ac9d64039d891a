#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mines the join words of the checker's Vietnamese spans from ViHOS train
(MIT): words that the gold span of an offensive phrase takes in when they
stand right beside what the checker marks ("con" in "con chó", "cái" in
"cái mồm", "vãi" after "ngu").

  checker-training/mine-joiners.py [--tool PATH] [--data DIR] [--write FILE] [--min-count N] [--min-rate R]

Runs netconduct-check on the first 80% of vihos/train.csv (the last 20% is
the tuning part, dev the held-out part) and, for every word left unmarked
right before (or after) a marked word in the same sentence of a comment the
checker flags, counts how often it lies inside the gold span. A word that
reaches --min-rate over at least --min-count such places becomes a
"join-next" (or "join-prev") entry of resources/lexicon/vi-join.txt: it
only ever widens a span that other evidence drew, never marks on its own.
Mine with an empty vi-join.txt (the words it already joins are marked).
Without --write it prints the candidates.

With --write-nospan FILE it also writes the words that the statistical
model marks (evidence "ngram") in train's first 80% although the gold spans
seldom hold them (under --nospan-rate of their marked places, at least
--min-count of them: "covid", "luật", "admin"): words that make a comment
likely offensive without carrying the offence. The model never marks them
on their own (resources/lexicon/vi-nospan.txt, read like vi-common.txt).
"""
import argparse
import ast
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402

def write_nospan(args, texts, golds, reports):
    marked = collections.Counter()
    inside = collections.Counter()
    for text, gold, rep in zip(texts, golds, reports):
        for f in rep['findings']:
            if f['evidence'] != 'ngram':
                continue
            word = text[f['start']:f['end']].lower()
            chars = [i for i in range(f['start'], f['end']) if not text[i].isspace()]
            marked[word] += 1
            inside[word] += sum(i in gold for i in chars) / max(1, len(chars))
    words = sorted(w for w, n in marked.items()
                   if n >= args.min_count and inside[w] / n < args.nospan_rate and ' ' not in w)
    with open(args.write_nospan, 'w', encoding='utf-8') as f:
        f.write('# vi-nospan.txt — words the statistical model never marks on its own: it\n'
                '# marked them in ViHOS train (the first 80%; MIT, Copyright (c) 2023 Phu\n'
                '# Hoang Gia) although the gold spans seldom hold them ("covid", "luật"), by\n'
                f'# checker-training/mine-joiners.py --write-nospan: at least {args.min_count} places,\n'
                f'# under {args.nospan_rate:.0%} of them inside a gold span. Read like vi-common.txt.\n'
                '# Do not edit by hand: mine again.\n')
        for w in words:
            f.write(w + '\n')
    print(f'{len(words)} words the model no longer marks alone -> {args.write_nospan}')


def main():
    ap = argparse.ArgumentParser()
    sets.add_tool_and_data(ap)
    ap.add_argument('--write')
    ap.add_argument('--min-count', type=int, default=4)
    ap.add_argument('--min-rate', type=float, default=0.6)
    ap.add_argument('--write-nospan')
    ap.add_argument('--nospan-rate', type=float, default=0.3)
    args = ap.parse_args()
    rows = sets.vihos_rows(args.data, 'train')
    rows = rows[: int(len(rows) * 0.8)]
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    parsed = sets.parse_dumps(sets.run_tool(args.tool, ['--dump-normalized'], texts))
    reports = [json.loads(l) for l in sets.run_tool(args.tool, ['--format=jsonl', '--lang=vi'], texts)]
    if args.write_nospan:
        write_nospan(args, texts, golds, reports)
    seen = {'next': collections.Counter(), 'prev': collections.Counter()}
    inside = {'next': collections.Counter(), 'prev': collections.Counter()}
    for text, gold, (words, spans), rep in zip(texts, golds, parsed, reports):
        finds = [f for f in rep['findings'] if f['category'] in sets.OFFENSIVE]
        if not any(f['severity'] in ('warn', 'block') for f in finds):
            continue
        marked = set()
        for f in finds:
            marked.update(range(f['start'], f['end']))

        def is_marked(k):
            return spans[k][0] in marked

        def in_gold(k):
            s, e = spans[k]
            return all(i in gold for i in range(s, e) if not text[i].isspace())

        for k, (_, typed, stop) in enumerate(words):
            if is_marked(k):
                continue
            if k + 1 < len(words) and not stop and is_marked(k + 1):
                seen['next'][typed] += 1
                inside['next'][typed] += in_gold(k)
            if k > 0 and not words[k - 1][2] and is_marked(k - 1):
                seen['prev'][typed] += 1
                inside['prev'][typed] += in_gold(k)
    kept = collections.defaultdict(set)
    for side in ('next', 'prev'):
        for w, n in seen[side].items():
            rate = inside[side][w] / n
            if n >= args.min_count and rate >= args.min_rate and any(c.isalpha() for c in w):
                kept[w].add(side)
            if not args.write and n >= args.min_count and rate >= 0.4:
                print(f'{side}\t{rate:.2f}\t{n}\t{w}')
    if not args.write:
        return
    with open(args.write, 'w', encoding='utf-8') as f:
        f.write('# vi-join.txt — words that the span of an offensive phrase takes in when\n'
                '# they stand right beside it ("con" in "con chó"), mined from the gold spans\n'
                '# of ViHOS train (the first 80%; MIT, Copyright (c) 2023 Phu Hoang Gia) by\n'
                f'# checker-training/mine-joiners.py --write: at least {args.min_count} places, at least\n'
                f'# {args.min_rate:.0%} of them inside the gold span. A join word never marks\n'
                '# anything on its own. Do not edit by hand: mine again.\n'
                '@category insult\n@severity info\n')
        for w in sorted(kept):
            flags = ['join-' + side for side in sorted(kept[w])]
            if w != sets.strip_marks(w):
                flags.append('marked')
            f.write(w + '\t' + ' '.join(flags) + '\n')
    print(f'{len(kept)} join words -> {args.write}')


if __name__ == '__main__':
    main()
