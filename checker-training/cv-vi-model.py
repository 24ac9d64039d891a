#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares Vietnamese comment models by k-fold on the TUNING data only:
the logistic regression of train-checker-model.py (vi-model.bin) and a
small non-linear model over the same hashed features, with the
lexicon's own findings, as the checker would decide.

  /usr/bin/python3 checker-training/cv-vi-model.py [--folds 5] [--seed 1]
      [--bits 16] [--dim 16] [--hidden 16] [--pool mean|sum|max]
      [--epochs 3] [--dropout 0.2] [--wd 1e-4] [--lr-epochs 5]
      [--children-weight 3] [--debian-lines 2000]

Needs Debian's python3-torch and python3-numpy (`apt-get install
python3-numpy python3-torch`; /usr/bin/python3, not another python3 on
PATH). Only this experiment needs them: the app, its tests and CI do not,
and train-checker-model.py, which builds the model files, stays pure
Python. It reads no held-out part (ViHOS dev, the held-out halves of the
everyday sets).

The data are what train-checker-model.py fits the Vietnamese model on
(vi_corpus()): all of ViHOS train, the tuning parts of the everyday sets,
with marks and stripped of them, and --debian-lines Debian translations,
split into --folds folds by a byte of each line's SHA-1 (a toneless copy
falls in its marked line's fold). Each fold is scored by models fitted on
the others (Adam, everyday lines weighted --children-weight):
  lr    the logistic regression (torch, same features),
  nn    "wide and deep": the same linear part plus hashed feature
        embeddings (2^--bits x --dim, pooled), one ReLU layer of --hidden
        units and dropout (--no-wide: without the linear part),
  ens   the mean of lr's and nn's log-odds.
Two decisions on the out-of-fold scores, each at the thresholds that
maximize ViHOS comment F1 under caps on the everyday parts' warned shares
(CAPS of train-checker-model.py; "over" is the sum of the shares above
them):
  draft    the lexicon warns, or the score reaches T;
  checker  judge() of train-checker-model.py: a word whose contribution
           (lr's weights) reaches span_threshold in a draft scoring at
           least threshold, or a whole-draft warning from
           sentence_threshold, 0.99 for a draft typed without marks;
           span F1 without the span tagger.
The eighth round's figures are in docs/checker-figures.md.
"""
import argparse
import ast
import hashlib
import importlib.util
import json
import math
import os
import random

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('tcm', os.path.join(HERE, 'train-checker-model.py'))
tcm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tcm)
sets = tcm.sets


def load(args):
    """The tuning data: dict of lists (text, gold, src, y, fold, parsed,
    typed, feats, lexicon result) and the common words."""
    rows = sets.vihos_rows(args.data, 'train')
    d = {'text': [r['content'] for r in rows], 'src': ['vihos'] * len(rows)}
    d['gold'] = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    d['key'] = list(d['text'])

    def add(name, lines, keys=None):
        d['text'].extend(lines)
        d['gold'].extend([set()] * len(lines))
        d['src'].extend([name] * len(lines))
        d['key'].extend(keys or lines)

    for name in ('vi_children', 'vi_news', 'vi_outside', 'vi_unkind'):
        lines = sets.everyday(name, 'tune')
        add(name, lines)
        add(name + '_toneless', [sets.strip_marks(l) for l in lines], lines)
    add('vi_toneless', sets.everyday('vi_toneless', 'tune'))
    add('debian_vi', sets.debian_vi('tune', limit=args.debian_lines))
    d['y'] = [1.0 if s.startswith('vi_unkind') or g else 0.0 for s, g in zip(d['src'], d['gold'])]
    d['fold'] = [hashlib.sha1(k.strip().encode('utf-8')).digest()[2] % args.folds for k in d['key']]
    dumps = tcm.run(args.tool, ['--dump-normalized'], d['text'])
    d['parsed'] = tcm.parse_dumps(dumps)
    d['typed'] = tcm.typed_marks(dumps)
    lexdir = os.path.join(HERE, '..', 'resources', 'lexicon')
    common = tcm.common_words(args.tool, os.path.join(lexdir, 'vi-common.txt')) | \
        tcm.common_words(args.tool, os.path.join(lexdir, 'vi-nospan.txt'))
    d['feats'] = [tcm.comment_feats(p[0], common, t, True) for p, t in zip(d['parsed'], d['typed'])]
    d['lex'] = [json.loads(l) for l in tcm.run(args.tool, ['--format=jsonl', '--lang=vi', '--no-model'], d['text'])]
    return d, common


class WideDeep(nn.Module):
    """The linear model over hashed features, plus (deep) pooled feature
    embeddings through one ReLU layer."""

    def __init__(self, args, deep):
        super().__init__()
        self.args, self.deep = args, deep
        self.lin = nn.EmbeddingBag(tcm.N_BUCKETS, 1, mode='sum')
        nn.init.zeros_(self.lin.weight)
        self.bias = nn.Parameter(torch.zeros(1))
        if deep:
            self.emb = nn.EmbeddingBag(1 << args.bits, args.dim, mode=args.pool)
            nn.init.normal_(self.emb.weight, 0, 0.1)
            self.hidden = nn.Linear(args.dim, args.hidden)
            self.out = nn.Linear(args.hidden, 1)
            self.drop = nn.Dropout(args.dropout)

    def forward(self, idx, off):
        z = self.bias + (0 if self.deep and self.args.no_wide else self.lin(idx, off).squeeze(1))
        if self.deep:
            e = self.emb(idx & ((1 << self.args.bits) - 1), off)
            z = z + self.out(self.drop(torch.relu(self.hidden(self.drop(e))))).squeeze(1)
        return z


def batch(feats, ids):
    idx, off = [], []
    for i in ids:
        off.append(len(idx))
        idx.extend(feats[i] or [0])
    return torch.tensor(idx), torch.tensor(off)


def fit(args, d, train, deep):
    torch.manual_seed(args.seed)
    rnd = random.Random(args.seed)
    m = WideDeep(args, deep)
    opt = torch.optim.Adam(m.parameters(), lr=0.01 if deep else 0.02)
    ys = torch.tensor(d['y'])
    wts = torch.tensor([1.0 if s == 'vihos' or s == 'debian_vi' else args.children_weight for s in d['src']])
    for _ in range(args.epochs if deep else args.lr_epochs):
        m.train()
        order = train[:]
        rnd.shuffle(order)
        for k in range(0, len(order), 64):
            ids = order[k:k + 64]
            loss = nn.functional.binary_cross_entropy_with_logits(m(*batch(d['feats'], ids)), ys[ids],
                                                                  weight=wts[ids], reduction='sum')
            if deep and args.wd:
                loss = loss + args.wd * sum((p ** 2).sum() for n, p in m.named_parameters() if 'weight' in n)
            opt.zero_grad()
            loss.backward()
            opt.step()
    m.eval()
    return m


def out_of_fold(args, d, common):
    """Out-of-fold probabilities of lr and nn, and lr's word contributions."""
    n = len(d['text'])
    lr, deep, contribs = [0.0] * n, [0.0] * n, [None] * n
    for f in range(args.folds):
        train = [i for i in range(n) if d['fold'][i] != f]
        test = [i for i in range(n) if d['fold'][i] == f]
        for target, is_deep in ((lr, False), (deep, True)):
            m = fit(args, d, train, is_deep)
            with torch.no_grad():
                for k in range(0, len(test), 512):
                    ids = test[k:k + 512]
                    for i, p in zip(ids, torch.sigmoid(m(*batch(d['feats'], ids))).tolist()):
                        target[i] = p
            if not is_deep:
                w = m.lin.weight.detach().squeeze(1).tolist()
                for i in test:
                    contribs[i] = tcm.word_contribs(w, d['parsed'][i][0], common, d['typed'][i])
        print(f'fold {f} done', flush=True)
    return lr, deep, contribs


def lexicon_warns(res):
    return any(f['category'] in sets.OFFENSIVE and f['severity'] in ('warn', 'block') for f in res['findings'])


def figures(d, flagged, spans=None):
    """ViHOS precision, recall, F1, span F1 (when @spans), the shares warned by set, and how far over the caps."""
    tp = fp = fn = 0
    sf = 0.0
    count, total = {}, {}
    for i, fl in enumerate(flagged):
        s = d['src'][i]
        count[s] = count.get(s, 0) + fl
        total[s] = total.get(s, 0) + 1
        if s != 'vihos':
            continue
        text = d['text'][i]
        gold = {j for j in d['gold'][i] if j < len(text) and not text[j].isspace()}
        tp += fl and bool(gold)
        fp += fl and not gold
        fn += not fl and bool(gold)
        if spans is not None:
            sf += sets.span_f1({j for j in spans[i] if j < len(text) and not text[j].isspace()}, gold)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    shares = {k: count[k] / total[k] for k in total}
    over = sum(max(0.0, shares[k] - v) for k, v in tcm.CAPS['vi'].items())
    return p, r, 2 * p * r / max(1e-9, p + r), sf / total['vihos'], shares, over


def show(label, limit, best):
    if best is None:
        print(f'{label} over<={limit}: none')
        return
    t, (p, r, f1, sf, sh, over) = best
    print(f'{label} over<={limit}: {t} precision {p:.3f} recall {r:.3f} F1 {f1:.3f} span {sf:.3f} '
          f'unkind {sh["vi_unkind"]:.3f}/{sh["vi_unkind_toneless"]:.3f} children {sh["vi_children"]:.3f} '
          f'news {sh["vi_news"]:.3f} outside {sh["vi_outside"]:.3f} toneless {sh["vi_toneless"]:.3f}')


def draft_decision(d, lex, prob, label):
    grid = sorted({round(1 - 10 ** (-k / 8), 4) for k in range(1, 40)})
    res = [((t,), figures(d, [lex[i] or prob[i] >= t for i in range(len(prob))])) for t in grid]
    for limit in (0.0, 0.01, 0.03):
        ok = [x for x in res if x[1][5] <= limit + 1e-9]
        show(label + ' draft', limit, max(ok, key=lambda x: x[1][2]) if ok else None)


def checker_decision(d, common, lex, prob, contribs, label):
    lexspans = [{j for f in r['findings'] if f['category'] in sets.OFFENSIVE for j in range(f['start'], f['end'])}
                for r in d['lex']]
    res = []
    for thr in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        for span_thr in (1.0, 1.5, 2.0, 2.5, 3.0):
            for sent in (0.9, 0.95, 0.97, 0.98, 0.99, 1.01):
                if sent < thr:
                    continue
                flagged, spans = [], []
                for i in range(len(prob)):
                    t, st = (thr, sent) if d['typed'][i] else (max(thr, 0.99), max(sent, 0.99))
                    marked = set()
                    if prob[i] >= t:
                        for (s, e), c, word in zip(d['parsed'][i][1], contribs[i], d['parsed'][i][0]):
                            if c >= span_thr and word[1] not in common:
                                marked.update(range(s, e))
                    if lex[i] or marked:
                        flagged.append(True)
                        spans.append(marked | lexspans[i])
                    else:
                        flagged.append(prob[i] >= st)
                        spans.append(marked)
                res.append(((thr, span_thr, sent), figures(d, flagged, spans)))
    for limit in (0.0, 0.01):
        ok = [x for x in res if x[1][5] <= limit + 1e-9]
        key = lambda x: x[1][2] + x[1][3] + 0.5 * (x[1][4]['vi_unkind'] + x[1][4]['vi_unkind_toneless'])
        show(label + ' checker', limit, max(ok, key=key) if ok else None)


def main():
    ap = argparse.ArgumentParser()
    sets.add_tool_and_data(ap)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--bits', type=int, default=16)
    ap.add_argument('--dim', type=int, default=16)
    ap.add_argument('--hidden', type=int, default=16)
    ap.add_argument('--pool', choices=('mean', 'sum', 'max'), default='mean')
    ap.add_argument('--epochs', type=int, default=3, help='of the non-linear model')
    ap.add_argument('--lr-epochs', type=int, default=5)
    ap.add_argument('--dropout', type=float, default=0.2)
    ap.add_argument('--wd', type=float, default=1e-4)
    ap.add_argument('--no-wide', action='store_true',
                    help='the non-linear model without its linear part (what fits beside '
                         'vi-model.bin in the 2 MB of resources/lexicon with --bits 15)')
    ap.add_argument('--children-weight', type=float, default=3.0)
    ap.add_argument('--debian-lines', type=int, default=2000)
    args = ap.parse_args()
    torch.set_num_threads(1)
    d, common = load(args)
    lr, deep, contribs = out_of_fold(args, d, common)
    logit = lambda q: math.log(max(q, 1e-9) / max(1 - q, 1e-9))
    ens = [1 / (1 + math.exp(-0.5 * (logit(a) + logit(b)))) for a, b in zip(lr, deep)]
    lex = [lexicon_warns(r) for r in d['lex']]
    for label, prob in (('lr', lr), ('nn', deep), ('ens', ens)):
        draft_decision(d, lex, prob, label)
        checker_decision(d, common, lex, prob, contribs, label)


if __name__ == '__main__':
    main()
