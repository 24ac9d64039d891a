#!/usr/bin/env python3
"""Measures the conduct checker on labelled comments, through netconduct-check.

  eval-checker.py [--tool PATH] [--data DIR] [--set vihos-dev|vihos-holdout|davidson-dev|all]

ViHOS (vihos/dev.csv, or the last 20% of vihos/train.csv held out from
curation and training): comment-level precision, recall and F1 of the
offensive class, and span F1 averaged per comment as in SemEval-2021 Toxic
Spans (a comment with neither gold nor predicted spans scores 1).
Davidson (davidson/dev.csv, English): the share of "neither" tweets flagged
and the recall on hate + offensive.
A comment counts as offensive when netconduct-check reports an insult,
hate, violence or sexual finding at severity warn or block; its predicted
span is every code point inside such findings (any severity).
Prints `name: value` lines. Data is read from ../shared/data (never copied).
"""
import argparse
import ast
import csv
import json
import os
import subprocess
import sys

OFFENSIVE = {'insult', 'hate', 'violence', 'sexual'}


def run_tool(tool, texts, lang):
    data = ''.join(t.replace('\r', ' ').replace('\n', ' ') + '\n' for t in texts)
    out = subprocess.run([tool, '--format=jsonl', '--lang=' + lang], input=data.encode('utf-8'),
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(texts), (len(results), len(texts))
    return results


def predicted(result):
    finds = [f for f in result['findings'] if f['category'] in OFFENSIVE]
    flagged = any(f['severity'] in ('warn', 'block') for f in finds)
    spans = set()
    if flagged:
        for f in finds:
            spans.update(range(f['start'], f['end']))
    return flagged, spans


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def span_f1(pred, gold):
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    inter = len(pred & gold)
    p = inter / len(pred)
    r = inter / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def eval_vihos(tool, rows, name, verbose):
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    # gold indexes count Python characters, i.e. code points, as the tool does
    results = run_tool(tool, texts, 'vi')
    tp = fp = fn = 0
    sf = 0.0
    for text, gold, res in zip(texts, golds, results):
        flagged, spans = predicted(res)
        gold = {i for i in gold if i < len(text) and not text[i].isspace()}
        spans = {i for i in spans if i < len(text) and not text[i].isspace()}
        if flagged and gold:
            tp += 1
        elif flagged:
            fp += 1
            if verbose:
                print('FP', text, [text[f['start']:f['end']] for f in res['findings']], file=sys.stderr)
        elif gold:
            fn += 1
            if verbose:
                print('FN', text, [text[i] for i in sorted(gold)][:40], file=sys.stderr)
        sf += span_f1(spans, gold)
    p, r, f = prf(tp, fp, fn)
    print(f'{name}_comments: {len(rows)}')
    print(f'{name}_precision: {p:.3f}')
    print(f'{name}_recall: {r:.3f}')
    print(f'{name}_f1: {f:.3f}')
    print(f'{name}_span_f1: {sf / len(rows):.3f}')


def eval_davidson(tool, path, verbose):
    rows = list(csv.DictReader(open(path, encoding='utf-8')))
    texts = [r['tweet'] for r in rows]
    results = run_tool(tool, texts, 'en')
    neither = neither_flagged = pos = pos_flagged = 0
    for r, res, text in zip(rows, results, texts):
        flagged, _ = predicted(res)
        if r['class'] == '2':
            neither += 1
            neither_flagged += flagged
            if flagged and verbose:
                print('FP', text, file=sys.stderr)
        else:
            pos += 1
            pos_flagged += flagged
            if not flagged and verbose:
                print('FN', r['class'], text, file=sys.stderr)
    print(f'davidson_tweets: {len(rows)}')
    print(f'davidson_neither_flagged: {neither_flagged / neither:.3f}')
    print(f'davidson_recall_hate_offensive: {pos_flagged / pos:.3f}')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', default=os.environ.get('NC_CHECK_TOOL', os.path.join(here, '..', '_build', 'src', 'tools', 'netconduct-check')))
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(here, '..', '..', 'shared', 'data')))
    ap.add_argument('--set', default='all')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    text_dir = os.path.join(args.data, 'text')
    if not os.path.isdir(text_dir):
        print(f'# skipped: no labelled data in {text_dir}')
        return 0
    if args.set in ('vihos-dev', 'all'):
        rows = list(csv.DictReader(open(os.path.join(text_dir, 'vihos', 'dev.csv'), encoding='utf-8')))
        eval_vihos(args.tool, rows, 'vihos_dev', args.verbose)
    if args.set in ('vihos-holdout', 'all'):
        rows = list(csv.DictReader(open(os.path.join(text_dir, 'vihos', 'train.csv'), encoding='utf-8')))
        eval_vihos(args.tool, rows[int(len(rows) * 0.8):], 'vihos_holdout', args.verbose)
    if args.set in ('davidson-dev', 'all'):
        eval_davidson(args.tool, os.path.join(text_dir, 'davidson', 'dev.csv'), args.verbose)
    return 0


if __name__ == '__main__':
    sys.exit(main())
