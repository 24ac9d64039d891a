#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/lexicon/vi-restore.bin (twentieth round, s20-restore):
a model that restores the marks of Vietnamese typed without them, syllable
by syllable, read by src/core/checker/nc-tone-restorer.c.

Learnt from TUNING-side marked text only: ViHOS train, the tuning parts of
the marked Vietnamese sets (everyday and unkind, with their tuning
batches) and the Debian translations' tuning half; never ViHOS dev, never
a held-out part, never a fresh set. Only lines where half the words carry
marks count (a comment typed partly without them teaches nothing of a
word's marks).

The model: for each folded syllable ("thang") its marked syllables
("thằng", "tháng", "thang", "thắng"...) with log P(marked | folded), and a
bigram table of marked syllables, log P(b | a) - log P(b) as a bonus
(stupid backoff: a pair never seen weighs log 0.4); the restorer decodes
a draft with Viterbi and keeps, for each syllable, the margin between the
best path and the best path through another reading.

File ("NCR1", little endian):
  magic "NCR1", u32 n_folds, u32 n_sylls, u32 n_pairs, f32 the syllables'
  scale and f32 the pairs' (log units of a quantum), u32 fold_blob_len,
  u32 syll_blob_len (32 bytes);
  folds:  n_folds x (u32 offset in fold blob, u16 first syllable, u8 count, u8 0)
          sorted by folded string;
  sylls:  n_sylls x (u32 offset in syllable blob, i16 log P(s | fold) / scale,
          2 zero bytes), each fold's syllables together, the likeliest first;
  pairs:  n_pairs x u32 key (a << 16 | b, a = 0xffff: a clause's start),
          sorted; then n_pairs x i8 bonus / scale (padded to 4 bytes);
  the fold blob and the syllable blob (NUL-terminated UTF-8).

  learn-restorer.py [--data /work/shared/data] [--write] [--skip-fold N] [--vihos-weight W]
      [--restore 'text']   (restores a line, to try the model)
"""
import argparse, collections, hashlib, math, os, re, struct, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets

OUT = os.path.join(HERE, '..', 'resources', 'lexicon', 'vi-restore.bin')
TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]+|\d+", re.UNICODE)
SCALE = 0.05
BACKOFF = math.log(0.4)


def nfc(s):
    return unicodedata.normalize('NFC', s)


def fold(w):
    return sets.strip_marks(w)


def fold_of(text):
    """Which half of the tuning lines a line is in (for --skip-fold)."""
    return int(hashlib.md5(sets.strip_marks(text).strip().encode()).hexdigest(), 16) % 2


def typed_with_marks(line):
    words = re.findall(r"[^\W\d_]+", line)
    return bool(words) and sum(fold(w) != w for w in words) >= 0.5 * len(words)


def corpus(data, vihos_weight, with_unkind, debian_limit=4000, debian_weight=1.0, skip_fold=None):
    """(line, weight) pairs: ViHOS train's comments on news and celebrities,
    most of them insults, weigh @vihos_weight (a restorer learnt from them
    alone reads "ngu luon" as "ngu", not "ngủ", and "do dien" as "đồ
    điên"); the unkind sets' tuning lines only with @with_unkind (left
    out, the unkind tuning figures are read on text the model never saw)."""
    out = []
    rows = sets.vihos_rows(data, 'train')
    out += [(r['content'], vihos_weight) for r in rows]
    for name, (_, lang, kind) in sets.EVERYDAY_SETS.items():
        if lang != 'vi' or (kind == 'unkind' and not with_unkind):
            continue
        for t in sets.everyday(name, 'tune'):
            if skip_fold is None or fold_of(t) != skip_fold:
                out.append((t, 1.0))
    out += [(t, debian_weight) for t in sets.debian_vi('tune', limit=debian_limit)]
    return [(nfc(l), w) for l, w in out if typed_with_marks(nfc(l))]


def clauses(line):
    """The clauses of @line: runs of syllables (lower case) between
    punctuation, digits or words that are no Vietnamese syllable."""
    cur = []
    for tok in TOKEN.findall(line.lower()):
        f = fold(tok)
        if f.isascii() and f.isalpha() and len(tok) <= 8:
            cur.append(tok)
        else:
            if cur:
                yield cur
            cur = []
    if cur:
        yield cur


def learn(lines, min_count, min_share, max_cands, min_pair, min_bonus, discount):
    uni = collections.Counter()
    for line, wt in lines:
        for c in clauses(line):
            for w in c:
                uni[w] += wt
    by_fold = collections.defaultdict(list)
    for w, n in uni.items():
        if n >= min_count:
            by_fold[fold(w)].append((n, w))
    folds = {}
    for f, cands in by_fold.items():
        cands.sort(key=lambda x: (-x[0], x[1]))
        total = sum(n for n, _ in cands)
        kept = [(n, w) for n, w in cands if n >= min_share * total][:max_cands]
        folds[f] = (sum(n for n, _ in kept), kept)
    vocab = {}
    sylls = []
    for f in sorted(folds):
        total, kept = folds[f]
        for n, w in kept:
            vocab[w] = len(sylls)
            sylls.append((w, math.log(n / total)))
    # pairs
    big = collections.Counter()
    ctx = collections.Counter()
    for line, wt in lines:
        for c in clauses(line):
            prev = None
            for w in c:
                if w not in vocab:
                    prev = None
                    continue
                big[(prev, w)] += wt
                ctx[prev] += wt
                prev = w
    n_all = sum(uni[w] for w in vocab)
    followers = collections.Counter(a for (a, b) in big)
    pairs = []
    for (a, b), n in big.items():
        if n < min_pair:
            continue
        fa, fb = fold(a) if a else None, fold(b)
        # a pair says something only of a folded syllable with two readings
        if len(folds[fb][1]) < 2 and (a is None or len(folds[fa][1]) < 2):
            continue
        # (absolute discounting: a pair seen in two or three lines says
        # less than its counts, "mày hôi" from a handful of insults)
        types = followers[a]
        p_b = uni[b] / n_all
        p = max(n - discount, 0) / ctx[a] + discount * types / ctx[a] * p_b
        bonus = math.log(p) - math.log(p_b) - BACKOFF
        if abs(bonus) < min_bonus:
            continue
        pairs.append(((0xffff if a is None else vocab[a]) << 16 | vocab[b], bonus))
    pairs.sort()
    return folds, sylls, vocab, pairs


def write(path, folds, sylls, vocab, pairs):
    fold_names = sorted(folds)
    fblob, sblob = bytearray(), bytearray()
    frec, srec = bytearray(), bytearray()
    for f in fold_names:
        total, kept = folds[f]
        frec += struct.pack('<IHBB', len(fblob), vocab[kept[0][1]], len(kept), 0)
        fblob += f.encode() + b'\0'
    for w, lp in sylls:
        q = max(-32767, min(32767, round(lp / SCALE)))
        srec += struct.pack('<Ihh', len(sblob), q, 0)
        sblob += w.encode() + b'\0'
    keys = b''.join(struct.pack('<I', k) for k, _ in pairs)
    vals = bytes(struct.pack('<b', max(-127, min(127, round(b / SCALE / 4))))[0] for _, b in pairs)
    vals += b'\0' * (-len(vals) % 4)
    head = b'NCR1' + struct.pack('<IIIffII', len(fold_names), len(sylls), len(pairs), SCALE, SCALE * 4,
                                 len(fblob), len(sblob))
    data = head + bytes(frec) + bytes(srec) + keys + vals + bytes(fblob) + bytes(sblob)
    with open(path, 'wb') as f:
        f.write(data)
    return len(data)


def restore(line, folds, sylls, vocab, pairs):
    """Viterbi, as the C restorer does (for --restore)."""
    pd = dict(pairs)
    out = []
    for c in clauses(line):
        lat = []
        for w in c:
            f = fold(w)
            if f in folds:
                lat.append([(vocab[x], sylls[vocab[x]][1]) for _, x in folds[f][1]])
            else:
                lat.append([(None, 0.0)])
        best = {0xffff: (0.0, [])}
        for i, cands in enumerate(lat):
            nb = {}
            for sid, lp in cands:
                top = None
                for p, (sc, path) in best.items():
                    s = sc + lp + BACKOFF + (pd.get((p << 16) | sid, 0.0) if sid is not None and p is not None else 0.0)
                    if top is None or s > top[0]:
                        top = (s, path + [sid])
                nb[sid] = top
            best = nb
        path = max(best.values())[1]
        out.append(' '.join(sylls[s][0] if s is not None else w for s, w in zip(path, c)))
    return ' | '.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--out', default=OUT)
    ap.add_argument('--skip-fold', type=int, default=None)
    ap.add_argument('--min-count', type=int, default=2)
    ap.add_argument('--min-share', type=float, default=0.005)
    ap.add_argument('--max-cands', type=int, default=8)
    ap.add_argument('--min-pair', type=int, default=2)
    ap.add_argument('--min-bonus', type=float, default=0.7)
    ap.add_argument('--vihos-weight', type=float, default=0.25)
    ap.add_argument('--with-unkind', action='store_true')
    ap.add_argument('--debian-limit', type=int, default=100000)
    ap.add_argument('--debian-weight', type=float, default=0.5)
    ap.add_argument('--discount', type=float, default=0.0)
    ap.add_argument('--restore', action='append', default=[])
    a = ap.parse_args()
    lines = corpus(a.data, a.vihos_weight, a.with_unkind, a.debian_limit, a.debian_weight, a.skip_fold)
    folds, sylls, vocab, pairs = learn(lines, a.min_count, a.min_share, a.max_cands, a.min_pair, a.min_bonus, a.discount)
    amb = sum(1 for f in folds.values() if len(f[1]) > 1)
    print(f'{len(lines)} marked lines, {len(folds)} folded syllables ({amb} with 2+ readings), '
          f'{len(sylls)} marked syllables, {len(pairs)} pairs', file=sys.stderr)
    for t in a.restore:
        print(restore(nfc(t), folds, sylls, vocab, pairs))
    if a.write:
        n = write(a.out, folds, sylls, vocab, pairs)
        print(f'wrote {a.out}: {n} bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
