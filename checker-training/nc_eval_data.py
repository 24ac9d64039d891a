# SPDX-License-Identifier: GPL-3.0-or-later
"""The text sets that the checker is tuned and measured on, and how each
is split into a tuning part and a HELD-OUT part (shared by
tests/eval-checker.py and the training scripts; no third-party text is copied).

Split rule, fixed: a line is held out when the first byte of the SHA-1 of
its text (UTF-8, stripped) is odd (about half of every set). ViHOS: train
is for fitting and tuning (the training scripts read only train.csv), dev.csv is held
out. Davidson dev: the same hash rule on the tweet's text. The tuning-only
lines of checker-training/tuning/ are added to the tuning parts only.
"""
import csv
import hashlib
import os
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVERYDAY_DIR = os.path.join(HERE, '..', 'tests', 'fixtures', 'everyday')
# tuning-only text written for the project (checker-training/tuning): added
# to the tuning part of a set, never to its held-out part
TUNING_DIR = os.path.join(HERE, 'tuning')
# (English, issue 16's fifth round: one file a batch, r5a-r5f, each
# measured before any rule or model used it; r5f was written after the
# round's last rule and model. Sixth round: r6a measured before the
# grammar's batch-A kinds were added, r6b after them and before its own.
# Seventh round: r7a, 39 of 59 unkind caught before its rules, 5 of 31
# look-alikes warned. Eighth round: r8a, kinds the batches lacked, 84 of
# 166 unkind caught and 18 of 166 look-alikes warned before its rules;
# r8b written after them, measured once before it joined: 44 of 60 unkind
# caught, 2 of 60 look-alikes warned. Ninth round, s9-judgeen: r9a (and
# the Vietnamese r9j) evasions a child types, spaced, dotted, masked and
# look-alike letters, and chat slang, with look-alike twins (initials,
# scores, prices, spaced capitals); on main before the round's rules 60 of
# 90 English and 31 of 35 Vietnamese caught, 3 of 64 and 1 of 30
# look-alikes warned; r9b, English kinds the batches lacked: 23 of 40
# caught and 5 of 40 look-alikes warned on main before its rules; r9c,
# evasions written after the round's normalizer rules, measured once: 20
# of 20 English and 10 of 10 Vietnamese caught (main: 11 and 9), 0 of 20
# and 0 of 10 look-alikes warned; its Vietnamese files are named r9j2)
# (tenth round, s10-evade: r10e, evasions a child still got past, an
# article or a word joined to spaced letters, words run together, emoji as
# the insult, zero-width spaces and marks; and their look-alikes, emoji of
# animals, spelled-out letters, hashtags, Scunthorpe; committed before any
# measurement: on main 14 of 30 English and 18 of 30 Vietnamese caught, 0
# of 30 and 0 of 25 look-alikes warned; r10f written after the round's
# rules, measured once before it joined: main 9 of 20 English and 14 of
# 20 Vietnamese caught, the branch 20 of 20 and 20 of 20; 0 of 20 and 0 of
# 20 look-alikes warned on both)
# Tenth round, s10-judgeen: r10j, unkind kinds the batches lacked
# (exclusion with a reason, clothes, poverty, a lunch, an accent, a
# family, "nobody likes you" variants, passive-aggressive group chat,
# threats of posting, a grade or a mistake mocked) with their kind twins,
# and r10j2, harder everyday English ("dumb" of a pet or a plan, "loser"
# as a game's stake, idioms); on main before the round's rules 27 of 60
# caught, 4 of 60 twins and 21 of 65 everyday lines warned; r10j3, written
# after the round's first rules, measured once before its own: main 16 of
# 30 caught and 5 of 40 look-alikes warned, the branch 22 of 30 and 1 of
# 40; r10j4, short name-calling, and r10j5, put-downs behind a hedge or a
# negation, before their rules: 43 of 50 and 22 of 30 caught on main;
# r10j6, more short ones, 41 of 50 on main and the branch before its rules)
# Tenth round, s10-gossip: r10g (both languages, half of the Vietnamese
# without marks), put-downs of someone talked about, not to (body shaming
# of "nó", "con bé đó", "her", "that kid", "nobody in this group chat
# actually likes you", pity as a put-down) and their harmless twins (pets,
# dolls, babies, cartoons, oneself, a doctor, a parent); committed before
# any measurement: on main 20 of 36 Vietnamese and 8 of 20 English caught,
# 1 of 28 and 3 of 17 twins warned; r10g2, written after r10g's rules,
# measured once before its own: main 10 of 14 Vietnamese and 3 of 8
# English caught, the branch 10 of 14 and 4 of 8; 0 of 11 and 0 of 6
# twins warned on both
# Eleventh round, s11-school: r11s (both languages), what must still warn
# beside the school sets vi_school and en_school ("câm mõm", "mặt hãm", "I'll
# kill you", insults aimed at the reader while quoting others), written and
# committed before any measurement
# Eleventh round, s11-unkind: r11u (Vietnamese, part without marks),
# unkind kinds still missed (ignoring someone, orphan and family
# put-downs, a region's or an ethnic group's people as dirty, stupid or
# poor, study wasted, gender put-downs with words between) and their
# everyday twins (avocado, a bus conductor, orphans in the news, a
# geography lesson, a proud parent); committed before any measurement;
# r11u2, written after r11u's rules, committed before measuring it;
# r11u3, more wordings of the kinds, after r11u2's rules, likewise;
# r11u4, a fresh batch written after all the round's rules, measured once;
# r11u5, another, after r11u4's rules, likewise
# Eleventh round, s11-en: r11n, English unkind kinds still missed (a bare
# put-down with "af" and a dismissal, a third person's flaw pointed out
# after a comma, insults run together, self-harm told in new words, an
# accent or a stutter mocked, a disability, looks rated low, "no one would
# miss you") and their twins, committed before any measurement: on main 18
# of 43 caught, 5 of 43 twins warned; r11n2, written after r11n's rules,
# committed before measuring it: main 6 of 30 caught, 4 of 30 twins
# warned; the branch before r11n2's own rules 27 of 30 and 4 of 30
# Eleventh round, s11-long: r11l, long everyday compositions (40-100 words:
# a market, a festival, a trip, science lessons, a sports day, a hospital
# visit, letters, the Code's lesson summed up, a buffalo, a pig, a chicken,
# a monkey, legends retold, essays on pollution) joined to vi_school's
# tuning part, and long rants at a classmate that must still warn;
# committed before any measurement; r11l2, more compositions written after
# the round's rule (a long draft judged sentence by sentence), committed
# before it was measured, measured once
# Eleventh round, s11-essay: r11e, English compositions (book reports, history,
# science, health class, personal narratives, essays on bullying, news
# summaries) joined to en_school's tuning part, and unkind lines that must
# still warn beside them; committed before any measurement; r11e2, written
# after r11e's rules, committed before measuring it, measured once
# Twelfth round, s12-en: r12e, English compositions (book reports retelling
# violence, history of lynching, massacres, genocide and executions, names
# a narrator reports, villains described, things called stupid, racism
# reported, pets called idiots) joined to en_school's tuning part, chat
# look-alikes in en_children's and unkind lines of kinds still missed in
# en_unkind's; committed before any measurement; r12e2, the same kinds in
# other words, written after r12e's rules, committed before measuring it;
# r12e3, written after the round's rules, committed before measuring it,
# measured once before its own rules
# Twelfth round, s12-fit: r12f, long compositions (literature summaries,
# essays on social problems, farm animals, a death in the family) joined to
# vi_school's tuning part, and long unkind drafts aimed at a classmate (two
# without marks) that must still warn; committed before any measurement:
# on main 8 of 33 compositions warned (7 by the model's n-grams), 16 of 16
# unkind drafts caught
# Twelfth round, s12-gate: r12g, long compositions that address no one
# (other works than r12f's, essays on gaming, school violence, gambling,
# scams, drink, theft, drugs) joined to vi_school's tuning part, and long
# unkind drafts that narrate gossip about a classmate in the third person
# (no "mày"; two without marks) joined to vi_unkind's; committed before
# any measurement; and short chat about the lesson that names its
# characters (Lão Hạc, Chí Phèo, chị Dậu, Mị, Lý Thông ...) joined to
# vi_daily's, committed before measuring it; on main 5 of 22 compositions
# warned (2 by the model's n-grams alone), 14 of 16 gossip drafts caught, 0
# of 20 chat lines warned
# Twelfth round, s12-vistory: r12s, compositions warned by lexicon entries
# (a work retold, its characters put down; a place or an animal described
# by its smell and dirt; essays on bullying, theft, litter) joined to
# vi_school's tuning part, and gossip about a classmate over several
# sentences, some dressed as a story ("trong truyện", "nhân vật"), joined
# to vi_unkind's; committed before any measurement
# Twelfth round, s12-enmiss: r12m, English unkind kinds still missed on
# en_unkind's tuning part (knowing where someone lives or rides home, threats
# put off to a day, someone's home or body said to smell, "none of us like
# you", a group told to ignore or unfollow someone, sarcastic praise, skin
# colour mocked, a blunder in front of everyone) and their look-alikes
# joined to en_children's; committed before any measurement; r12m2, the
# same kinds attacked as a child would (a name, a prefix, a quote, a pet,
# a scam account), written after r12m's rules, committed before measuring it
# Thirteenth round, s13-en: r13e, English unkind kinds still missed (clothes
# or belongings mocked as from the trash, a lice or germs rumour to make
# others avoid someone, a threat to send a humiliating video to everyone)
# and real threats, joined to en_unkind's tuning part; look-alikes (a
# child's hyperbole about a parent, "i'm dead", lice checks, thrift finds, a
# concert's video sent to everyone) joined to en_children's; committed
# before any measurement; r13e2, the same kinds in other words and r13e's
# rules attacked as a child would (a put-down wrapped in a hyperbole, a
# laugh, a cold, a pet), written after r13e's rules, committed before
# measuring it; r13e3, a probe of short unkind lines in the style of
# en-unkind.txt (names, exclusion, threats, taunts), measured once on the
# branch just before its commit (as r9d), and look-alikes of the rules it
# led to, committed before measuring them; r13e4, every rule of the branch
# attacked once more and look-alikes of each (a sleeping puppy, happy tears,
# a sibling with lice), written after all of them, committed before
# measuring it; r13e5, more hyperbole (a sibling or a friend "dead" to a
# parent, "the death of me") and real threats beside it, committed before
# measuring it
TUNING_EXTRA = {
    'en_unkind': ('en-unkind.txt', 'en-unkind-r5a.txt', 'en-unkind-r5b.txt',
                  'en-unkind-r5c.txt', 'en-unkind-r5d.txt',
                  'en-unkind-r5e.txt', 'en-unkind-r5f.txt', 'en-unkind-r6a.txt',
                  'en-unkind-r6b.txt', 'en-unkind-r7a.txt', 'en-unkind-r8a.txt',
                  'en-unkind-r8b.txt', 'en-unkind-r9a.txt',
                  'en-unkind-r9b.txt', 'en-unkind-r9c.txt', 'en-unkind-r10e.txt',
                  'en-unkind-r10f.txt', 'en-unkind-r10j.txt', 'en-unkind-r10j3.txt',
                  'en-unkind-r10j4.txt', 'en-unkind-r10j5.txt', 'en-unkind-r10j6.txt',
                  'en-unkind-r10g.txt', 'en-unkind-r10g2.txt', 'en-unkind-r11s.txt',
                  'en-unkind-r11n.txt', 'en-unkind-r11n2.txt', 'en-unkind-r11e.txt',
                  'en-unkind-r11e2.txt',
                  # twelfth round, s12-en
                  'en-unkind-r12e.txt', 'en-unkind-r12e2.txt',
                  'en-unkind-r12e3.txt',
                  # twelfth round, s12-enmiss
                  'en-unkind-r12m.txt', 'en-unkind-r12m2.txt',
                  # thirteenth round, s13-en
                  'en-unkind-r13e.txt', 'en-unkind-r13e2.txt', 'en-unkind-r13e3.txt',
                  'en-unkind-r13e4.txt', 'en-unkind-r13e5.txt',
                  # (thirteenth round, s13-help: look-alikes of a child asking
                  # for help that are put-downs; r13h2, attacks on the
                  # branch's first rules; r13h3 after all of them; each
                  # committed before measuring)
                  'en-unkind-r13h.txt', 'en-unkind-r13h2.txt',
                  'en-unkind-r13h3.txt',
                  # thirteenth round, s13-den: the harmless r13n's words aimed
                  # at a classmate; r13n2, attacks on the branch's first
                  # rules; r13n3 after the second (each committed before
                  # measuring)
                  'en-unkind-r13n.txt', 'en-unkind-r13n2.txt',
                  'en-unkind-r13n3.txt',
                  # fourteenth round, s14-en: a disability, private data,
                  # fake accounts, skin colour, intimate pictures; attacks
                  # wrapped in an essay (committed before measuring)
                  'en-unkind-r14e.txt',
                  # (r14e2: the first rules attacked, after them)
                  'en-unkind-r14e2.txt',
                  # (r14e3: every rule attacked once more, measured once)
                  'en-unkind-r14e3.txt',
                  # (r14e4: the kinds in other words, after r14e3)
                  'en-unkind-r14e4.txt',
                  # (r14e5: chat words and attacks, after r14e4's rules)
                  'en-unkind-r14e5.txt',
                  # fourteenth round, s14-den: put-downs wrapped in the words
                  # of its allow rules (committed before measuring them)
                  'en-unkind-r14n.txt',
                  # (r14n2: the allow rules attacked again, after the second rules)
                  'en-unkind-r14n2.txt',
                  # fifteenth round, s15-en: screenshots for a crowd, mass
                  # reports, a parent's job mocked, gossip, a help request's
                  # words wrapped round a put-down (committed before measuring)
                  'en-unkind-r15e.txt',
                  # (r15e2: the allow rules attacked, after the first rules)
                  'en-unkind-r15e2.txt',
                  # (r15e3: the allow rules attacked again, after r15e2's rules)
                  'en-unkind-r15e3.txt',
                  # (r15e5: after all the branch's rules, measured once)
                  'en-unkind-r15e5.txt',
                  # fifteenth round, s15-den: s15-en's allow rules attacked,
                  # its kinds in other words (committed before measuring)
                  'en-unkind-r15n.txt',
                  # (r15n2: the branch's own allows attacked, after its rules)
                  'en-unkind-r15n2.txt',
                  # (r15n3: after all the branch's rules, measured once)
                  'en-unkind-r15n3.txt',
                  # fifteenth round, s15-enmiss: threats in the present
                  # progressive, a friend's report attacked (before measuring)
                  'en-unkind-r15m.txt',
                  # (r15m2: the allow attacked, after the first rules)
                  'en-unkind-r15m2.txt',
                  # (r15m3: after all the branch's rules, measured once)
                  'en-unkind-r15m3.txt',
                  # (r15m4: the allow attacked again, after all the rules)
                  'en-unkind-r15m4.txt',
                  # (s16-sorry r16s: put-downs wrapped in apology words)
                  'en-unkind-r16s.txt',
                  # (r16s2: the apology allow attacked again, after its first rules)
                  'en-unkind-r16s2.txt',
                  # (r16s3: after all the branch's rules, measured once)
                  'en-unkind-r16s3.txt',
                  # (r16s4: after all the branch's rules, measured once)
                  'en-unkind-r16s4.txt',
                  # sixteenth round, s16-en: an address or account for a crowd,
                  # agreement, retorts, animals (committed before measuring)
                  'en-unkind-r16e.txt',
                  # (r16e2: the allows attacked, after the first rules)
                  'en-unkind-r16e2.txt',
                  # sixteenth round, s16-den: the round's allows attacked
                  # (committed before measuring)
                  'en-unkind-r16n.txt',
                  # (r16n2: after the branch's first mends)
                  'en-unkind-r16n2.txt',
                  # (r16n3: after all the branch's mends, measured once)
                  'en-unkind-r16n3.txt',
                  # (sixteenth round, s16-self r16f: put-downs of someone else
                  # dressed as self-talk; committed before measuring)
                  'en-unkind-r16f.txt',
                  # (s16-self r16f2: after the first rules; committed before measuring)
                  'en-unkind-r16f2.txt',
                  # (seventeenth round, the lead r17l: a party someone is kept
                  # from, a wait after school, the dumbest in the class, an
                  # ugly picture to post; committed before measuring)
                  'en-unkind-r17l.txt',
                  # (s17-daily r17d: unkind lines around the branch's mends; committed before measuring)
                  'en-unkind-r17d.txt',
                  # (s17-daily r17d2: unkindness hidden behind the r16 allows; committed before its one measurement)
                  'en-unkind-r17d2.txt',
                  # (seventeenth round, s17-kinds r17k: a blind batch of kinds
                  # no round had named; committed before measuring, measured
                  # once on main)
                  'en-unkind-r17k.txt',
                  # (s17-kinds r17k2: the kinds the branch mends, reworded;
                  # committed before measuring)
                  'en-unkind-r17k2.txt',
                  # (s17-kinds r17k3: the blind batch's missed kinds, reworded;
                  # committed before measuring)
                  'en-unkind-r17k3.txt',
                  # (s17-kinds r17k4, after all the branch's rules; measured once)
                  'en-unkind-r17k4.txt',
                  # (s17-chat r17h: a swear word beside a put-down, the crude reminder attacked; committed before measuring)
                  'en-unkind-r17h.txt',
                  # (s17-chat r17h2: the same after the branch's rules; committed before its one measurement)
                  'en-unkind-r17h2.txt',
                  # (s17-enk r17n: unkind kinds no round named, sarcasm, looks, phones, homes, jobs, ratings, veiled threats, group chats; committed before measuring)
                  'en-unkind-r17n.txt',
                  # (s17-enk r17n2: r17n's kinds in new words, after the branch's rules; committed before its one measurement)
                  'en-unkind-r17n2.txt',
                  # (s17-enk r17n3: gender, region, poverty, grades, family, disability; committed before its one measurement)
                  'en-unkind-r17n3.txt',
                  # (s17-enk r17n4: the fresh17 header's broad kinds in new words, after r17n3's rules; committed before its one measurement)
                  'en-unkind-r17n4.txt',
                  # (s18-en r18en: comparisons, ratings, sarcasm, things, family, voice, smell, twisted names, polite exclusion, lowercase names; blind, committed before measuring)
                  'en-unkind-r18en.txt',
                  # (s18-en r18en2: r18en's kinds in new words, written after the branch's rules; committed before its one measurement)
                  'en-unkind-r18en2.txt',
                  # (s18-en r18en3: the brief's kinds in new words, after all the branch's rules; measured once on main and once on the branch, no rule after)
                  'en-unkind-r18en3.txt',
                  # (s19-kinds r19k: threats with no threat word, accents and home towns put down; committed before measuring)
                  'en-unkind-r19k.txt',
                  # (s19-kinds r19k2: exclusion worded kindly, sarcasm with no judging word; committed before measuring)
                  'en-unkind-r19k2.txt',
                  # (s19-kinds r19k3: the branch's four kinds in new words, written after its rules; committed before its one measurement)
                  'en-unkind-r19k3.txt',
                  # (s19-kinds r19k4: the four kinds in new words, after all the branch's rules; committed before its one measurement)
                  'en-unkind-r19k4.txt',
                  # (s19-endaily r19e: the unkind twins of the branch's rules, the same words aimed at a person; written with the rules)
                  'en-unkind-r19e.txt',
                  # (s19-endaily r19e2: the unkind twins of en_tease(), a tease taken past teasing; written with the rule)
                  'en-unkind-r19e2.txt',
                  # (s20-endaily r20e: 40 unkind lines, after en_everyday(); committed before its one measurement)
                  'en-unkind-r20e.txt',
                  # (s20-enmodel r20m: put-downs of you/he/she, exclusion, orders, conditions, "ur mom"; written after the branch's model, committed before its one measurement)
                  'en-unkind-r20m.txt',
                  # (s21-kiden2 r21e: 250 unkind lines aimed at someone, 188 without a swear word; blind, committed before measuring)
                  'en-unkind-r21e.txt',
                  # (s21-ennot r21n: 30 unkind lines that use a negation to be mean, written after the denial reading; committed before its one measurement)
                  'en-unkind-r21n.txt',
                  # (s22-enk r22e: 88 unkind lines of four kinds named on the blind sets' tuning halves: family money or a parent's job mocked, a meeting set as a threat, a shaming photo sent round, polite exclusion; committed before measuring)
                  'en-unkind-r22e.txt',
                  # (s22-enk r22e2: 40 unkind lines of the same kinds, new wording, written after en_kinds(); committed before its one measurement)
                  'en-unkind-r22e2.txt',
                  # (s22-enk r22e3: 40 unkind lines of the same kinds, new wording, written after the rules' second version; committed before its one measurement)
                  'en-unkind-r22e3.txt',
                  # (s22-enk r22e4: 40 unkind lines of the same kinds, new wording, written after the rules' third version; committed before its one measurement)
                  'en-unkind-r22e4.txt',
                  # (s22-enk r22e5: 40 unkind lines of the same kinds, new wording, written after the rules' fourth (last) version; committed before its one measurement, not tuned on)
                  'en-unkind-r22e5.txt'),
    'en_children': ('en-harmless.txt', 'en-harmless-r5a.txt', 'en-harmless-r5b.txt',
                    'en-harmless-r5c.txt', 'en-harmless-r5d.txt',
                    'en-harmless-r5e.txt', 'en-harmless-r5f.txt', 'en-harmless-r6a.txt',
                    'en-harmless-r6b.txt', 'en-harmless-r7a.txt', 'en-harmless-r8a.txt',
                    'en-harmless-r8b.txt', 'en-harmless-r9a.txt',
                    'en-harmless-r9b.txt', 'en-harmless-r9c.txt', 'en-harmless-r10e.txt',
                    'en-harmless-r10f.txt', 'en-harmless-r10j.txt',
                    'en-harmless-r10j2.txt', 'en-harmless-r10j3.txt', 'en-harmless-r10g.txt',
                    'en-harmless-r10g2.txt', 'en-harmless-r11s.txt', 'en-harmless-r11s2.txt',
                    'en-harmless-r11s3.txt', 'en-harmless-r11s4.txt',
                    'en-harmless-r11n.txt', 'en-harmless-r11n2.txt',
                    # twelfth round, s12-en
                    'en-harmless-r12e.txt', 'en-harmless-r12e2.txt',
                    'en-harmless-r12e3.txt',
                    # twelfth round, s12-enmiss
                    'en-harmless-r12m.txt', 'en-harmless-r12m2.txt',
                    # thirteenth round, s13-en
                    'en-harmless-r13e.txt', 'en-harmless-r13e2.txt',
                    'en-harmless-r13e3.txt', 'en-harmless-r13e4.txt',
                    'en-harmless-r13e5.txt',
                    # (thirteenth round, s13-help: a child telling an adult
                    # what others said or did to them; r13h2 written after
                    # the first rules; each committed before measuring)
                    'en-harmless-r13h.txt', 'en-harmless-r13h2.txt',
                    'en-harmless-r13h3.txt',
                    # thirteenth round, s13-den: health and the body, farm
                    # and kitchen, customs and ghost stories, game and sport
                    # talk, history, news retold; r13n2 after the first rules,
                    # r13n3 after the second (each committed before measuring)
                    'en-harmless-r13n.txt', 'en-harmless-r13n2.txt',
                    'en-harmless-r13n3.txt',
                    # fourteenth round, s14-en: look-alikes of en-unkind-r14e
                    # and help asked with its words (committed before measuring)
                    'en-harmless-r14e.txt',
                    # (r14e2: the first rules' words in everyday use)
                    'en-harmless-r14e2.txt',
                    # (r14e3: after all the rules, measured once)
                    'en-harmless-r14e3.txt',
                    # (r14e4: after r14e3)
                    'en-harmless-r14e4.txt',
                    # (r14e5: after r14e4's rules)
                    'en-harmless-r14e5.txt',
                    # (r14e6: the match rules' words in everyday use, after all of them)
                    'en-harmless-r14e6.txt',
                    # fourteenth round, s14-den: everyday English holding
                    # s14-en's words (committed before measuring)
                    'en-harmless-r14n.txt',
                    # (r14n2: where s14-en's rules look, after r14n's measure)
                    'en-harmless-r14n2.txt',
                    # (r14n3: after the branch's rules, measured once)
                    'en-harmless-r14n3.txt',
                    # (r14n4: after all the branch's rules, measured once)
                    'en-harmless-r14n4.txt',
                    # fifteenth round, s15-en: look-alikes of en-unkind-r15e
                    # and a child asking for help quoting what was said to
                    # them (committed before measuring)
                    'en-harmless-r15e.txt',
                    # (r15e2: the rules' words in everyday use, after them)
                    'en-harmless-r15e2.txt',
                    # (r15e3: after r15e2's rules)
                    'en-harmless-r15e3.txt',
                    # (r15e4: after all the branch's rules, measured once)
                    'en-harmless-r15e4.txt',
                    # (r15e5: after all the branch's rules, measured once)
                    'en-harmless-r15e5.txt',
                    # fifteenth round, s15-den: s15-en's words in everyday
                    # senses (committed before measuring)
                    'en-harmless-r15n.txt',
                    # (r15n2: where the branch's rules look, after them)
                    'en-harmless-r15n2.txt',
                    # (r15n3: after all the branch's rules, measured once)
                    'en-harmless-r15n3.txt',
                    # fifteenth round, s15-enmiss: help asked for a friend,
                    # the present progressive in everyday senses
                    'en-harmless-r15m.txt',
                    # (r15m2: after the first rules)
                    'en-harmless-r15m2.txt',
                    # (r15m3: after all the branch's rules, measured once)
                    'en-harmless-r15m3.txt',
                    # (r15m4: where r15m4's attacks look)
                    'en-harmless-r15m4.txt',
                    # (s16-sorry r16s: apologies naming the words regretted)
                    'en-harmless-r16s.txt',
                    # (r16s2: the rule's words in everyday use, after it)
                    'en-harmless-r16s2.txt',
                    # (r16s3: after all the branch's rules, measured once)
                    'en-harmless-r16s3.txt',
                    # (r16s4: after all the branch's rules, measured once)
                    'en-harmless-r16s4.txt',
                    # sixteenth round, s16-en: look-alikes of the round's kinds
                    # (committed before measuring)
                    'en-harmless-r16e.txt',
                    # (r16e2: where the rules look, after the first rules)
                    'en-harmless-r16e2.txt',
                    # sixteenth round, s16-den: the round's words in everyday
                    # senses and real apologies (committed before measuring)
                    'en-harmless-r16n.txt',
                    # (r16n2: after the branch's first mends)
                    'en-harmless-r16n2.txt',
                    # (r16n3: after all the branch's mends, measured once)
                    'en-harmless-r16n3.txt',
                    # (sixteenth round, s16-self r16f: a child putting
                    # themselves down; committed before measuring)
                    'en-harmless-r16f.txt',
                    # (s16-self r16f2: after the first rules; committed before measuring)
                    'en-harmless-r16f2.txt',
                    # (seventeenth round, the lead r17l: a thing, not a person,
                    # "gonna kill" the writer; committed before measuring)
                    'en-harmless-r17l.txt',
                    # (r17l2: look-alikes of the lead's r17l unkind kinds;
                    # committed before measuring)
                    'en-harmless-r17l2.txt',
                    # (s17-care r17c: hyperbole like despair, "this homework is killing me",
                    # "i'm dead 💀"; committed before measuring; no care reminder wanted)
                    'en-harmless-r17c.txt',
                    # (s18-care2 r18q: look-alikes of despair, blind, measured once before any rule)
                    'en-harmless-r18q.txt',
                    'en-harmless-r18q2.txt',   # (r18q2: written after the rules, measured once)
                    # (s17-daily r17d: the r16 rules' words in everyday life; committed before measuring)
                    'en-harmless-r17d.txt',
                    # (s17-daily r17d2: where the r16 rules look, written after reading them; committed before measuring)
                    'en-harmless-r17d2.txt',
                    # (s17-daily r17d3: after all the branch's rules, measured once)
                    'en-harmless-r17d3.txt',
                    # (seventeenth round, s17-kinds r17k: look-alikes of the
                    # branch's kinds, addresses for parties, eggs, self-talk,
                    # apologies with advice; committed before measuring)
                    'en-harmless-r17k.txt',
                    # (s17-kinds r17k2: look-alikes of en-unkind-r17k3.txt;
                    # committed before measuring)
                    'en-harmless-r17k2.txt',
                    # (s17-kinds r17k3, after all the branch's rules; measured once)
                    'en-harmless-r17k3.txt',
                    # (s17-chat r17h: a swear word aimed at no one, wanted a reminder only; committed before measuring)
                    'en-harmless-r17h.txt',
                    # (s17-chat r17h2: the same, around where the branch's rules look; committed before its one measurement)
                    'en-harmless-r17h2.txt',
                    # (s17-enk r17n: look-alikes of r17n's kinds in kind use; committed before measuring)
                    'en-harmless-r17n.txt',
                    # (s17-enk r17n2: the rules' words in kind use, after them; committed before its one measurement)
                    'en-harmless-r17n2.txt',
                    # (s18-en r18en: look-alikes of r18en's words, a song called trash, "you look tired"; blind, committed before measuring)
                    'en-harmless-r18en.txt',
                    # (s18-en r18en2: the rules' words in kind use, after them; committed before its one measurement)
                    'en-harmless-r18en2.txt',
                    # (s18-en r18en3: look-alikes after all the rules; measured once on main and once on the branch)
                    'en-harmless-r18en3.txt',
                    # (s19-davidson r19d: teen tweets on sport, music, games, swearing aimed at no one; blind, committed before measuring)
                    'en-harmless-r19d.txt',
                    # (s19-davidson r19d2: the same kinds and shared headlines, after the branch's rules; committed before its one measurement)
                    'en-harmless-r19d2.txt',
                    # (s19-kinds r19k: look-alikes of en-unkind-r19k; committed before measuring)
                    'en-harmless-r19k.txt',
                    # (s19-kinds r19k2: look-alikes of en-unkind-r19k2; committed before measuring)
                    'en-harmless-r19k2.txt',
                    # (s19-kinds r19k3: look-alikes after the branch's rules; committed before its one measurement)
                    'en-harmless-r19k3.txt',
                    # (s19-kinds r19k4: look-alikes after all the branch's rules; committed before its one measurement)
                    'en-harmless-r19k4.txt',
                    # (s19-endaily r19e1-3: everyday English chat, messages and kind teasing with rude-looking words; committed before measuring)
                    'en-daily-r19e1.txt', 'en-daily-r19e2.txt', 'en-daily-r19e3.txt',
                    # (s19-endaily r19e4: 60 more of the same kinds, after the branch's rules; committed before its one measurement)
                    'en-daily-r19e4.txt',
                    # (s19-endaily r19e5: 40 more, after en_tease() and all the branch's rules; committed before its one measurement)
                    'en-daily-r19e5.txt',
                    # (s20-endaily r20e: 120 teen/parent and 80 children's everyday lines, kind rude-looking talk, lyrics, history, health class; blind, committed before measuring)
                    'en-harmless-r20e.txt', 'en-children-r20e.txt',
                    # (s20-endaily r20e2: 60 more, after en_everyday(); committed before its one measurement)
                    'en-harmless-r20e2.txt',
                    # (s20-enmodel r20m: children's messages with you/he/she/go/nobody/if, games, sport; written after the branch's model, committed before its one measurement)
                    'en-harmless-r20m.txt',
                    # (s20-enmodel2 r20n: kind teasing of glasses/height/hair, "you must be"/"you deserve" praise, "go eat something", names in greetings; committed before measuring)
                    'en-harmless-r20n.txt',
                    # (s20-enmodel2 r20n2: comfort and praise that deny a put-down, "you're not X", found after r20n; committed before measuring)
                    'en-harmless-r20n2.txt',
                    # (s20-kiden r20kd: apologies, telling a parent, praise, comfort and plans said to "you", after en-kid-model.bin; measured once: 0 of 20 warned, main 0)
                    'en-harmless-r20kd.txt',
                    # (s21-kiden2 r21e: 250 kind/everyday lines aimed at someone: praise, comfort with "not", apologies, game trash talk, plans, telling a parent; blind, committed before measuring)
                    'en-daily-r21e.txt',
                    # (s21-kiden2 r21e2: 20 comfort/apology/praise/plan/telling-a-parent drafts, after en-kid-model.bin; measured once: 3 of 20 warned on main and with the model, none by it)
                    'en-harmless-r21e2.txt',
                    # (s21-ennot r21n: 40 kind lines aimed at someone, new wordings of comfort with a denial, reports to a parent, praise; written after the denial reading, committed before its one measurement)
                    'en-daily-r21n.txt',
                    # (s22-enk r22e: 86 kind look-alikes of en-unkind-r22e: a parent's job told with pride, meeting up, photos shared with love, a full table said kindly; committed before measuring)
                    'en-daily-r22e.txt',
                    # (s22-enk r22e2: 40 look-alikes of en-unkind-r22e2, written after en_kinds(); committed before its one measurement)
                    'en-daily-r22e2.txt',
                    # (s22-enk r22e3: 40 look-alikes of en-unkind-r22e3, written after the rules' second version; committed before its one measurement)
                    'en-daily-r22e3.txt',
                    # (s22-enk r22e4: 40 look-alikes of en-unkind-r22e4, written after the rules' third version; committed before its one measurement)
                    'en-daily-r22e4.txt',
                    # (s22-enk r22e5: 40 look-alikes of en-unkind-r22e5, written after the rules' fourth (last) version; committed before its one measurement, not tuned on)
                    'en-daily-r22e5.txt',
                    # (s22-daily r22y: 147 longer everyday lines (2-4 sentences): group chat, trips, reports to a teacher, game trash talk between friends, villains retold, news, lyrics; blind, committed before measuring)
                    'en-daily-r22y.txt',
                    # (s22-daily r22y2: 40 longer everyday lines written after the branch's rules, new wording; committed before its one measurement)
                    'en-daily-r22y2.txt'),
    'vi_unkind': ('vi-unkind.txt', 'vi-unkind-r6.txt', 'vi-unkind-r7.txt',
                  'vi-unkind-r7b.txt', 'vi-unkind-r7c.txt',
                  'vi-unkind-r7d.txt', 'vi-unkind-r9v.txt',
                  'vi-unkind-r9v2.txt', 'vi-unkind-r9j.txt',
                  'vi-unkind-r9j2.txt', 'vi-unkind-r9l.txt',
                  'vi-unkind-r9l2.txt', 'vi-unkind-r9l3.txt',
                  'vi-unkind-r10t.txt', 'vi-unkind-r10tm.txt', 'vi-unkind-r10t3.txt',
                  'vi-unkind-r10t4.txt', 'vi-unkind-r10t5.txt', 'vi-unkind-r10t6.txt',
                  'vi-unkind-r10e.txt', 'vi-unkind-r10f.txt', 'vi-unkind-r10g.txt',
                  'vi-unkind-r10g2.txt', 'vi-unkind-r11s.txt',
                  'vi-unkind-r11u.txt', 'vi-unkind-r11u2.txt', 'vi-unkind-r11u3.txt',
                  'vi-unkind-r11u4.txt', 'vi-unkind-r11u5.txt', 'vi-unkind-r11l.txt',
                  'vi-unkind-r11t.txt', 'vi-unkind-r11t2.txt', 'vi-unkind-r11t3.txt',
                  # s12-fit
                  'vi-unkind-r12f.txt',
                  # (twelfth round, s12-vi: pictures posted to be laughed
                  # at, looks mocked with a pretension, a named child
                  # blocked or left unanswered, "mấy đứa dân tộc", speech
                  # mocked, stretched letters; committed before measuring;
                  # r12v2 written after r12v's rules, likewise; r12v3 after
                  # all the branch's rules, measured once)
                  'vi-unkind-r12v.txt', 'vi-unkind-r12v2.txt',
                  'vi-unkind-r12v3.txt',
                  # s12-gate
                  'vi-unkind-r12g.txt',
                  # s12-vistory
                  'vi-unkind-r12s.txt',
                  # (twelfth round, s12-tone2: toneless emoji named at
                  # someone, "một phát là nằm viện", pictures posted for
                  # laughs, folded name-calling, body likened to a thing;
                  # committed before measuring; r12t2, a feeling sworn at
                  # with "con mẹ nó", written after r12t's rules, likewise;
                  # r12t3, short drafts of an emoji named at someone, likewise)
                  'vi-unkind-r12t.txt', 'vi-unkind-r12t2.txt',
                  'vi-unkind-r12t3.txt',
                  # (thirteenth round, s13-vicompo: a classmate put down
                  # in a made-up story or likened to a work's character;
                  # committed before measuring; r13c2 attacks the
                  # branch's rule, written after it, likewise; r13c3,
                  # attacks measured on the branch before their fix)
                  'vi-unkind-r13c.txt', 'vi-unkind-r13c2.txt',
                  'vi-unkind-r13c3.txt',
                  # (thirteenth round, s13-vi: a disease rumour to make
                  # others avoid someone, contempt for a kind of people or a
                  # poor family, a group formed to shut out a named child,
                  # clips sent to the class; committed before measuring)
                  'vi-unkind-r13v.txt',
                  # (s13-vi r13v2, written after r13v's rules, wrapped put-downs
                  # too; committed before measuring, measured once)
                  'vi-unkind-r13v2.txt',
                  # (s13-vi r13v3, written after all the branch's rules;
                  # committed before measuring, measured once)
                  'vi-unkind-r13v3.txt',
                  # (thirteenth round, s13-help: look-alikes of a child asking
                  # for help that are put-downs; r13h2, attacks on the
                  # branch's first rules; each committed before measuring)
                  'vi-unkind-r13h.txt', 'vi-unkind-r13h2.txt',
                  'vi-unkind-r13h3.txt',
                  # (s13-dvi: put-downs of a classmate wrapped in the words
                  # of the branch's everyday batches, written before measuring)
                  'vi-unkind-r13d.txt',
                  # (s13-dvi r13d2, after all the branch's rules; measured once)
                  'vi-unkind-r13d2.txt',
                  # (fourteenth round, s14-vi: a classmate's private data
                  # posted to shame them, fake accounts, pressure for
                  # intimate pictures, a disability as a put-down; committed
                  # before measuring)
                  'vi-unkind-r14v.txt',
                  # (s14-vi r14v2, attacks written after the branch's first
                  # rules; committed before measuring)
                  'vi-unkind-r14v2.txt',
                  # (s14-vi r14v3, after all the branch's rules; measured once)
                  'vi-unkind-r14v3.txt',
                  # (fourteenth round, s14-tone: toneless put-downs, teen
                  # style; committed before measuring)
                  'vi-unkind-r14t.txt',
                  # (s14-tone r14t2, written after r14t's rules, wrapped
                  # put-downs too; committed before measuring, measured once)
                  'vi-unkind-r14t2.txt',
                  # (s14-tone r14t3, after all the branch's rules; measured once)
                  'vi-unkind-r14t3.txt',
                  # (fourteenth round, s14-compo: a classmate put down inside
                  # a composition that quotes insults, an essay ending on a
                  # real put-down, a "retelling" that speaks to "mày";
                  # committed before measuring; r14c2-r14c5, attacks on
                  # each of the branch's rules, written after it and
                  # committed before measuring)
                  'vi-unkind-r14c.txt', 'vi-unkind-r14c2.txt',
                  'vi-unkind-r14c3.txt', 'vi-unkind-r14c4.txt',
                  'vi-unkind-r14c5.txt',
                  # (s14-compo r14c6: quoted insults given to someone; its
                  # first four lines probed before the rule)
                  'vi-unkind-r14c6.txt',
                  # (s14-dvi: put-downs of a classmate wrapped in the words
                  # of the branch's allow rules, "bị câm", "thiểu năng trí
                  # tuệ"; written after them, committed before measuring)
                  'vi-unkind-r14d.txt',
                  # (s14-dvi r14d2, after all the branch's rules; measured once)
                  'vi-unkind-r14d2.txt',
                  # (fifteenth round, s15-vi: rumours of a classmate's love
                  # life, fight challenges, someone called a burden, mass
                  # reports, a girl's photo body-shamed, game rage at a
                  # teammate, poverty to exclude; committed before measuring)
                  'vi-unkind-r15v.txt',
                  # (s15-vi r15v2, attacks on the branch's first rules,
                  # written after them; committed before measuring)
                  'vi-unkind-r15v2.txt',
                  # (s15-vi r15v3, after all the branch's rules; measured once)
                  'vi-unkind-r15v3.txt',
                  # (s15-vi r15v4, attacks on the branch's allow rules,
                  # written after them; committed before measuring)
                  'vi-unkind-r15v4.txt',
                  # (fifteenth round, s15-compo: a classmate put down in a
                  # composition's or an essay's words, likened to a character
                  # or excepted from the essay's judgement; committed before
                  # measuring; r15c2, attacks on the branch's first rules,
                  # likewise)
                  'vi-unkind-r15c.txt', 'vi-unkind-r15c2.txt',
                  # (s15-compo r15c3: attacks on the called list and on a
                  # character's quoted threat, likewise)
                  'vi-unkind-r15c3.txt',
                  # (s15-compo r15c4: attacks on "thằng" before a
                  # character's name and ", một thằng ...", likewise)
                  'vi-unkind-r15c4.txt',
                  # (s15-compo r15c5: attacks on the judgement rule, the
                  # writer calling names in an essay that judges it,
                  # likewise)
                  'vi-unkind-r15c5.txt',
                  # (s15-compo r15c6: a classmate who bears a character's
                  # one-word name, likewise)
                  'vi-unkind-r15c6.txt',
                  # (s15-compo r15c7: "gọi bạn mình là ...", the writer's
                  # own friend, likewise)
                  'vi-unkind-r15c7.txt',
                  # (fifteenth round, s15-tone: toneless fight challenges,
                  # burdens, mass reports, game rage; committed before measuring;
                  # r15t2, attacks on the branch's first rules, likewise)
                  'vi-unkind-r15t.txt', 'vi-unkind-r15t2.txt',
                  # (s15-tone r15t3, after all the branch's rules; measured once)
                  'vi-unkind-r15t3.txt',
                  # (s15-dvi r15d: attacks on the round's allow rules, a
                  # classmate likened to a character, an essay's judgement
                  # then "nhưng", game talk aimed at "mày"; committed
                  # before measuring)
                  'vi-unkind-r15d.txt',
                  # (s15-dvi r15d2: attacks on the branch's first rules and
                  # allows; committed before measuring)
                  'vi-unkind-r15d2.txt',
                  # (s15-dvi r15d3, after all the branch's rules; measured once)
                  'vi-unkind-r15d3.txt',
                  # (sixteenth round, s16-compo r16c: a classmate insulted in
                  # the words of a composition on a work of grades 6-9, or
                  # of an essay on bullying; committed before measuring)
                  'vi-unkind-r16c.txt',
                  # (s16-compo r16c2: attacks on the branch's first rules,
                  # likewise)
                  'vi-unkind-r16c2.txt',
                  # (s16-compo r16c3: attacks on "bị bảo đi chết đi" told
                  # as suffered, likewise)
                  'vi-unkind-r16c3.txt',
                  # (s16-compo r16c4: a put-down inside a two-sentence essay
                  # naming a problem, likewise)
                  'vi-unkind-r16c4.txt',
                  # (s16-compo r16c5: attacks on the two-sentence essay with
                  # no turn, likewise)
                  'vi-unkind-r16c5.txt',
                  # (s16-sorry r16s: put-downs wrapped in apology words)
                  'vi-unkind-r16s.txt',
                  # (r16s2: the apology allow attacked again, after its first rules)
                  'vi-unkind-r16s2.txt',
                  # (r16s3: after all the branch's rules, measured once)
                  'vi-unkind-r16s3.txt',
                  # (r16s4: after all the branch's rules, measured once)
                  'vi-unkind-r16s4.txt',
                  # (sixteenth round, s16-tone: toneless put-downs whose words
                  # read two ways, "an tat", "o ban", "do dien", "nha que",
                  # "d", "ga"; committed before measuring)
                  'vi-unkind-r16t.txt',
                  # (s16-tone r16t2: attacks on the branch's first rules,
                  # written after them; committed before measuring)
                  'vi-unkind-r16t2.txt',
                  # (s16-tone r16t3, after all the branch's rules; measured once)
                  'vi-unkind-r16t3.txt',
                  # (sixteenth round, s16-vih: sanity questioned, the
                  # brain mocked, someone called not human, masked crude
                  # words, less sense than a thing; committed before measuring)
                  'vi-unkind-r16h.txt',
                  # (s16-vih r16h2, attacks on the branch's first rules,
                  # written after them; committed before measuring)
                  'vi-unkind-r16h2.txt',
                  # (s16-vih r16h3, after all the branch's rules; measured once)
                  'vi-unkind-r16h3.txt',
                  # (sixteenth round, s16-vi: speech and disability mocked,
                  # self-harm urged, an address given out with an invitation
                  # to go there, looks mocked; committed before measuring)
                  'vi-unkind-r16v.txt',
                  # (s16-vi r16v2, attacks on the branch's first rules,
                  # written after them; committed before measuring)
                  'vi-unkind-r16v2.txt',
                  # (s16-vi r16v3, after all the branch's rules; measured once)
                  'vi-unkind-r16v3.txt',
                  # (s16-dvi r16d: put-downs of a classmate wrapped in the
                  # round's allows; committed before measuring)
                  'vi-unkind-r16d.txt',
                  # (s16-dvi r16d2: attacks on the branch's first rules and
                  # allows; committed before measuring)
                  'vi-unkind-r16d2.txt',
                  # (s16-dvi r16d3, after all the branch's rules; measured once)
                  'vi-unkind-r16d3.txt',
                  # (sixteenth round, s16-self r16f: put-downs of someone else
                  # dressed as self-talk; committed before measuring)
                  'vi-unkind-r16f.txt',
                  # (s16-self r16f2: after the first rules; committed before measuring)
                  'vi-unkind-r16f2.txt',
                  # (seventeenth round, the lead r17l: someone's messages or
                  # diary screenshotted and spread; committed before measuring)
                  'vi-unkind-r17l.txt',
                  # (the lead r17l2: kinds the lead's blind batch missed,
                  # written anew; committed before measuring)
                  'vi-unkind-r17l2.txt',
                  # (s17-daily r17d: unkind lines around the branch's mends; committed before measuring)
                  'vi-unkind-r17d.txt',
                  # (s17-daily r17d2: unkindness hidden behind the r16 allows; committed before its one measurement)
                  'vi-unkind-r17d2.txt',
                  # (seventeenth round, s17-kinds r17k: a blind batch of kinds
                  # no round had named, with marks and without; committed
                  # before measuring, measured once on main)
                  'vi-unkind-r17k.txt', 'vi-unkind-toneless-r17k.txt',
                  # (s17-kinds r17k2: the kinds the branch mends, reworded;
                  # committed before measuring)
                  'vi-unkind-r17k2.txt',
                  # (s17-kinds r17k3: the blind batch's missed kinds, reworded,
                  # some without marks; committed before measuring)
                  'vi-unkind-r17k3.txt',
                  # (s17-kinds r17k4, after all the branch's rules; measured once)
                  'vi-unkind-r17k4.txt',
                  # (s17-tone r17t: unkind messages typed without marks, written
                  # blind before reading the lexicons; committed before measuring)
                  'vi-toneless-unkind-r17t.txt',
                  # (s17-tone r17t2: after the branch's first rules; committed before its one measurement)
                  'vi-toneless-unkind-r17t2.txt',
                  # (s17-tone r17t3: short probes written after r17t2's rules, before their own;
                  # measured with main and the branch before them)
                  'vi-toneless-unkind-r17t3.txt',
                  # (s18-tone r18t: toneless unkind lines full of words read two ways
                  # without marks, written blind before reading the lexicons; committed before measuring)
                  'vi-toneless-unkind-r18t.txt',
                  # (s18-tone r18t2: after the branch's learnt toneless reading; committed before its one measurement)
                  'vi-toneless-unkind-r18t2.txt',
                  # (s19-toneless r19t: unkind lines typed without marks as teenagers type, written before the branch's rules; committed before measuring)
                  'vi-unkind-toneless-r19t.txt',
                  # (s19-toneless r19t2: the same kind, written after the branch's rules; committed before its one measurement)
                  'vi-unkind-toneless-r19t2.txt',
                  # (s20-restore r20r: unkind lines typed without marks as teenagers type, written after the restorer worked; committed before its one measurement)
                  'vi-unkind-toneless-r20r.txt',
                  # (s17-chat r17h: a swear word beside a put-down, with and without marks; committed before measuring)
                  'vi-unkind-r17h.txt',
                  # (s17-chat r17h2: the same after the branch's rules; committed before its one measurement)
                  'vi-unkind-r17h2.txt',
                  # (s17-compo r17o: a classmate insulted inside essay-like
                  # text, attacks on the branch's mends; committed before measuring)
                  'vi-unkind-r17o.txt',
                  # (s17-compo r17o2: attacks on its regret mends; committed before measuring)
                  'vi-unkind-r17o2.txt',
                  # (s17-compo r17o3: attacks on what someone suffered told in a composition; committed before measuring)
                  'vi-unkind-r17o3.txt',
                  # (s17-compo r17o4: attacks on reading the words past an opening quotation mark; committed before measuring)
                  'vi-unkind-r17o4.txt',
                  # (s17-compo r17o5: attacks on "bây giờ" and an unmarked "may"; committed before measuring)
                  'vi-unkind-r17o5.txt',
                  # (s18-vi r18v: unkind kinds no list names, likenings, family, smell, sarcasm, polite exclusion; committed before measuring)
                  'vi-unkind-r18v.txt',
                  # (s18-vi r18v2: r18v's kinds in new words, written after the branch's rules; committed before its one measurement)
                  'vi-unkind-r18v2.txt',
                  # (s18-vi r18v3: after all the branch's rules; committed before its one measurement)
                  'vi-unkind-r18v3.txt',
                  # (s19-vimodel r19m: put-downs of someone named by "mày", "bạn", "nó", "thằng X" in words no list has; committed before measuring)
                  'vi-unkind-r19m.txt',
                  # (s19-vimodel r19m2: the same kind, after the candidate was chosen; committed before its one measurement)
                  'vi-unkind-r19m2.txt',
                  # (s20-vimodel3 r20vm: animal likenings and put-downs no list names, after the literal cues; committed before its one measurement)
                  'vi-unkind-r20vm.txt',
                  # (s19-kinds r19k: threats with no threat word, accents and regions put down; committed before measuring)
                  'vi-unkind-r19k.txt',
                  # (s19-kinds r19k2: exclusion worded kindly, sarcasm with no judging word; committed before measuring)
                  'vi-unkind-r19k2.txt',
                  # (s19-kinds r19k3: the branch's four kinds in new words, written after its rules; committed before its one measurement)
                  'vi-unkind-r19k3.txt',
                  # (s19-kinds r19k4: the four kinds in new words, after all the branch's rules; committed before its one measurement)
                  'vi-unkind-r19k4.txt',
                  # (s19-kinds r19k5: lowercase names as the target; committed before measuring)
                  'vi-unkind-r19k5.txt',
                  # (s19-kinds r19k6: lowercase names, after the rule for them; committed before its one measurement)
                  'vi-unkind-r19k6.txt',
                  # (s18-compo r18c: 20 compositions mocking a real classmate,
                  # attacks on vi_composed(); committed before measuring)
                  'vi-unkind-r18c.txt',
                  # (s18-compo r18c2: 20 put-downs of real people in a
                  # composition's shape with no class named, attacks on the
                  # shape signal and the animal topic; committed before measuring)
                  'vi-unkind-r18c2.txt',
                  # (s18-compo r18c3: 12 attacks on examples quoted and the animal
                  # described; committed before measuring)
                  'vi-unkind-r18c3.txt',
                  # (s18-compo r18c4: 8 attacks on reading past a comma and on things
                  # described; committed before measuring)
                  'vi-unkind-r18c4.txt',
                  # (s19-everyday r19e: 20 put-downs in a composition's shape and game trash talk turned real; committed before measuring)
                  'vi-unkind-r19e.txt',
                  # (s20-compo r20c2: 40 put-downs reusing the words of compositions and news at a person, written after the branch's rules; committed before measuring)
                  'vi-unkind-r20c2.txt',
                  # (s20-kidmodel r20km: 30 put-downs, exclusion, threats, written after vi-kid-model.bin was chosen; committed before its one measurement)
                  'vi-unkind-r20km.txt',
                  # (s21-compo r21c: 60 unkind messages using a composition's words at a person, written before reading the lexicons; committed before measuring)
                  'vi-unkind-r21c.txt',
                  # (s21-compo r21c2: 30 more, written after the branch's register reading; committed before its one measurement)
                  'vi-unkind-r21c2.txt',
                  # (s21-kiddata r21d: 250 unkind children's lines with marks and 250 different ones without, many kinds, veiled threats, polite exclusion, sarcasm, shaming photos; written before reading the lexicon or older batches, committed before measuring)
                  'vi-unkind-r21d.txt', 'vi-unkind-toneless-r21d.txt',
                  # (s21-vidaily r21v: 30 unkind lines with marks and 10 without, the look-alikes' words aimed at a person, written after its rules; committed before their one measurement)
                  'vi-unkind-r21v.txt', 'vi-unkind-toneless-r21v.txt',
                  # (s22-vik r22v: 102 unkind lines with marks of the kinds fresh17-21's tuning halves miss (body put-downs in plain words, a compliment whose second half insults, a grade called copied, veiled threats, a group got to share or vote, polite exclusion, poverty or origin); written before any rule, committed before measuring)
                  'vi-unkind-r22v.txt',
                  # (s22-vik r22v2: 40 unkind lines with marks of the same kinds in new wording, written after its rules; committed before their one measurement)
                  'vi-unkind-r22v2.txt',
                  # (s22-vik r22v3: 24 unkind lines with marks, new wording, written after all its rules; committed before their one measurement)
                  'vi-unkind-r22v3.txt',
                  # (s22-tonek r22k: 82 unkind lines typed without marks, veiled threats, shaming posts, exclusion, family and accent put-downs, teencode; written before the branch's rules; committed before measuring)
                  'vi-unkind-toneless-r22k.txt',
                  # (s22-tonek r22k2: 40 unkind lines without marks in new wordings, written after the branch's rules; committed before its one measurement)
                  'vi-unkind-toneless-r22k2.txt'),
    'vi_school': ('vi-school-r11l.txt', 'vi-school-r11l2.txt',
                  # s12-fit
                  'vi-school-r12f.txt',
                  # (twelfth round, s12-vi: third-person narration and past
                  # events told with exclusion words; committed before measuring;
                  # r12v2, essays on bullying and stories, likewise)
                  'vi-school-r12v.txt', 'vi-school-r12v2.txt',
                  # s12-gate
                  'vi-school-r12g.txt',
                  # s12-vistory
                  'vi-school-r12s.txt',
                  # (thirteenth round, s13-vicompo: works retold with cruel
                  # characters and violent events, essays that quote the
                  # insults they condemn; committed before measuring)
                  'vi-school-r13c.txt',
                  # (fourteenth round, s14-compo: works retold with the
                  # characters' insults quoted, essays naming insults to
                  # condemn them, places and animals by dirt and smell;
                  # committed before measuring; r14c2, the same kinds
                  # written after the branch's rules, likewise)
                  'vi-school-r14c.txt', 'vi-school-r14c2.txt',
                  # (fifteenth round, s15-compo: works whose characters curse,
                  # fight or kill, and essays that name a put-down to judge
                  # it; committed before measuring; r15c2, the same kinds
                  # written after the branch's rules, measured once)
                  'vi-school-r15c.txt', 'vi-school-r15c2.txt',
                  # (s15-compo r15c3: characters called "thằng", "con", "mụ"
                  # as pupils write them, likewise)
                  'vi-school-r15c3.txt',
                  # (s15-compo r15c4: history and legends, wars and heroes,
                  # likewise)
                  'vi-school-r15c4.txt',
                  # (s15-compo r15c5: "gọi bạn mình là ..." said of anyone's
                  # friend, likewise)
                  'vi-school-r15c5.txt',
                  # (sixteenth round, s16-compo r16c: compositions on the
                  # works of grades 6-9 whose characters mock and curse,
                  # essays on bullying that give its examples; committed
                  # before measuring)
                  'vi-school-r16c.txt',
                  # (s16-compo r16c2: essays on bullying that give its
                  # examples, written after the branch's first rules;
                  # likewise)
                  'vi-school-r16c2.txt',
                  # (s16-sorry r16s: letters of apology naming the words regretted)
                  'vi-school-r16s.txt',
                  # (seventeenth round, the lead r17l: one or two sentences on
                  # a social problem, a short answer or a shared message;
                  # committed before measuring)
                  'vi-school-r17l.txt',
                  # (s17-compo r17o: 100 compositions of grades 4-9 quoting
                  # characters' curses, bullies' insults, deaths and fights;
                  # committed before measuring)
                  'vi-school-r17o.txt',
                  # (s17-compo r17o2: 40 more, written after the branch's
                  # rules; committed before its one measurement)
                  'vi-school-r17o2.txt',
                  # (s18-compo r18c: 60 compositions of grades 4-12, 1-5
                  # sentences, written before reading the lexicons; committed
                  # before its one measurement)
                  'vi-school-r18c.txt',
                  # (s18-compo r18c2: 40 more, written after the branch's
                  # rules; committed before its one measurement)
                  'vi-school-r18c2.txt',
                  # (s18-compo r18c3: 40 more, written after all the branch's
                  # rules; committed before its one measurement)
                  'vi-school-r18c3.txt',
                  # (s19-everyday r19e: 80 compositions of genres the batches lacked, committed before measuring)
                  'vi-compo-r19e.txt',
                  # (s19-everyday r19e2: 40 more, written after the branch's rules; committed before its one measurement)
                  'vi-compo-r19e2.txt',
                  # (s20-compo r20c: 120 composition sentences, family, animals, tales with villains, essays on bullying quoting bullies, floods, diaries; written before reading the lexicons, committed before measuring)
                  'vi-compo-r20c.txt',
                  # (s20-compo r20c2: 60 more, written after the branch's rules; committed before its one measurement)
                  'vi-compo-r20c2.txt',
                  # (s21-compo r21c: 120 compositions, family, animals, tales with villains, essays on bullying quoting bullies, floods, diaries; written before reading the lexicons, committed before measuring)
                  'vi-compo-r21c.txt',
                  # (s21-compo r21c2: 40 more, written after the branch's register reading; committed before its one measurement)
                  'vi-compo-r21c2.txt'),
    'en_school': ('en-school-r11e.txt', 'en-school-r11e2.txt',
                  # twelfth round, s12-en
                  'en-school-r12e.txt', 'en-school-r12e2.txt',
                  'en-school-r12e3.txt',
                  # fourteenth round, s14-en: essays that name slurs to
                  # condemn them (committed before measuring)
                  'en-school-r14e.txt',
                  # (r14e2: after the first rules)
                  'en-school-r14e2.txt',
                  # fourteenth round, s14-den: compositions holding s14-en's
                  # words in everyday senses (committed before measuring)
                  'en-school-r14n.txt',
                  # fifteenth round, s15-en: essays on cyberbullying quoting
                  # kys, mass reports, screenshots, jobs mocked (measured once)
                  'en-school-r15e.txt',
                  # fifteenth round, s15-den: essays holding s15-en's words
                  # in everyday senses (committed before measuring)
                  'en-school-r15n.txt'),
    'vi_outside': ('vi-harmless.txt',),
    'vi_toneless': ('vi-toneless.txt', 'vi-toneless-r6.txt', 'vi-toneless-r7.txt',
                    'vi-toneless-r10t.txt', 'vi-toneless-r10t2.txt',
                    # (twelfth round, s12-vi: toneless teen chat of school,
                    # games, family, food; committed before measuring; r12v2,
                    # more of it with self put-downs and games, likewise;
                    # r12v3 after all the branch's rules, measured once)
                    'vi-toneless-r12v.txt', 'vi-toneless-r12v2.txt',
                    'vi-toneless-r12v3.txt',
                    # (twelfth round, s12-tone2: toneless look-alikes of
                    # vi-unkind-r12t.txt, pets, falls, food, school photos;
                    # committed before measuring; r12t3, short drafts with
                    # emoji, likewise)
                    'vi-toneless-r12t.txt', 'vi-toneless-r12t3.txt',
                    # (thirteenth round, s13-vi: toneless teen chat, school,
                    # games, family, food, "chet roi", "toang"; committed
                    # before measuring)
                    'vi-toneless-r13v.txt',
                    # (s13-vi r13v2, after r13v's rules; measured once)
                    'vi-toneless-r13v2.txt',
                    # (s13-vi r13v3, teen hyperbole, after all the branch's
                    # rules; measured once)
                    'vi-toneless-r13v3.txt',
                    # (fourteenth round, s14-vi: toneless teen chat with the
                    # words of the round's rules in everyday senses, written
                    # after all of them; committed before measuring once)
                    'vi-toneless-r14v.txt',
                    # (fourteenth round, s14-tone: toneless look-alikes of
                    # vi-unkind-r14t.txt; committed before measuring)
                    'vi-toneless-r14t.txt',
                    # (s14-tone r14t2, after r14t's rules; measured once)
                    'vi-toneless-r14t2.txt',
                    # (s14-tone r14t3, after all the branch's rules; measured once)
                    'vi-toneless-r14t3.txt',
                    # (fifteenth round, s15-tone: toneless look-alikes of
                    # vi-unkind-r15t.txt; committed before measuring; r15t2,
                    # the words of the branch's first rules in everyday
                    # senses, likewise)
                    'vi-toneless-r15t.txt', 'vi-toneless-r15t2.txt',
                    # (s15-tone r15t3, after all the branch's rules; measured once)
                    'vi-toneless-r15t3.txt',
                    # (sixteenth round, s16-tone: toneless look-alikes of
                    # vi-unkind-r16t.txt, the other reading: "ăn tất niên",
                    # "ở bản", "đồ điện", "đáp án d"; committed before measuring)
                    'vi-toneless-r16t.txt',
                    # (s16-tone r16t2, after the branch's first rules;
                    # committed before measuring)
                    'vi-toneless-r16t2.txt',
                    # (s16-tone r16t3, after all the branch's rules; measured once)
                    'vi-toneless-r16t3.txt'),
    # (sixth round, toneless news and teen chat: measured before any rule used
    # them; the news lines count marked and, stripped, in vi_news_toneless)
    'vi_news': ('vi-news-r6.txt', 'vi-news-r7.txt', 'vi-news-r7b.txt',
                # (s20-compo r20c: 80 news-style sentences, crime and courts with "đối tượng", floods, livestock, animals, accidents, sport, health, education; written before reading the lexicons, committed before measuring)
                'vi-news-r20c.txt',
                # (s20-compo r20c2: 40 more, written after the branch's rules; committed before its one measurement)
                'vi-news-r20c2.txt',
                # (s21-compo r21c: 60 news-style sentences, crime, courts, floods, livestock, accidents; written before reading the lexicons, committed before measuring)
                'vi-news-r21c.txt'),
    # (seventh round, toneless news and unkind messages, and everyday
    # toneless look-alikes of the round's rules: news and unkind measured
    # before any rule used them, r7 toneless written with the rules; the
    # r7b batches written after r7's rules, measured before their own, and
    # r7c, short name-calling, after r7b's, r7d after r7c's)
    # (eighth round: everyday chat of children and teenagers, with and
    # without marks, written and committed before any measurement; they
    # also reach the older sets' tuning parts through TUNING_FROM_SETS;
    # r8b written after the round's first rules, measured before its own;
    # r8c, the round's second fresh batch, after all of them: 1 of 100)
    # (ninth round, s9-vispans: crude oaths on "mẹ" and the cut-short "đ",
    # and everyday look-alikes, "mẹ nó" his mother, "kệ" a shelf, "đ" the
    # currency or an initial; written and committed before any measurement;
    # r9v2 written after the round's rules, measured once before joining)
    # (ninth round: r9a, r9b with marks, toneless r9, kinds the batches
    # lacked (games, farm animals, hospital, funerals, southern and central
    # speech, family groups, second-hand sales), committed before any
    # measurement: on main 2 of 124, 6 of 104, 10 of 137 warned; r9c and
    # toneless r9b, written after the round's first rules, measured before
    # their own: 1 of 108, 2 of 85; r9d, a probe of lexicon entries with
    # everyday readings, measured once just before its commit: 23 of 49;
    # r9e, the words of violence, hate and exclusion entries in everyday
    # senses, committed before any measurement: 52 of 72; r9f, smells and
    # stains told with care: 8 of 16; r9g, the last fresh batch, written
    # after all the round's rules: 0 of 80, before and after them; r9h, a
    # probe of toneless words that read like crude ones: 7 of 40)
    # (s9-vilex: r9l, the words of slurs and insults read literally, cows,
    # sticks, pigs, a zoo, the countryside, and their twins aimed at people;
    # written and committed before any measurement: on main 27 of 40
    # everyday lines warned, 28 of 28 twins caught; r9l2 written after
    # r9l's rules, before its own: main 16 of 25, r9l's rules 13 of 25,
    # 15 of 15 twins caught; r9l3 written after all the branch's rules,
    # measured once: main 14 of 20 warned and 13 of 15 twins caught, the
    # branch 4 of 20 and 14 of 15, then 15 of 15 after one rule changed,
    # "về nhà quê" from allow-phrases to a rule, which hides only what lies
    # inside it)
    # (tenth round, s10-vitone: r10t, unkind messages typed without marks
    # and r10tm with them (threats of hitting and breaking, body shaming,
    # exclusion, regional and gender put-downs), their everyday twins with
    # the same words read literally or kindly, and teen chat without marks
    # (vi-toneless-r10t.txt); written and committed before any measurement;
    # vi-toneless-r10t2.txt, teen banter and toneless words that read like
    # crude ones, written after the first rules, before measuring it;
    # r10t3, unkind lines and twins written after all the round's rules,
    # measured once on main and on the branch; r10t4, short name-calling
    # typed without marks and short everyday look-alikes, committed before
    # measuring them; r10t5, toneless put-downs whose word needs its marks,
    # committed before measuring it; r10t6, more short toneless
    # name-calling, committed before measuring it)
    'vi_daily': ('vi-daily-r8.txt', 'vi-daily-r8b.txt', 'vi-daily-r8c.txt',
                 'vi-daily-r9a.txt', 'vi-daily-r9b.txt', 'vi-daily-r9c.txt',
                 'vi-daily-r9d.txt', 'vi-daily-r9e.txt', 'vi-daily-r9f.txt',
                 'vi-daily-r9g.txt', 'vi-daily-r9h.txt', 'vi-daily-r9v.txt',
                 'vi-daily-r9v2.txt', 'vi-daily-r9j.txt', 'vi-daily-r9j2.txt',
                 'vi-daily-r9l.txt', 'vi-daily-r9l2.txt', 'vi-daily-r9l3.txt',
                 'vi-daily-r10t.txt', 'vi-daily-r10t3.txt',
                 'vi-daily-r10e.txt', 'vi-daily-r10f.txt', 'vi-daily-r10g.txt',
                 'vi-daily-r10g2.txt', 'vi-daily-r11s.txt', 'vi-daily-r11s2.txt',
                 'vi-daily-r11s3.txt', 'vi-daily-r11s4.txt',
                 'vi-daily-r11u.txt', 'vi-daily-r11u2.txt', 'vi-daily-r11u3.txt',
                 'vi-daily-r11u4.txt', 'vi-daily-r11u5.txt',
                 # (twelfth round, s12-vi: look-alikes of vi-unkind-r12v.txt,
                 # stretched interjections, narration; committed before measuring;
                 # r12v2 written after r12v's rules, likewise; r12v3 after
                 # all the branch's rules, measured once)
                 'vi-daily-r12v.txt', 'vi-daily-r12v2.txt',
                 'vi-daily-r12v3.txt',
                 # s12-gate
                 'vi-daily-r12g.txt',
                 # (thirteenth round, s13-vi: look-alikes of
                 # vi-unkind-r13v.txt, illness, pets' mange, study groups;
                 # committed before measuring)
                 'vi-daily-r13v.txt',
                 # (s13-vi r13v2, after r13v's rules; measured once)
                 'vi-daily-r13v2.txt',
                 # (s13-vi r13v3, after all the branch's rules; measured once)
                 'vi-daily-r13v3.txt',
                 # (thirteenth round, s13-help: a child telling an adult what
                 # others said or did to them; r13h2 written after the first
                 # rules; each committed before measuring)
                 'vi-daily-r13h.txt', 'vi-daily-r13h2.txt',
                 'vi-daily-r13h3.txt',
                 # (s13-dvi: health and the body, funerals, pets that died,
                 # the farm and the kitchen, temples, ghost stories, game and
                 # martial-arts talk, history lessons, retold news; committed
                 # before measuring)
                 'vi-daily-r13d.txt',
                 # (s13-dvi r13d2, the same kinds after the branch's first
                 # rules; measured before its own)
                 'vi-daily-r13d2.txt',
                 # (s13-dvi r13d3, after all the branch's rules; measured once)
                 'vi-daily-r13d3.txt',
                 # (fourteenth round, s14-vi: look-alikes of
                 # vi-unkind-r14v.txt, disability told with care, new
                 # accounts, addresses given when needed, a child asking
                 # for help; committed before measuring)
                 'vi-daily-r14v.txt',
                 # (s14-vi r14v2, after the branch's first rules; committed
                 # before measuring)
                 'vi-daily-r14v2.txt',
                 # (s14-vi r14v3, after all the branch's rules; measured once)
                 'vi-daily-r14v3.txt',
                 # (fourteenth round, s14-compo: a child telling an adult a
                 # put-down said of them or their family; committed before
                 # measuring)
                 'vi-daily-r14c.txt',
                 # (s14-compo r14c2: quoted put-downs beside "tặng", "dành
                 # cho", "gửi" in advice and reports; committed before measuring)
                 'vi-daily-r14c2.txt',
                 # (s14-dvi: everyday words of the round's rules, disability
                 # told with care, numbers, addresses, pictures, accounts,
                 # "không thì", stories retold; committed before measuring)
                 'vi-daily-r14d.txt',
                 # (s14-dvi r14d2, "bị câm", "thiểu năng trí tuệ" told as a
                 # condition, after the branch's rules; committed before
                 # measuring)
                 'vi-daily-r14d2.txt',
                 # (s14-dvi r14d3, after all the branch's rules; measured once)
                 'vi-daily-r14d3.txt',
                 # (s14-dvi r14d4, the round's other words, after all the
                 # branch's rules; measured once)
                 'vi-daily-r14d4.txt',
                 # (fifteenth round, s15-vi: look-alikes of
                 # vi-unkind-r15v.txt; committed before measuring)
                 'vi-daily-r15v.txt',
                 # (s15-vi r15v2, after the branch's first rules; committed
                 # before measuring)
                 'vi-daily-r15v2.txt',
                 # (s15-vi r15v3, after all the branch's rules; measured once)
                 'vi-daily-r15v3.txt',
                 # (s15-vi r15v4, likewise)
                 'vi-daily-r15v4.txt',
                 # (s15-dvi r15d: the round's words in everyday use;
                 # committed before measuring)
                 'vi-daily-r15d.txt',
                 # (s15-dvi r15d2, around the branch's first rules;
                 # committed before measuring)
                 'vi-daily-r15d2.txt',
                 # (s15-dvi r15d3, after all the branch's rules; measured once)
                 'vi-daily-r15d3.txt',
                 # (s16-sorry r16s: apologies naming the words regretted)
                 'vi-daily-r16s.txt',
                 # (r16s2: the rule's words in everyday use, after it)
                 'vi-daily-r16s2.txt',
                 # (r16s3: after all the branch's rules, measured once)
                 'vi-daily-r16s3.txt',
                 # (r16s4: after all the branch's rules, measured once)
                 'vi-daily-r16s4.txt',
                 # (sixteenth round, s16-vih: look-alikes of
                 # vi-unkind-r16h.txt; committed before measuring)
                 'vi-daily-r16h.txt',
                 # (s16-vih r16h2, after the first rules; likewise)
                 'vi-daily-r16h2.txt',
                 # (s16-vih r16h3, after all the branch's rules; measured once)
                 'vi-daily-r16h3.txt',
                 # (sixteenth round, s16-vi: look-alikes of
                 # vi-unkind-r16v.txt; committed before measuring)
                 'vi-daily-r16v.txt',
                 # (s16-vi r16v2, after the branch's first rules; committed
                 # before measuring)
                 'vi-daily-r16v2.txt',
                 # (s16-vi r16v3, after all the branch's rules; measured once)
                 'vi-daily-r16v3.txt',
                 # (s16-dvi r16d: the round's words in everyday senses;
                 # committed before measuring)
                 'vi-daily-r16d.txt',
                 # (s16-dvi r16d2, after the branch's first rules; likewise)
                 'vi-daily-r16d2.txt',
                 # (s16-dvi r16d3, after all the branch's rules; measured once)
                 'vi-daily-r16d3.txt',
                 # (sixteenth round, s16-self r16f: a child putting
                 # themselves down; committed before measuring)
                 'vi-daily-r16f.txt',
                 # (s16-self r16f2: after the first rules; committed before measuring)
                 'vi-daily-r16f2.txt',
                 # (seventeenth round, the lead r17l: screenshots and posts in
                 # everyday use; committed before measuring)
                 'vi-daily-r17l.txt',
                 # (the lead r17l2: look-alikes of r17l2's kinds; committed
                 # before measuring)
                 'vi-daily-r17l2.txt',
                 # (s17-care r17c: hyperbole like despair, "cười chết mất", "nóng muốn
                 # chết"; committed before measuring; no care reminder wanted)
                 'vi-daily-r17c.txt',
                 # (s18-care2 r18q: look-alikes of despair, blind, measured once before any rule)
                 'vi-daily-r18q.txt',
                 'vi-daily-r18q2.txt',   # (r18q2: written after the rules, measured once)
                 # (s17-daily r17d: the r16 rules' words in everyday life; committed before measuring)
                 'vi-daily-r17d.txt',
                 # (s17-daily r17d2: where the r16 rules look, written after reading them; committed before measuring)
                 'vi-daily-r17d2.txt',
                 # (s17-daily r17d3: after all the branch's rules, measured once)
                 'vi-daily-r17d3.txt',
                 # (seventeenth round, s17-kinds r17k: look-alikes of the
                 # branch's kinds; committed before measuring)
                 'vi-daily-r17k.txt',
                 # (s17-kinds r17k2: look-alikes of vi-unkind-r17k3.txt, some
                 # without marks; committed before measuring)
                 'vi-daily-r17k2.txt',
                 # (s17-kinds r17k3, after all the branch's rules; measured once)
                 'vi-daily-r17k3.txt',
                 # (s17-chat r17h: a swear word aimed at no one, wanted a reminder only; committed before measuring)
                 'vi-daily-r17h.txt',
                 # (s18-vi r18v: look-alikes of vi-unkind-r18v.txt; committed before measuring)
                 'vi-daily-r18v.txt',
                 # (s18-vi r18v2: look-alikes of vi-unkind-r18v2.txt, after the branch's rules; committed before its one measurement)
                 'vi-daily-r18v2.txt',
                 # (s18-vi r18v3: look-alikes of vi-unkind-r18v3.txt, after all the branch's rules; committed before its one measurement)
                 'vi-daily-r18v3.txt',
                 # (s19-vimodel r19m: "mày", "bạn", "nó" with praise, likenings that flatter and the writer's own faults; committed before measuring)
                 'vi-daily-r19m.txt',
                 # (s20-kidmodel r20km: look-alikes of vi-unkind-r20km.txt, written after vi-kid-model.bin was chosen; committed before its one measurement)
                 'vi-daily-r20km.txt',
                 # (s20-kidvi2 r20kv: 20 everyday drafts with a swear word aimed at no one ("hay vl", "đói vl", "mệt vãi"), wanted a reminder only; committed before measuring)
                 'vi-daily-r20kv.txt',
                 # (s21-kidclass r21kc: 20 everyday drafts with words the ViHOS model weighs heavily, meant innocently ("con chó nhà mình", "đánh bại", "béo lên"), written after the class-feature variants were fitted; committed before measuring)
                 'vi-daily-r21kc.txt',
                 # (s19-vimodel r19m2: the same kind, after the candidate was chosen; committed before its one measurement)
                 'vi-daily-r19m2.txt',
                 # (s20-vimodel3 r20vm: animal and violence words meant literally (farm, kitchen, news), after the literal cues; committed before its one measurement)
                 'vi-daily-r20vm.txt',
                 # (s19-kinds r19k: look-alikes of vi-unkind-r19k.txt; committed before measuring)
                 'vi-daily-r19k.txt',
                 # (s19-kinds r19k2: look-alikes of vi-unkind-r19k2.txt; committed before measuring)
                 'vi-daily-r19k2.txt',
                 # (s19-kinds r19k3: look-alikes after the branch's rules; committed before its one measurement)
                 'vi-daily-r19k3.txt',
                 # (s19-kinds r19k4: look-alikes after all the branch's rules; committed before its one measurement)
                 'vi-daily-r19k4.txt',
                 # (s19-kinds r19k5: look-alikes of vi-unkind-r19k5.txt; committed before measuring)
                 'vi-daily-r19k5.txt',
                 # (s19-kinds r19k6: look-alikes after the lowercase-name rule; committed before its one measurement)
                 'vi-daily-r19k6.txt',
                 # (s21-kiddata r21d: 250 everyday children's lines with marks, look-alikes of the unkind kinds (real waits after school, a bike left unlocked, kind teasing, telling a parent, games); committed before measuring)
                 'vi-daily-r21d.txt',
                 # (s21-kiddata r21d2: 10 everyday look-alikes written after the kid model's refit, the attack on it; committed before its one measurement)
                 'vi-daily-r21d2.txt',
                 # (s21-vidaily r21v: 40 everyday look-alikes with marks of new wordings, written after its rules; committed before their one measurement)
                 'vi-daily-r21v.txt',
                 # (s22-kidfresh r22kf: 20 everyday drafts of the kinds a refitted kid model may hurt (kind teasing, games, pets, family words, a child telling a parent what was said), written after the refit; committed before its one measurement)
                 'vi-daily-r22kf.txt',
                 # (s22-daily r22y: 156 longer everyday lines with marks (2-4 sentences): group chat, trips, reports to a teacher, game trash talk, villains retold, news, lyrics; blind, committed before measuring)
                 'vi-daily-r22y.txt',
                 # (s22-daily r22y2: 40 longer everyday lines with marks written after the branch's rules; committed before its one measurement)
                 'vi-daily-r22y2.txt',
                 # (s22-vik r22v: 98 everyday look-alikes with marks of vi-unkind-r22v.txt (body words, praise, grades, meeting after school, sharing a clip, a full group, home towns), kindly meant; committed before measuring)
                 'vi-daily-r22v.txt',
                 # (s22-vik r22v2: 40 everyday look-alikes with marks in new wording, written after its rules; committed before their one measurement)
                 'vi-daily-r22v2.txt',
                 # (s22-vik r22v3: 24 everyday look-alikes with marks, new wording, written after all its rules; committed before their one measurement)
                 'vi-daily-r22v3.txt',
                 # (s22-kidtol r22kt: 20 everyday drafts of the kinds a kid model with tolerated thresholds may hurt (comfort with "mày", a game lost, pets, family words, telling a parent, a teacher's joke), written after the choice; committed before its one measurement)
                 'vi-daily-r22kt.txt'),
    'vi_daily_toneless': ('vi-daily-toneless-r8.txt', 'vi-daily-toneless-r8b.txt',
                          'vi-daily-toneless-r8c.txt', 'vi-daily-toneless-r9.txt',
                          'vi-daily-toneless-r9b.txt', 'vi-daily-toneless-r10t.txt',
                          'vi-daily-toneless-r10t4.txt',
                          # (eleventh round, s11-tone: toneless twins of
                          # vi-unkind-r11t.txt, committed before any measurement;
                          # r11t2 written after r11t's first rules, committed
                          # before measuring it; r11t3 after the rules of
                          # both and of the toneless tuning parts, likewise)
                          'vi-daily-toneless-r11t.txt', 'vi-daily-toneless-r11t2.txt',
                          'vi-daily-toneless-r11t3.txt',
                          # (twelfth round, s12-tone2: toneless look-alikes of
                          # vi-unkind-r12t2.txt, "mẹ nó" as a mother, "chán"
                          # and "mệt" alone; committed before measuring)
                          'vi-daily-toneless-r12t2.txt',
                          # (thirteenth round, s13-vi: toneless look-alikes
                          # of vi-unkind-r13v.txt; committed before measuring)
                          'vi-daily-toneless-r13v.txt',
                          # (thirteenth round, s13-help: a child asking for
                          # help, typed without marks; r13h2 after the first
                          # rules; each committed before measuring)
                          'vi-daily-toneless-r13h.txt', 'vi-daily-toneless-r13h2.txt',
                          # (s13-dvi: the same kinds typed without marks;
                          # committed before measuring)
                          'vi-daily-toneless-r13d.txt',
                          # (s13-dvi r13d2, after all the branch's rules;
                          # measured once)
                          'vi-daily-toneless-r13d2.txt',
                          # (s13-dvi r13d3, teen chat of the same kinds, after
                          # all the branch's rules; measured once)
                          'vi-daily-toneless-r13d3.txt',
                          # (fourteenth round, s14-vi: toneless look-alikes
                          # of vi-unkind-r14v.txt; committed before measuring)
                          'vi-daily-toneless-r14v.txt',
                          # (s14-vi r14v2, after the first rules; likewise)
                          'vi-daily-toneless-r14v2.txt',
                          # (s14-dvi: the same kinds typed without marks;
                          # committed before measuring)
                          'vi-daily-toneless-r14d.txt',
                          # (s14-dvi r14d2, after the branch's rules; likewise)
                          'vi-daily-toneless-r14d2.txt',
                          # (s14-dvi r14d3, after all the branch's rules; measured once)
                          'vi-daily-toneless-r14d3.txt',
                          # (s14-dvi r14d4, likewise)
                          'vi-daily-toneless-r14d4.txt',
                          # (fifteenth round, s15-vi: toneless look-alikes
                          # of vi-unkind-r15v.txt; committed before measuring)
                          'vi-daily-toneless-r15v.txt',
                          # (s15-vi r15v2, after the first rules; likewise)
                          'vi-daily-toneless-r15v2.txt',
                          # (s15-vi r15v3, after all the branch's rules; measured once)
                          'vi-daily-toneless-r15v3.txt',
                          # (s15-vi r15v4, likewise)
                          'vi-daily-toneless-r15v4.txt',
                          # (s15-dvi r15d: the round's words in everyday
                          # toneless chat; committed before measuring)
                          'vi-daily-toneless-r15d.txt',
                          # (s16-sorry r16s: apologies typed without marks)
                          'vi-daily-toneless-r16s.txt',
                          # (r16s2: likewise, without marks)
                          'vi-daily-toneless-r16s2.txt',
                          # (sixteenth round, s16-vih: toneless look-alikes
                          # of vi-unkind-r16h.txt; committed before measuring)
                          'vi-daily-toneless-r16h.txt',
                          # (sixteenth round, s16-vi: toneless look-alikes
                          # of vi-unkind-r16v.txt; committed before measuring)
                          'vi-daily-toneless-r16v.txt',
                          # (s16-vi r16v2, after the first rules; likewise)
                          'vi-daily-toneless-r16v2.txt',
                          # (s16-vi r16v3, after all the branch's rules; measured once)
                          'vi-daily-toneless-r16v3.txt',
                          # (s16-dvi r16d: the round's words in everyday
                          # toneless chat; committed before measuring)
                          'vi-daily-toneless-r16d.txt',
                          # (sixteenth round, s16-self r16f: a child putting
                          # themselves down; committed before measuring)
                          'vi-daily-toneless-r16f.txt',
                          # (s16-self r16f2: after the first rules; committed before measuring)
                          'vi-daily-toneless-r16f2.txt',
                          # (seventeenth round, the lead r17l: teenagers' chat
                          # typed without marks, friendly teasing, games,
                          # homework; committed before measuring)
                          'vi-daily-toneless-r17l.txt',
                          # (s17-care r17c: the same hyperbole typed without marks)
                          'vi-daily-toneless-r17c.txt',
                          # (s18-care2 r18q: the same kind without marks, blind, measured once before any rule)
                          'vi-daily-toneless-r18q.txt',
                          'vi-daily-toneless-r18q2.txt',   # (r18q2: after the rules, measured once)
                          # (s17-daily r17d: likewise without marks; committed before measuring)
                          'vi-daily-toneless-r17d.txt',
                          # (s17-daily r17d2: where the r16 rules look, written after reading them; committed before measuring)
                          'vi-daily-toneless-r17d2.txt',
                          # (s17-daily r17d3: after all the branch's rules, measured once)
                          'vi-daily-toneless-r17d3.txt',
                          # (seventeenth round, s17-kinds r17k: toneless
                          # look-alikes, "o ban" the village; committed
                          # before measuring)
                          'vi-daily-toneless-r17k.txt',
                          # (s17-tone r17t: toneless look-alikes of the r17t unkind batch; committed before measuring)
                          'vi-daily-toneless-r17t.txt',
                          # (s17-tone r17t2: look-alikes after the branch's first rules; committed before its one measurement)
                          'vi-daily-toneless-r17t2.txt',
                          # (s17-tone r17t3: look-alikes tried on the branch's rules while writing them)
                          'vi-daily-toneless-r17t3.txt',
                          # (s18-tone r18t: toneless look-alikes of the r18t unkind batch; committed before measuring)
                          'vi-daily-toneless-r18t.txt',
                          # (s18-tone r18t2: look-alikes after the branch's learnt reading; committed before its one measurement)
                          'vi-daily-toneless-r18t2.txt',
                          # (s17-chat r17h: teen chat without marks, teasing, hyperbole; committed before measuring)
                          'vi-daily-toneless-r17h.txt',
                          # (s17-chat r17h2: a swear word aimed at no one, without marks; committed before measuring)
                          'vi-daily-toneless-r17h2.txt',
                          # (s17-chat r17h3: teen chat without marks after the branch's rules; committed before its one measurement)
                          'vi-daily-toneless-r17h3.txt',
                          # (s17-chat r17h4: a swear word at no one, around where the branch's rules look; committed before its one measurement)
                          'vi-daily-toneless-r17h4.txt',
                          # (s18-chat r18h: teen chat without marks, every topic, banter and swearing at no one; committed before measuring)
                          'vi-daily-toneless-r18h.txt',
                          # (s18-chat r18h2: teen chat without marks after the branch's rules; committed before its one measurement)
                          'vi-daily-toneless-r18h2.txt',
                          # (s18-chat r18h3: teen chat without marks of other topics, after the branch's rules; committed before its one measurement)
                          'vi-daily-toneless-r18h3.txt',
                          # (s19-everyday r19e: 80 teen chat lines without marks, games, football, K-pop, kind gossip, nicknames; committed before measuring)
                          'vi-chat-toneless-r19e.txt',
                          # (s19-everyday r19e2: 40 more, written after the branch's rules; committed before its one measurement)
                          'vi-chat-toneless-r19e2.txt',
                          # (s20-restore r20r: everyday lines typed without marks with words read two ways; written after the restorer worked, committed before its one measurement)
                          'vi-daily-toneless-r20r.txt',
                          # (s21-kiddata r21d: 250 everyday teen lines without marks, other wording than vi-daily-r21d.txt, the same look-alike kinds; committed before measuring)
                          'vi-daily-toneless-r21d.txt',
                          # (s21-kiddata r21d2: 10 more without marks, the same attack; committed before its one measurement)
                          'vi-daily-toneless-r21d2.txt',
                          # (s21-vidaily r21v: 20 everyday look-alikes without marks, written after its rules; committed before their one measurement)
                          'vi-daily-toneless-r21v.txt',
                          # (s22-kidfresh r22kf: 10 more without marks, the same attack on the refit; committed before its one measurement)
                          'vi-daily-toneless-r22kf.txt',
                          # (s22-daily r22y: 156 longer everyday lines without marks, the same kinds as vi-daily-r22y.txt with other details; blind, committed before measuring)
                          'vi-daily-toneless-r22y.txt',
                          # (s22-daily r22y2: 40 longer everyday lines without marks written after the branch's rules; committed before its one measurement)
                          'vi-daily-toneless-r22y2.txt',
                          # (s22-tonek r22k: 81 everyday look-alikes without marks of r22k's unkind words and shapes, written before the branch's rules; committed before measuring)
                          'vi-daily-toneless-r22k.txt',
                          # (s22-tonek r22k2: 40 everyday look-alikes without marks, written after the branch's rules; committed before its one measurement)
                          'vi-daily-toneless-r22k2.txt',
                          # (s22-kidtol r22kt: 10 more without marks, the same attack on the tolerated thresholds; committed before its one measurement)
                          'vi-daily-toneless-r22kt.txt'),
}

# the tuning parts of the broad everyday sets of issue 16's seventh round
# (vi-daily*.txt, vi-news-daily.txt) also count in the tuning part of an
# older set, so that the training scripts, which read the older sets by
# name, tune on them too; their held-out parts stay apart
TUNING_FROM_SETS = {
    'vi_children': ('vi_daily',),
    'vi_news': ('vi_news_daily',),
    'vi_toneless': ('vi_daily_toneless',),
}

# name -> (file, language, kind): kind "harmless" (no warning wanted) or
# "unkind" (a warning wanted)
EVERYDAY_SETS = {
    'vi_children': ('vi-children.txt', 'vi', 'harmless'),
    'vi_news': ('vi-news.txt', 'vi', 'harmless'),
    'en_children': ('en-children.txt', 'en', 'harmless'),
    'vi_outside': ('vi-harmless-outside.txt', 'vi', 'harmless'),
    'vi_unkind': ('vi-unkind.txt', 'vi', 'unkind'),
    'en_unkind': ('en-unkind.txt', 'en', 'unkind'),
    # typed without marks (as written), measured with the language detected
    'vi_toneless': ('vi-toneless.txt', 'auto', 'harmless'),
    # seventh round: broad everyday chat of children, teenagers and parents
    # (with marks; typed without, teen style) and news of every kind (some
    # typed without marks), written before any measurement
    'vi_daily': ('vi-daily.txt', 'vi', 'harmless'),
    'vi_daily_toneless': ('vi-daily-toneless.txt', 'auto', 'harmless'),
    'vi_news_daily': ('vi-news-daily.txt', 'vi', 'harmless'),
    # eleventh round, s11-school: children's compositions of 3-8 sentences
    # (animals described, fairy tales and history retold, hometown, storms,
    # festivals, essays on bullying that mention the names children are
    # called), book reports, science notes and game chat; written and
    # committed before any measurement; read by no training script
    'vi_school': ('vi-school.txt', 'vi', 'harmless'),
    'en_school': ('en-school.txt', 'en', 'harmless'),
}

# name -> (everyday set, kind): a Vietnamese everyday set with its marks
# stripped, as children often type on phones; measured with the language
# detected (--lang=auto), split like the set itself (by the marked line)
TONELESS_SETS = {
    'vi_children_toneless': ('vi_children', 'harmless'),
    'vi_news_toneless': ('vi_news', 'harmless'),
    'vi_unkind_toneless': ('vi_unkind', 'unkind'),
}

# name -> (tuning batches, language): a child writing of their own despair
# ("i want to die", "tao chán sống lắm rồi"), seventeenth round (s17-care);
# each line should be shown the care reminder (category "care", severity
# info) and none warned; split by the hash rule like every set
CARE_SETS = {
    'en_care': (('en-care-r17c.txt',), 'en'),
    'vi_care': (('vi-care-r17c.txt',), 'vi'),
    'vi_care_toneless': (('vi-care-toneless-r17c.txt',), 'auto'),
    # eighteenth round (s18-care2): blind batches of despair, TUNING ONLY
    # (CARE_TUNING_ONLY: no held-out part); r18q written before any rule and
    # measured once, r18q2 written after the rules and measured once
    'en_care_r18q': (('en-care-r18q.txt',), 'en'),
    'vi_care_r18q': (('vi-care-r18q.txt',), 'vi'),
    'vi_care_toneless_r18q': (('vi-care-toneless-r18q.txt',), 'auto'),
    'en_care_r18q2': (('en-care-r18q2.txt',), 'en'),
    'vi_care_r18q2': (('vi-care-r18q2.txt',), 'vi'),
    'vi_care_toneless_r18q2': (('vi-care-toneless-r18q2.txt',), 'auto'),
}
CARE_TUNING_ONLY = {'en_care_r18q', 'vi_care_r18q', 'vi_care_toneless_r18q',
                    'en_care_r18q2', 'vi_care_r18q2', 'vi_care_toneless_r18q2'}


def care(name, part):
    """The lines of care set @name (CARE_SETS) in @part."""
    lines = []
    for fname in CARE_SETS[name][0]:
        lines += read_lines(os.path.join(TUNING_DIR, fname))
    if name in CARE_TUNING_ONLY:
        return [] if part == 'heldout' else lines
    return split(lines, part)


# name -> (file, language, kind): messages written blind, after the models
# were trained (FRESH_SPLIT_ROUNDS: split in halves, the rest held out
# whole): kind "harmless"
# (none may warn: heldout_<name>_warned) or "unkind" (each should warn:
# heldout_<name>_recall); language 'auto' for text typed without marks.
# No tuning part, TUNING_EXTRA, TUNING_FROM_SETS, everyday() or training
# script reads them.
FRESH_SETS = {
    'vi_fresh': ('fresh-vi.txt', 'vi', 'harmless'),
    'en_fresh': ('fresh-en.txt', 'en', 'harmless'),
    # typed without marks, teen style (fifth round), the language detected
    'vi_fresh_toneless': ('fresh-vi-toneless.txt', 'auto', 'harmless'),
    # seventeenth round, s17-fresh: written blind on 6 Dec 2026 and
    # committed before the checker ran on them; measured once on main
    'vi_fresh17_compo': ('fresh17-vi-compo.txt', 'vi', 'harmless'),
    'vi_fresh17_chat_toneless': ('fresh17-vi-chat-toneless.txt', 'auto', 'harmless'),
    'vi_fresh17_daily': ('fresh17-vi-daily.txt', 'vi', 'harmless'),
    'en_fresh17_daily': ('fresh17-en-daily.txt', 'en', 'harmless'),
    'vi_fresh17_unkind': ('fresh17-vi-unkind.txt', 'vi', 'unkind'),
    'vi_fresh17_unkind_toneless': ('fresh17-vi-unkind-toneless.txt', 'auto', 'unkind'),
    'en_fresh17_unkind': ('fresh17-en-unkind.txt', 'en', 'unkind'),
    # nineteenth round, s19-fresh: written blind on 6 Dec 2026 and
    # committed before the checker ran on them
    'vi_fresh19_compo': ('fresh19-vi-compo.txt', 'vi', 'harmless'),
    'vi_fresh19_daily_toneless': ('fresh19-vi-daily-toneless.txt', 'auto', 'harmless'),
    'vi_fresh19_daily': ('fresh19-vi-daily.txt', 'vi', 'harmless'),
    'en_fresh19_daily': ('fresh19-en-daily.txt', 'en', 'harmless'),
    'vi_fresh19_unkind': ('fresh19-vi-unkind.txt', 'vi', 'unkind'),
    'vi_fresh19_unkind_toneless': ('fresh19-vi-unkind-toneless.txt', 'auto', 'unkind'),
    'en_fresh19_unkind': ('fresh19-en-unkind.txt', 'en', 'unkind'),
    # twentieth round, s20-fresh: written blind on 6 Dec 2026 and
    # committed before the checker ran on them
    'vi_fresh20_unkind': ('fresh20-vi-unkind.txt', 'vi', 'unkind'),
    'vi_fresh20_unkind_toneless': ('fresh20-vi-unkind-toneless.txt', 'auto', 'unkind'),
    'en_fresh20_unkind': ('fresh20-en-unkind.txt', 'en', 'unkind'),
    'vi_fresh20_daily': ('fresh20-vi-daily.txt', 'vi', 'harmless'),
    'vi_fresh20_daily_toneless': ('fresh20-vi-daily-toneless.txt', 'auto', 'harmless'),
    'en_fresh20_daily': ('fresh20-en-daily.txt', 'en', 'harmless'),
    'vi_fresh20_news': ('fresh20-vi-news.txt', 'vi', 'harmless'),
    'vi_fresh20_compo': ('fresh20-vi-compo.txt', 'vi', 'harmless'),
    # twenty-first round, s21-fresh: written blind on 6 Dec 2026 and
    # committed before the checker ran on them
    'vi_fresh21_unkind': ('fresh21-vi-unkind.txt', 'vi', 'unkind'),
    'vi_fresh21_unkind_toneless': ('fresh21-vi-unkind-toneless.txt', 'auto', 'unkind'),
    'en_fresh21_unkind': ('fresh21-en-unkind.txt', 'en', 'unkind'),
    'vi_fresh21_daily': ('fresh21-vi-daily.txt', 'vi', 'harmless'),
    'vi_fresh21_daily_toneless': ('fresh21-vi-daily-toneless.txt', 'auto', 'harmless'),
    'en_fresh21_daily': ('fresh21-en-daily.txt', 'en', 'harmless'),
    'vi_fresh21_news': ('fresh21-vi-news.txt', 'vi', 'harmless'),
    'vi_fresh21_compo': ('fresh21-vi-compo.txt', 'vi', 'harmless'),
    # twenty-second round, s22-fresh: written blind on 7 Dec 2026 and
    # committed before the checker ran on them; held out whole (not split)
    'vi_fresh22_unkind': ('fresh22-vi-unkind.txt', 'vi', 'unkind'),
    'vi_fresh22_unkind_toneless': ('fresh22-vi-unkind-toneless.txt', 'auto', 'unkind'),
    'en_fresh22_unkind': ('fresh22-en-unkind.txt', 'en', 'unkind'),
    'vi_fresh22_daily': ('fresh22-vi-daily.txt', 'vi', 'harmless'),
    'vi_fresh22_daily_toneless': ('fresh22-vi-daily-toneless.txt', 'auto', 'harmless'),
    'en_fresh22_daily': ('fresh22-en-daily.txt', 'en', 'harmless'),
    'vi_fresh22_news': ('fresh22-vi-news.txt', 'vi', 'harmless'),
    'vi_fresh22_compo': ('fresh22-vi-compo.txt', 'vi', 'harmless'),
}


# The blind sets of the seventeenth to twenty-first rounds, split in halves
# by the SHA-1 rule from the twenty-second round on: four rounds of them
# showed that rules written for kinds a helper imagines miss the kinds the
# blind writers wrote, so their tuning halves are read line by line as a
# dev set; their held-out halves stay numbers only, and each round's new
# blind set is held out whole (read only by the lead).
FRESH_SPLIT_ROUNDS = ('fresh17', 'fresh19', 'fresh20', 'fresh21')


def fresh_is_split(name):
    """Whether fresh set @name is split in halves (FRESH_SPLIT_ROUNDS)."""
    return FRESH_SETS[name][0].split('-')[0] in FRESH_SPLIT_ROUNDS


def fresh(name, part='heldout'):
    """The lines of fresh set @name in @part: a split set's half, or the
    whole of a set held out whole (nothing of it in 'tune')."""
    lines = read_lines(os.path.join(EVERYDAY_DIR, FRESH_SETS[name][0]))
    if fresh_is_split(name):
        return split(lines, part)
    return [] if part == 'tune' else lines


def strip_marks(text):
    """@text with every Vietnamese mark taken off ("đá bóng" -> "da bong")."""
    text = text.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', text)
                                                 if not unicodedata.combining(c)))


def toneless(name, part):
    """The lines of toneless set @name (TONELESS_SETS) in @part."""
    return [strip_marks(l) for l in everyday(TONELESS_SETS[name][0], part)]


def add_tool_and_data(ap):
    """--tool (netconduct-check, built in _build) and --data (../shared/data) on @ap."""
    ap.add_argument('--tool', default=os.path.join(HERE, '..', '_build', 'src', 'tools', 'netconduct-check'))
    ap.add_argument('--data', default=os.environ.get('NC_SHARED_DATA', os.path.join(HERE, '..', '..', 'shared', 'data')))


def held_out(text):
    """Whether @text belongs to the held-out part (never tuned on)."""
    return hashlib.sha1(text.strip().encode('utf-8')).digest()[0] & 1 == 1


def split(lines, part):
    """The lines of @part ('tune', 'heldout' or 'all')."""
    if part == 'all':
        return list(lines)
    want = part == 'heldout'
    return [l for l in lines if held_out(l) == want]


def read_lines(path):
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                out.append(line)
    return out


def batch_round(fname):
    """The round a tuning batch was written in, from its name ("vi-daily-r9a.txt":
    9); 0 for the first batches, which have none."""
    m = re.search(r'-r(\d+)', fname)
    return int(m.group(1)) if m else 0


def everyday(name, part, gathered=True, last_round=None):
    """The lines of everyday set @name in @part; unless @gathered is False,
    the tuning part includes the set's tuning-only lines (TUNING_EXTRA),
    only the batches of rounds up to @last_round if it is given, and the
    tuning parts of the sets it gathers (TUNING_FROM_SETS)."""
    fname, _, _ = EVERYDAY_SETS[name]
    lines = split(read_lines(os.path.join(EVERYDAY_DIR, fname)), part)
    if part != 'heldout' and gathered:
        for fname in TUNING_EXTRA.get(name, ()):
            if last_round is None or batch_round(fname) <= last_round:
                lines += read_lines(os.path.join(TUNING_DIR, fname))
        for other in TUNING_FROM_SETS.get(name, ()):
            lines += everyday(other, 'tune', last_round=last_round)
    return lines


_FORMAT = re.compile(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[a-zA-Z%]|\$\{?\w+\}?|\{\w*\}|<[^>]*>|[_&](?=\w)')


# the translation files the Debian sets are read from (without ".mo"): those
# installed when the sets and the models were made. A package installed later
# brings more (python3-torch brought gtk30, libgphoto2 and libexif on 5
# December 2026): read too, they would change every Debian set, held-out
# parts included, and the models' training data with them, so that the
# model files were no longer rebuilt byte for byte. A file missing here is
# skipped, as one msgunfmt cannot read.
DEBIAN_MO_FILES = (
    'Linux-PAM', 'PackageKit', 'WebKitGTK-6.0', 'adduser', 'apt', 'at-spi2-core',
    'bash', 'bfd', 'binutils', 'coreutils', 'diffutils', 'dpkg', 'findutils',
    'gdk-pixbuf', 'gettext-runtime', 'gettext-tools', 'git', 'glib-networking',
    'glib20', 'gnutls30', 'gold', 'gprof', 'grep', 'gsettings-desktop-schemas',
    'gst-plugins-base-1.0', 'gst-plugins-good-1.0', 'gstreamer-1.0',
    'gtk20-properties', 'gtk20', 'gtk40', 'iso_15924', 'iso_3166-1', 'iso_3166-2',
    'iso_3166-3', 'iso_3166', 'iso_3166_2', 'iso_4217', 'iso_639-2', 'iso_639-3',
    'iso_639', 'iso_639_3', 'json-glib-1.0', 'ld', 'libadwaita', 'libapt-pkg6.0',
    'libc', 'libidn2', 'libsecret', 'libsoup-3.0', 'libsoup', 'm4', 'make',
    'man-db-gnulib', 'man-db', 'opcodes', 'pg_config-15', 'plpgsql-15', 'procps-ng',
    'psmisc', 'python-apt', 'sed', 'shadow', 'shared-mime-info',
    'software-properties', 'tar', 'wget-gnulib', 'wget', 'xdg-user-dirs',
    'xkeyboard-config', 'xz',
)


def _debian_strings(field, marked, part, limit, locale_dir):
    """The @field ('msgid' or 'msgstr') strings of the Vietnamese
    translations in Debian packages: 25-200 characters, format directives
    and markup removed, with a marked letter when @marked; up to @limit
    lines of @part, in a fixed order, from the files of DEBIAN_MO_FILES."""
    seen = set()
    for mo in (os.path.join(locale_dir, name + '.mo') for name in DEBIAN_MO_FILES):
        try:
            po = subprocess.run(['msgunfmt', '--no-wrap', mo], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, check=True).stdout.decode('utf-8', 'replace')
        except (OSError, subprocess.CalledProcessError):
            continue
        for m in re.finditer(r'^' + field + r'(?:\[\d+\])? "(.*)"$', po, re.M):
            s = m.group(1).encode('latin-1', 'backslashreplace').decode('unicode_escape', 'ignore')
            try:
                s = s.encode('latin-1').decode('utf-8')
            except (UnicodeEncodeError, UnicodeDecodeError):
                s = m.group(1)
            s = _FORMAT.sub(' ', s.replace('\\n', ' '))
            s = ' '.join(s.split())
            if not 25 <= len(s) <= 200:
                continue
            if marked and not re.search('[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]', s.lower()):
                continue
            if not marked and len(re.findall('[A-Za-z]+', s)) < 4:
                continue
            seen.add(s)
    lines = sorted(split(seen, part), key=lambda s: hashlib.sha1(s.encode('utf-8')).digest())
    return lines[:limit]


def debian_vi(part, limit=4000, locale_dir='/usr/share/locale/vi/LC_MESSAGES'):
    """Ordinary Vietnamese from the translations that ship in Debian
    packages (each under its package's licence), read at run time and never
    copied: msgstr strings with at least one marked letter."""
    return _debian_strings('msgstr', True, part, limit, locale_dir)


def debian_en(part, limit=4000, locale_dir='/usr/share/locale/vi/LC_MESSAGES'):
    """Ordinary English from the same files: their msgid strings (the
    English originals) of at least four words, read at run time."""
    return _debian_strings('msgid', False, part, limit, locale_dir)


def vihos_rows(data_dir, which):
    """ViHOS rows: 'train' (tuning) or 'dev' (held out)."""
    path = os.path.join(data_dir, 'text', 'vihos', which + '.csv')
    return list(csv.DictReader(open(path, encoding='utf-8')))


def davidson_rows(data_dir, part):
    rows = list(csv.DictReader(open(os.path.join(data_dir, 'text', 'davidson', 'dev.csv'), encoding='utf-8')))
    if part == 'all':
        return rows
    want = part == 'heldout'
    return [r for r in rows if held_out(r['tweet']) == want]


# the checker's categories of unkind words (a finding's "category")
OFFENSIVE = {'insult', 'hate', 'violence', 'sexual'}


def run_tool(tool, args, texts):
    """The lines netconduct-check @tool prints with @args for @texts, a text
    a line (its own line breaks become spaces)."""
    data = ''.join(t.replace('\r', ' ').replace('\n', ' ') + '\n' for t in texts)
    return subprocess.run([tool] + args, input=data.encode('utf-8'), stdout=subprocess.PIPE,
                          check=True).stdout.decode('utf-8').splitlines()


def span_f1(pred, gold):
    """F1 of the predicted character positions @pred against the gold ones
    (sets of offsets); 1.0 when both are empty."""
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    inter = len(pred & gold)
    p, r = inter / len(pred), inter / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def words_of(folded, marked):
    """[(folded word, marked word, stop_after)] of a line of
    netconduct-check --dump-normalized, as split_words() in nc-offence-model.c."""
    out = []
    i = 0
    n = len(folded)
    while i < n:
        j = i
        while j < n and folded[j] not in ' |':
            j += 1
        if j > i:
            out.append((folded[i:j], marked[i:j], j < n and folded[j] == '|'))
        i = j + 1
    return out


def parse_dumps(lines):
    """[(words, spans)] of netconduct-check --dump-normalized output: the
    words as words_of() gives them and each one's original code points."""
    parsed = []
    for line in lines:
        parts = line.split('\t')
        folded, marked = parts[0], parts[1]
        spans = [tuple(map(int, s.split('-'))) for s in parts[2].split()] if len(parts) > 2 and parts[2] else []
        words = words_of(folded, marked)
        assert len(words) == len(spans), line
        parsed.append((words, spans))
    return parsed
