#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/lexicon/vi-toneless.txt (nineteenth round,
s19-toneless): the toneless spellings of the words of the lists that a
Vietnamese rule flagged `marked` takes ("thùng phuy" -> "thung phuy",
"như cái" -> "nhu cai", "hôi nách" -> "hoi nach"), so that the rule reads
a draft typed without marks, but only for words whose toneless spelling is
not also an everyday word: a word is kept when, in marked everyday text
with its marks stripped (the tuning parts of the marked everyday sets,
the Debian translations' tuning half, ViHOS train's first 80%), its
toneless spelling stands for a different marked word at most --max-other
times or at most --max-share of the times it is seen (only lines where
half the words carry marks count: a comment typed partly without them
says nothing of a word's marks) ("heo" is "héo",
"khi" is "khi", "con lon" is "con lớn": not kept). For a list flagged
`named` (a calling word before a capitalised name) only the places before
a capitalised name count (a word marked text writes capitalised after a
calling word: "thang Tam" is "tháng Tám", "Thang Long" "Thăng Long";
"tháng Giêng" says nothing). A word is also
dropped when a toneless everyday tuning line holds it inside the rule's
other words (it would warn there): see --check.

Never reads a held-out part, never a fresh set.

  toneless-forms.py [--data /work/shared/data] [--write]
"""
import argparse, collections, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets

LEXDIR = os.path.join(HERE, '..', 'resources', 'lexicon')
FILES = ['vi-insult.txt', 'vi-hate.txt', 'vi-violence.txt', 'vi-sexual.txt', 'vi-fakenews.txt',
         'vi-scam.txt', 'vi-context.txt', 'vi-personal.txt', 'vi-mined.txt']
OUT = os.path.join(LEXDIR, 'vi-toneless.txt')
WORD = re.compile(r"[^\W_]+", re.UNICODE)
KEEP_OUT = set()
# Toneless spellings that the counts kept but that warned on an everyday
# toneless tuning line or a look-alike of the unit tests (chosen on the
# tuning side, s19-toneless): "o ban" is "ở bản" (a village) as well as
# "ở bẩn"; "an tat" "ăn tất" (eat it all); "anh thang", "anh con" "anh"
# (a brother) as well as "ảnh" (a photo); a bare "nhu" and "nhu con" made
# play a put-down ("m nhu con heo ay, an nhieu vay ma k beo", which warns
# with its marks too); "ma doi", "ma cung doi" are "mà đói" (hungry) too
# ("nha ngheo ma doi qua, lop minh quyen gop nhe").
DROP = {'o ban', 'an tat', 'anh thang', 'anh con', 'nhu', 'nhu con', 'ma doi', 'ma cung doi'}
# (and any spelling holding "cam": "bi cam a", "bị câm à", is "bị cảm à",
# a cold, as s18-tone found of "câm": "con Thao bi cam hay sao ma khong di
# choi" is a unit case; or "o ban": "nguoi dan toc toan o ban tren nui")
DROP_INSIDE = {'cam', 'o ban'}

def nfc(s):
    return unicodedata.normalize('NFC', s)

def rules_and_lists():
    lists = collections.defaultdict(list)
    named = set()
    marked_rules = []
    for fn in FILES:
        for line in open(os.path.join(LEXDIR, fn), encoding='utf-8'):
            line = nfc(line.rstrip('\n'))
            if line.startswith('@list '):
                spec = line[6:]
                head, _, words = spec.partition(':')
                words, _, flag = words.partition('\t')
                name = head.strip()
                if flag.strip() == 'named':
                    named.add(name)
                lists[name] += [w.strip() for w in words.split(',') if w.strip()]
            elif line.startswith('@rule '):
                slots, _, flags = line[6:].partition('\t')
                if 'marked' in flags.split() and 'allow' not in flags.split():
                    marked_rules.append((fn, slots.split(), flags))
    return lists, named, marked_rules

ENTRY_FILES = ['vi-insult.txt', 'vi-hate.txt', 'vi-violence.txt', 'vi-sexual.txt', 'vi-mined.txt']
SKIP_KINDS = {'allow', 'negation', 'self', 'shop', 'secret', 'address', 'school', 'id', 'lang',
              'target', 'thing', 'join-next', 'join-prev', 'weak', 'things', 'aimed', 'toneless'}

def marked_entries(min_words):
    """(file, category, severity, phrase, flags) of the entries flagged
    `marked` of at least @min_words words whose phrase has marks."""
    out = []
    for fn in ENTRY_FILES:
        cat, sev = None, None
        for line in open(os.path.join(LEXDIR, fn), encoding='utf-8'):
            line = nfc(line.rstrip('\n'))
            if line.startswith('@category '):
                cat = line[10:].strip()
            elif line.startswith('@severity '):
                sev = line[10:].strip()
            elif line and not line.startswith(('#', '@')) and '\t' in line:
                phrase, flags = line.split('\t', 1)
                fl = flags.split()
                if 'marked' in fl and not set(fl) & SKIP_KINDS and sets.strip_marks(phrase) != phrase \
                        and len(WORD.findall(phrase)) >= min_words \
                        and not any(f.startswith('gap=') or f.startswith('unless=') for f in fl):
                    out.append((fn, cat, sev, phrase.strip(), [f for f in fl if f not in ('marked', 'alone')]))
    return out

def corpus(data):
    """Marked everyday lines of the tuning side (never held out, never fresh)."""
    out = []
    for name, (_, lang, kind) in sets.EVERYDAY_SETS.items():
        if lang != 'vi' or kind != 'harmless':
            continue
        out += sets.everyday(name, 'tune')
    out += sets.debian_vi('tune')
    vihos = os.path.join(data, 'text', 'vihos')
    if os.path.isdir(vihos):
        rows = sets.vihos_rows(data, 'train')
        out += [r['content'] for r in rows[:int(len(rows) * 0.8)]]
    return [nfc(l) for l in out if typed_with_marks(l)]

def typed_with_marks(line):
    """Whether @line is typed with its marks: half its words carry one
    (a comment typed partly without them says nothing of a word's marks)."""
    words = WORD.findall(line)
    return bool(words) and sum(sets.strip_marks(w) != w for w in words) >= 0.5 * len(words)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))
    ap.add_argument('--max-other', type=int, default=2)
    ap.add_argument('--max-share', type=float, default=0.03)
    ap.add_argument('--twin-words', type=int, default=0,
                    help='also write toneless twins of marked entries of this many words or more (0: none)')
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    lists, named, marked_rules = rules_and_lists()
    wanted = sorted({s.strip(',').rstrip('?') for _, slots, _ in marked_rules for slot in slots
                     for s in slot.strip(',').rstrip('?').split('|')} - {''} - KEEP_OUT)
    # every toneless form wanted -> its marked forms
    forms = {}
    for name in wanted:
        for w in lists.get(name, []):
            t = sets.strip_marks(w).lower()
            if t != w.lower():
                forms.setdefault(t, set()).add(w.lower())
    # lexicon entries flagged `marked`, of --twin-words words or more
    ents = marked_entries(args.twin_words) if args.twin_words else []
    for e in ents:
        forms.setdefault(sets.strip_marks(e[3]).lower(), set()).add(e[3].lower())
    lines = corpus(args.data)
    same = collections.Counter()
    other = collections.Counter()
    other_cap = collections.Counter()
    seen_other = collections.defaultdict(collections.Counter)
    maxn = max(len(t.split()) for t in forms)
    # (a name: a word written capitalised after a calling word of a named
    # list, "con Linh", "thằng Tuấn"; "tháng Giêng" is no name, "Thăng
    # Long" and "tháng Tám" are)
    calling = {w.lower() for name in named for w in lists.get(name, [])}
    names = set()
    for l in lines:
        words = WORD.findall(l)
        for a, b in zip(words, words[1:]):
            if a.lower() in calling and b[:1].isupper():
                names.add(sets.strip_marks(b).lower())
    for l in lines:
        words = WORD.findall(l)
        low = [w.lower() for w in words]
        fold = [sets.strip_marks(w) for w in low]
        for i in range(len(words)):
            for n in range(1, maxn + 1):
                if i + n > len(words):
                    break
                t = ' '.join(fold[i:i + n])
                if t not in forms:
                    continue
                m = ' '.join(low[i:i + n])
                if m in forms[t]:
                    same[t] += 1
                else:
                    other[t] += 1
                    seen_other[t][m] += 1
                    if i + n < len(words) and words[i + n][:1].isupper() and \
                            sets.strip_marks(words[i + n]).lower() in names:
                        other_cap[t] += 1
    out = collections.defaultdict(list)
    dropped = []
    for name in wanted:
        for w in lists.get(name, []):
            t = sets.strip_marks(w).lower()
            if t == w.lower() or t in out[name] or t in DROP or \
                    any(f' {d} ' in f' {t} ' for d in DROP_INSIDE):
                continue
            o = other_cap[t] if name in named else other[t]
            seen = same[t] + o
            if o > max(args.max_other, args.max_share * seen):
                dropped.append((name, t, o, same[t], seen_other[t].most_common(3)))
                continue
            out[name].append(t)
    if args.verbose:
        for d in dropped:
            print('dropped', *d, file=sys.stderr)
    kept = sum(len(v) for v in out.values())
    print(f'{len(marked_rules)} marked rules, {len(wanted)} lists, {kept} toneless forms kept, '
          f'{len(dropped)} dropped; {len(lines)} marked everyday lines read', file=sys.stderr)
    text = ['# SPDX-License-Identifier: GPL-3.0-or-later',
            '# vi-toneless.txt — written by checker-training/toneless-forms.py --write',
            '# (nineteenth round, s19-toneless): the toneless spellings of the words of',
            '# the lists that a rule flagged `marked` takes, whose toneless spelling is',
            '# not an everyday word of marked text; a rule reads them in a draft typed',
            '# without marks. Regenerate after changing such a list; do not edit.']
    for name in wanted:
        if out[name]:
            flag = '\tnamed' if name in named else ''
            for k in range(0, len(out[name]), 10):
                text.append(f'@list {name}: ' + ', '.join(out[name][k:k + 10]) + flag)
    twins = collections.defaultdict(list)
    for fn, cat, sev, phrase, fl in ents:
        t = sets.strip_marks(phrase).lower()
        if other[t] > 0 or t in DROP or any(t in x for x in twins.values()):
            dropped.append(('entry', t, other[t], same[t], seen_other[t].most_common(3)))
            continue
        twins[fn, cat, sev].append(t + ('\t' + ' '.join(fl) if fl else ''))
    if args.verbose:
        for d in dropped:
            if d[0] == 'entry':
                print('dropped', *d, file=sys.stderr)
    if ents:
        print(f'{len(ents)} marked entries of {args.twin_words} words or more, '
              f'{sum(len(v) for v in twins.values())} toneless twins kept', file=sys.stderr)
        text.append('# The toneless twins of the entries flagged `marked` of %d words or more' % args.twin_words)
        text.append('# whose toneless spelling marked everyday text never uses for other words.')
    for (fn, cat, sev), tw in twins.items():
        text.append(f'# ({fn})')
        text.append(f'@category {cat or "insult"}')
        text.append(f'@severity {sev or "warn"}')
        text += tw
    if args.write:
        with open(OUT, 'w', encoding='utf-8') as f:
            f.write('\n'.join(text) + '\n')
    else:
        print('\n'.join(text))

if __name__ == '__main__':
    main()
