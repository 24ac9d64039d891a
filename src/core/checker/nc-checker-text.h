/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-text.h — what the checker's passes share inside libnc-core:
 * the checker object, a check's hits, findings and scratch, and the
 * low-level readers of a normalized draft (words, separators, quotes) */
#pragma once

#include <glib.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-checker-lexicon.h"
#include "nc-matcher.h"
#include "nc-normalizer.h"

G_BEGIN_DECLS

#define MAX_HITS 512   /* bounds the work on very long texts */

/* What each category means for a child, and a kinder way to say it. */
typedef struct {
  const char *id;
  const char *ref_id;
  const char *lesson_id;
  const char *explanation;
  const char *suggestion;
} CategoryInfo;

struct _NcChecker
{
  GObject       parent_instance;

  NcNormalizer *normalizer;
  NcMatcher    *matcher;
  GArray       *entries;     /* Entry */
  GArray       *patterns;    /* guint32: the entries' EntryPattern records */
  GArray       *rules;       /* Rule */
  guint32      *first_rules; /* rule indices, by the list of their first
                              * slot: those of list l from
                              * first_offsets[l] to first_offsets[l + 1] */
  guint32       first_offsets[RULE_MAX_LISTS + 1];
  gsize         max_entry_len;
  gsize         max_slot_len;
  GHashTable   *teencode;
  NcOffenceModel      *model;       /* Vietnamese, may be NULL */
  NcOffenceModel      *model_en;    /* English, may be NULL */
  NcOffenceModel      *tagger;      /* Vietnamese span tagger, may be NULL */
  NcOffenceModel      *kid_model;   /* (s20-kidmodel) Vietnamese children's model, may be NULL */
  NcOffenceModel      *kid_model_en;   /* (s20-kiden) English children's model, may be NULL */
  GHashTable   *tone;        /* vi-tone.txt (s18-tone, tone_reads()), may be NULL */
  gint          tone_threshold;
  double        build_ms;
};

/* A match of a lexicon entry or a rule in a draft. */
typedef struct {
  guint32   entry;
  EntryKind kind;         /* the entry's */
  gsize     start, end;   /* normalized chars */
  gsize     matched_end;  /* the end of the pattern (end goes on to the end
                           * of the word for a prefix entry) */
  gboolean  dropped;
  gboolean  unmarked;     /* a MARKED_OR_AIMED or MARKED_OR_ALONE entry
                           * typed without marks */
  gboolean  bare;         /* such an entry with no marks of its own
                           * ("ngu"), in a draft typed without any */
  gboolean  rule;         /* a match of a rule (entry is the rule's) */
  gboolean  slot_bare;    /* a word of a rule's list typed without the
                           * marks the list gives it ("d" for "đ"): a
                           * rule flagged "marked" does not take it */
  gboolean  headed;       /* a "marked" entry typed without its marks
                           * right after a calling word that starts a
                           * clause ("thang tam than"); start is the
                           * calling word's */
  gboolean  allowed_out;  /* dropped by an allow-phrase (s20-naming) */
} Hit;

/* The findings of a check: the list, and around each category's findings
 * the span from the first start to the last end. */
struct _NcFindings
{
  GArray *list;   /* NcFinding */
  guint32 start[NC_N_CATEGORIES];
  guint32 end[NC_N_CATEGORIES];
};

/* A quotation mark, and the kind of quotation open after it. */
typedef struct {
  guint32 cp;
  guint8  open;
} QuoteMark;

/* Per-thread state of a check: buffers that are reused from one check
 * to the next (big ones are dropped). */
typedef struct {
  Hit          hits[MAX_HITS];
  guint8      *allowed;
  gsize        allowed_cap;
  NcFindings   findings;      /* before they go into the report */
  GArray      *pii;           /* NcPersonalDataSpan */
  NcPersonalDataContext pii_cues;
  GArray      *quote_marks;   /* QuoteMark */
  gboolean     story;         /* this check's draft retells a story and
                               * addresses no one (English) */
  gboolean     vi_told;       /* this check's draft is a Vietnamese
                               * composition about a work or a social
                               * problem that names no one (vi_told()):
                               * VI_TOLD, or VI_TOLD_CALLED for an essay
                               * judging what someone is called, whose
                               * called put-downs only are told */
  gint8        vi_given;      /* vi_quote_given() of this check's draft;
                               * -1: not asked yet */
  gint8        has_target;    /* has_target() of this check's draft
                               * (s16-self); -1: not asked yet */
  gint8        vi_composed;   /* vi_composed() of this check's draft
                               * (s18-compo); -1: not asked yet */
} CheckScratch;

/* Quotation state, computed once per check when needed: the quotation
 * marks in text order, each with the kind of quotation open after it (0
 * none, 1 straight, 2 curly, 3 guillemets), and the last closing mark of
 * each kind. */
typedef struct {
  const NcNormText *nt;
  GArray           *marks;          /* QuoteMark; NULL: not computed yet */
  guint32           last_close[4];  /* G_MAXUINT32: none */
} Quotes;

/* vi_told(): how a composition tells its put-downs */
enum { VI_TOLD = 1, VI_TOLD_CALLED = 2, VI_TOLD_ANIMAL = 3 };

/* Whether @c separates words: a space or a clause's end, as the
 * normalizer folds them. */
static inline gboolean
is_sep (gunichar c)
{
  return c == NC_NORM_SPACE || c == NC_NORM_STOP;
}

/* Whether findings of category @c are offensive (insult, hate, violence,
 * sexual), as opposed to reminders and personal data. */
static inline gboolean
is_offensive (NcCategory c)
{
  return c == NC_CATEGORY_INSULT || c == NC_CATEGORY_HATE ||
         c == NC_CATEGORY_VIOLENCE || c == NC_CATEGORY_SEXUAL;
}

/* Whether the folded chars of @nt from @at are @word, a whole word. */
static inline gboolean
folded_word_at (const NcNormText *nt, gsize at, const char *word)
{
  gsize k = 0;

  for (; word[k] != '\0'; k++)
    if (at + k >= nt->n_chars || nt->chars[at + k].folded != (gunichar) word[k])
      return FALSE;
  return at + k == nt->n_chars || is_sep (nt->chars[at + k].folded);
}

/* The start of the next word in the clause past @at, or the draft's
 * end (put_down_of_self()). */
static inline gsize
self_next_word (const NcNormText *nt, gsize at)
{
  for (; at < nt->n_chars && is_sep (nt->chars[at].folded); at++)
    if (nt->chars[at].folded == NC_NORM_STOP)
      return nt->n_chars;
  return at;
}

/* Whether @word is one of @list, compared inline (no call per entry):
 * g_strv_contains() of put_down_of_self()'s hot loop. */
static inline gboolean
word_among (const char * const *list, const char *word)
{
  for (guint k = 0; list[k] != NULL; k++)
    if (word[0] == list[k][0])
      {
        const char *a = word, *f = list[k];

        while (*a != '\0' && *a == *f)
          a++, f++;
        if (*a == *f)
          return TRUE;
      }
  return FALSE;
}

/* Whether the word of @nt at @start is @word as typed, marks and all. */
static inline gboolean
marked_word_at (const NcNormText *nt, gsize start, const char *word)
{
  gsize k = start;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p), k++)
    if (k >= nt->n_chars || nt->chars[k].marked != g_utf8_get_char (p))
      return FALSE;
  return k == nt->n_chars || is_sep (nt->chars[k].folded);
}

/* (s20-endaily) Whether the draft holds a laughing face (😂 🤣 😆 😹
 * 💀 😜 😝): a laugh typed as an emoji, which the normalizer makes a
 * separator. */
static inline gboolean
draft_laughs_emoji (const NcNormText *nt)
{
  for (gsize k = 0; k < nt->n_cps; k++)
    if (nt->cps[k] >= 0x1F480 &&
        (nt->cps[k] == 0x1F602 || nt->cps[k] == 0x1F923 || nt->cps[k] == 0x1F606 || nt->cps[k] == 0x1F639 ||
         nt->cps[k] == 0x1F480 || nt->cps[k] == 0x1F61C || nt->cps[k] == 0x1F61D))
      return TRUE;
  return FALSE;
}

/* Whether code point @c ends a sentence (". ! ?" or a new line). */
static inline gboolean
ends_sentence_cp (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == '\n';
}

/* Whether a word (of letters) starts at code point @k of @nt. */
static inline gboolean
starts_word_cp (const NcNormText *nt, gsize k)
{
  return g_unichar_isalpha (nt->cps[k]) && (k == 0 || !g_unichar_isalpha (nt->cps[k - 1]));
}

/* Widens the span of @category's findings over [@cp_start, @cp_end). */
static inline void
findings_cover (NcFindings *findings, NcCategory category, guint32 cp_start, guint32 cp_end)
{
  findings->start[category] = MIN (findings->start[category], cp_start);
  findings->end[category] = MAX (findings->end[category], cp_end);
}

/* The explanation, suggestion and lesson of each category (nc-checker.c). */
G_GNUC_INTERNAL extern const CategoryInfo category_info[NC_N_CATEGORIES];

/* ---- nc-checker.c: the findings and the draft's words ---- */

/* Adds a finding of @category over code points [@cp_start, @cp_end),
 * merged into an overlapping one of the same category (the higher
 * severity kept); @explanation and @suggestion are msgids (NULL: the
 * category's own). */
G_GNUC_INTERNAL void     add_finding      (NcFindings *findings, const NcNormText *nt, NcCategory category,
                                           NcSeverity severity, guint32 cp_start, guint32 cp_end,
                                           NcEvidence evidence, const char *explanation, const char *suggestion);
/* The folded form of the word of @nt that starts at @w, in @buf (of
 * @size bytes; "" when longer); returns where the word ends. */
G_GNUC_INTERNAL gsize    copy_folded_word (const NcNormText *nt, gsize w, char *buf, gsize size);
/* Whether code points [@cp_start, @cp_end) lie inside quotation marks
 * (@q computed on first use, in @scr's buffer). */
G_GNUC_INTERNAL gboolean in_quotes        (Quotes *q, CheckScratch *scr, guint32 cp_start, guint32 cp_end);
/* The word of @nt that ends right before @end, in the same clause: its
 * start, and its folded form in @folded (of @size bytes); G_MAXSIZE when
 * a clause or the draft starts at @end. */
G_GNUC_INTERNAL gsize    word_before      (const NcNormText *nt, gsize end, char *folded, gsize size);
/* The separators between normalized positions @a < @b (counted up to
 * 5); *@crosses_stop: whether one ends a clause. */
G_GNUC_INTERNAL gsize    words_between    (const NcNormText *nt, gsize a, gsize b, gboolean *crosses_stop);
/* Whether a target hit ("mày", "you") that was not dropped is among @hits. */
G_GNUC_INTERNAL gboolean has_target       (const Hit *hits, guint n_hits);
/* Whether the draft holds at least @sentences sentences and @words words. */
G_GNUC_INTERNAL gboolean draft_at_least   (const NcNormText *nt, guint sentences, guint words);
/* Whether the draft is as long as a composition (three sentences or
 * more, at least 30 words). */
G_GNUC_INTERNAL gboolean composition_sized (const NcNormText *nt);
/* Whether the draft is as long as a short answer on a work (at least 18
 * words). */
G_GNUC_INTERNAL gboolean answer_sized     (const NcNormText *nt);
/* Copies the folded chars @a to @b of @nt into @buf (of @size bytes) as
 * a string; "" when they do not fit, "?" for a char beyond ASCII. */
G_GNUC_INTERNAL void     copy_folded      (const NcNormText *nt, gsize a, gsize b, char *buf, gsize size);
/* word_before(), past a quotation mark that opens a quotation right at
 * @end ("gọi là "đồ ngu""): the words quoted are the words said. */
G_GNUC_INTERNAL gsize    word_before_quote (const NcNormText *nt, gsize end, char *folded, gsize size);
/* Whether an "agree" allow phrase comes after allow hit @a, anywhere in
 * the draft. */
G_GNUC_INTERNAL gboolean agreed_after     (const Hit *hits, guint n_hits, const Hit *a, GArray *entries);

/* ---- nc-checker-vi-who.c: the Vietnamese grammar of who is aimed at ---- */

/* Whether a Vietnamese composition tells its put-downs of characters or
 * of people in general, addressing no one (VI_TOLD, VI_TOLD_CALLED,
 * VI_TOLD_ANIMAL); 0: not told. */
G_GNUC_INTERNAL gint     vi_told          (const NcNormText *nt, const Hit *hits, guint n_hits,
                                           NcChecker *self, gboolean need_putdown);
/* Whether the word of @nt at @i calls someone by a name ("thằng",
 * "con", "mày" before a name or a put-down). */
G_GNUC_INTERNAL gboolean calls_someone_at (const NcNormText *nt, gsize i);
/* Whether a Vietnamese draft speaks to someone or of someone with
 * contempt (a target, a calling word). */
G_GNUC_INTERNAL gboolean vi_addresses_someone (const NcNormText *nt, const Hit *hits, guint n_hits);
/* Whether every sentence of the draft opens on a capital letter (or a
 * digit, or a quotation mark before one), as a composition is written. */
G_GNUC_INTERNAL gboolean sentences_capitalised (const NcNormText *nt);
/* Whether char @at of @nt is the writer's own words: outside quotation
 * marks, or in a quotation the writer opens in the first person. */
G_GNUC_INTERNAL gboolean vi_writer_says_at (const NcNormText *nt, gsize at);
/* Whether the quotation that holds char @at of @nt is put on someone
 * ("mày là "đồ xấu xí"", "ur a "loser"") rather than reported. */
G_GNUC_INTERNAL gboolean quote_aimed      (const NcNormText *nt, gsize at);
/* Whether char @at of @nt lies in a quotation given as an example that
 * names no one ("những bình luận độc hại như "ngu như bò""). */
G_GNUC_INTERNAL gboolean vi_example_of_no_one (const NcNormText *nt, gsize at);
/* The word of @nt that starts at code point @i, lower case, in @buf (at
 * most @size bytes; empty if longer). */
G_GNUC_INTERNAL const char *vi_word_at_cp (const NcNormText *nt, gsize i, char *buf, gsize size);
/* Whether Vietnamese put-down hit @h is said of an animal (a pet, "nó",
 * "chú"), not of a person nor a name. */
G_GNUC_INTERNAL gboolean vi_said_of_animal (const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *h);
/* Whether Vietnamese put-down hit @h is named as what someone is called,
 * and the calling judged ("... là một kiểu bạo lực"). */
G_GNUC_INTERNAL gboolean vi_called_at     (const NcNormText *nt, const Hit *hits, guint n_hits,
                                           NcChecker *self, const Hit *h);
/* Whether hit @h is a Vietnamese put-down vi_told() may lower. */
G_GNUC_INTERNAL gboolean vi_told_putdown  (const NcNormText *nt, NcChecker *self, const Hit *h);
/* Whether hit @h is a Vietnamese swear word named as what a character
 * curses, which vi_told() may lower too. */
G_GNUC_INTERNAL gboolean vi_told_curse    (const NcNormText *nt, NcChecker *self, const Hit *h);
/* Whether a Vietnamese draft is composed as a pupil writes a composition
 * (speaks to no one, names no one, quotes to no one), its shape (marks,
 * capitals, size) not asked. */
G_GNUC_INTERNAL gboolean vi_composed_shaped (const NcNormText *nt, const Hit *hits, guint n_hits,
                                             NcChecker *self);
/* vi_composed_shaped() of a draft typed with marks, its sentences
 * capitalised, two sentences and 18 words at least. */
G_GNUC_INTERNAL gboolean vi_composed      (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self);

/* ---- nc-checker-vi-register.c: (s21-compo) narration that addresses no one ---- */

/* Whether a Vietnamese draft is told or described to no one, warned by
 * the ViHOS model alone, and read as everyday by the kid model: then the
 * model's findings are taken out of @findings (TRUE). */
G_GNUC_INTERNAL gboolean vi_register_quiets_model (NcChecker *self, const NcNormText *nt, const Hit *hits,
                                                   guint n_hits, const guint8 *allowed, NcFindings *findings);

/* ---- nc-checker-vi-toneless.c: (s22-tonek) drafts typed without marks ---- */

/* Whether the kid model's score @kid_score of a quiet Vietnamese draft
 * typed without marks warns it whatever the first model's score. */
G_GNUC_INTERNAL gboolean vi_kid_toneless_alone (const NcNormText *nt, double kid_score);

/* ---- nc-checker-self.c: what the writer says of themself, and who told
 * a put-down ---- */

/* Which of @words (pairs of the marked and the folded form, NULL-ended)
 * the word of @nt at @w is: typed with those marks, or its folded form in
 * a draft typed without marks; -1: none. */
G_GNUC_INTERNAL int      vi_word_in       (const NcNormText *nt, gsize w, const char * const *words);
/* vi_word_in() of the one word @marked, @folded. */
G_GNUC_INTERNAL gboolean vi_word_is       (const NcNormText *nt, gsize w, const char *marked, const char *folded);
/* Whether the draft speaks of the writer's pet and of no one else
 * (writer_pet()); [*@start, *@end): the pet's words. */
G_GNUC_INTERNAL gboolean pet_draft        (const NcNormText *nt, const Hit *hits, guint n_hits,
                                           gsize *start, gsize *end);
/* Whether a Vietnamese draft gives what it quotes to someone ("Tặng
 * Trang: "mày là đồ ăn hại""): then its quotation marks lower nothing. */
G_GNUC_INTERNAL gboolean vi_quote_given   (const NcNormText *nt);
/* Whether Vietnamese put-down hit @h is said by the writer of themself
 * ("tớ ngu quá", "chắc mình dốt nhất lớp"), a word that judges the mind,
 * the body or one's ways. */
G_GNUC_INTERNAL gboolean said_of_oneself  (const NcNormText *nt, const Hit *h);
/* Whether the word after the one ending at @end (past one space) is one
 * of @folded (folded forms). */
G_GNUC_INTERNAL gboolean told_next_in     (const NcNormText *nt, gsize end, const char * const *folded);
/* told_next_in()'s words of now ("gio") after a target. */
G_GNUC_INTERNAL extern const char * const vi_now[];
/* Whether Vietnamese hit @h ends on the writer, the one left out or hurt,
 * told to an elder the writer calls ("cô ơi, tụi nó cô lập em"). */
G_GNUC_INTERNAL gboolean told_of_me_left_out (const NcNormText *nt, const Hit *h);
G_GNUC_INTERNAL gboolean quote_told_by_other (const NcNormText *nt, const Hit *h);
/* Whether target hit @h, "may" typed without marks, is luck or sewing by
 * the words around it. */
G_GNUC_INTERNAL gboolean unmarked_may     (const NcNormText *nt, const Hit *h);
/* Where the list of put-downs that Vietnamese hit @h ends starts ("bị
 * trêu là đồ lùn, | đồ xấu xí"); @h's start when it is no list. */
G_GNUC_INTERNAL gsize    vi_list_head     (const NcNormText *nt, const Hit *h);
/* Whether a Vietnamese draft told as a story speaks of someone with
 * contempt, or passes on as true or approves, after @from in its clause,
 * what was done. */
G_GNUC_INTERNAL gboolean vi_story_sneers  (const NcNormText *nt, gsize from);
/* Whether Vietnamese hit @h is what someone was told, told as suffered
 * ("bị gọi là"). */
G_GNUC_INTERNAL gboolean vi_suffered_at   (const NcNormText *nt, const Hit *h);
/* Whether Vietnamese hit @h is what others said or wrote to the writer,
 * told by the writer asking for help ("bạn Hùng nói con | xấu như ma"):
 * where the telling starts; G_MAXSIZE: not told. */
G_GNUC_INTERNAL gsize    told_of_me       (const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *h);
/* Whether the put-down from @from to @to is words the writer says they
 * regret having said ("sorry i | called you a loser"): where the regret
 * starts; G_MAXSIZE: not regretted. */
G_GNUC_INTERNAL gsize    regretted        (const NcNormText *nt, const Hit *hits, guint n_hits, GArray *entries,
                                           gsize from, gsize to, gboolean is_vi);
/* Whether put-down hit @h, English or Vietnamese, is said by the writer
 * of themself ("i'm such an idiot", "mình đúng là đồ vô dụng"). */
G_GNUC_INTERNAL gboolean put_down_of_self (const NcNormText *nt, const Hit *h, gboolean is_vi);

/* ---- nc-checker-en-judged.c: English judgements no list holds ---- */

/* An English word of a draft as en_judged() and en_kinds() read it */
typedef struct {
  gsize start, end;     /* normalized chars */
  gboolean stop_before; /* a sentence or clause break before it */
  gboolean owner;       /* typed with "'s" ("tyler's") */
  char w[24];           /* folded, no apostrophe; "" when longer */
} EnWord;

/* Whether folded word @w is @l, whose letters doubled the normalizer
 * reads once ("smel" is "smell", "sooo" "so") */
static inline gboolean
en_word_eq (const char *w, const char *l)
{
  for (; *l != '\0'; l++)
    if (l[1] != l[0] && *w++ != *l)
      return FALSE;
  return *w == '\0';
}

/* Whether folded word @w is one of @set (en_word_eq()). */
static inline gboolean
en_word_in (const char *w, const char * const *set)
{
  if (w[0] == '\0')
    return FALSE;
  for (; *set != NULL; set++)
    if (en_word_eq (w, *set))
      return TRUE;
  return FALSE;
}

/* The words of @nt, at most @max of them, into @ws: how many;
 * G_MAXUINT as soon as one is a word of @quit (may be NULL). */
G_GNUC_INTERNAL guint    en_words         (const NcNormText *nt, EnWord *ws, guint max,
                                           const char * const *quit);

/* Whether every offensive finding of @list that warns is a swear word's
 * (said in wonder, wording "wow"). */
G_GNUC_INTERNAL gboolean only_swearing    (GArray *list);
/* Adds an insult finding (warn, evidence context) when an English draft
 * judges someone in words no list holds (looks, smell, a skill, a low
 * rating); returns whether it did. */
G_GNUC_INTERNAL gboolean en_judged        (const NcNormText *nt, const Hit *hits, guint n_hits,
                                           NcFindings *findings, Quotes *quotes, CheckScratch *scr);

/* ---- nc-checker-en-kinds.c: English unkindness with no rude word ---- */

/* Adds a finding (warn) when an English draft mocks a family's money or
 * a parent's job, sets a meeting as a threat, sends round an
 * embarrassing photo of someone or politely shuts someone out of a
 * group; returns whether it did. */
G_GNUC_INTERNAL gboolean en_kinds         (const NcNormText *nt, NcFindings *findings, Quotes *quotes,
                                           CheckScratch *scr);

/* ---- nc-checker-spans.c: the span of an offence ---- */

/* Widens the offensive findings over the join words right beside them,
 * in the same sentence ("con chó", "ngu vãi"), a few words deep. */
G_GNUC_INTERNAL void     join_neighbours  (NcChecker        *self,
                                           const NcNormText *nt,
                                           const Hit        *hits,
                                           guint             n_hits,
                                           NcFindings       *findings);
/* In a Vietnamese draft already judged offensive, widens its findings
 * over the words the span tagger marks beside them (@tags, @n of them),
 * or gives such a word a finding of its own at severity info. */
G_GNUC_INTERNAL void     extend_spans     (const NcNormText   *nt,
                                           const guint8       *allowed,
                                           const NcTaggedWord *tags,
                                           gsize               n,
                                           NcFindings         *findings);

/* The first char of @nt at or after code point @cp (binary search;
 * nc-checker-swearing.c). */
G_GNUC_INTERNAL gsize    char_at_cp       (const NcNormText   *nt,
                                           guint32             cp);
/* (s20-naming) No offensive finding marks a naming word ("mày",
 * "thằng", "you") alone, nor a common word of the language (@model's) the
 * model or a context word gave: such a finding widens to the finding
 * right beside it, or else gives way to another finding that warns at
 * least as much, or else becomes the whole draft's wording (no span). */
G_GNUC_INTERNAL void     no_common_alone  (const NcNormText   *nt,
                                           NcOffenceModel     *model,
                                           NcFindings         *findings);

/* ---- nc-checker-care.c: a child's own despair ---- */

/* Adds the care reminder when the writer speaks of their own despair in
 * words no care lexicon holds, weighed signals reaching 3 (not in
 * quotation marks nor in a story retold). */
G_GNUC_INTERNAL void     care_by_signals  (const NcNormText *nt, const char *text, gsize n, Quotes *quotes,
                                           CheckScratch *scr, NcFindings *findings);
/* With a care reminder in @list, drops the model's insult findings (a
 * child's own despair insults no one), unless the draft speaks to
 * someone. */
G_GNUC_INTERNAL void     care_quiets_model (const NcNormText *nt, GArray *list);

/* ---- nc-checker-swearing.c: a swear word aimed at no one ---- */

/* Turns the swear words of @list aimed at no one into crude-language
 * reminders (NC_CATEGORY_CRUDE, NC_SEVERITY_INFO) and drops the findings
 * they raised, when nothing else in the draft warns. */
G_GNUC_INTERNAL void     swearing_as_reminder (NcChecker *self, const NcNormText *nt, const Hit *hits,
                                               guint n_hits, GArray *list);
/* (s19-everyday) Lowers the findings of a Vietnamese game's or match's
 * banter said of no one but the writer: put-downs of play to info, swear
 * words to crude-language reminders. */
G_GNUC_INTERNAL gboolean play_amends (const NcNormText *nt);
G_GNUC_INTERNAL void     play_amends_quiets_model (const NcNormText *nt, GArray *list);
G_GNUC_INTERNAL void     play_banter (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits,
                                      GArray *list);
/* (s19-endaily) Lowers to info the findings of an English chat draft
 * whose every warned put-down is a mild tease of "you" said with a laugh
 * or affection ("you look like a zombie lol did you even sleep"). */
G_GNUC_INTERNAL void     en_tease (const NcNormText *nt, GArray *list);
G_GNUC_INTERNAL void     vi_tease (const NcNormText *nt, GArray *list);
G_GNUC_INTERNAL void     vi_kind_draft (const NcNormText *nt, GArray *list);
/* (s20-endaily, nc-checker-en-daily.c) Lowers to info the warned
 * findings of an English chat draft read in an everyday sense: a
 * grown-up's "gonna kill you" of trouble at home, "kill it at" a show,
 * "shut up" of amazement, a put-down said of "we" or "i". */
G_GNUC_INTERNAL void     en_everyday (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits,
                                      GArray *list);
/* (s21-ennot) Marks the words a denial aimed at "you" denies ("ur not
 * [slow]"); how many. */
G_GNUC_INTERNAL guint    en_denied_words (const NcNormText *nt, guint8 *mask);

/* FNV-1a over code points, one step: a word's hash starts at
 * NC_FNV_START and takes each code point in turn (the care cues' table,
 * the naming words of no_common_alone()). */
#define NC_FNV_START 2166136261u

static inline guint32
nc_fnv_add_cp (guint32 h, gunichar c)
{
  return (h ^ c) * 16777619u;
}

G_END_DECLS
