#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Learns how a Vietnamese lexicon entry that needs its marks ("chó", "đồ
điên", "ngu") reads in a draft typed without them, from text typed WITH
marks, which labels itself: with its marks stripped, each place where an
entry's toneless words stand ("cho", "do dien", "ngu") was either the
entry ("chó") or an everyday word ("cho", "chợ", "đồ điện", "ngủ"). For
each entry, the counts of the two readings and of the folded word right
before and right after give a prior log-odds and, per neighbour, how
much it moves it (naive Bayes, smoothed toward the prior). The checker
(nc-checker.c, tone_reads()) lets such an entry count typed without
marks when prior + the two neighbours reach the file's threshold.

Text: ViHOS train's comments (MIT) and the tuning parts of the marked
Vietnamese sets; never the held-out parts. Only texts typed mostly with
marks teach (a toneless comment says nothing of its words' marks).

  learn-tone.py [--data /work/shared/data] [--threshold 2.5] [--write]
"""
import argparse, collections, hashlib, math, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets

LEXDIR = os.path.join(HERE, '..', 'resources', 'lexicon')
FILES = ['vi-insult.txt', 'vi-hate.txt', 'vi-violence.txt', 'vi-sexual.txt', 'vi-fakenews.txt',
         'vi-scam.txt', 'vi-context.txt', 'vi-personal.txt', 'vi-mined.txt']
SKIP_KINDS = {'allow', 'negation', 'self', 'shop', 'secret', 'address', 'school', 'id', 'lang',
              'target', 'thing', 'join-next', 'join-prev', 'weak'}
WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOPS = re.compile(r"[.!?,;:\n…()\"“”]+")

# Entries whose toneless reading, learnt right, still warned on more everyday
# toneless tuning lines than it caught unkind ones (s18-tone, measured on the
# tuning parts): "bi cam" is "bị câm" said of a child born mute as often as
# the order "câm!", "bị cảm" too; "bẩn", "dốt", "hãm", "mõm", "hôi" and a
# bare "điên" likewise ("đồ điên" stays); "con điên" before "này" is also
# "con điện (thoại) này", a phone.
DROP = {'câm', 'bẩn', 'dốt', 'hãm', 'mõm', 'điên', 'hôi', 'con điên'}

def fold(w):
    return sets.strip_marks(w).lower()

def key_of(phrase):
    """An entry's key as nc-checker.c builds it: lower case, marks kept,
    runs of a letter as one, one space between words."""
    p = unicodedata.normalize('NFC', phrase.lower())
    return ' '.join(re.sub(r'(.)\1+', r'\1', w) for w in WORD.findall(p))

def entries():
    out = {}
    for fn in FILES:
        for line in open(os.path.join(LEXDIR, fn), encoding='utf-8'):
            if line.startswith('#') or line.startswith('@') or '\t' not in line:
                continue
            phrase, flags = line.rstrip('\n').split('\t', 1)
            fl = set(flags.split())
            if 'marked' not in fl and 'alone' not in fl or fl & SKIP_KINDS:
                continue
            k = key_of(phrase)
            words = k.split()
            if not words or any(not WORD.fullmatch(w) for w in words):
                continue
            out[k] = tuple(fold(w) for w in words)
    return out

def marked_share(words):
    return sum(1 for w in words if fold(w) != w) / max(1, len(words))

def fold_of(text):
    return int(hashlib.md5(sets.strip_marks(text).strip().encode()).hexdigest(), 16) % 2

def texts(data, a_weight, skip_fold=None):
    # (children's text weighs more than ViHOS's comments on news and celebrities)
    for r in sets.vihos_rows(data, 'train'):
        yield r['content'], 1
    for name in ('vi_children', 'vi_news', 'vi_unkind', 'vi_daily', 'vi_outside', 'vi_school',
                 'vi_news_daily'):
        for t in sets.everyday(name, 'tune'):
            if skip_fold is None or fold_of(t) != skip_fold:
                yield t, a_weight

# (nineteenth round, s19-toneless) the calling words before a child's name
# ("con Linh", "bạn Hoa", "thằng Tuấn"; s18-vi's `named` list)
CALLING = {'con', 'bạn', 'bn', 'thằng', 'thg', 'nhỏ'}

def given_names(data, min_count):
    """Given names typed in lower case in a draft without marks: a word
    written capitalised after a calling word in marked text ("con Quỳnh")
    at least @min_count times, whose toneless spelling never (at most a
    tenth as often) stood there for another word typed in lower case
    ("bạn nam", "nhớ mãi", "con linh", "còn hai" keep "nam", "mai",
    "linh", "hai" out)."""
    seen, other = collections.Counter(), collections.Counter()
    folded_calling = {fold(c) for c in CALLING}
    pairs = []
    for text, _ in texts(data, 1):
        allw = WORD.findall(unicodedata.normalize('NFC', text))
        if len(allw) < 3 or marked_share([w.lower() for w in allw]) < 0.3:
            continue
        pairs += list(zip(allw, allw[1:]))
    for a, b in pairs:
        if a.lower() in CALLING and b[:1].isupper() and not b.isupper():
            seen[fold(b)] += 1
    for a, b in pairs:
        if fold(a) in folded_calling and b[:1].islower() and fold(b) in seen:
            other[fold(b)] += 1
    return sorted(n for n, c in seen.items() if c >= min_count and other[n] <= c // 10
                  and n not in NOT_NAMES)

# toneless spellings the counts keep that are everyday words after a
# toneless "con", "ban", "thang" ("con hai" "còn hai", "con ly" "cái ly"
# typed so, "ban my" "bạn Mỹ"; chosen by reading the list, s19-toneless)
NOT_NAMES = set()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--threshold', type=float, default=1.0)
    ap.add_argument('--min-shift', type=float, default=0.7)
    ap.add_argument('--prior-weight', type=float, default=3.0)
    ap.add_argument('--tuning-weight', type=int, default=3)
    ap.add_argument('--shrink', type=float, default=5)
    ap.add_argument('--min-count', type=int, default=2)
    ap.add_argument('--skip-fold', type=int, default=None,
                    help='(cross-validation) leave out the tuning lines of this fold (0, 1)')
    ap.add_argument('--min-name', type=int, default=2)
    ap.add_argument('--write', action='store_true')
    a = ap.parse_args()
    names = given_names(a.data, a.min_name)
    print('%d given names: %s' % (len(names), ' '.join(names)), file=sys.stderr)
    ents = entries()
    by_first = collections.defaultdict(list)
    for k, f in ents.items():
        by_first[f[0]].append((k, f))
    n = collections.Counter()            # (key, off?)
    feat = collections.Counter()         # (key, '<w' / '>w', off?)
    docs = 0
    for text, wt in texts(a.data, a.tuning_weight, a.skip_fold):
        low = unicodedata.normalize('NFC', text.lower())
        allw = WORD.findall(low)
        if len(allw) < 3 or marked_share(allw) < 0.3:
            continue
        docs += 1
        for clause in STOPS.split(low):
            ws = [re.sub(r'(.)\1+', r'\1', w) for w in WORD.findall(clause)]
            fs = [fold(w) for w in ws]
            for i, f0 in enumerate(fs):
                for k, f in by_first.get(f0, ()):
                    j = i + len(f)
                    if tuple(fs[i:j]) != f:
                        continue
                    off = ' '.join(ws[i:j]) == k
                    n[k, off] += wt
                    feat[k, '<' + (fs[i - 1] if i > 0 else '^'), off] += wt
                    feat[k, '>' + (fs[j] if j < len(fs) else '$'), off] += wt
    rows = []
    for k in sorted(ents):
        if k in DROP:
            continue
        no, nx = n[k, True], n[k, False]
        if no < 2 or nx < 1:
            continue   # never seen read both ways: nothing learnt
        # (the entry needs its marks because its toneless words are
        # everyday words: the prior leans to them, a.shrink texts' worth)
        p = (no + 0.5) / (no + nx + 1 + a.shrink)
        prior = math.log(p / (1 - p))
        shifts = {}
        for (kk, fw, off), c in feat.items():
            if kk != k or not off and feat[k, fw, True]:
                continue
            co, cx = feat[k, fw, True], feat[k, fw, False]
            if co + cx < 3 or (co < a.min_count and cx < 3):
                continue
            s = math.log((co + a.prior_weight * p) / (cx + a.prior_weight * (1 - p))) - prior
            if abs(s) >= a.min_shift:
                shifts[fw] = s
        # both neighbours must speak for the entry (a shift above 0 on each
        # side) and the three reach the threshold: only such shifts are kept
        best = {side: max([0] + [s for fw, s in shifts.items() if fw[0] == side]) for side in '<>'}
        keep = [(fw, s) for fw, s in shifts.items()
                if s > 0 and prior + s + best['>' if fw[0] == '<' else '<'] >= a.threshold]
        if {fw[0] for fw, s in keep} != {'<', '>'}:
            continue
        rows.append((k, prior, sorted(keep), no, nx))
    print('%d texts, %d entries seen both ways, %d rows' % (docs, sum(1 for k in ents if n[k, True] >= 2 and n[k, False] >= 1), len(rows)), file=sys.stderr)
    out = []
    for k, prior, shifts, no, nx in rows:
        out.append('%s\t%d\t%s' % (k, round(prior * 10), ' '.join('%s=%d' % (fw, round(s * 10)) for fw, s in shifts)))
        print('%-20s %4d/%-4d prior %+.1f  %s' % (k, no, nx, prior, ' '.join('%s%+.1f' % (fw, s) for fw, s in shifts)), file=sys.stderr)
    if a.write:
        with open(os.path.join(LEXDIR, 'vi-tone.txt'), 'w', encoding='utf-8') as f:
            f.write('# SPDX-License-Identifier: GPL-3.0-or-later\n'
                    '# vi-tone.txt — how an entry that needs its marks reads typed without\n'
                    '# them, learnt from marked text (checker-training/learn-tone.py): the\n'
                    '# entry<TAB>prior log-odds x10<TAB>the folded word before (<w) or after\n'
                    '# (>w; ^ and $ a clause\'s start and end) and how much it moves them.\n'
                    '@threshold %d\n' % round(a.threshold * 10))
            f.write('# (s19-toneless) given names a calling word takes typed in lower case\n'
                    '@name %s\n' % ' '.join(names))
            f.write('\n'.join(out) + '\n')

main()
