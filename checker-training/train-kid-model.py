#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains the second, small Vietnamese model of children's messages
(twentieth round, s20-kidmodel): resources/lexicon/vi-kid-model.bin.

  checker-training/train-kid-model.py [--tool PATH] [--data DIR] [--out FILE] [--bits 15] [--folds 5] [--last-round N]
                                      [--lang vi|en]

(--with-fresh-tune [--fresh-weight W], twenty-second round, s22-kidfresh:
the blind sets' tuning halves join the text, fresh_kid_lines(); measured
and NOT adopted, docs/checker-figures.md.)

(--lang en, twentieth round, s20-kiden: the English one, en-kid-model.bin,
main_en(); measured and NOT adopted, the file is not in the resources.)

The committed file (s22-kidtol) was written by `NC_KID_TIER=1
NC_KID_REMINDED=1 NC_KID_DUMP=DUMP train-kid-model.py --last-round 19
--with-fresh-tune --out FILE` with a netconduct-check built from main
(63aa0ec) without vi-kid-model.bin, then its three thresholds re-chosen
by `kid-tolerance.py DUMP --per 1500 --reminded 0.999 --model FILE
--out resources/lexicon/vi-kid-model.bin` (one everyday tuning line in
1,500 of each kind tolerated out of fold; docs/checker-figures.md).
Before it: `train-kid-model.py --last-round 19` with main at 51c3cab.

vi-model.bin (the ViHOS model) is left as it is. This one is fitted only
on the children's and teenagers' tuning text: every round's batches of
the Vietnamese everyday and unkind sets (vi_children with vi_daily,
vi_news with vi_news_daily, vi_outside, vi_toneless with
vi_daily_toneless, vi_school's compositions, vi_unkind), the marked ones
also with their marks stripped, never ViHOS. Its features are the first
model's, hashed the same way (train-checker-model.py's comment_feats(),
imported, not copied) with the role features (NC_VI_ROLES, "NCM6") and
fewer buckets (--bits). The checker (nc-checker.c, vi_kid_verdict())
asks it only about a Vietnamese draft with no unkind finding: at or above
its threshold the draft gets one whole-draft finding at warn, and no word
is marked by it.

Its thresholds (one for drafts typed with marks, the file's "threshold";
one for drafts typed without, its "span_threshold") are chosen on
LEFT-OUT folds: the tuning lines are split in --folds folds (a helper's
batch in one fold, as NC_VI_PAIR_FOLDS does: its look-alikes leave the
fit with their unkind partners; a line and its copy without marks in the
same fold), each fold scored by a model fitted on the others. Against
the checker's own verdicts (--tool, with vi-model.bin and without this
model), the lowest thresholds are taken under which
- no harmless set (each everyday set, with and without marks) gets one
  more warned line out of fold, and
- the precision of the checker on ViHOS train's comments (never fitted
  here: all of them are unseen) does not go down,
and the unkind lines newly caught out of fold are printed. The file is
then fitted on all the tuning lines. Pure Python; deterministic.
"""
import argparse
import hashlib
import importlib.util
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402


def load_trainer(bits, roles=True, lang='vi'):
    os.environ['NC_MODEL_BITS'] = str(bits)
    if lang == 'en':
        return load_trainer_en(roles)
    os.environ['NC_VI_ROLES'] = '1' if roles else '0'
    os.environ['NC_VI_PAIR_FOLDS'] = '1'   # (fold_keys(): a helper's batch in one fold)
    spec = importlib.util.spec_from_file_location('nc_trainer', os.path.join(HERE, 'train-checker-model.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_trainer_en(roles):
    """(s20-kiden) The trainer read as for English: role features
    ("NCM7", NC_EN_ROLES), a helper's batch in one fold, first names as
    one placeholder (NC_EN_NAMES: no name carries a weight of its own)."""
    os.environ['NC_EN_ROLES'] = '1' if roles else '0'
    os.environ['NC_EN_PAIR_FOLDS'] = '1'
    os.environ['NC_EN_NAMES'] = '1'
    spec = importlib.util.spec_from_file_location('nc_trainer_en', os.path.join(HERE, 'train-checker-model.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod._LANG = 'en'
    return mod


# name -> (everyday set, language eval-checker measures it with, unkind,
# also stripped of marks)
KID_SETS = (
    ('vi_children', 'vi', False, True),
    ('vi_news', 'vi', False, True),
    ('vi_outside', 'vi', False, True),
    ('vi_school', 'vi', False, False),
    ('vi_toneless', 'auto', False, False),
    ('vi_unkind', 'vi', True, True),
)


def first_model_scores(args, parsed, typed):
    """A function of a line's index: the first model's (vi-model.bin's)
    score of it, as nc_offence_model_check() reckons it (no allowed words)."""
    path = os.path.join(HERE, '..', 'resources', 'lexicon', 'vi-model.bin')
    import struct
    with open(path, 'rb') as f:
        magic, n = f.read(4), struct.unpack('<I', f.read(4))[0]
    first = load_trainer(n.bit_length() - 1, roles=magic == b'NCM6')
    _, bias, _, w, _, _ = first.read_model(path)

    def score(words, t):
        return bias + sum(w[h] for h in first.comment_feats(words, first_common(first, args), t, True, magic == b'NCM6'))
    return score


_FIRST_COMMON = {}


def first_common(first, args):
    if 'c' not in _FIRST_COMMON:
        lexdir = os.path.join(HERE, '..', 'resources', 'lexicon')
        _FIRST_COMMON['c'] = (first.common_words(args.tool, os.path.join(lexdir, 'vi-common.txt')) |
                              first.common_words(args.tool, os.path.join(lexdir, 'vi-nospan.txt')))
    return _FIRST_COMMON['c']


# the categories that make a draft not "quiet" at any severity (as
# vi_kid_verdict() in nc-checker.c)
LOUD = ('insult', 'hate', 'violence', 'sexual', 'crude', 'care')


def is_quiet(res):
    """Whether the checker found nothing unkind in a draft: no finding of
    LOUD's categories at any severity (a put-down it lowered to info, a
    crude reminder, a care reminder) and none at warn but personal data."""
    return not any(f['category'] in LOUD or (f['severity'] in ('warn', 'block') and f['category'] != 'personal-data')
                   for f in res['findings'])


# (s20-kidvi2) the findings a "reminded" draft may hold: a crude reminder
# or a put-down the checker lowered to info, nothing else unkind
REMINDED = ('insult', 'crude')


def is_reminded(res):
    """Whether a draft's only unkind findings are info-level crude
    reminders or put-downs (as kid_verdict() in nc-checker.c): at
    least one, none at warn but personal data, no hate, violence, sexual
    or care finding at any severity."""
    finds = res['findings']
    if any(f['severity'] in ('warn', 'block') and f['category'] != 'personal-data' for f in finds):
        return False
    loud = [f for f in finds if f['category'] in LOUD]
    return bool(loud) and all(f['category'] in REMINDED for f in loud)


# (s22-kidfresh) the blind sets whose tuning halves --with-fresh-tune adds:
# every Vietnamese set split in halves (sets.fresh_is_split()), unkind and
# harmless, compositions and news as harmless. As KID_SETS: a set typed
# with marks also stripped of them, compositions not (vi_school's rule).
def fresh_kid_sets():
    out = []
    for name, (fname, lang, kind) in sorted(sets.FRESH_SETS.items()):
        if name.startswith('vi_') and sets.fresh_is_split(name):
            out.append((name, lang, kind == 'unkind', lang == 'vi' and '_compo' not in name,
                        'batch ' + fname.split('-')[0]))
    return out


def fresh_kid_lines():
    """(s22-kidfresh) (text, unkind, set name, language, fold key) of
    every line of the fresh sets' TUNING halves (sets.fresh(name, 'tune')),
    the marked ones also stripped; a round's sets share one fold key (its
    writer's unkind lines leave the fit with their look-alikes, as a
    helper's batch does)."""
    # (NC_KID_FRESH_FOLD=line: a line in a fold of its own, with its copy
    # without marks: scored by a fit that saw the rest of its writer's
    # half, as the held-out halves are by a refit; a measure, not the recipe)
    by_line = os.environ.get('NC_KID_FRESH_FOLD') == 'line'
    out = []
    for name, lang, unkind, strip, key in fresh_kid_sets():
        for variant in ((False, True) if strip else (False,)):
            for l in sets.fresh(name, 'tune'):
                out.append((sets.strip_marks(l) if variant else l, 1.0 if unkind else 0.0,
                            name + ('_stripped' if variant else ''), 'auto' if variant else lang,
                            'fresh line ' + l if by_line else key))
    return out


def assert_no_held_out(texts):
    """(s22-kidfresh) No line of a fresh set's held-out half (sets.fresh(name,
    'heldout'), every split set, either language), nor the same stripped of
    its marks, is among the trainer's @texts."""
    held = set()
    for name in sets.FRESH_SETS:
        if sets.fresh_is_split(name):
            for l in sets.fresh(name, 'heldout'):
                held.add(l)
                held.add(sets.strip_marks(l))
    leak = [t for t in texts if t in held]
    assert not leak, f'{len(leak)} held-out fresh lines in the training text, e.g. {leak[0]!r}'


def fold_of(key, folds):
    return hashlib.sha1(key.encode('utf-8')).digest()[2] % folds


def lowest_thresholds(pool, typed, oof, p1, ys, names, harmless_sets, grid, label):
    """For each first-model threshold t1 (0.0-0.9), the lowest kid
    thresholds (typed with marks, without) under which no everyday set
    gains a warned line out of fold among the drafts of @pool; returns the
    t1 with the most unkind lines gained and its {kind: (threshold, gained)}."""
    choice = None
    for t1 in [x / 10 for x in range(10)]:
        best = {}
        for kind in (True, False):   # typed with marks, without
            for t in grid:
                added = {n: 0 for n in harmless_sets}
                gained = 0
                for i in range(len(oof)):
                    if typed[i] == kind and pool[i] and oof[i] >= t and p1[i] >= t1:
                        if ys[i]:
                            gained += 1
                        else:
                            added[names[i]] += 1
                if not any(added.values()):
                    best[kind] = (t, gained)
                    break
        total = best[True][1] + best[False][1]
        print(f'  {label}first model from {t1:.1f}: marked {best[True]}, without marks {best[False]}')
        if choice is None or total > choice[0]:
            choice = (total, t1, best)
    return choice[1], choice[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', default=os.path.join(HERE, '..', '_build', 'src', 'tools', 'netconduct-check'))
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))
    ap.add_argument('--out', default=os.path.join(HERE, '..', 'resources', 'lexicon', 'vi-kid-model.bin'))
    ap.add_argument('--bits', type=int, default=15)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--epochs', type=int, default=6)
    ap.add_argument('--l2', type=float, default=1e-5)
    ap.add_argument('--unkind-weight', type=float, default=1.0)
    ap.add_argument('--last-round', type=int,
                    help='only the tuning batches of rounds up to this one (the committed file: 19)')
    ap.add_argument('--lang', choices=('vi', 'en'), default='vi')
    ap.add_argument('--with-fresh-tune', action='store_true',
                    help='(s22-kidfresh) the blind sets\' tuning halves too (fresh_kid_lines())')
    ap.add_argument('--fresh-weight', type=float, default=1.0,
                    help='(s22-kidfresh) the weight of a fresh tuning line in the fit')
    args = ap.parse_args()
    if args.lang == 'en':
        return main_en(args)
    tr = load_trainer(args.bits)
    kid_fnv = tr.fnv
    assert tr.ROLES

    texts, ys, names, langs, keys = [], [], [], [], []
    # (s21-kiddata, NC_KID_FIT_ROUND=N) the lines of later rounds' batches
    # are scored out of fold and weigh in the thresholds, but are never
    # fitted: an older recipe measured on the same lines as a newer one
    fit_round = os.environ.get('NC_KID_FIT_ROUND')
    fitted = []
    for name, lang, unkind, strip in KID_SETS:
        lines = sets.everyday(name, 'tune', last_round=args.last_round)
        keys_of = dict(zip(lines, tr.fold_keys(lines)))
        old = set(sets.everyday(name, 'tune', last_round=int(fit_round))) if fit_round else None
        for variant in ((False, True) if strip else (False,)):
            for l in lines:
                fitted.append(old is None or l in old)
                texts.append(sets.strip_marks(l) if variant else l)
                ys.append(1.0 if unkind else 0.0)
                names.append(name + ('_toneless' if variant else ''))
                langs.append('auto' if variant else lang)
                keys.append(keys_of.get(l, l))
    fresh = [False] * len(texts)
    if args.with_fresh_tune:
        # (s22-kidfresh, NC_KID_FRESH_FIT=0: scored out of fold and weighed
        # in the thresholds, never fitted: main's recipe on the same lines)
        fit_fresh = os.environ.get('NC_KID_FRESH_FIT', '1') != '0'
        for text, y, name, lang, key in fresh_kid_lines():
            texts.append(text)
            ys.append(y)
            names.append(name)
            langs.append(lang)
            keys.append(key)
            fitted.append(fit_fresh)
            fresh.append(True)
    assert_no_held_out(texts)
    folds = [fold_of(k, args.folds) for k in keys]
    print(f'{len(texts)} lines, {sum(ys):.0f} unkind, {sum(fitted)} fitted, {sum(fresh)} fresh', flush=True)

    dumps = tr.run(args.tool, ['--dump-normalized'], texts)
    parsed = tr.parse_dumps(dumps)
    typed = tr.typed_marks(dumps)
    lexdir = os.path.join(HERE, '..', 'resources', 'lexicon')
    common = tr.common_words(args.tool, os.path.join(lexdir, 'vi-common.txt'))
    common |= tr.common_words(args.tool, os.path.join(lexdir, 'vi-nospan.txt'))
    feats = [tr.comment_feats(p[0], common, t, True, True) for p, t in zip(parsed, typed)]
    weights = [(args.unkind_weight if y else 1.0) * (args.fresh_weight if f else 1.0) for y, f in zip(ys, fresh)]
    first_score = first_model_scores(args, parsed, typed)

    # the checker's verdicts as eval-checker reads them (each set in its language)
    warned = [False] * len(texts)
    quiet = [False] * len(texts)
    reminded = [False] * len(texts)
    for lang in ('vi', 'auto'):
        idx = [i for i in range(len(texts)) if langs[i] == lang]
        for i, line in zip(idx, tr.run(args.tool, ['--format=jsonl', '--lang=' + lang], [texts[i] for i in idx])):
            res = json.loads(line)
            warned[i] = any(f['severity'] in ('warn', 'block') and f['category'] != 'personal-data'
                            for f in res['findings'])
            quiet[i] = is_quiet(res)
            reminded[i] = is_reminded(res)

    def sigmoid(z):
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    oof = [0.0] * len(texts)
    for k in range(args.folds):
        fit = [i for i in range(len(texts)) if folds[i] != k and fitted[i]]
        w, bias = tr.fit_logistic(feats, ys, weights, fit, tr.N_BUCKETS, args.epochs, args.l2, 874 + k)
        for i in range(len(texts)):
            if folds[i] == k:
                oof[i] = sigmoid(bias + sum(w[h] for h in feats[i]))

    # ViHOS train: the checker's flags (ViHOS counts the crude reminder) and the final model's scores
    rows = sets.vihos_rows(args.data, 'train')
    vtexts = [r['content'] for r in rows]
    vgold = [bool(eval(r['index_spans'])) for r in rows]
    vflag, vvi, vrem = [], [], []
    for line in tr.run(args.tool, ['--format=jsonl', '--lang=vi'], vtexts):
        res = json.loads(line)
        finds = [f for f in res['findings'] if f['category'] in tr.OFFENSIVE or f['category'] == 'crude']
        vflag.append(any(f['severity'] in ('warn', 'block') or f['category'] == 'crude' for f in finds))
        vvi.append(is_quiet(res))
        vrem.append(is_reminded(res))
    vdumps = tr.run(args.tool, ['--dump-normalized'], vtexts)
    vparsed = tr.parse_dumps(vdumps)
    vtyped = tr.typed_marks(vdumps)
    vfeats = [tr.comment_feats(p[0], common, t, True, True) for p, t in zip(vparsed, vtyped)]
    p1 = [sigmoid(first_score(p[0], t)) for p, t in zip(parsed, typed)]
    v1 = [sigmoid(first_score(p[0], t)) for p, t in zip(vparsed, vtyped)]

    w, bias = tr.fit_logistic(feats, ys, weights, [i for i in range(len(texts)) if fitted[i]], tr.N_BUCKETS, args.epochs, args.l2, 874)
    vscore = [sigmoid(bias + sum(w[h] for h in f)) for f in vfeats]
    tp0 = sum(1 for f, g in zip(vflag, vgold) if f and g)
    fp0 = sum(1 for f, g in zip(vflag, vgold) if f and not g)
    prec0 = tp0 / (tp0 + fp0)

    if os.environ.get('NC_KID_CURVE'):
        # (what each threshold would gain and cost out of fold, quiet drafts, any first-model score)
        for t in [x / 100 for x in range(50, 100, 2)] + [0.99, 0.995, 0.999]:
            for kind in (True, False):
                g = sum(1 for i in range(len(texts)) if typed[i] == kind and quiet[i] and oof[i] >= t and ys[i])
                a = sum(1 for i in range(len(texts)) if typed[i] == kind and quiet[i] and oof[i] >= t and not ys[i])
                print(f'  curve {t:.3f} {"marked" if kind else "unmarked"}: +{g} unkind, +{a} harmless')
    harmless_sets = sorted({n for n, y in zip(names, ys) if not y})
    grid = [x / 1000 for x in range(500, 990, 10)] + [x / 10000 for x in range(9900, 10000, 5)] + [1.01]
    t1, best = lowest_thresholds(quiet, typed, oof, p1, ys, names, harmless_sets, grid, '')
    t_marked, t_toneless = best[True][0], best[False][0]
    # ViHOS train's precision not down: raise both thresholds together until it holds
    while True:
        tp = tp0 + sum(1 for s, ok, g, t, q in zip(vscore, vvi, vgold, vtyped, v1)
                       if ok and g and q >= t1 and s >= (t_marked if t else t_toneless))
        fp = fp0 + sum(1 for s, ok, g, t, q in zip(vscore, vvi, vgold, vtyped, v1)
                       if ok and not g and q >= t1 and s >= (t_marked if t else t_toneless))
        if tp / (tp + fp) >= prec0 or t_marked > 1:
            break
        if os.environ.get('NC_KID_STEP_GRID'):
            # (s21-kiddata) raise only the kind whose own flags are wrong,
            # to its next grid value (steps of 0.005 near 1 skip every threshold)
            wrong = {k: sum(1 for s, ok, g, t, q in zip(vscore, vvi, vgold, vtyped, v1)
                            if ok and not g and t == k and q >= t1 and s >= (t_marked if k else t_toneless))
                     for k in (True, False)}
            if wrong[True]:
                t_marked = min([x for x in grid if x > t_marked] + [1.01])
            if wrong[False] or not wrong[True]:
                t_toneless = min([x for x in grid if x > t_toneless] + [1.01])
            continue
        t_marked, t_toneless = t_marked + 0.005, t_toneless + 0.005
    print(f'ViHOS train precision {prec0:.4f} -> {tp / (tp + fp):.4f} ({tp - tp0} more flagged right, {fp - fp0} wrong)')
    for kind, t in ((True, t_marked), (False, t_toneless)):
        gained = [i for i in range(len(texts)) if typed[i] == kind and quiet[i] and p1[i] >= t1 and oof[i] >= t and ys[i]]
        lost_harmless = [i for i in range(len(texts)) if typed[i] == kind and quiet[i] and p1[i] >= t1 and oof[i] >= t and not ys[i]]
        n_unkind = sum(1 for i in range(len(texts)) if typed[i] == kind and ys[i])
        n_caught = sum(1 for i in range(len(texts)) if typed[i] == kind and ys[i] and warned[i])
        print(f'{"marked" if kind else "without marks"}: threshold {t:.3f}; out of fold unkind '
              f'{n_caught}/{n_unkind} -> {n_caught + len(gained)}/{n_unkind}; harmless newly warned {len(lost_harmless)}')
    for name in harmless_sets + ['vi_unkind', 'vi_unkind_toneless']:
        idx = [i for i in range(len(texts)) if names[i] == name]
        print(f'  {name}: {len(idx)} lines, warned/caught {sum(warned[i] for i in idx)} -> '
              f'{sum(warned[i] or (quiet[i] and p1[i] >= t1 and oof[i] >= (t_marked if typed[i] else t_toneless)) for i in idx)} (out of fold)')
    if os.environ.get('NC_KID_DUMP'):
        # (s20-kidvi2: the out-of-fold scores and verdicts, for exploring rules)
        with open(os.environ['NC_KID_DUMP'], 'w') as f:
            json.dump({'texts': texts, 'fresh': fresh, 'fitted': fitted, 'oof': oof, 'p1': p1, 'quiet': quiet, 'reminded': reminded, 'typed': typed, 'ys': ys,
                       'names': names, 'warned': warned, 'vscore': vscore, 'vvi': vvi, 'vrem': vrem,
                       'vgold': vgold, 'vtyped': vtyped, 'v1': v1, 'vflag': vflag, 'tp': tp, 'fp': fp}, f)
    if os.environ.get('NC_KID_TIER'):
        second_tier(texts, ys, names, typed, quiet, oof, p1, t1, t_marked, t_toneless,
                    vscore, vvi, vgold, vtyped, v1)
    if os.environ.get('NC_KID_REMINDED'):
        reminded_thresholds(texts, ys, names, typed, reminded, oof, p1, grid, harmless_sets, warned,
                            vscore, vrem, vgold, vtyped, v1, vflag, tp, fp)
    # (the file's threshold: drafts typed with marks; span_threshold: without;
    # sentence_threshold: the first model's score the draft needs too)
    tr.write_model(args.out, bias, (t_marked, t_toneless, t1), w, b'NCM6')
    print(f'thresholds: {t_marked:.4f} (typed with marks), {t_toneless:.4f} (without), first model from {t1:.1f}')


def second_tier(texts, ys, names, typed, quiet, oof, p1, t1, t_marked, t_toneless,
                vscore, vvi, vgold, vtyped, v1):
    """(s20-kidvi2, NC_KID_TIER=1) A second tier for quiet drafts typed
    without marks: the first model at least a, the kid model at least b
    (below the file's threshold). Prints, out of fold, the unkind lines
    each (a, b) adds beyond the first tier and the everyday lines it adds
    (each set), and ViHOS train's newly flagged comments (right, wrong).
    vi_kid_second_tier() in nc-checker.c takes the middle of the region
    with no everyday line added (a 0.95, b 0.985)."""
    def first_tier(i):
        return quiet[i] and p1[i] >= t1 and oof[i] >= (t_marked if typed[i] else t_toneless)
    for a in (0.9, 0.925, 0.95, 0.97):
        for b in (0.97, 0.98, 0.982, 0.985, 0.99):
            new = [i for i in range(len(texts)) if not typed[i] and quiet[i] and not first_tier(i) and
                   p1[i] >= a and oof[i] >= b]
            harmless = {}
            for i in new:
                if not ys[i]:
                    harmless[names[i]] = harmless.get(names[i], 0) + 1
            vnew = [g for s, q, g, t, p in zip(vscore, vvi, vgold, vtyped, v1)
                    if not t and q and p >= a and s >= b and not (p >= t1 and s >= t_toneless)]
            print(f'  tier first >= {a:.3f}, kid >= {b:.3f}: +{sum(ys[i] for i in new):.0f} unkind, '
                  f'everyday {harmless or 0}; ViHOS train +{sum(vnew)} right, +{len(vnew) - sum(vnew)} wrong')


def reminded_thresholds(texts, ys, names, typed, reminded, oof, p1, grid, harmless_sets, warned,
                        vscore, vrem, vgold, vtyped, v1, vflag, tp_q, fp_q):
    """(s20-kidvi2, NC_KID_REMINDED=1) The thresholds of drafts whose only
    unkind findings are info-level reminders (is_reminded()), chosen on the
    same left-out folds: for each first-model threshold, the lowest kid
    thresholds (typed with marks, without) under which no everyday set
    gains a warned line out of fold; the first-model threshold with the
    most unkind lines gained; then both raised together until ViHOS
    train's precision (with the quiet rule's flags) is not down.
    Printed only: VI_KID_REMINDED_MARKED in nc-checker.c holds the one kept."""
    t1, best = lowest_thresholds(reminded, typed, oof, p1, ys, names, harmless_sets, grid, 'reminded, ')
    tm, tt = best[True][0], best[False][0]
    prec_q = tp_q / (tp_q + fp_q)
    def newly_flagged(tm, tt):   # ViHOS train's comments the reminded step flags (gold of each)
        return [g for s, r, g, t, q, f in zip(vscore, vrem, vgold, vtyped, v1, vflag)
                if r and not f and q >= t1 and s >= (tm if t else tt)]
    new = newly_flagged(tm, tt)
    while (tp_q + sum(new)) / (tp_q + fp_q + len(new)) < prec_q and tm <= 1:
        tm, tt = tm + 0.005, tt + 0.005
        new = newly_flagged(tm, tt)
    tp, fp = tp_q + sum(new), fp_q + len(new) - sum(new)
    print(f'reminded: ViHOS train precision {prec_q:.4f} -> {tp / (tp + fp):.4f} ({tp - tp_q} more right, {fp - fp_q} wrong)')
    for kind, t in ((True, tm), (False, tt)):
        gained = [i for i in range(len(texts)) if typed[i] == kind and reminded[i] and p1[i] >= t1 and oof[i] >= t and ys[i]]
        lost = [i for i in range(len(texts)) if typed[i] == kind and reminded[i] and p1[i] >= t1 and oof[i] >= t and not ys[i]]
        n_rem = sum(1 for i in range(len(texts)) if typed[i] == kind and reminded[i] and ys[i])
        print(f'reminded {"marked" if kind else "without marks"}: threshold {t:.4f}; out of fold +{len(gained)} unkind '
              f'(of {n_rem} unkind lines only reminded), +{len(lost)} harmless')
    print(f'reminded thresholds: {tm:.4f} (typed with marks), {tt:.4f} (without), first model from {t1:.1f}')


# (s20-kiden) English: every tuning batch of the children's, teenagers',
# school and unkind sets (never Davidson: it is measured, not fitted)
KID_SETS_EN = (('en_children', False), ('en_school', False), ('en_unkind', True))


def en_first_scores(args, parsed):
    """The first English model's (en-model.bin's) score of each line, as
    nc_offence_model_check() reckons it (no allowed words)."""
    import struct
    path = os.path.join(HERE, '..', 'resources', 'lexicon', 'en-model.bin')
    with open(path, 'rb') as f:
        magic, n = f.read(4), struct.unpack('<I', f.read(4))[0]
    os.environ['NC_MODEL_BITS'] = str(n.bit_length() - 1)
    first = load_trainer_en(magic == b'NCM7')
    _, bias, _, w, _, _ = first.read_model(path)
    common = first.common_words(args.tool, os.path.join(HERE, '..', 'resources', 'lexicon', 'en-common.txt'))
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, bias + sum(w[h] for h in first.comment_feats(
        p[0], common, True, False, magic == b'NCM7')))))) for p in parsed]


def main_en(args):
    """--lang en: en-kid-model.bin, one threshold (no marks in English),
    chosen on left-out folds so that no everyday set gets one more warned
    line out of fold and Davidson's tuning "neither" tweets (never fitted)
    get none more; then fitted on all the lines."""
    out = args.out if args.out != ap_default_out() else os.path.join(HERE, '..', 'resources', 'lexicon', 'en-kid-model.bin')
    tr = load_trainer(args.bits, lang='en')
    texts, ys, names, keys = [], [], [], []
    for name, unkind in KID_SETS_EN:
        lines = sets.everyday(name, 'tune', last_round=args.last_round)
        keys += tr.fold_keys(lines)
        texts += lines
        ys += [1.0 if unkind else 0.0] * len(lines)
        names += [name] * len(lines)
    folds = [fold_of(k, args.folds) for k in keys]
    rows = sets.davidson_rows(args.data, 'tune')
    dtexts = [r['tweet'] for r in rows]
    dneither = [r['class'] == '2' for r in rows]
    print(f'{len(texts)} lines, {sum(ys):.0f} unkind; Davidson tuning {len(rows)}', flush=True)

    def feats_of(lines):
        parsed = tr.parse_dumps(tr.run(args.tool, ['--dump-normalized'], tr.unnamed(lines)))
        return parsed, [tr.comment_feats(p[0], common, True, False, True) for p in parsed]

    def verdicts(lines):
        res = [json.loads(l) for l in tr.run(args.tool, ['--format=jsonl', '--lang=en'], lines)]
        return ([any(f['severity'] in ('warn', 'block') and f['category'] != 'personal-data' for f in r['findings'])
                 for r in res], [is_quiet(r) for r in res])
    common = tr.common_words(args.tool, os.path.join(HERE, '..', 'resources', 'lexicon', 'en-common.txt'))
    parsed, feats = feats_of(texts)
    dparsed, dfeats = feats_of(dtexts)
    warned, quiet = verdicts(texts)
    dflag, dquiet = verdicts(dtexts)   # (Davidson counts the crude reminder: a quiet tweet has none)
    p1, d1 = en_first_scores(args, parsed), en_first_scores(args, dparsed)
    weights = [args.unkind_weight if y else 1.0 for y in ys]

    def sigmoid(z):
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    oof = [0.0] * len(texts)
    for k in range(args.folds):
        w, bias = tr.fit_logistic(feats, ys, weights, [i for i in range(len(texts)) if folds[i] != k],
                                  tr.N_BUCKETS, args.epochs, args.l2, 874 + k)
        for i in range(len(texts)):
            if folds[i] == k:
                oof[i] = sigmoid(bias + sum(w[h] for h in feats[i]))
    w, bias = tr.fit_logistic(feats, ys, weights, list(range(len(texts))), tr.N_BUCKETS, args.epochs, args.l2, 874)
    dscore = [sigmoid(bias + sum(w[h] for h in f)) for f in dfeats]

    def added(t, t1):
        new = [quiet[i] and p1[i] >= t1 and oof[i] >= t for i in range(len(texts))]
        per = {n: sum(1 for i in range(len(texts)) if new[i] and names[i] == n) for n, _ in KID_SETS_EN}
        dn = sum(1 for s, q, f, n, a in zip(dscore, dquiet, dflag, dneither, d1) if q and n and a >= t1 and s >= t)
        dp = sum(1 for s, q, f, n, a in zip(dscore, dquiet, dflag, dneither, d1) if q and not n and a >= t1 and s >= t)
        return per, dn, dp
    grid = [x / 1000 for x in range(500, 990, 10)] + [x / 10000 for x in range(9900, 9995, 5)] + \
        [x / 100000 for x in range(99950, 100000, 2)] + [1.01]
    if os.environ.get('NC_KID_CURVE'):
        for t in grid[::4] + grid[-22:]:
            per, dn, dp = added(t, 0.0)
            print(f'  curve {t:.4f}: {per}, Davidson neither +{dn}, offensive +{dp}')
        print('  quiet unkind:', sum(1 for i in range(len(texts)) if quiet[i] and ys[i]))
        top = sorted((i for i in range(len(texts)) if quiet[i]), key=lambda i: -oof[i])[:60]
        for i in top:
            print(f'  top {oof[i]:.4f} {p1[i]:.2f} {names[i]}: {texts[i]}')
        for s_, q, n, t_ in sorted(zip(dscore, dquiet, dneither, dtexts), reverse=True)[:40]:
            if q:
                print(f'  dtop {s_:.4f} {"neither" if n else "offensive"}: {t_[:100]}')
    choice = None
    for t1 in [x / 10 for x in range(10)]:
        for t in grid:
            per, dn, dp = added(t, t1)
            if not per['en_children'] and not per['en_school'] and not dn:
                break
        print(f'  first model from {t1:.1f}: threshold {t:.4f}, unkind +{per["en_unkind"]}, Davidson offensive +{dp}')
        if choice is None or per['en_unkind'] > choice[0]:
            choice = (per['en_unkind'], t1, t)
    _, t1, t = choice
    for n, _ in KID_SETS_EN:
        idx = [i for i in range(len(texts)) if names[i] == n]
        print(f'  {n}: {len(idx)} lines, warned/caught {sum(warned[i] for i in idx)} -> '
              f'{sum(warned[i] or (quiet[i] and p1[i] >= t1 and oof[i] >= t) for i in idx)} (out of fold)')
    per, dn, dp = added(t, t1)
    print(f'  Davidson tuning: neither flagged {sum(f for f, n in zip(dflag, dneither) if n)} +{dn}, '
          f'offensive flagged {sum(f for f, n in zip(dflag, dneither) if not n)} +{dp}')
    tr.write_model(out, bias, (t, t, t1), w, b'NCM7')
    print(f'thresholds: {t:.4f}, first model from {t1:.1f} -> {out}')


def ap_default_out():
    return os.path.join(HERE, '..', 'resources', 'lexicon', 'vi-kid-model.bin')


if __name__ == '__main__':
    main()
