#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No lexicon finding names a common word of the language on its own.

  check-lexicon.py LEXICON_DIR

Every Vietnamese entry of a finding category (insult, hate, violence,
sexual, fake-news, scam) that is one word must not be a common word
(resources/lexicon/vi-common.txt, built by checker-training/build-common-words.py),
unless it is "weak" (marked only beside other evidence, at severity info),
"aimed" (a finding only with the target it is aimed at: "mày ... ghê"),
"target", "thing" (an object a put-down may describe), or a join word (it only widens a span other evidence drew).
Words are compared lower case with their tone marks. An entry typed
without marks that folds a common word ("ngu" and "ngủ") is listed as a
note: the allow-phrases of vi-context.txt must cover the everyday uses
(the everyday sets of tests/eval-checker.py measure it). Prints TAP.
"""
import os
import sys
import unicodedata

FINDING = {'insult', 'hate', 'violence', 'sexual', 'fake-news', 'scam'}


def fold(w):
    w = w.replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', w) if not unicodedata.combining(c))


def main():
    d = sys.argv[1]
    common = set()
    for line in open(os.path.join(d, 'vi-common.txt'), encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            common.add(unicodedata.normalize('NFC', line))
    folded_common = {fold(w) for w in common}
    bad = []
    notes = []
    for name in sorted(os.listdir(d)):
        if not (name.startswith('vi-') and name.endswith('.txt')) or name in ('vi-common.txt', 'vi-teencode.txt'):
            continue
        category = 'insult'
        for no, line in enumerate(open(os.path.join(d, name), encoding='utf-8'), 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('@category '):
                category = line.split()[1]
                continue
            if line.startswith('@'):
                continue
            phrase, _, flags = line.partition('\t')
            flags = flags.split()
            phrase = unicodedata.normalize('NFC', phrase.strip().lower())
            if category not in FINDING or len(phrase.split()) != 1:
                continue
            if set(flags) & {'weak', 'allow', 'negation', 'self', 'shop', 'secret', 'address', 'school', 'id', 'lang',
                               'target', 'aimed', 'thing', 'join-next', 'join-prev'}:
                continue
            if phrase in common:
                bad.append(f'{name}:{no}: “{phrase}” is a common word')
            elif phrase == fold(phrase) and phrase in folded_common:
                notes.append(f'{name}:{no}: “{phrase}” is also a common word typed without marks')
    print('1..1')
    for n in notes:
        print('# note: ' + n)
    if bad:
        for b in bad:
            print('# ' + b)
        print('not ok 1 - single-word lexicon entries that are common words')
        return 1
    print('ok 1 - no single-word lexicon entry is a common word')
    return 0


if __name__ == '__main__':
    sys.exit(main())
