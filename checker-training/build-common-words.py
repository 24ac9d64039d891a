#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/lexicon/vi-common.txt (or, with --lang en,
en-common.txt): the common words of the language, which the checker's
model never marks on their own, and which no Vietnamese lexicon entry may
be alone (tests/check-lexicon.py fails on them).

  checker-training/build-common-words.py [--lang vi|en] [--tool PATH] [--out FILE]

A word is common when it occurs in at least 3 lines of the TUNING parts of
the everyday children's and news-style sets (tests/fixtures/everyday; in
Vietnamese the files themselves, not the chat of checker-training/tuning
nor the broad sets they gather for the model, where friends call each
other "mày" and "thằng" in every other line; in English with the tuning
batches of checker-training/tuning, as the list was first built),
or in at least 8 lines of the tuning part of the Vietnamese translations
that ship in Debian packages (their msgstr strings; for English, their
msgid strings; read at run time, never copied; only the word list is
kept). Words are taken as netconduct-check normalizes them (lower case,
tone marks kept).
"""
import argparse
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nc_eval_data as sets  # noqa: E402

MIN_EVERYDAY = 3
MIN_DEBIAN = 8
# words of the calendar and the clock, common in any Vietnamese text though
# the sets above may hold a few of them too seldom ("tháng" folds to the
# "thang" of "thằng")
CALENDAR_VI = ['ngày', 'tháng', 'năm', 'tuần', 'giờ', 'phút', 'giây', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']


def words(tool, texts):
    for line in sets.run_tool(tool, ['--dump-normalized'], texts):
        marked = line.split('\t')[1] if '\t' in line else ''
        yield {w for w in marked.replace('|', ' ').split() if any(c.isalpha() for c in w)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', default=os.path.join(HERE, '..', '_build', 'src', 'tools', 'netconduct-check'))
    ap.add_argument('--lang', choices=('vi', 'en'), default='vi')
    ap.add_argument('--out')
    args = ap.parse_args()
    args.out = args.out or os.path.join(HERE, '..', 'resources', 'lexicon', args.lang + '-common.txt')
    everyday = []
    for name in (('vi_children', 'vi_news') if args.lang == 'vi' else ('en_children',)):
        everyday += sets.everyday(name, 'tune', gathered=args.lang == 'en')
    debian = sets.debian_vi('tune') if args.lang == 'vi' else sets.debian_en('tune')
    df_e = collections.Counter(w for ws in words(args.tool, everyday) for w in ws)
    df_d = collections.Counter(w for ws in words(args.tool, debian) for w in ws)
    common = sorted({w for w, n in df_e.items() if n >= MIN_EVERYDAY} |
                    {w for w, n in df_d.items() if n >= MIN_DEBIAN} |
                    (set(CALENDAR_VI) if args.lang == 'vi' else set()))
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(f'# {os.path.basename(args.out)} — common words, built by checker-training/build-common-words.py --lang {args.lang}\n'
                f'# (words in >= {MIN_EVERYDAY} lines of the tuning parts of tests/fixtures/everyday, or in\n'
                f'# >= {MIN_DEBIAN} lines of the tuning part of the strings of the Vietnamese translations in Debian\n'
                '# packages). The model never marks one of these on its own; no Vietnamese lexicon\n'
                '# entry may be one of them alone unless it is "weak" or "marked" context.\n')
        for w in common:
            f.write(w + '\n')
    print(f'{len(common)} common words -> {args.out}')


if __name__ == '__main__':
    main()
