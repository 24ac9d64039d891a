#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measures the conduct checker on every text set, through netconduct-check.

  eval-checker.py [--tool PATH] [--data DIR] [--part tune|heldout|all] [--verbose]
  eval-checker.py --tap TOOL   (the test: TAP, fails below the targets of
                                issue 16, all measured on HELD-OUT parts)

Sets and splits (checker-training/nc_eval_data.py): every set has a tuning part and a
held-out part, chosen by a fixed rule (the SHA-1 of the line); ViHOS train
is the tuning part and ViHOS dev the held-out one.
- everyday sets written for the project (tests/fixtures/everyday/): the share
  of harmless messages warned ("_warned": a finding other than personal
  data at severity warn or block; "_pii": personal-data nudges, apart;
  "_crude": the crude-language reminder alone, a swear word aimed at no
  one, shown but never stopping a post), the recall on unkind messages
  ("_recall": an offensive finding at warn+);
- fresh sets (FRESH_SETS: written blind after the models; the seventeenth
  to twenty-first rounds' split in halves, later ones held out whole),
  harmless ("_warned") or unkind ("_recall");
- the Vietnamese sets typed without marks (TONELESS_SETS: the everyday
  sets with their marks stripped, and vi-toneless.txt, written so), with
  the language detected (--lang=auto), as a child's phone types them;
- debian_vi: ordinary Vietnamese from the translations in Debian packages,
  read at run time;
- ViHOS: comment-level precision, recall and F1 of the offensive class, and
  span F1 averaged per comment as in SemEval-2021 Toxic Spans (a comment
  with neither gold nor predicted spans scores 1);
- Davidson dev (English tweets): "neither" tweets warned, recall on hate +
  offensive.
A comment counts as offensive when netconduct-check reports an insult,
hate, violence or sexual finding at severity warn or block, or (ViHOS and
Davidson, whose labels count swearing as offensive) a crude-language
reminder; its predicted span is every code point inside such findings
(any severity).
Prints `name: value` lines. Labelled data is read from ../shared/data
(never copied).
"""
import argparse
import ast
import os
import sys
import json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'checker-training'))
import nc_eval_data as sets  # noqa: E402

OFFENSIVE = sets.OFFENSIVE
LANG_VI = os.environ.get('NC_EVAL_LANG', 'vi')   # 'auto' measures language detection too
FIGURES = {}
TAP = False
VERBOSE = False


def run_tool(tool, texts, lang):
    results = [json.loads(line) for line in sets.run_tool(tool, ['--format=jsonl', '--lang=' + lang], texts)]
    assert len(results) == len(texts), (len(results), len(texts))
    return results


def predicted(result, crude=False):
    """(flagged, spans) of @result: an offensive finding at warn or block.
    With @crude, the crude-language reminder counts too (a swear word aimed
    at no one, "hay vl", always at info): the labelled corpora mark
    swearing as offensive, and the guard shows the reminder; the children's
    unkind sets count only what warns."""
    finds = [f for f in result['findings'] if f['category'] in OFFENSIVE or (crude and f['category'] == 'crude')]
    flagged = any(f['severity'] in ('warn', 'block') or f['category'] == 'crude' for f in finds)
    spans = set()
    if flagged:
        for f in finds:
            spans.update(range(f['start'], f['end']))
    return flagged, spans


def warned(result):
    """(warned, personal-data nudge): what a child would see."""
    sev = [f for f in result['findings'] if f['severity'] in ('warn', 'block')]
    return (any(f['category'] != 'personal-data' for f in sev),
            any(f['category'] == 'personal-data' for f in sev))


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def emit(name, value):
    FIGURES[name] = value
    if not TAP:
        print(f'{name}: {value:.3f}' if isinstance(value, float) else f'{name}: {value}', flush=True)


def show(tag, text, res):
    if VERBOSE:
        print(tag, text, [(f['category'], f['severity'], text[f['start']:f['end']], f.get('evidence'))
                          for f in res['findings']], file=sys.stderr)


def cared(result):
    """Whether the care reminder (a child's own despair, s17-care) is shown."""
    return any(f['category'] == 'care' for f in result['findings'])


def eval_harmless(tool, texts, lang, name):
    results = run_tool(tool, texts, lang)
    n_warned = n_pii = n_crude = n_care = 0
    for text, res in zip(texts, results):
        w, p = warned(res)
        n_warned += w
        n_pii += p
        n_crude += not w and any(f['category'] == 'crude' for f in res['findings'])
        n_care += cared(res)
        if w:
            show('WARNED', text, res)
        elif cared(res):
            show('CARED', text, res)
    emit(f'{name}_lines', len(texts))
    emit(f'{name}_warned', n_warned / len(texts) if texts else 0.0)
    emit(f'{name}_pii', n_pii / len(texts) if texts else 0.0)
    # (the crude-language reminder alone: shown, never stopping a post)
    emit(f'{name}_crude', n_crude / len(texts) if texts else 0.0)
    emit(f'{name}_care', n_care / len(texts) if texts else 0.0)


def eval_care(tool, texts, lang, name):
    """A child's own despair: the share shown the care reminder ("_care"),
    and the share warned as an offence ("_warned", wanted 0)."""
    results = run_tool(tool, texts, lang)
    n_care = n_warned = 0
    for text, res in zip(texts, results):
        c = cared(res)
        w, _ = warned(res)
        n_care += c
        n_warned += w
        if not c:
            show('UNCARED', text, res)
        if w:
            show('WARNED', text, res)
    emit(f'{name}_lines', len(texts))
    emit(f'{name}_care', n_care / len(texts) if texts else 0.0)
    emit(f'{name}_warned', n_warned / len(texts) if texts else 0.0)


def eval_unkind(tool, texts, lang, name):
    results = run_tool(tool, texts, lang)
    hit = 0
    for text, res in zip(texts, results):
        flagged, _ = predicted(res)
        hit += flagged
        if not flagged:
            show('MISSED', text, res)
    emit(f'{name}_lines', len(texts))
    emit(f'{name}_recall', hit / len(texts) if texts else 0.0)


def eval_vihos(tool, rows, name):
    texts = [r['content'] for r in rows]
    golds = [set(ast.literal_eval(r['index_spans'])) for r in rows]
    # gold indexes count Python characters, i.e. code points, as the tool does
    results = run_tool(tool, texts, LANG_VI)
    tp = fp = fn = 0
    sf = 0.0
    for text, gold, res in zip(texts, golds, results):
        flagged, spans = predicted(res, crude=True)
        gold = {i for i in gold if i < len(text) and not text[i].isspace()}
        spans = {i for i in spans if i < len(text) and not text[i].isspace()}
        if flagged and gold:
            tp += 1
        elif flagged:
            fp += 1
            show('FP', text, res)
        elif gold:
            fn += 1
            if VERBOSE:
                print('FN', text, ''.join(text[i] for i in sorted(gold))[:60], file=sys.stderr)
        sf += sets.span_f1(spans, gold)
    p, r, f = prf(tp, fp, fn)
    emit(f'{name}_comments', len(rows))
    emit(f'{name}_precision', p)
    emit(f'{name}_recall', r)
    emit(f'{name}_f1', f)
    emit(f'{name}_span_f1', sf / len(rows))


def eval_davidson(tool, rows, name):
    texts = [r['tweet'] for r in rows]
    results = run_tool(tool, texts, 'en')
    neither = neither_flagged = pos = pos_flagged = 0
    for r, res, text in zip(rows, results, texts):
        flagged, _ = predicted(res, crude=True)
        if r['class'] == '2':
            neither += 1
            neither_flagged += flagged
            if flagged:
                show('FP', text, res)
        else:
            pos += 1
            pos_flagged += flagged
            if not flagged and VERBOSE:
                print('FN', r['class'], text, file=sys.stderr)
    emit(f'{name}_tweets', len(rows))
    emit(f'{name}_neither_flagged', neither_flagged / neither)
    emit(f'{name}_recall_hate_offensive', pos_flagged / pos)


# (figure, op, asserted, issue 16's target), all on held-out parts. Where
# the target is not reached yet the test asserts the level reached (so a
# change cannot slip back) and says so in a TAP comment.
TARGETS = [
    ('heldout_vi_children_warned', '<=', 0.0, 0.01),   # (0.006 before round 4)
    ('heldout_en_children_warned', '<=', 0.01, 0.01),
    ('heldout_vi_news_warned', '<=', 0.02, 0.02),
    # written after the models were trained (fourth round): none warns
    ('heldout_vi_fresh_warned', '<=', 0.0, 0.0),
    ('heldout_en_fresh_warned', '<=', 0.0, 0.0),
    # 40 toneless teen-style messages written after the fifth round's
    # model was trained: none warns
    ('heldout_vi_fresh_toneless_warned', '<=', 0.0, 0.0),
    # The blind sets of the seventeenth to twenty-first rounds
    # (tests/fixtures/everyday/fresh17-*, fresh19-*, fresh20-*,
    # fresh21-*), each written blind and committed before the checker ran
    # on it. Held out whole until the twenty-first round (its closing note
    # has every figure on the whole sets: unkind recall VI 0.750-0.900,
    # without marks 0.567-0.783, EN 0.667-0.850); from the twenty-second
    # round split in halves by the SHA-1 rule (nc_eval_data.py,
    # FRESH_SPLIT_ROUNDS), the tuning halves read line by line as a dev
    # set. These floors are the held-out halves on main at dea80b0, the
    # last commit before any tuning half was read (the level reached
    # where a target is not).
    ('heldout_vi_fresh17_compo_warned', '<=', 0.000, 0.01),  # 0 of 43
    ('heldout_vi_fresh17_chat_toneless_warned', '<=', 0.086, 0.01),  # 3 of 35
    ('heldout_vi_fresh17_daily_warned', '<=', 0.000, 0.01),  # 0 of 34
    ('heldout_en_fresh17_daily_warned', '<=', 0.000, 0.01),  # 0 of 38
    ('heldout_vi_fresh17_unkind_recall', '>=', 0.965, 0.95),  # 28 of 29
    ('heldout_vi_fresh17_unkind_toneless_recall', '>=', 0.759, 0.95),  # 19 of 25
    ('heldout_en_fresh17_unkind_recall', '>=', 0.877, 0.95),  # 36 of 41
    ('heldout_vi_fresh19_compo_warned', '<=', 0.000, 0.01),  # 0 of 30
    ('heldout_vi_fresh19_daily_toneless_warned', '<=', 0.000, 0.01),  # 0 of 46
    ('heldout_vi_fresh19_daily_warned', '<=', 0.000, 0.01),  # 0 of 41
    ('heldout_en_fresh19_daily_warned', '<=', 0.022, 0.01),  # 1 of 46
    ('heldout_vi_fresh19_unkind_recall', '>=', 0.863, 0.95),  # 19 of 22 (twenty-second round, merged; 18 at dea80b0)
    ('heldout_vi_fresh19_unkind_toneless_recall', '>=', 0.764, 0.95),  # 26 of 34 (s22-kidtol after merging main; 23 at dea80b0)
    ('heldout_en_fresh19_unkind_recall', '>=', 0.866, 0.95),  # 26 of 30 (s22-enk; 25 at dea80b0)
    ('heldout_vi_fresh20_unkind_recall', '>=', 0.703, 0.95),  # 19 of 27 (s22-kidtol; 17 before)
    ('heldout_vi_fresh20_unkind_toneless_recall', '>=', 0.544, 0.95),  # 18 of 33
    ('heldout_en_fresh20_unkind_recall', '>=', 0.785, 0.95),  # 22 of 28 (s22-enk; 21 at dea80b0)
    ('heldout_vi_fresh20_daily_warned', '<=', 0.000, 0.01),  # 0 of 35
    ('heldout_vi_fresh20_daily_toneless_warned', '<=', 0.000, 0.01),  # 0 of 35
    ('heldout_en_fresh20_daily_warned', '<=', 0.000, 0.01),  # 0 of 41
    ('heldout_vi_fresh20_news_warned', '<=', 0.000, 0.02),  # 0 of 34
    ('heldout_vi_fresh20_compo_warned', '<=', 0.034, 0.01),  # 1 of 30
    ('heldout_vi_fresh21_unkind_recall', '>=', 0.732, 0.95),  # 22 of 30 (s22-kidtol; 21 before)
    ('heldout_vi_fresh21_unkind_toneless_recall', '>=', 0.726, 0.95),  # 24 of 33 (twenty-second round, merged; 21 at dea80b0)
    ('heldout_en_fresh21_unkind_recall', '>=', 0.685, 0.95),  # 24 of 35
    ('heldout_vi_fresh21_daily_warned', '<=', 0.025, 0.01),  # 1 of 41
    ('heldout_vi_fresh21_daily_toneless_warned', '<=', 0.075, 0.01),  # 3 of 40
    ('heldout_en_fresh21_daily_warned', '<=', 0.023, 0.01),  # 1 of 44
    ('heldout_vi_fresh21_news_warned', '<=', 0.000, 0.02),  # 0 of 28
    ('heldout_vi_fresh21_compo_warned', '<=', 0.000, 0.01),  # 0 of 29
    # Twenty-second round, s22-fresh: eight sets written blind on 7 Dec 2026
    # (tests/fixtures/everyday/fresh22-*.txt), committed before the checker
    # ran on them, held out whole and read only by the lead; measured on
    # main at dea80b0 (numbers only): unkind recall VI 40 of 60, VI without
    # marks 34 of 60, EN 37 of 60; everyday VI, without marks and EN 2 of
    # 80 each, news 3 of 60, compositions 3 of 60 warned
    ('heldout_vi_fresh22_unkind_recall', '>=', 0.716, 0.95),  # 43 of 60 (the round merged; 40 at its first reading)
    ('heldout_vi_fresh22_unkind_toneless_recall', '>=', 0.632, 0.95),  # 38 of 60 (34)
    ('heldout_en_fresh22_unkind_recall', '>=', 0.632, 0.95),  # 38 of 60 (37)
    ('heldout_vi_fresh22_daily_warned', '<=', 0.025, 0.01),
    ('heldout_vi_fresh22_daily_toneless_warned', '<=', 0.025, 0.01),
    ('heldout_en_fresh22_daily_warned', '<=', 0.025, 0.01),
    ('heldout_vi_fresh22_news_warned', '<=', 0.034, 0.02),  # 2 of 60 (3)
    ('heldout_vi_fresh22_compo_warned', '<=', 0.05, 0.01),
    ('heldout_debian_vi_warned', '<=', 0.02, 0.02),
    # (eleventh round: children's compositions, the sets s11-school made;
    # on main before the round 8 of 26 and 5 of 17 warned; now 2 of 26,
    # the model's n-grams on words of ViHOS's political comments, and 2 of
    # 17)
    # (twelfth round: English 0 of 17, with s12-en's story retold in a
    # composition, names reported and history's lynching; Vietnamese 1 of
    # 26 with the model's words alone no longer warning in a composition
    # that addresses no one: see the ViHOS F1 floor below)
    ('heldout_vi_school_warned', '<=', 0.04, 0.01),
    ('heldout_en_school_warned', '<=', 0.0, 0.01),
    # (0.926 before round 4, 0.938 before round 5)
    # (round 7: 0.975 with the lexicon's new rules, 0.963 with the "NCM3"
    # model, which brought ViHOS F1 0.829 -> 0.838 and outside ViHOS 7.6% ->
    # 6.7%: one message of 81)
    # (round 8: 0.963 with the model retrained on the round's everyday chat)
    # (round 9: 0.988, 80 of 81, with swear words no longer lowered by a
    # negation, the cut-short "đ", put-downs no lexicon held, the
    # normalizer's undoing of hidden words and the retrained model)
    ('heldout_vi_unkind_recall', '>=', 0.98, 0.95),
    # (0.848 before the English model of round 4; 0.861 before round 5's
    # chat forms, tuning batches and aimed whole-draft judgement; 0.873
    # before round 6's grammar of aimed unkindness, en-grammar.py, and
    # whole-draft name-calling: 0.911, 72 of 79; 0.949, 75 of 79, after
    # round 8's rules for kinds the tuning batches lacked, names said as the
    # whole draft or its first clause, children's spellings, regional and
    # gender put-downs)
    # (round 17: 0.975, 77 of 79, with the lead's rules for a wait after
    # school promised to a child who tells and pictures sent round)
    ('heldout_en_unkind_recall', '>=', 0.974, 0.95),
    # (round 8: 0.067 -> 0.057 with the everyday rules of dailyvi,
    # intensifiers after an adjective among them)
    # (then 0.038 with the model retrained on round 8's everyday chat)
    ('heldout_vi_outside_warned', '<=', 0.04, 0.08),
    # (0.069 before the put-down rules of issue 16's third round, which
    # raised en_unkind recall from 0.785 to 0.848: three more "neither"
    # tweets of about 1,050 warned, for words such as "nobody cares")
    # (0.072 before round 5, which stopped matching inside @names and web
    # addresses: 0.070 after, 75 of 1,070 tweets)
    # (round 8: 0.069 with "kill" aimed at someone, as "giết": "kill the
    # spiders" and "kill the boss" no longer warn; recall 0.912 -> 0.911)
    # (round 12: 0.067, 72 of 1,070, with s12-en's things and pets)
    # (twenty-first round: 6.4% -> 6.3% with s21-ennot's denials)
    ('heldout_davidson_neither_flagged', '<=', 0.064, 0.06),
    ('heldout_davidson_recall_hate_offensive', '>=', 0.90, 0.88),
    ('heldout_vihos_precision', '>=', 0.94, 0.90),
    # (0.853 before round 4; lowered from 0.85 in exchange for everyday
    # text: a common word typed with its marks now counts by its typed form
    # alone, so "tháng" (month) no longer weighs as the "thang" of "thằng",
    # which warned on a child's "ngày 20 tháng 10"; ViHOS train's last 20%
    # moved the same way, 0.853 to 0.848)
    # (0.846 and 0.770 before the toneless round: lowered by one comment of
    # 1,106, written without marks and warned only as a whole draft at a
    # score of 0.964, below the higher threshold that such drafts now need,
    # in exchange for everyday toneless messages, see below)
    # (0.845 and 0.770 before round 5: lowered to 0.837 and 0.762 in
    # exchange for everyday text typed without marks, see below. Lexicon
    # words whose toneless form is an everyday word now need their marks
    # ("lồn"/"lớn", "đéo"/"đeo", "tát mày"/"tắt máy", "bỏ mẹ"/"bố mẹ"), so
    # ViHOS comments that type such a swear word without marks and have no
    # other evidence are missed: precision stays 0.950, comment recall
    # 0.756 -> 0.749)
    # (round 6, spanvi: 0.842 and 0.776, from 0.838 and 0.763: the span
    # tagger vi-spans.bin draws the rest of the offence inside drafts
    # already judged offensive, and spelling variants of swear words)
    # (round 7, lowered from 0.841 and 0.775 to 0.832 and 0.774 in exchange
    # for everyday text: the phrases mined from ViHOS train (vi-mined.txt)
    # count only in a draft that other evidence or the model judges
    # offensive. Alone, they warned on "Nhớ uống nước nhiều vào nhé",
    # "Áo con bị rách rồi", "bóp lưng cho bà", "bị lừa đảo qua mạng": the
    # everyday sets here never held those words. Held out: precision
    # 0.951 -> 0.966, news 1.9% -> 1.0%, outside ViHOS 7.6% -> 6.7%;
    # comment F1 0.842 -> 0.833, span F1 0.776 -> 0.775)
    # (then 0.828: violence words need a target, "xử bắn hết" in a ViHOS
    # comment about criminals no longer warns alone; the model retrained
    # with the everyday sets' tuning halves; precision 0.966 -> 0.970)
    # (then vimodel's "NCM3" model, toneless and draft-length features,
    # trained with the broad everyday sets: 0.838 and 0.779; with twelve
    # more toneless questions between friends ("may hoi bai nao z") in the
    # tuning text, whose whole-draft warning it had learned, the threshold
    # chosen on the tuning part moved 0.7 -> 0.8: 0.826 and 0.773)
    # (round 8: the model retrained with the round's 735 lines of everyday
    # chat; it marked everyday words alone ("nhìn", "mắt", "đáng"), so
    # vi-nospan.txt was mined again with it, and the model and the span
    # tagger retrained with the new list: F1 0.835, span F1 0.774)
    # (round 9: 0.844 and 0.780, precision 0.966: put-downs no lexicon
    # held, swear words under a negation, mined phrases counting from a
    # score of 0.7, the model's thresholds capped on what it adds to the
    # lexicon's own warnings, and the model and tagger retrained)
    # (round 10: 0.842: the normalizer reads words run together and emoji,
    # which changed the features of 25 ViHOS train comments, so the model
    # and the tagger were retrained by the documented commands, on the
    # batches of rounds up to 9 (VI_MODEL_LAST_ROUND); the same comments,
    # a comment or two either way. Fitted with the tenth round's batches
    # too it was 0.842 with unkind recall and outside ViHOS one line worse:
    # not kept)
    # (round 12: 0.838, recall 0.745 -> 0.737, precision 0.969 -> 0.971,
    # span F1 0.779 -> 0.780: the model's words alone no longer warn in a
    # Vietnamese composition that addresses no one, written with marks and
    # each sentence opening on a capital (s12-gate; held-out compositions
    # 2 -> 1 of 26, tuning 15 -> 5 of 130). Issue 16 puts everyday text
    # before every other figure; the few ViHOS comments lost are adults'
    # long narrated comments of that shape, which a child does not write at
    # the moment the guard is there for)
    ('heldout_vihos_f1', '>=', 0.838, 0.89),
    # (twentieth round, s20-naming: 0.780 -> 0.762. Issue 16 item 2: no
    # finding names a common word on its own; the model's findings whose
    # span was "mày", "thằng" or "tao" alone are widened to the finding
    # beside them or shown as the whole draft's wording. ViHOS's
    # annotators often mark those words alone, so the characters are lost
    # to the span figure; comment F1 and every warned and missed line are
    # unchanged. Widening only, which leaves most lone words marked, kept
    # 0.780: item 2 was put first, as a child sees the highlight)
    ('heldout_vihos_span_f1', '>=', 0.762, 0.82),
    # Vietnamese typed without marks, language detected (issue 16's
    # everyday targets hold for it too). Before round 4: children's
    # messages 0.071, toneless chat 0.310, news 0.243, unkind recall 0.901;
    # before round 5: 0.042, 0.22, 0.175, 0.889. Round 5 (the model
    # trained on toneless copies of the tuning text, lexicon words whose
    # toneless form is an everyday word need their marks) brought the
    # everyday shares to 0.000, 0.024 and 0.039, and cost toneless unkind
    # recall 0.889 -> 0.840 (68 of 81): a put-down typed without marks reads like
    # everyday words ("do cho" is also "độ cho", "tat may" "tắt máy"), and a
    # guard that warns on one toneless news sentence in six teaches
    # children to click past it (issue 16 puts everyday text first).
    # Then evidence of several words that reads alike without marks
    # (threats and put-downs aimed by "tao ... may", "tui may beo",
    # name-calling as the whole draft "do an hai", toneless "dung la" no
    # negation; from the toneless tuning half only, 0.803 -> 0.949 there)
    # brought it back to 0.852 (69 of 81), the everyday shares unchanged.
    # Round 6 (new toneless tuning text: news, teen chat, unkind; toneless
    # "ngu" is also "ngủ", "ngữ", "ngừ", "deo" "đèo", "dẻo", "cum" "cúm",
    # "ma me" "mà mẹ": each counts only in context) brought toneless news
    # 0.039 -> 0.029 (3 of 103), the other figures unchanged; the teen
    # chat left warned on the tuning text is the model's whole-draft
    # warning (the weight of "m"/"t" for mày/tao), for vi-model.bin
    # Round 7 (tonevi; four new toneless tuning batches of unkind
    # messages, two of news, each measured before its own rules:
    # lexicon phrases in chat, "m" for "mày" and "t" for "tao"; toneless
    # put-downs right after "may"; an insult that needs its marks right
    # after a calling word that starts the clause, "thang tam than";
    # name-calling as the last clause; more words that tell a toneless
    # draft is Vietnamese; allow-phrases for passes, flags, muzzles)
    # brought toneless unkind recall 0.852 -> 0.877 (71 of 81), the other
    # figures unchanged; the toneless news left warned on the tuning text
    # (1 of 373) is the model's whole-draft warning, for vi-model.bin
    ('heldout_vi_children_toneless_warned', '<=', 0.0, 0.01),
    ('heldout_vi_toneless_warned', '<=', 0.025, 0.01),
    # (round 7: 0.029 -> 0.019 and 0.852 -> 0.864 with the model retrained
    # on the new everyday sets' tuning halves)
    ('heldout_vi_news_toneless_warned', '<=', 0.02, 0.02),
    # (round 8, the model retrained with the round's everyday chat: 0.901)
    # (round 18, s18-tone's learnt toneless reading: 0.914 -> 0.926)
    ('heldout_vi_unkind_toneless_recall', '>=', 0.925, 0.95),
    # Seventh round: broad everyday sets written before any measurement
    # (vi-daily.txt, vi-daily-toneless.txt, vi-news-daily.txt). The floors
    # are the shares measured on main as of 5 Dec 2026, before any rule or
    # model used their tuning halves: 9 of 229, 4 of 146, 9 of 118.
    # Then: words that tell of violence ("giết", "tử hình", "đâm chết")
    # are threats only when aimed at someone (flag "either"), and the model
    # retrained with the tuning halves: 7 of 229, 2 of 146, 2 of 118;
    # drugs and betting warn only beside a word that sells them: 0 of 118
    # Round 8: the model retrained with 735 new lines of everyday chat
    # (checker-training/tuning/vi-daily*-r8*.txt, none from these sets):
    # 6 of 229, 2 of 146, 0 of 118; then a put-down said of oneself ("tớ
    # ngu quá, làm sai hết") is no insult: 5 of 229
    # Round 9: about 1,100 lines of new everyday tuning text (games, farm
    # animals, funerals, family groups, slurs' words read literally,
    # lexicon entries with everyday readings) and rules by kind for what
    # they showed, the cut-short "đ" no insult before "rồi"/"chưa", the
    # model retrained with them: 2 of 229, 1 of 146, 0 of 118
    ('heldout_vi_daily_warned', '<=', 0.01, 0.01),
    # (round 17: 1 -> 0 of 146, the crude-language reminder)
    ('heldout_vi_daily_toneless_warned', '<=', 0.0, 0.01),
    ('heldout_vi_news_daily_warned', '<=', 0.0, 0.02),
]


def meets(value, op, target):
    return value >= target if op == '>=' else value <= target


def main():
    global TAP, VERBOSE
    ap = argparse.ArgumentParser()
    ap.add_argument('--tap', metavar='TOOL')
    ap.add_argument('--tool', default=os.environ.get('NC_CHECK_TOOL', os.path.join(HERE, '..', '_build', 'src', 'tools', 'netconduct-check')))
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))
    ap.add_argument('--part', choices=('tune', 'heldout', 'all'), default='all',
                    help='which part of every set (all: tune and heldout, each reported)')
    ap.add_argument('--only', default='', help='comma-separated set names (everyday names, debian_vi, vihos, davidson)')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    VERBOSE = args.verbose
    if args.tap:
        TAP = True
        args.tool = args.tap
        args.part = 'heldout'
    parts = ('tune', 'heldout') if args.part == 'all' else (args.part,)
    only = set(filter(None, args.only.split(',')))
    text_dir = os.path.join(args.data, 'text')
    have_data = os.path.isdir(text_dir)
    debian = sets.debian_vi('tune', limit=1) != []

    for part in parts:
        for name, (_, lang, kind) in sets.EVERYDAY_SETS.items():
            if only and name not in only:
                continue
            texts = sets.everyday(name, part)
            lang = LANG_VI if lang == 'vi' else lang
            (eval_harmless if kind == 'harmless' else eval_unkind)(tool=args.tool, texts=texts, lang=lang,
                                                                   name=f'{part}_{name}')
        for name, (_, kind) in sets.TONELESS_SETS.items():
            if not only or name in only:
                (eval_harmless if kind == 'harmless' else eval_unkind)(tool=args.tool, texts=sets.toneless(name, part),
                                                                       lang='auto', name=f'{part}_{name}')
        for name, (_, lang) in sets.CARE_SETS.items():
            if not only or name in only:
                eval_care(args.tool, sets.care(name, part), LANG_VI if lang == 'vi' else lang, f'{part}_{name}')
        for name, (_, lang, kind) in sets.FRESH_SETS.items():
            texts = sets.fresh(name, part)
            if texts and (not only or name in only):
                (eval_harmless if kind == 'harmless' else eval_unkind)(args.tool, texts,
                                                                       LANG_VI if lang == 'vi' else lang,
                                                                       f'{part}_{name}')
        if debian and (not only or 'debian_vi' in only):
            eval_harmless(args.tool, sets.debian_vi(part), LANG_VI, f'{part}_debian_vi')
        if have_data and (not only or 'vihos' in only):
            if part == 'tune':
                rows = sets.vihos_rows(args.data, 'train')
                eval_vihos(args.tool, rows[int(len(rows) * 0.8):], 'tune_vihos')
            else:
                eval_vihos(args.tool, sets.vihos_rows(args.data, 'dev'), 'heldout_vihos')
        if have_data and (not only or 'davidson' in only):
            eval_davidson(args.tool, sets.davidson_rows(args.data, part), f'{part}_davidson')

    if TAP:
        checks = [c for c in TARGETS if c[0] in FIGURES]
        skipped = [c for c in TARGETS if c[0] not in FIGURES]
        print(f'1..{len(TARGETS)}')
        failed = 0
        for i, (name, op, asserted, target) in enumerate(checks, 1):
            value = FIGURES[name]
            good = meets(value, op, asserted)
            failed += not good
            print(f"{'ok' if good else 'not ok'} {i} - {name} {value:.3f} {op} {asserted}")
            if not meets(value, op, target):
                print(f'# {name}: issue 16 target {op} {target} not reached yet')
        for i, (name, _, _, _) in enumerate(skipped, len(checks) + 1):
            print(f'ok {i} - {name} # SKIP its data is not on this machine')
        return 1 if failed else 0
    return 0


if __name__ == '__main__':
    sys.exit(main())
