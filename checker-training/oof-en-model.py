#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Judges an English model out of fold with the checker itself (eighteenth
round, s18-enmodel): TOOL built with the model that
  NC_CV_MODEL_OUT=FILE checker-training/train-checker-model.py --lang en --cv
wrote (fitted without the halves of the tuning parts that cv_half() picks)
is run on those halves only, and their figures printed as eval-checker
reports them (warned share, unkind recall, Davidson "neither" flagged and
recall). Tuning parts only; no held-out line is read.

  checker-training/oof-en-model.py TOOL [--verbose] [--after-round N]

--after-round 5: only the lines of batches after round 5 (none of which
the fifth round's en-model.bin was fitted on), to compare it fairly.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nc_eval_data as sets  # noqa: E402


def _trainer():
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'train-checker-model.py')
    spec = importlib.util.spec_from_file_location('train_checker_model', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# (the trainer's own cv_half() and fold_keys(): with NC_EN_PAIR_FOLDS=1 a
# helper's batches fall in one fold, as they were left out of the fit)
_T = _trainer()


def cv_half(text):
    return _T.cv_half(_T.fold_keys([text])[0])


def results(tool, texts):
    return [json.loads(l) for l in sets.run_tool(tool, ['--format=jsonl', '--lang=en'], texts)]


def flagged(res):
    """As eval-checker's warned(): warn or block, personal data aside."""
    return any(f['severity'] in ('warn', 'block') and f['category'] != 'personal-data'
               for f in res['findings'])


def main():
    tool = sys.argv[1]
    verbose = '--verbose' in sys.argv
    data = os.environ.get('NC_SHARED_DATA', os.path.join(sets.HERE, '..', '..', 'shared', 'data'))
    after = int(sys.argv[sys.argv.index('--after-round') + 1]) if '--after-round' in sys.argv else None
    for name in ('en_children', 'en_school', 'en_unkind'):
        old = set(sets.everyday(name, 'tune', last_round=after)) if after is not None else set()
        lines = [l for l in sets.everyday(name, 'tune') if cv_half(l) and l not in old]
        res = results(tool, lines)
        n = sum(flagged(r) for r in res)
        unkind = name == 'en_unkind'
        for l, r in zip(lines, res):
            if verbose and flagged(r) != unkind:
                print(('MISSED ' if unkind else 'WARNED ') + l, file=sys.stderr)
        print(f'oof_{name}_{"recall" if unkind else "warned"}: {n / len(lines):.3f} ({n} of {len(lines)})')
    rows = [r for r in sets.davidson_rows(data, 'tune') if cv_half(r['tweet'])]
    res = results(tool, [r['tweet'] for r in rows])
    # (as eval-checker: an offensive finding at warn or block, or the crude reminder)
    off = {'insult', 'hate', 'violence', 'sexual'}
    fl = [any((f['category'] in off and f['severity'] in ('warn', 'block')) or f['category'] == 'crude'
              for f in r['findings']) for r in res]
    nei = [f for r, f in zip(rows, fl) if r['class'] == '2']
    pos = [f for r, f in zip(rows, fl) if r['class'] != '2']
    print(f'oof_davidson_neither_flagged: {sum(nei) / len(nei):.3f} ({sum(nei)} of {len(nei)})')
    print(f'oof_davidson_recall: {sum(pos) / len(pos):.3f}')


if __name__ == '__main__':
    main()
