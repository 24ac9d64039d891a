#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mines a dictionary of offensive phrases from the gold spans of ViHOS
train (MIT), for the checker (resources/lexicon/vi-mined.txt) or for a
person to curate.

  checker-training/mine-lexicon.py [--tool PATH] [--data DIR] [--write FILE] [--min-count N] [--min-rate R]

Words are taken as netconduct-check normalizes them (lower case, tone marks
as typed). For every word and run of 2-3 words it counts how often it
occurs and how often it lies inside a gold offensive span. Only the first
80% of train is read (the last 20% is the tuning part, dev the held-out
part). Without --write it prints candidates (span rate, count, phrase).
With --write it writes the phrases that reach --min-rate and --min-count,
leaving out: a word of one or two letters, a single word that is a common word of the language
(resources/lexicon/vi-common.txt, compared as typed and folded), a
phrase of common words only unless seen 8 times, 90% in spans, any
phrase found in the tuning parts of the harmless everyday sets (also with
their marks stripped, and the toneless set) or of the Debian translations
(also with their marks stripped: "cut" is also "cụt"), and phrases the hand-curated lexicons already hold.
"""
import argparse
import ast
import collections
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402

# The everyday tuning batches of rounds up to this one are what a mined
# phrase must not be found in; later rounds' batches are look-alikes
# written against that round's rules, and the rules (allow phrases) keep
# them quiet. Eleventh round: read, they took "liếm" (a cat licking its
# snout), "bới" (a hen scratching for worms) and "đàn bà" out of the mined
# phrases, changed no everyday tuning line (same-findings.py) and cost
# ViHOS held-out F1 0.842 -> 0.841, as VI_MODEL_LAST_ROUND does for the
# model (train-checker-model.py).
MINED_LAST_ROUND = 10

LEX = os.path.join(HERE, '..', 'resources', 'lexicon')


def dump(tool, texts):
    # ((marked, folded, stop_after), span) per word
    return [[((m, f, stop), span) for (f, m, stop), span in zip(words, spans)]
            for words, spans in sets.parse_dumps(sets.run_tool(tool, ['--dump-normalized'], texts))]


def grams(ws):
    """(phrase as typed, folded, start, end) of every run of 1-3 words in one sentence."""
    for i in range(len(ws)):
        for n in (1, 2, 3):
            if i + n > len(ws) or any(ws[i + k][0][2] for k in range(n - 1)):
                break
            part = ws[i:i + n]
            yield (' '.join(w[0][0] for w in part), ' '.join(w[0][1] for w in part),
                   part[0][1][0], part[-1][1][1])


def cv_half(text):
    """The half of a tuning line left out with --cv (as train-checker-model.py --cv)."""
    return hashlib.sha1(text.strip().encode('utf-8')).digest()[1] & 1 == 1


def known_phrases():
    out = set()
    for name in os.listdir(LEX):
        if name.startswith('vi-') and name.endswith('.txt') and name not in ('vi-mined.txt', 'vi-common.txt', 'vi-join.txt'):
            for line in open(os.path.join(LEX, name), encoding='utf-8'):
                if line.strip() and not line.startswith(('#', '@')):
                    out.add(line.split('\t')[0].strip().lower())
    return out


def main():
    ap = argparse.ArgumentParser()
    sets.add_tool_and_data(ap)
    ap.add_argument('--write')
    ap.add_argument('--min-count', type=int, default=3)
    ap.add_argument('--min-rate', type=float, default=0.8)
    ap.add_argument('--phrase-min-count', type=int, help='the same for runs of 2-3 words (default: --min-count)')
    ap.add_argument('--phrase-min-rate', type=float, help='the same for runs of 2-3 words (default: --min-rate)')
    ap.add_argument('--cv', action='store_true',
                    help='leave one half of each harmless tuning part (by a second hash bit) out of '
                         'the exclusion, and print the share of its lines that a mined phrase would '
                         'mark: how the phrases fare on everyday text they were not checked against')
    args = ap.parse_args()
    rows = sets.vihos_rows(args.data, 'train')
    rows = rows[: int(len(rows) * 0.8)]
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    occ = collections.Counter()
    inspan = collections.Counter()
    for text, gold, ws in zip(texts, golds, dump(args.tool, texts)):
        for phrase, _, s, e in grams(ws):
            occ[phrase] += 1
            if all(i in gold for i in range(s, e) if not text[i].isspace()):
                inspan[phrase] += 1
    if not args.write:
        out = sorted(((inspan[g] / n, n, g) for g, n in occ.items() if n >= args.min_count), reverse=True)
        for rate, n, g in out:
            if rate >= 0.3:
                print(f'{rate:.2f}\t{n}\t{g}')
        return
    common = {l.strip() for l in open(os.path.join(LEX, 'vi-common.txt'), encoding='utf-8')
              if l.strip() and not l.startswith('#')}
    common_folded = {f for ws in dump(args.tool, sorted(common)) for (_, f, _), _ in ws}
    harmless = {}
    for name in ('vi_children', 'vi_news', 'vi_outside'):
        harmless[name] = sets.everyday(name, 'tune', last_round=MINED_LAST_ROUND)
    harmless['debian_vi'] = sets.debian_vi('tune', limit=None)
    # ViHOS train's comments with no gold span, typed with marks: stripped
    # of them, they show toneless words that are also everyday words
    # ("chui" is "chửi" and "chui", "benh" "bệnh")
    harmless['vihos_clean'] = [t for t, g in zip(texts, golds) if not g and t != sets.strip_marks(t)]
    # the same everyday text typed without marks, as children often type it
    # ("xe dap", "hoa bong" hold no "đập", no slur)
    for name in ('vi_children', 'vi_news', 'vi_outside', 'debian_vi', 'vihos_clean'):
        harmless[name + '_toneless'] = [sets.strip_marks(l) for l in harmless[name]]
    del harmless['vihos_clean']   # (as typed, it is ViHOS, what is mined)
    harmless['vi_toneless'] = sets.everyday('vi_toneless', 'tune', last_round=MINED_LAST_ROUND)
    left_out = {}
    if args.cv:
        left_out = {name: [l for l in lines if cv_half(l)] for name, lines in harmless.items()}
        harmless = {name: [l for l in lines if not cv_half(l)] for name, lines in harmless.items()}
    seen_harmless = {g[0] for lines in harmless.values() for ws in dump(args.tool, lines) for g in grams(ws)}
    known = known_phrases()
    kept = []
    for g, n in occ.items():
        phrase = ' ' in g
        min_count = args.phrase_min_count if phrase and args.phrase_min_count else args.min_count
        min_rate = args.phrase_min_rate if phrase and args.phrase_min_rate else args.min_rate
        if n < min_count or inspan[g] / n < min_rate:
            continue
        if g in known or g in seen_harmless or not any(c.isalpha() for c in g):
            continue
        words = g.split(' ')
        if len(words) == 1 and (g in common or g in common_folded or len(g) < 3):
            continue   # (one or two letters: ambiguous, and what words start as while typed)
        # a phrase of common words only needs more evidence
        if all(w in common or w in common_folded for w in words) and (n < 8 or inspan[g] / n < 0.9):
            continue
        kept.append((g, n, inspan[g] / n))
    kept.sort()
    if args.cv:
        phrases = {g for g, _, _ in kept}
        for name, lines in left_out.items():
            hit = 0
            for line, ws in zip(lines, dump(args.tool, lines)):
                found = [g[0] for g in grams(ws) if g[0] in phrases]
                hit += bool(found)
                if found and os.environ.get('NC_MINE_VERBOSE'):
                    print(f'  {name}: {found} in: {line}')
            print(f'{name}: {hit / max(1, len(lines)):.3f} of {len(lines)} left-out lines hold a mined phrase')
    with open(args.write, 'w', encoding='utf-8') as f:
        f.write('# vi-mined.txt — offensive phrases mined from the gold spans of ViHOS train\n'
                '# (the first 80%; MIT, Copyright (c) 2023 Phu Hoang Gia) by\n'
                f'# checker-training/mine-lexicon.py --write: at least {args.min_count} occurrences, at least\n'
                f'# {args.min_rate:.0%} of them inside a gold span (runs of 2-3 words: '
                f'{args.phrase_min_count or args.min_count}, {args.phrase_min_rate or args.min_rate:.0%});\n'
                '# no common word alone, nothing\n'
                '# that occurs in the tuning parts of the everyday sets (also typed without\n'
                '# marks). Each counts only in a draft that other evidence or the model\n'
                '# judges offensive (flag "mined"): "bóp", "uống nước" and "lừa đảo"\n'
                '# are everyday words too. Do not edit by hand:\n'
                '# curate the other lexicons and mine again.\n'
                '@category insult\n@severity warn\n')
        for g, n, rate in kept:
            # typed with marks: only a word typed so (or with the same
            # letters) is this one ("gớm", not "gom")
            f.write(g + ('\tmarked mined' if g != sets.strip_marks(g) else '\tmined') + '\n')
    print(f'{len(kept)} phrases -> {args.write}')


if __name__ == '__main__':
    main()
