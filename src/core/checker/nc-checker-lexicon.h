/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-lexicon.h — the checker's lexicon inside libnc-core: what an entry
 * is, and how the files are read (nc-checker-lexicon.c); nc-checker.c matches
 * drafts against it */
#pragma once

#include <glib.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-matcher.h"
#include "nc-normalizer.h"

G_BEGIN_DECLS

typedef enum {
  ENTRY_MATCH,      /* an ordinary finding */
  ENTRY_WEAK,       /* kept only when the draft is offensive anyway */
  ENTRY_ALLOW,      /* a harmless phrase that hides matches inside it */
  ENTRY_NEGATION,   /* a word that negates what follows */
  ENTRY_SELF,       /* "my number is", "nhà mình ở": self-disclosure */
  ENTRY_SHOP,       /* "hotline", "shop": a business contact */
  ENTRY_SECRET,     /* "mật khẩu", "OTP": what follows is a secret */
  ENTRY_ADDRESS,    /* "phường", "quận": an address part */
  ENTRY_SCHOOL,     /* "lớp", "trường": school and class */
  ENTRY_ID,         /* "CCCD", "CMND": an ID number follows */
  ENTRY_LANG,       /* a word that only Vietnamese has ("khong", "duoc") */
  ENTRY_TARGET,     /* "you're", "mày": who a put-down is aimed at */
  ENTRY_AIMED,      /* "fat", "béo": a put-down only when aimed at someone
                     * (a target at most two words before it) */
  ENTRY_JOIN,       /* "con" in "con chó": a word that an offensive span
                     * right beside it takes in */
  ENTRY_THING,      /* "phone", "điện thoại": an object that a put-down
                     * flagged "things" may be said of */
  ENTRY_SLOT,       /* "gonna", "push": a word of a list ("@list") that
                     * a rule ("@rule") combines with the words of others;
                     * nothing alone */
} EntryKind;

/* Entry.join: on which side of an offensive span a join word is taken in */
enum {
  JOIN_NEXT = 1 << 0,   /* the span follows the word */
  JOIN_PREV = 1 << 1,   /* the span comes before the word */
};

/* One normalized char of an entry. */
typedef struct {
  gunichar marked;   /* the marked form */
  guint16  run;      /* run length (1 or 2+) */
} EntryChar;

/* What a match needs of an entry, in one place: the matcher names each
 * pattern by where its record starts in the checker's patterns array. */
typedef struct {
  guint32   entry;        /* its index in entries */
  guint8    kind;         /* EntryKind */
  guint8    is_vi;
  guint8    prefix;
  guint8    marked_only;  /* MARKED_ONLY, MARKED_OR_AIMED, MARKED_OR_ALONE */
  guint8    named;        /* a word of a list flagged "named": no hit
                           * unless a capitalised word follows (s18-vi;
                           * in the padding before @len) */
  guint8    plain;        /* (s20-speed2) every char is its own fold
                           * (marked == folded), no run of 2+ and, unless
                           * Vietnamese, no 'o' or 'e' (English "oo", "ee"):
                           * match_cb() then only turns the match away
                           * when the draft has a marked letter in it, and
                           * sets no flag the general loop would */
  guint8    no_runs;      /* (s20-speed2) no run of 2+ and, unless
                           * Vietnamese, no 'o' or 'e': match_cb()'s two
                           * tests of runs can turn nothing away */
  guint8    tone_absent;  /* (s21-speed) the entry's words as typed are
                           * no key of vi-tone.txt (or too long for one):
                           * tone_reads() is FALSE for it without building
                           * the key (set once the table is read; the
                           * padding before @len) */
  guint32   len;          /* normalized chars */
  EntryChar chars[];
} EntryPattern;

/* The matcher's group of a Vietnamese entry's patterns (the others
 * are in 0): an English check leaves them out (nc_matcher_scan_groups()),
 * as match_cb() would turn them away. */
#define PATTERN_GROUP_VI 1

/* Entry.forward */
enum {
  FORWARD = 1,
  EITHER_SIDE = 2,
};

/* EntryPattern.marked_only, Entry.marked_only */
enum {
  MARKED_ONLY = 1,
  MARKED_OR_AIMED = 2,
  MARKED_OR_ALONE = 3,
};

/* (records of whole guint32s) */
G_STATIC_ASSERT (sizeof (EntryPattern) % 4 == 0 && sizeof (EntryChar) % 4 == 0);
G_STATIC_ASSERT (sizeof (EntryPattern) == 16);   /* (the flags in its padding) */

typedef struct {
  EntryKind   kind;
  NcCategory  category;
  NcSeverity  severity;
  guint8      is_vi;
  guint8      prefix;       /* may continue into a longer word */
  guint8      marked_only;  /* MARKED_ONLY: only typed with tone marks;
                             * MARKED_OR_AIMED: an aimed word also typed
                             * without them, right after a toneless target;
                             * MARKED_OR_ALONE: name-calling also typed
                             * without them as the whole draft ("do an hai") */
  guint8      toneless;     /* a target that aims toneless put-downs
                             * ("tụi mày", "m"; not "mày": "may" is
                             * also "máy") */
  guint8      shared;       /* also an English word ("lol", "cave") */
  guint8      join;         /* JOIN_NEXT, JOIN_PREV (ENTRY_JOIN) */
  guint8      of_things;    /* a put-down also said of objects ("dumb",
                             * "ngu"): none when it describes a thing
                             * ("this dumb phone", "cái điện thoại này
                             * ngu quá") and is not aimed at someone */
  guint8      mined;        /* mined from labelled comments (vi-mined.txt):
                             * counts only in a draft that other evidence
                             * or the model judges offensive ("bóp",
                             * "uống nước": everyday words, too) */
  guint8      forward;      /* FORWARD: an aimed phrase whose target follows
                             * it ("i'm gonna push | you", "block | him");
                             * EITHER_SIDE: follows or comes before it
                             * ("giết | mày", "mày | sẽ bị giết") */
  guint16     list;         /* ENTRY_SLOT: the index of its list (16 bits:
                             * the padding before @len held it, Entry
                             * stays 40 bytes) */
  guint8      whole;        /* an English name that counts only as
                             * name-calling by the whole draft ("hippo",
                             * "skinny twig"), never inside a sentence */
  guint8      beside;       /* "whole", and only beside a second put-down
                             * in the draft: a dismissal ("ugly af, log
                             * off"; "log off" alone is a parent's word) */
  guint8      aim_only;     /* an aimed word that counts only aimed by a
                             * target, never as whole-draft name-calling
                             * (emoji read as words: "🐶" alone) */
  guint8      unaimed;      /* an allow rule that hides nothing when a
                             * target aims it, one at most two words
                             * before it or one after it: words quoted as
                             * names ("names like | loser", "bị gọi là |
                             * đồ ngu"), not "mày bị gọi là đồ ngu" */
  guint8      oath;         /* a swear word (say=wow): crude language
                             * itself (Code 4.6), so a negation before it
                             * does not lower it ("ko hiểu clg") */
  guint8      third;        /* an English target of a third person ("he's",
                             * "his", "him"): it aims nothing in a story
                             * retold ("story" below), and a target inside
                             * an "unaimed" allow rule that is not "third"
                             * ("calls | you | a freak") aims the rule */
  guint8      story;        /* STORY_PHRASE: an English allow phrase that
                             * tells a story is retold ("the villain", "in
                             * the book"): the draft's "third" targets aim
                             * nothing; STORY_WORK, STORY_PROBLEM,
                             * STORY_KNOWN: a Vietnamese allow phrase that
                             * names a work taught at school or its people
                             * ("Chí Phèo", "Nam Cao"), a social problem
                             * ("bạo lực học đường"), or a proper name that
                             * is no one's ("Việt Nam") (vi_told());
                             * STORY_JUDGE: a judgement an essay passes
                             * ("là sai", "là một kiểu bạo lực");
                             * STORY_AGREE: agreement with words quoted
                             * ("he deserves it", agreed_after());
                             * STORY_SORRY, STORY_REGRET: an apology, a
                             * regret (regretted()) */
  guint8      crude;        /* an English crude word ("bitch", "dick"): crude
                             * in a story retold too (Code 4.6) */
  guint32     len;          /* normalized chars */
  const char *suggestion;   /* untranslated, may be NULL */
} Entry;

/* A rule of the lexicon ("@rule"): one word or phrase of each of its
 * slots' lists, in order, in one clause (or across one clause break
 * where the rule says so), at most @gap words between two
 * of them ("gonna | push", "nobody | at school | likes"); a match is a hit
 * of the entry @entry (kind, category, severity and flags: "aimed
 * forward" like a phrase of the same words). */
#define RULE_MAX_SLOTS 4
#define RULE_MAX_LISTS 2048         /* both languages together (Entry.list;
                                     * 256 until the eleventh round, whose
                                     * three helpers' lists came to 271;
                                     * 512 until the thirteenth, at 489;
                                     * 1024 until the sixteenth, at 785:
                                     * a rule's slots read only the words
                                     * of their lists' bits, word_lo to
                                     * word_hi, so the room costs a rule
                                     * 512 bytes of heap, no time) */

/* Entry.story */
enum {
  STORY_PHRASE = 1,
  STORY_WORK,
  STORY_PROBLEM,
  STORY_KNOWN,
  STORY_JUDGE,      /* (s15-compo) a judgement an essay passes */
  STORY_AGREE,      /* words that agree with what was quoted or aim it
                     * again ("he deserves it", "same to you") */
  STORY_SORRY,      /* (s16-sorry) an apology ("sorry", "xin lỗi") */
  STORY_REGRET,     /* (s16-sorry) a regret said after words ("i didn't
                     * mean it", "tớ sai rồi"); both for regretted() */
  STORY_TAKEBACK,   /* (s16-den) words that take an apology back ("the
                     * truth hurts", "lmao not really"), for regretted()
                     * only: a report of what others said keeps its allow */
};

typedef struct {
  guint32 entry;
  guint8  n_slots;
  guint8  gap;
  guint8  optional;                  /* bit k: slot k may be left out */
  guint8  word_lo[RULE_MAX_SLOTS];   /* the first and last words of */
  guint8  word_hi[RULE_MAX_SLOTS];   /* @lists[k] with a bit set */
  guint8  across;                    /* bit k: slot k may start the next
                                      * clause (",": "look at his nose
                                      * | , it's | so huge") */
  guint16 unless;                    /* (s18-vi) "unless=LIST": 1 + the
                                      * list none of whose words may lie
                                      * between two slots ("m chạy |
                                      * nhanh | như con báo" is praise);
                                      * 0: none */
  guint64 lists[RULE_MAX_SLOTS][RULE_MAX_LISTS / 64];  /* bit l: list l fills slot k */
} Rule;

/* Whether list @list fills slot @k of @rule. */
static inline gboolean
rule_slot_takes (const Rule *rule, guint k, guint list)
{
  return (rule->lists[k][list / 64] >> (list % 64) & 1) != 0;
}

/* Where the lexicon is read into: @normalizer and @matcher are the
 * checker's; @entries (Entry), @patterns (guint32 records of
 * EntryPattern, named by their start) and @rules (Rule) grow;
 * @max_entry_len is the longest entry, @max_slot_len the longest word of
 * a list, in normalized chars; @list_names (char *, the index of a name
 * is its list's) is the loader's own, while it reads, and so is
 * @named_lists (its flag goes into each word's EntryPattern). */
typedef struct {
  NcNormalizer *normalizer;
  NcMatcher    *matcher;
  GArray       *entries;
  GArray       *patterns;
  GArray       *rules;
  gsize         max_entry_len;
  gsize         max_slot_len;
  GPtrArray    *list_names;
  guint64      *named_lists;   /* RULE_MAX_LISTS / 64: bit l, the words
                                * of list l fill a slot only right before
                                * a capitalised name ("con | Linh", "bạn
                                * | Hoa"; not "con mèo"), "@list NAME:
                                * WORDS<TAB>named" (s18-vi) */
} NcCheckerLexicon;

/* vi-teencode.txt: folded short form -> its NFC expansion; NULL with
 * @error set when the file is broken. */
GHashTable *nc_checker_lexicon_load_teencode    (GError             **error);
/* vi-tone.txt (how an entry that needs its marks reads typed without
 * them, by its neighbours): "entry" -> prior, "entry<TAB><word" and
 * "entry<TAB>>word" -> shift, the threshold in @threshold; NULL with
 * @error set when the file is missing or broken. */
GHashTable *nc_checker_lexicon_load_tone        (gint                *threshold,
                                                 GError             **error);
/* Reads every lexicon file into @self (the matcher is not compiled). */
gboolean    nc_checker_lexicon_load_all         (NcCheckerLexicon   *self,
                                                 GError            **error);
/* Loads the model in @name, with the common words in @commons (read with
 * @normalizer), into *@out; a model that is not built in is no error
 * (*@out stays NULL). */
gboolean    nc_checker_lexicon_load_model       (NcNormalizer       *normalizer,
                                                 const char         *name,
                                                 const char * const *commons,
                                                 NcOffenceModel    **out,
                                                 GError            **error);
/* The untranslated kinder wording of say=KEY, NULL when there is none. */
const char *nc_checker_lexicon_suggestion     (const char         *key);
/* The untranslated explanation of @e's finding, NULL for its category's
 * own: a swear word's (say=wow) is crude language, whatever it means;
 * someone's data sent round, a name taken, private pictures asked for, a
 * crowd got to report an account, a rumour passed on, someone told to
 * hurt themselves (say=others, pretend, pictures, gangup, rumour,
 * selfharm) are deeds, not words. */
const char *nc_checker_lexicon_explanation    (const Entry        *e);
/* Adds the msgids of the kinder wordings entries name with say=KEY, and
 * of the explanations that go with them. */
void        nc_checker_lexicon_list_suggestions (GPtrArray          *msgids);

G_END_DECLS
