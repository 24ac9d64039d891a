#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Judges a Vietnamese model on one fifth of ViHOS train (MIT) with the
checker itself (nineteenth round, s19-vimodel2): TOOL built with the model
that
  NC_VI_VIHOS_FOLD=K checker-training/train-checker-model.py ...
wrote (fitted without train's K-th fifth) is run on that fifth, and its
counts printed as eval-checker counts ViHOS (comments flagged with and
without a gold span, the summed span F1), one JSON line, so that five
folds add up to an out-of-fold figure on all of train. Fold 4 is
eval-checker's tuning part. ViHOS dev (held out) is never read.

  checker-training/vihos-folds.py TOOL K

(vi-spans.bin, vi-mined.txt and vi-nospan.txt were mined on train's first
80%: folds 0-3 are judged with them, the same for every candidate.)
"""
import ast
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402

spec = importlib.util.spec_from_file_location('eval_checker', os.path.join(HERE, '..', 'tests', 'eval-checker.py'))
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def main():
    tool, k = sys.argv[1], int(sys.argv[2])
    data = os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data'))
    rows = sets.vihos_rows(data, 'train')
    lo, hi = int(len(rows) * k / 5), int(len(rows) * (k + 1) / 5)
    rows = rows[lo:hi]
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    tp = fp = fn = 0
    sf = 0.0
    for text, gold, res in zip(texts, golds, ev.run_tool(tool, texts, ev.LANG_VI)):
        flagged, spans = ev.predicted(res, crude=True)
        gold = {i for i in gold if i < len(text) and not text[i].isspace()}
        spans = {i for i in spans if i < len(text) and not text[i].isspace()}
        tp += bool(flagged and gold)
        fp += bool(flagged and not gold)
        fn += bool(gold and not flagged)
        sf += sets.span_f1(spans, gold)
    print(json.dumps({'fold': k, 'n': len(rows), 'tp': tp, 'fp': fp, 'fn': fn, 'span_sum': round(sf, 4)}))


if __name__ == '__main__':
    main()
