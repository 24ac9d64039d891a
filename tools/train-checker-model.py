#!/usr/bin/env python3
"""Trains the checker's small statistical model on ViHOS train (MIT).

  tools/train-checker-model.py [--tool PATH] [--data DIR] [--out FILE]

Logistic regression over hashed features of the text as normalized by
netconduct-check --dump-normalized (so that features match nc-model.c
exactly): each word as typed, each word folded, pairs of folded words and
character trigrams of "<word>". Fitted on the first 80% of
vihos/train.csv; the decision threshold and the span threshold are chosen
on the last 20% (held out), together with the lexicon's own findings
(netconduct-check --no-model), never on the dev split. Pure Python, no
dependencies; deterministic.
Writes resources/lexicon/vi-model.bin:
  "NCM1", u32 n_buckets, f32 bias, f32 threshold, f32 span_threshold,
  f32 weights[n_buckets]   (little endian)
"""
import argparse
import ast
import csv
import json
import math
import os
import random
import struct
import subprocess

N_BUCKETS = 1 << 17
MASK = N_BUCKETS - 1
OFFENSIVE = {'insult', 'hate', 'violence', 'sexual'}


def fnv(tag, s):
    h = ((2166136261 ^ ord(tag)) * 16777619) & 0xFFFFFFFF
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h & MASK


def words_of(folded, marked):
    """[(folded word, marked word, stop_after)] as split_words() in C."""
    out = []
    i = 0
    n = len(folded)
    while i < n:
        j = i
        while j < n and folded[j] not in ' |':
            j += 1
        if j > i:
            out.append((folded[i:j], marked[i:j], j < n and folded[j] == '|'))
        i = j + 1
    return out


def word_feats(fw, mw):
    feats = [fnv('w', mw), fnv('f', fw)]
    s = '<' + fw + '>'
    feats += [fnv('c', s[k:k + 3]) for k in range(len(s) - 2)]
    return feats


def pair_feat(a, b):
    return fnv('b', a + ' ' + b)


def comment_feats(words):
    feats = []
    for i, (fw, mw, stop) in enumerate(words):
        feats += word_feats(fw, mw)
        if i + 1 < len(words) and not stop:
            feats.append(pair_feat(fw, words[i + 1][0]))
    return feats


def word_contribs(w, bias_unused, words):
    out = []
    for i, (fw, mw, stop) in enumerate(words):
        c = sum(w[h] for h in word_feats(fw, mw))
        if i > 0 and not words[i - 1][2]:
            c += 0.5 * w[pair_feat(words[i - 1][0], fw)]
        if i + 1 < len(words) and not stop:
            c += 0.5 * w[pair_feat(fw, words[i + 1][0])]
        out.append(c)
    return out


def run(tool, args, texts):
    data = ''.join(t.replace('\r', ' ').replace('\n', ' ') + '\n' for t in texts)
    return subprocess.run([tool] + args, input=data.encode('utf-8'), stdout=subprocess.PIPE,
                          check=True).stdout.decode('utf-8').splitlines()


def span_f1(pred, gold):
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    inter = len(pred & gold)
    p, r = inter / len(pred), inter / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', default=os.path.join(here, '..', '_build', 'src', 'tools', 'netconduct-check'))
    ap.add_argument('--data', default=os.path.join(here, '..', '..', 'shared', 'data'))
    ap.add_argument('--out', default=os.path.join(here, '..', 'resources', 'lexicon', 'vi-model.bin'))
    ap.add_argument('--epochs', type=int, default=8)
    ap.add_argument('--l2', type=float, default=1e-5)
    ap.add_argument('--min-precision', type=float, default=0.88)
    args = ap.parse_args()

    rows = list(csv.DictReader(open(os.path.join(args.data, 'text', 'vihos', 'train.csv'), encoding='utf-8')))
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    dumps = run(args.tool, ['--dump-normalized'], texts)
    parsed = []
    for line in dumps:
        parts = line.split('\t')
        folded, marked = parts[0], parts[1]
        spans = [tuple(map(int, s.split('-'))) for s in parts[2].split()] if len(parts) > 2 and parts[2] else []
        words = words_of(folded, marked)
        assert len(words) == len(spans), line
        parsed.append((words, spans))
    cut = int(len(rows) * 0.8)
    fit = list(range(cut))
    hold = list(range(cut, len(rows)))

    # logistic regression, AdaGrad, L2
    w = [0.0] * N_BUCKETS
    g2 = [1e-8] * N_BUCKETS
    bias, gb = 0.0, 1e-8
    lr = 0.2
    feats = [comment_feats(p[0]) for p in parsed]
    ys = [1.0 if g else 0.0 for g in golds]
    rnd = random.Random(874)
    for epoch in range(args.epochs):
        order = fit[:]
        rnd.shuffle(order)
        loss = 0.0
        for i in order:
            f = feats[i]
            z = bias + sum(w[h] for h in f)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            y = ys[i]
            loss -= math.log(p if y else 1 - p) if 0 < p < 1 else 0
            g = p - y
            gb += g * g
            bias -= lr * g / math.sqrt(gb)
            for h in f:
                gh = g + args.l2 * w[h]
                g2[h] += gh * gh
                w[h] -= lr * gh / math.sqrt(g2[h])
        print(f'epoch {epoch}: loss {loss / len(fit):.4f}')

    # the lexicon alone, on the held-out part
    lex = [json.loads(l) for l in run(args.tool, ['--format=jsonl', '--lang=vi', '--no-model'],
                                      [texts[i] for i in hold])]

    def score(i):
        z = bias + sum(w[h] for h in feats[i])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    probs = {i: score(i) for i in hold}
    contribs = {i: word_contribs(w, bias, parsed[i][0]) for i in hold}

    def evaluate(thr, span_thr):
        tp = fp = fn = 0
        sf = 0.0
        for k, i in enumerate(hold):
            finds = [f for f in lex[k]['findings'] if f['category'] in OFFENSIVE]
            lex_flag = any(f['severity'] in ('warn', 'block') for f in finds)
            spans = set()
            flagged = lex_flag
            if lex_flag:
                for f in finds:
                    spans.update(range(f['start'], f['end']))
            elif probs[i] >= thr:
                for (s, e), c in zip(parsed[i][1], contribs[i]):
                    if c >= span_thr:
                        spans.update(range(s, e))
                flagged = bool(spans)
                if flagged:
                    for f in finds:
                        spans.update(range(f['start'], f['end']))
            text = texts[i]
            gold = {j for j in golds[i] if j < len(text) and not text[j].isspace()}
            spans = {j for j in spans if j < len(text) and not text[j].isspace()}
            if flagged and gold:
                tp += 1
            elif flagged:
                fp += 1
            elif gold:
                fn += 1
            sf += span_f1(spans, gold)
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        return p, r, f1, sf / len(hold)

    best = None
    for thr in [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]:
        for span_thr in [0.0, 0.25, 0.5, 0.75, 1.0, 1.5]:
            p, r, f1, sf = evaluate(thr, span_thr)
            if p >= args.min_precision and (best is None or f1 + sf > best[0]):
                best = (f1 + sf, thr, span_thr, p, r, f1, sf)
    _, thr, span_thr, p, r, f1, sf = best
    print(f'held out: threshold {thr} span_threshold {span_thr}: '
          f'precision {p:.3f} recall {r:.3f} f1 {f1:.3f} span_f1 {sf:.3f}')
    with open(args.out, 'wb') as out:
        out.write(b'NCM1')
        out.write(struct.pack('<Ifff', N_BUCKETS, bias, thr, span_thr))
        out.write(struct.pack(f'<{N_BUCKETS}f', *w))
    print(f'wrote {args.out}')


if __name__ == '__main__':
    main()
