/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker.c — reads a draft and says which rules of the Code it may break */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-code-ref.h"
#include "nc-matcher.h"
#include "nc-normalizer.h"

#define MAX_HITS 512   /* bounds the work on very long texts */
#define RESOURCE_DIR "/io/github/netconduct/NetConduct/lexicon/"

/* Lexicon files, one per language and category. */
static const char * const lexicon_files[] = {
  "vi-insult.txt", "vi-hate.txt", "vi-violence.txt", "vi-sexual.txt",
  "vi-personal.txt", "vi-fakenews.txt", "vi-scam.txt", "vi-context.txt",
  "vi-mined.txt", "vi-join.txt",
  "en-insult.txt", "en-hate.txt", "en-violence.txt", "en-sexual.txt",
  "en-personal.txt", "en-fakenews.txt", "en-scam.txt", "en-context.txt",
};

/* What each category means for a child, and a kinder way to say it. */
typedef struct {
  const char *id;
  const char *ref_id;
  const char *lesson_id;
  const char *explanation;
  const char *suggestion;
} CategoryInfo;

static const CategoryInfo category_info[NC_N_CATEGORIES] = {
  [NC_CATEGORY_INSULT] = { "insult", "4.6", "lesson-respect",
    N_("These words can hurt or insult someone. The Code asks us not to use offensive language."),
    N_("Say what you disagree with, not what you think of the person: “I don’t agree, because …”") },
  [NC_CATEGORY_HATE] = { "hate", "4.5", "lesson-kind-words",
    N_("This puts people down for where they come from, their gender, religion or ethnicity. The Code asks us not to discriminate."),
    N_("Talk about what someone did, not about the group they belong to.") },
  [NC_CATEGORY_VIOLENCE] = { "violence", "4.5", "lesson-kind-words",
    N_("This sounds like a threat or a call to hurt someone. The Code asks us not to incite violence."),
    N_("Say how you feel instead: “I am really angry about this.”") },
  [NC_CATEGORY_SEXUAL] = { "sexual", "4.6", "lesson-respect",
    N_("This is sexual or crude language. The Code asks us to keep posts in line with good customs."),
    N_("Leave these words out; your point is clearer without them.") },
  [NC_CATEGORY_PERSONAL_DATA] = { "personal-data", "3.3", "lesson-privacy",
    N_("This shares private information that strangers could misuse. The Code asks us to keep information safe."),
    N_("Send it only in a private message to someone you know, or leave it out.") },
  [NC_CATEGORY_FAKE_NEWS] = { "fake-news", "4.4", "lesson-truth",
    N_("This looks like a sensational or unverified claim. The Code asks us to share information from official, reliable sources."),
    N_("Check an official source first, and say where the news comes from.") },
  [NC_CATEGORY_SCAM] = { "scam", "4.6", "lesson-scams",
    N_("This looks like a scam or an illegal advertisement. The Code asks us not to post or spread them."),
    NULL },
  [NC_CATEGORY_LINK] = { "link", "4.4", "lesson-truth",
    N_("Before you share a link, make sure it comes from an official, reliable source. "
       "If you are not sure, do not share it."),
    NULL },
};

/* Finer explanations for personal data, chosen by the detectors. */
static const struct {
  NcPersonalDataKind   kind;
  const char *explanation;
} pii_explanations[] = {
  { NC_PERSONAL_DATA_PHONE,    N_("This looks like a phone number. Strangers could call or text it.") },
  { NC_PERSONAL_DATA_ID,       N_("This looks like a citizen ID number (CCCD or CMND). It can be used to pretend to be you.") },
  { NC_PERSONAL_DATA_EMAIL,    N_("This is an e-mail address. Strangers could write to it or use it to find your accounts.") },
  { NC_PERSONAL_DATA_ADDRESS,  N_("This tells people where you live.") },
  { NC_PERSONAL_DATA_SCHOOL,   N_("This tells people which school or class you are in.") },
  { NC_PERSONAL_DATA_SECRET,   N_("Never share a password or a one-time code (OTP), not even with a friend.") },
};

/* Kinder wordings that lexicon entries can name with say=KEY. */
static const struct {
  const char *key;
  const char *text;
} suggestions[] = {
  { "disagree", N_("“I don’t agree with you, because …”") },
  { "calm",     N_("“I’m upset about this; let’s talk about it calmly.”") },
  { "mistake",  N_("“I think this is a mistake.”") },
  { "wow",      N_("“Wow!” or “Really?” says it without a swear word.") },
  { "source",   N_("Add the link to an official source, or don’t share it.") },
  { "private",  N_("Tell only your parents or a teacher, in person.") },
};

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
  guint32   len;          /* normalized chars */
  EntryChar chars[];
} EntryPattern;

/* EntryPattern.marked_only, Entry.marked_only */
enum {
  MARKED_ONLY = 1,
  MARKED_OR_AIMED = 2,
  MARKED_OR_ALONE = 3,
};

/* (records of whole guint32s) */
G_STATIC_ASSERT (sizeof (EntryPattern) % 4 == 0 && sizeof (EntryChar) % 4 == 0);

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
  guint32     len;          /* normalized chars */
  const char *suggestion;   /* untranslated, may be NULL */
} Entry;

struct _NcChecker
{
  GObject       parent_instance;

  NcNormalizer *normalizer;
  NcMatcher    *matcher;
  GArray       *entries;     /* Entry */
  GArray       *patterns;    /* guint32: the entries' EntryPattern records */
  gsize         max_entry_len;
  GHashTable   *teencode;
  NcOffenceModel      *model;       /* Vietnamese, may be NULL */
  NcOffenceModel      *model_en;    /* English, may be NULL */
  double        build_ms;
};

G_DEFINE_FINAL_TYPE (NcChecker, nc_checker, G_TYPE_OBJECT)
G_DEFINE_QUARK (nc-checker-error-quark, nc_checker_error)

/* One allocation: the findings follow the header. */
struct _NcReport
{
  gatomicrefcount ref_count;
  gsize           translated;   /* g_once: explanations translated */
  NcSeverity      max_severity;
  double          score;        /* model probability, or -1 */
  gsize           n_findings;
  NcFinding       findings[];   /* explanation and suggestion hold msgids
                                 * until translate_findings() */
};

G_DEFINE_BOXED_TYPE (NcReport, nc_report, nc_report_ref, nc_report_unref)

NcReport *
nc_report_ref (NcReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_atomic_ref_count_inc (&report->ref_count);
  return report;
}

void
nc_report_unref (NcReport *report)
{
  g_return_if_fail (report != NULL);
  if (g_atomic_ref_count_dec (&report->ref_count))
    g_free (report);
}

/* Translates the explanations and suggestions of @report in place, each
 * distinct text once: a draft has many findings but few distinct texts,
 * and a gettext lookup is slow. */
static void
translate_findings (NcReport *report)
{
  const char *msgid[16], *text[16];
  guint n = 0;

  for (gsize i = 0; i < report->n_findings; i++)
    {
      NcFinding *f = &report->findings[i];
      const char **field[2] = { &f->explanation, &f->suggestion };

      for (int k = 0; k < 2; k++)
        {
          const char *id = *field[k];
          guint c;

          if (id == NULL)
            continue;
          for (c = 0; c < n && msgid[c] != id; c++)
            ;
          if (c == n)
            {
              if (n == G_N_ELEMENTS (msgid))
                {
                  *field[k] = _(id);
                  continue;
                }
              msgid[n] = id;
              text[n] = _(id);
              n++;
            }
          *field[k] = text[c];
        }
    }
}

/* The explanations are translated here, on the first call (in the
 * language of that moment), not in nc_checker_check(): callers that only
 * want the severity never pay for gettext. */
const NcFinding *
nc_report_get_findings (NcReport *report,
                        gsize    *n_findings)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (n_findings != NULL, NULL);
  if (g_once_init_enter (&report->translated))
    {
      translate_findings (report);
      g_once_init_leave (&report->translated, 1);
    }
  *n_findings = report->n_findings;
  return report->findings;
}

NcSeverity
nc_report_get_max_severity (NcReport *report)
{
  g_return_val_if_fail (report != NULL, NC_SEVERITY_INFO);
  return report->max_severity;
}

gboolean
nc_report_is_flagged (NcReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);
  return report->n_findings > 0 && report->max_severity >= NC_SEVERITY_WARN;
}

double
nc_report_get_score (NcReport *report)
{
  g_return_val_if_fail (report != NULL, -1);
  return report->score;
}

const char *
nc_category_to_string (NcCategory category)
{
  g_return_val_if_fail (category < NC_N_CATEGORIES, NULL);
  return category_info[category].id;
}

const char *
nc_severity_to_string (NcSeverity severity)
{
  switch (severity)
    {
    case NC_SEVERITY_INFO: return "info";
    case NC_SEVERITY_WARN: return "warn";
    case NC_SEVERITY_BLOCK: return "block";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
nc_evidence_to_string (NcEvidence evidence)
{
  switch (evidence)
    {
    case NC_EVIDENCE_LEXICON: return "lexicon";
    case NC_EVIDENCE_NGRAM: return "ngram";
    case NC_EVIDENCE_CONTEXT: return "context";
    case NC_EVIDENCE_MODEL: return "model";
    case NC_EVIDENCE_PII: return "pii";
    case NC_EVIDENCE_LINK: return "link";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
nc_category_get_ref_id (NcCategory category)
{
  g_return_val_if_fail (category < NC_N_CATEGORIES, NULL);
  return category_info[category].ref_id;
}

const char *
nc_category_get_lesson_id (NcCategory category)
{
  g_return_val_if_fail (category < NC_N_CATEGORIES, NULL);
  return category_info[category].lesson_id;
}

double
nc_checker_get_build_ms (NcChecker *self)
{
  g_return_val_if_fail (NC_IS_CHECKER (self), 0);
  return self->build_ms;
}

NcNormalizer *
nc_checker_get_normalizer (NcChecker *self)
{
  g_return_val_if_fail (NC_IS_CHECKER (self), NULL);
  return self->normalizer;
}

void
nc_checker_disable_model (NcChecker *self)
{
  g_return_if_fail (NC_IS_CHECKER (self));
  g_clear_pointer (&self->model, nc_offence_model_free);
  g_clear_pointer (&self->model_en, nc_offence_model_free);
}

static void
nc_checker_finalize (GObject *object)
{
  NcChecker *self = NC_CHECKER (object);

  g_array_unref (self->entries);
  g_array_unref (self->patterns);
  nc_matcher_free (self->matcher);
  nc_normalizer_free (self->normalizer);
  g_clear_pointer (&self->teencode, g_hash_table_unref);
  g_clear_pointer (&self->model, nc_offence_model_free);
  g_clear_pointer (&self->model_en, nc_offence_model_free);

  G_OBJECT_CLASS (nc_checker_parent_class)->finalize (object);
}

static void
nc_checker_class_init (NcCheckerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_checker_finalize;
}

static void
nc_checker_init (NcChecker *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->patterns = g_array_new (FALSE, FALSE, sizeof (guint32));
}

static gboolean
parse_category (const char *s, NcCategory *out)
{
  for (int i = 0; i < NC_N_CATEGORIES; i++)
    if (g_str_equal (s, category_info[i].id))
      {
        *out = (NcCategory) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_severity (const char *s, NcSeverity *out)
{
  if (g_str_equal (s, "info"))
    *out = NC_SEVERITY_INFO;
  else if (g_str_equal (s, "warn"))
    *out = NC_SEVERITY_WARN;
  else if (g_str_equal (s, "block"))
    *out = NC_SEVERITY_BLOCK;
  else
    return FALSE;
  return TRUE;
}

static const char *
lookup_suggestion (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (suggestions); i++)
    if (g_str_equal (suggestions[i].key, key))
      return suggestions[i].text;
  return NULL;
}

/* The lines of the lexicon file @file in the GResource, or NULL with
 * @error set. */
static GStrv
resource_lines (const char *file, GError **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);

  if (bytes == NULL)
    return NULL;
  return g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
}

static gboolean
load_teencode (NcChecker *self, GError **error)
{
  g_auto(GStrv) lines = NULL;

  self->teencode = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = resource_lines ("vi-teencode.txt", error);
  if (lines == NULL)
    return FALSE;
  for (int i = 0; lines[i]; i++)
    {
      g_auto(GStrv) parts = NULL;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      parts = g_strsplit (lines[i], "\t", 2);
      if (g_strv_length (parts) != 2)
        {
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "vi-teencode.txt:%d: expected TOKEN<TAB>EXPANSION", i + 1);
          return FALSE;
        }
      g_hash_table_insert (self->teencode,
                           g_utf8_casefold (g_strstrip (parts[0]), -1),
                           g_utf8_normalize (g_strstrip (parts[1]), -1, G_NORMALIZE_NFC));
    }
  return TRUE;
}

/* Adds one phrase: normalizes it like a draft (with teencode when
 * @teencode: English, whose "u r" a draft's normalizer turns into "u
 * rồi"; Vietnamese short forms are entries of their own) and feeds the
 * folded form to the matcher. */
static gboolean
add_entry (NcChecker  *self,
           Entry      *proto,
           const char *phrase,
           gboolean    teencode,
           const char *file,
           int         line,
           GError    **error)
{
  g_autoptr(NcNormText) nt = NULL;
  g_autofree gunichar *folded = NULL;
  g_autofree char *nfc = g_utf8_normalize (phrase, -1, G_NORMALIZE_NFC);
  Entry e = *proto;
  EntryPattern *p;
  guint at;

  nt = nc_normalizer_run (self->normalizer, nfc, strlen (nfc), teencode);
  if (nt->n_chars == 0)
    goto bad;
  folded = g_new (gunichar, nt->n_chars);
  for (gsize i = 0; i < nt->n_chars; i++)
    folded[i] = nt->chars[i].folded;
  at = self->patterns->len;
  if (!nc_matcher_add (self->matcher, folded, nt->n_chars, e.prefix, at))
    goto bad;
  e.len = (guint32) nt->n_chars;
  self->max_entry_len = MAX (self->max_entry_len, e.len);
  g_array_set_size (self->patterns, at + (sizeof (EntryPattern) + e.len * sizeof (EntryChar)) / 4);
  p = (EntryPattern *) (void *) &g_array_index (self->patterns, guint32, at);
  p->entry = self->entries->len;
  p->kind = (guint8) e.kind;
  p->is_vi = e.is_vi;
  p->prefix = e.prefix;
  p->marked_only = e.marked_only;
  p->len = e.len;
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      p->chars[i].marked = nt->chars[i].marked;
      p->chars[i].run = nt->chars[i].run;
    }
  g_array_append_val (self->entries, e);
  return TRUE;

bad:
  g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
               "%s:%d: the phrase “%s” cannot be matched", file, line, phrase);
  return FALSE;
}

/* English as children type it in chat: "u" for "you", "ur" for "your"
 * and "you're", "r" for "are" after "you". (The normalizer already makes
 * "i'll" and "ill" one word, and "you're" "youre".) */
static const struct { const char *word, *chat[2]; } chat_words[] = {
  { "you", { "u", NULL } },
  { "your", { "ur", NULL } },
  { "you're", { "ur", "u r" } },
  { "youre", { "ur", "u r" } },
  { "yourself", { "urself", NULL } },
};

/* @phrase (an English lexicon phrase) and the forms it takes in chat
 * (chat_words, every combination), each once. */
static GPtrArray *
chat_forms (const char *phrase)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);

  g_ptr_array_add (forms, g_strdup (phrase));
  for (int w = 0; words[w] != NULL; w++)
    for (gsize c = 0; c < G_N_ELEMENTS (chat_words); c++)
      {
        guint n = forms->len;

        if (g_ascii_strcasecmp (words[w], chat_words[c].word) != 0)
          continue;
        /* every form so far, with this word in chat */
        for (guint f = 0; f < n; f++)
          for (int k = 0; k < 2 && chat_words[c].chat[k] != NULL; k++)
            {
              g_auto(GStrv) fw = g_strsplit (forms->pdata[f], " ", -1);
              char *form;

              if (g_strv_length (fw) != g_strv_length (words))
                continue;   /* ("u r" made it longer: one change a form) */
              g_free (fw[w]);
              fw[w] = g_strdup (chat_words[c].chat[k]);
              if (chat_words[c].chat[k][0] == 'u' && fw[w + 1] != NULL &&
                  g_ascii_strcasecmp (fw[w + 1], "are") == 0)
                {
                  g_free (fw[w + 1]);
                  fw[w + 1] = g_strdup ("r");
                }
              form = g_strjoinv (" ", fw);
              if (g_ptr_array_find_with_equal_func (forms, form, g_str_equal, NULL))
                g_free (form);
              else
                g_ptr_array_add (forms, form);
            }
      }
  return forms;
}

/*
 * Reads one lexicon file. Format: '#' comments; directives
 * "@category ID", "@severity info|warn|block"; then one phrase per line,
 * optionally followed by a TAB and space-separated flags: info, warn,
 * block, weak, allow, negation, self, shop, secret, address, school, id,
 * lang, target, aimed, join-next, join-prev, prefix, marked, shared,
 * toneless, alone, say=KEY. "toneless" on a target: it aims the put-downs
 * below typed without marks; on an aimed word: it needs its marks, except
 * right after such a target ("tui may beo qua"). "alone": name-calling
 * that needs its marks, except as the whole draft ("do an hai", "thang
 * cho kia").
 */
static gboolean
load_lexicon (NcChecker  *self,
              const char *file,
              GError    **error)
{
  g_auto(GStrv) lines = resource_lines (file, error);
  NcCategory category = NC_CATEGORY_INSULT;
  NcSeverity severity = NC_SEVERITY_WARN;
  gboolean is_vi = g_str_has_prefix (file, "vi-");

  if (lines == NULL)
    return FALSE;
  for (int i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      g_auto(GStrv) parts = NULL;
      g_auto(GStrv) flags = NULL;
      Entry proto = { 0 };

      if (l[0] == '\0' || l[0] == '#')
        continue;
      if (l[0] == '@')
        {
          if (g_str_has_prefix (l, "@category ") && parse_category (g_strstrip (l + 10), &category))
            continue;
          if (g_str_has_prefix (l, "@severity ") && parse_severity (g_strstrip (l + 10), &severity))
            continue;
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "%s:%d: unknown directive “%s”", file, i + 1, l);
          return FALSE;
        }
      parts = g_strsplit (l, "\t", 2);
      proto.kind = ENTRY_MATCH;
      proto.category = category;
      proto.severity = severity;
      proto.is_vi = is_vi;
      flags = g_strsplit (parts[1] ? parts[1] : "", " ", -1);
      for (int f = 0; flags[f]; f++)
        {
          const char *fl = flags[f];

          if (fl[0] == '\0')
            continue;
          if (parse_severity (fl, &proto.severity))
            continue;
          if (g_str_equal (fl, "weak"))
            proto.kind = ENTRY_WEAK;
          else if (g_str_equal (fl, "allow"))
            proto.kind = ENTRY_ALLOW;
          else if (g_str_equal (fl, "negation"))
            proto.kind = ENTRY_NEGATION;
          else if (g_str_equal (fl, "self"))
            proto.kind = ENTRY_SELF;
          else if (g_str_equal (fl, "shop"))
            proto.kind = ENTRY_SHOP;
          else if (g_str_equal (fl, "secret"))
            proto.kind = ENTRY_SECRET;
          else if (g_str_equal (fl, "address"))
            proto.kind = ENTRY_ADDRESS;
          else if (g_str_equal (fl, "school"))
            proto.kind = ENTRY_SCHOOL;
          else if (g_str_equal (fl, "id"))
            proto.kind = ENTRY_ID;
          else if (g_str_equal (fl, "lang"))
            proto.kind = ENTRY_LANG;
          else if (g_str_equal (fl, "target"))
            proto.kind = ENTRY_TARGET;
          else if (g_str_equal (fl, "aimed"))
            proto.kind = ENTRY_AIMED;
          else if (g_str_equal (fl, "join-next") || g_str_equal (fl, "join-prev"))
            {
              proto.kind = ENTRY_JOIN;
              proto.join |= g_str_equal (fl, "join-next") ? JOIN_NEXT : JOIN_PREV;
            }
          else if (g_str_equal (fl, "shared"))
            proto.shared = 1;
          else if (g_str_equal (fl, "prefix"))
            proto.prefix = 1;
          else if (g_str_equal (fl, "marked"))
            proto.marked_only = MAX (proto.marked_only, MARKED_ONLY);
          else if (g_str_equal (fl, "toneless"))
            proto.toneless = 1;
          else if (g_str_equal (fl, "alone"))
            proto.marked_only = MARKED_OR_ALONE;
          else if (g_str_has_prefix (fl, "say=") && lookup_suggestion (fl + 4) != NULL)
            proto.suggestion = lookup_suggestion (fl + 4);
          else
            {
              g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                           "%s:%d: unknown flag “%s”", file, i + 1, fl);
              return FALSE;
            }
        }
      if (proto.toneless && proto.kind == ENTRY_AIMED)
        proto.marked_only = MARKED_OR_AIMED;   /* ("marked" but after a toneless target) */
      else if ((proto.toneless && proto.kind != ENTRY_TARGET) ||
               (proto.marked_only == MARKED_OR_ALONE && proto.kind != ENTRY_MATCH))
        {
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "%s:%d: “toneless” is for a target or an aimed word, “alone” for a phrase",
                       file, i + 1);
          return FALSE;
        }
      if (is_vi)
        {
          if (!add_entry (self, &proto, g_strstrip (parts[0]), FALSE, file, i + 1, error))
            return FALSE;
        }
      else
        {
          g_autoptr(GPtrArray) forms = chat_forms (g_strstrip (parts[0]));

          for (guint k = 0; k < forms->len; k++)
            if (!add_entry (self, &proto, forms->pdata[k], TRUE, file, i + 1, error))
              return FALSE;
        }
    }
  return TRUE;
}

/* Reads @files (NULL-terminated; one word a line, '#' comments) into
 * @model's common words, which it never marks on their own: the common
 * words of the language (vi-common.txt, en-common.txt), and words that
 * make a draft likely offensive without carrying the offence
 * (vi-nospan.txt: "covid"). */
static gboolean
load_common_words (NcChecker *self, NcOffenceModel *model, const char * const *files, GError **error)
{
  for (gsize k = 0; files[k] != NULL; k++)
    {
      g_auto(GStrv) lines = resource_lines (files[k], error);

      if (lines == NULL)
        return FALSE;
      for (int i = 0; lines[i]; i++)
        {
          char *l = g_strstrip (lines[i]);
          g_autoptr(NcNormText) nt = NULL;
          g_autofree char *nfc = NULL;

          if (l[0] == '\0' || l[0] == '#')
            continue;
          nfc = g_utf8_normalize (l, -1, G_NORMALIZE_NFC);
          nt = nc_normalizer_run (self->normalizer, nfc, strlen (nfc), FALSE);
          nc_offence_model_add_common (model, nt);
        }
    }
  nc_offence_model_commons_done (model);
  return TRUE;
}

/* Vietnamese typed without marks (as children often type on phones) folds
 * many words into one ("thang": month or "thằng"), so the Vietnamese model
 * scores everyday toneless chat higher. The model is trained on toneless
 * copies of the everyday tuning text too, and its warning about a draft
 * as a whole needs a higher score for a draft typed without marks (short
 * forms such as "k" for "không" aside). Chosen on the tuning parts only
 * (checker-training/train-checker-model.py --cv; NC_TRAIN_VERBOSE=1 prints
 * each choice on the tuning lines left out of the fit): 0.99 warns on 2
 * of 48 toneless news-style sentences and catches 0.76 of the toneless
 * unkind messages; 1.01 (never) on none, catching 0.74. Lexicon and
 * context evidence, and spans drawn by the model, are unchanged. */
#define VI_UNMARKED_SENTENCE_THRESHOLD 0.99f

/* An English draft aimed at someone (a "target" of en-context.txt: "you",
 * "ur", "your face") that no word or phrase flags is judged as a whole
 * from this score of the English model on (the model file's own sentence
 * threshold is for any draft). Chosen on the tuning parts only: the model
 * fitted on one half of them, judged on the other (the halves of
 * train-checker-model.py --cv): unkind messages 0.870 -> 0.896, harmless
 * children's messages unchanged (0.008), "neither" tweets 0.055 -> 0.057. */
#define EN_AIMED_SENTENCE_THRESHOLD 0.98

/* Loads the model in @name, with the common words in @commons, into
 * *@out; a model that is not built in is no error (*@out stays NULL). */
static gboolean
load_model (NcChecker *self, const char *name, const char * const *commons,
            NcOffenceModel **out, GError **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) data = g_resources_lookup_data (path, 0, NULL);

  if (data == NULL)
    return TRUE;
  *out = nc_offence_model_new (data, error);
  return *out != NULL && load_common_words (self, *out, commons, error);
}

NcChecker *
nc_checker_new (GError **error)
{
  static const char * const vi_commons[] = { "vi-common.txt", "vi-nospan.txt", NULL };
  static const char * const en_commons[] = { "en-common.txt", NULL };
  g_autoptr(NcChecker) self = g_object_new (NC_TYPE_CHECKER, NULL);
  gint64 t0 = g_get_monotonic_time ();

  if (!load_teencode (self, error))
    return NULL;
  self->normalizer = nc_normalizer_new (self->teencode);
  self->matcher = nc_matcher_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (lexicon_files); i++)
    if (!load_lexicon (self, lexicon_files[i], error))
      return NULL;
  nc_matcher_compile (self->matcher);

  if (!load_model (self, "vi-model.bin", vi_commons, &self->model, error) ||
      !load_model (self, "en-model.bin", en_commons, &self->model_en, error))
    return NULL;
  if (self->model != NULL)
    nc_offence_model_set_unmarked_sentence_threshold (self->model, VI_UNMARKED_SENTENCE_THRESHOLD);

  self->build_ms = (double) (g_get_monotonic_time () - t0) / 1000.0;
  return g_steal_pointer (&self);
}

/* ---- checking ---------------------------------------------------------- */

typedef struct {
  guint32   entry;
  EntryKind kind;         /* the entry's */
  gsize     start, end;   /* normalized chars */
  gsize     matched_end;  /* the end of the pattern (end goes on to the end
                           * of the word for a prefix entry) */
  gboolean  dropped;
  gboolean  unmarked;     /* a MARKED_OR_AIMED or MARKED_OR_ALONE entry
                           * typed without marks */
} Hit;

typedef struct {
  const guint32    *patterns;
  const NcNormText *nt;
  Hit              *hits;     /* MAX_HITS */
  guint             n_hits;
  gboolean          want_vi;
} ScanData;

static inline gboolean
is_sep (gunichar c)
{
  return c == NC_NORM_SPACE || c == NC_NORM_STOP;
}

static void
match_cb (guint32 pattern_id, gsize start, gsize end, gpointer user_data)
{
  ScanData *d = user_data;
  const EntryPattern *e = (const EntryPattern *) (const void *) &d->patterns[pattern_id];
  const EntryChar *ec = e->chars;
  const NcNormChar *c = d->nt->chars;
  Hit *h;
  gboolean unmarked = FALSE;

  if (e->is_vi && !d->want_vi)
    return;
  if (d->n_hits >= MAX_HITS)
    return;
  /* whole words only (a prefix entry may run on) */
  if (start > 0 && !is_sep (c[start - 1].folded))
    return;
  if (end < d->nt->n_chars && !is_sep (c[end].folded) && !e->prefix)
    return;
  for (gsize i = 0; i < e->len; i++)
    {
      const NcNormChar *t = &c[start + i];

      if (is_sep (t->folded))
        continue;
      if (t->word_marked && t->marked != ec[i].marked)
        return;   /* typed with marks, and not these marks */
      if (!t->word_marked && e->marked_only && ec[i].marked != t->folded)
        {
          if (e->marked_only < MARKED_OR_AIMED)
            return;   /* this entry needs its marks */
          unmarked = TRUE;   /* unless a toneless target aims it, or it
                              * is the whole draft */
        }
      if (ec[i].run >= 2 && t->run < 2)
        return;   /* "ass" is not "as" */
    }
  h = &d->hits[d->n_hits++];
  h->entry = e->entry;
  h->kind = e->kind;
  h->start = start;
  h->matched_end = end;
  /* a prefix entry covers the whole word ("fucking") */
  if (e->prefix)
    while (end < d->nt->n_chars && !is_sep (c[end].folded))
      end++;
  h->end = end;
  h->dropped = FALSE;
  h->unmarked = unmarked;
}

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
} CheckScratch;

static void
check_scratch_free_cb (gpointer data)
{
  CheckScratch *cs = data;

  g_free (cs->allowed);
  g_array_unref (cs->findings.list);
  g_array_unref (cs->pii);
  nc_personal_data_context_clear (&cs->pii_cues);
  g_array_unref (cs->quote_marks);
  g_free (cs);
}

static GPrivate check_scratch_key = G_PRIVATE_INIT (check_scratch_free_cb);

static CheckScratch *
get_check_scratch (void)
{
  CheckScratch *cs = g_private_get (&check_scratch_key);

  if (G_UNLIKELY (cs == NULL))
    {
      cs = g_new0 (CheckScratch, 1);
      cs->findings.list = g_array_sized_new (FALSE, FALSE, sizeof (NcFinding), 16);
      cs->pii = g_array_new (FALSE, FALSE, sizeof (NcPersonalDataSpan));
      cs->quote_marks = g_array_new (FALSE, FALSE, sizeof (QuoteMark));
      g_private_set (&check_scratch_key, cs);
    }
  return cs;
}

static void
check_done (CheckScratch *cs)
{
  if (cs->allowed_cap > 65536)
    {
      g_clear_pointer (&cs->allowed, g_free);
      cs->allowed_cap = 0;
    }
}

static void
findings_reset (NcFindings *findings)
{
  g_array_set_size (findings->list, 0);
  for (int c = 0; c < NC_N_CATEGORIES; c++)
    {
      findings->start[c] = G_MAXUINT32;
      findings->end[c] = 0;
    }
}

static inline void
findings_cover (NcFindings *findings, NcCategory category, guint32 cp_start, guint32 cp_end)
{
  findings->start[category] = MIN (findings->start[category], cp_start);
  findings->end[category] = MAX (findings->end[category], cp_end);
}

static void
add_finding (NcFindings       *findings,
             const NcNormText *nt,
             NcCategory        category,
             NcSeverity        severity,
             guint32           cp_start,
             guint32           cp_end,
             NcEvidence        evidence,
             const char       *explanation,
             const char       *suggestion)
{
  GArray *list = findings->list;
  NcFinding f;

  g_assert (cp_start <= cp_end && cp_end <= nt->n_cps);
  /* one finding per span and category: the first that overlaps it takes
   * it in; none can when the span misses all of this category's */
  if (cp_start < findings->end[category] && findings->start[category] < cp_end)
    for (guint i = 0; i < list->len; i++)
      {
        NcFinding *o = &g_array_index (list, NcFinding, i);

        if (o->category == category && o->cp_start < cp_end && cp_start < o->cp_end)
          {
            o->cp_start = MIN (o->cp_start, cp_start);
            o->cp_end = MAX (o->cp_end, cp_end);
            o->severity = MAX (o->severity, severity);
            findings_cover (findings, category, cp_start, cp_end);
            return;
          }
      }
  findings_cover (findings, category, cp_start, cp_end);
  f.category = category;
  f.ref_id = category_info[category].ref_id;
  f.severity = severity;
  f.cp_start = cp_start;
  f.cp_end = cp_end;
  f.byte_start = f.byte_end = f.utf16_start = f.utf16_end = 0;   /* at the end */
  /* msgids: translate_findings() translates them */
  f.explanation = explanation != NULL ? explanation : category_info[category].explanation;
  f.suggestion = suggestion != NULL ? suggestion : category_info[category].suggestion;
  f.lesson_id = category_info[category].lesson_id;
  f.evidence = evidence;
  g_array_append_val (list, f);
}

/* The Code's 4.4 share reminder: the first web address in the draft,
 * at NC_SEVERITY_INFO (it never flags a report, never stops a post). */
static void
add_share_reminder (NcFindings       *findings,
                    const NcNormText *nt,
                    const char       *text,
                    gsize             n)
{
  static GRegex *link_regex;
  g_autoptr(GMatchInfo) match = NULL;
  int start, end;

  if (g_once_init_enter (&link_regex))
    g_once_init_leave (&link_regex, g_regex_new ("(https?://|www\\.)[^\\s]+",
                                                 G_REGEX_CASELESS | G_REGEX_OPTIMIZE | G_REGEX_RAW, 0, NULL));
  if (!g_regex_match_full (link_regex, text, (gssize) n, 0, 0, &match, NULL) ||
      !g_match_info_fetch_pos (match, 0, &start, &end))
    return;
  add_finding (findings, nt, NC_CATEGORY_LINK, NC_SEVERITY_INFO,
               (guint32) g_utf8_pointer_to_offset (text, text + start),
               (guint32) g_utf8_pointer_to_offset (text, text + end),
               NC_EVIDENCE_LINK, NULL, NULL);
}

static inline NcSeverity
lower (NcSeverity s)
{
  return s == NC_SEVERITY_INFO ? s : (NcSeverity) (s - 1);
}

/* Number of separators between normalized positions a < b (counted up
 * to 5). */
static gsize
words_between (const NcNormText *nt, gsize a, gsize b, gboolean *crosses_stop)
{
  gsize n = 0;

  *crosses_stop = FALSE;
  for (gsize i = a; i < b && i < nt->n_chars && n <= 4; i++)
    if (is_sep (nt->chars[i].folded))
      {
        n++;
        if (nt->chars[i].folded == NC_NORM_STOP)
          *crosses_stop = TRUE;
      }
  return n;
}

/* Whether the code point @cp of @nt lies in a user name ("@name") or a
 * web address ("http://…", "www.…"): a word there names no one and is no
 * one's words ("@ShitPussiesSay", "t.co/HoELpcbBg6"). */
static gboolean
in_handle_or_link (const NcNormText *nt, guint32 cp)
{
  const char *text = nt->text;
  gsize at = nt->cp_byte[cp], start = at;

  while (start > 0 && !g_ascii_isspace (text[start - 1]))
    start--;
  if (text[start] == '@' || g_ascii_strncasecmp (text + start, "www.", 4) == 0)
    return TRUE;
  for (gsize i = start; i + 3 <= at; i++)
    if (memcmp (text + i, "://", 3) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_target (const Hit *hits, guint n_hits)
{
  for (guint j = 0; j < n_hits; j++)
    if (hits[j].kind == ENTRY_TARGET && !hits[j].dropped)
      return TRUE;
  return FALSE;
}


/* Whether the folded chars of @nt from @at are @word, a whole word. */
static gboolean
folded_word_at (const NcNormText *nt, gsize at, const char *word)
{
  gsize k = 0;

  for (; word[k] != '\0'; k++)
    if (at + k >= nt->n_chars || nt->chars[at + k].folded != (gunichar) word[k])
      return FALSE;
  return at + k == nt->n_chars || is_sep (nt->chars[at + k].folded);
}

/* Whether negation hit @g is "dung" typed without marks right before
 * "la": "đúng là" ("may dung la do bo di"), never "đừng". */
static gboolean
is_dung_la (const NcNormText *nt, const Hit *g)
{
  return !nt->chars[g->start].word_marked && g->end - g->start == 4 &&
         folded_word_at (nt, g->start, "dung") && g->end < nt->n_chars &&
         nt->chars[g->end].folded == NC_NORM_SPACE && folded_word_at (nt, g->end + 1, "la");
}

/* Whether hit @h is the whole draft but for separators and one calling
 * word after it ("do an hai", "thang cho kia", "con dien nay"): typed
 * without marks, name-calling said on its own. */
static gboolean
alone_in_draft (const NcNormText *nt, const Hit *h)
{
  static const char * const calls[] = { "kia", "nay", "a", "ha", "oi", "vay", "day" };
  gsize i = h->end, w;
  char word[8];

  for (gsize k = 0; k < h->start; k++)
    if (!is_sep (nt->chars[k].folded))
      return FALSE;
  while (i < nt->n_chars && is_sep (nt->chars[i].folded))
    i++;
  for (w = 0; i < nt->n_chars && !is_sep (nt->chars[i].folded); i++, w++)
    {
      if (w + 1 >= sizeof word || nt->chars[i].folded > 0x7f)
        return FALSE;
      word[w] = (char) nt->chars[i].folded;
    }
  word[w] = '\0';
  if (w > 0 && !g_strv_contains (calls, word))
    return FALSE;
  for (; i < nt->n_chars; i++)
    if (!is_sep (nt->chars[i].folded))
      return FALSE;
  return TRUE;
}

/* The target an aimed hit @h is aimed at: a target hit that ends at most
 * two words before it (English: three, "ur glasses are so ugly"), in the
 * same sentence; NULL if none. An aimed word typed without its marks
 * (Hit.unmarked) needs a "toneless" target right before it ("tui may
 * beo", "m beo"). (The hits come in the order of their ends.) */
static const Hit *
find_target (const Hit *hits, guint n_hits, const NcNormText *nt, const Hit *h,
             gboolean is_vi, const GArray *entries)
{
  const Hit *found = NULL;

  for (guint j = 0; j < n_hits && hits[j].matched_end <= h->start; j++)
    {
      const Hit *g = &hits[j];
      gboolean stop;

      if (g->kind == ENTRY_TARGET && !g->dropped && g->end <= h->start &&
          words_between (nt, g->end, h->start, &stop) <= (h->unmarked ? 1u : is_vi ? 3u : 4u) &&
          !stop && (!h->unmarked || g_array_index (entries, Entry, g->entry).toneless))
        found = found == NULL || g->start < found->start ? g : found;
    }
  return found;
}

/* Quotation state, computed once per check when needed: the quotation
 * marks in text order, each with the kind of quotation open after it (0
 * none, 1 straight, 2 curly, 3 guillemets), and the last closing mark of
 * each kind. */
typedef struct {
  const NcNormText *nt;
  GArray           *marks;          /* QuoteMark; NULL: not computed yet */
  guint32           last_close[4];  /* G_MAXUINT32: none */
} Quotes;

/* Finds the marks: " “ ” « » start with the bytes 22, E2 and C2, which a
 * byte search skips to quickly. */
static void
quotes_compute (Quotes *q, GArray *marks)
{
  static const guchar leads[3] = { '"', 0xC2, 0xE2 };
  const NcNormText *nt = q->nt;
  const guchar *text = (const guchar *) nt->text, *end = text + nt->n_bytes;
  const guchar *next[3];
  guint8 state = 0;
  gboolean straight = FALSE;

  g_array_set_size (marks, 0);
  q->marks = marks;
  for (int k = 0; k < 4; k++)
    q->last_close[k] = G_MAXUINT32;
  for (int k = 0; k < 3; k++)
    next[k] = memchr (text, leads[k], nt->n_bytes);
  for (;;)
    {
      const guchar *p;
      int k = -1;
      gunichar c;
      QuoteMark m;

      for (int l = 0; l < 3; l++)
        if (next[l] != NULL && (k < 0 || next[l] < next[k]))
          k = l;
      if (k < 0)
        break;
      p = next[k];
      next[k] = memchr (p + 1, leads[k], (gsize) (end - p - 1));
      c = g_utf8_get_char ((const char *) p);
      if (c != '"' && c != 0x201C && c != 0x201D && c != 0x00AB && c != 0x00BB)
        continue;
      m.cp = (guint32) nc_norm_text_cp_of_byte (nt, (gsize) (p - text));
      if (c == '"')
        {
          straight = !straight;
          state = straight ? 1 : 0;
          q->last_close[1] = m.cp;
        }
      else if (c == 0x201C)
        state = 2;
      else if (c == 0x201D)
        {
          if (state == 2)
            state = 0;
          q->last_close[2] = m.cp;
        }
      else if (c == 0x00AB)
        state = 3;
      else
        {
          if (state == 3)
            state = 0;
          q->last_close[3] = m.cp;
        }
      m.open = state;
      g_array_append_val (marks, m);
    }
}

/* Whether the code points [@cp_start, @cp_end) lie between an opening and
 * a closing quotation mark (a closing mark at or after @cp_end). */
static gboolean
in_quotes (Quotes *q, CheckScratch *scr, guint32 cp_start, guint32 cp_end)
{
  guint8 kind = 0;

  if (!q->nt->has_quotes)
    return FALSE;
  if (q->marks == NULL)
    quotes_compute (q, scr->quote_marks);
  for (guint i = 0; i < q->marks->len && g_array_index (q->marks, QuoteMark, i).cp < cp_start; i++)
    kind = g_array_index (q->marks, QuoteMark, i).open;
  return kind != 0 && q->last_close[kind] != G_MAXUINT32 && q->last_close[kind] >= cp_end;
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const NcFinding *fa = a, *fb = b;

  if (fa->cp_start != fb->cp_start)
    return fa->cp_start < fb->cp_start ? -1 : 1;
  return (int) fa->category - (int) fb->category;
}

static int
compare_findings_cb (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return compare_findings (a, b);
}

/* Sorts findings in text order, stably like g_array_sort(): in place, as
 * they mostly come in order already, and with GLib's sort when that turns
 * out to be much work. */
static void
sort_findings (NcFinding *f, gsize n)
{
  gsize moves = 0;

  for (gsize i = 1; i < n; i++)
    {
      NcFinding x = f[i];
      gsize k = i;

      while (k > 0 && compare_findings (&f[k - 1], &x) > 0)
        {
          f[k] = f[k - 1];
          k--;
        }
      f[k] = x;
      moves += i - k;
      if (moves > 4 * n)
        {
          /* (the first i + 1 are in order, equal ones as they came) */
          g_qsort_with_data (f, (gint) n, sizeof *f, compare_findings_cb, NULL);
          return;
        }
    }
}

static gboolean
is_offensive (NcCategory c)
{
  return c == NC_CATEGORY_INSULT || c == NC_CATEGORY_HATE ||
         c == NC_CATEGORY_VIOLENCE || c == NC_CATEGORY_SEXUAL;
}

/* Widens the offensive findings over the join words right beside them,
 * in the same sentence ("con chó", "ngu vãi"), a few words deep: the
 * span is the whole phrase that carries the offence. A finding without a
 * span stays so. */
static void
join_neighbours (NcChecker        *self,
                 const NcNormText *nt,
                 const Hit        *hits,
                 guint             n_hits,
                 NcFindings       *findings)
{
  GArray *list = findings->list;
  gboolean changed = TRUE;

  for (int round = 0; changed && round < 3; round++)
    {
      changed = FALSE;
      for (guint i = 0; i < n_hits; i++)
        {
          const Hit *h = &hits[i];
          const Entry *e = &g_array_index (self->entries, Entry, h->entry);
          guint32 cs, ce, next = G_MAXUINT32, prev = G_MAXUINT32;

          if (h->dropped || e->kind != ENTRY_JOIN)
            continue;
          cs = nt->chars[h->start].orig_start;
          ce = nt->chars[h->end - 1].orig_end;
          /* where the word right after it starts, the one before it ends */
          if ((e->join & JOIN_NEXT) && h->end + 1 < nt->n_chars &&
              nt->chars[h->end].folded == NC_NORM_SPACE)
            next = nt->chars[h->end + 1].orig_start;
          if ((e->join & JOIN_PREV) && h->start >= 2 &&
              nt->chars[h->start - 1].folded == NC_NORM_SPACE)
            prev = nt->chars[h->start - 2].orig_end;
          for (guint k = 0; k < list->len; k++)
            {
              NcFinding *f = &g_array_index (list, NcFinding, k);

              if (!is_offensive (f->category) || f->cp_start == f->cp_end)
                continue;
              if (f->cp_start == next)
                f->cp_start = cs;
              else if (f->cp_end == prev)
                f->cp_end = ce;
              else
                continue;
              findings_cover (findings, f->category, f->cp_start, f->cp_end);
              changed = TRUE;
            }
        }
    }
}

/* Whether the draft looks Vietnamese: typed marks, or words only
 * Vietnamese has (a function word, a negation, a Vietnamese swear word
 * that is not also English). */
static gboolean
looks_vietnamese (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self)
{
  if (nt->has_marks)
    return TRUE;
  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      const Entry *e = &g_array_index (self->entries, Entry, h->entry);

      if (e->is_vi && !e->shared &&
          (e->kind == ENTRY_MATCH || e->kind == ENTRY_NEGATION || e->kind == ENTRY_LANG ||
           e->kind == ENTRY_TARGET))
        return TRUE;
    }
  return FALSE;
}

NcReport *
nc_checker_check (NcChecker   *self,
                  const char  *text,
                  gssize       length,
                  const char  *lang_hint,
                  GError     **error)
{
  g_autoptr(NcNormText) nt = NULL;
  Hit *hits;
  guint n_hits;
  NcReport *report;
  NcFindings *findings;
  GArray *list;
  double score = -1;
  ScanData d;
  gsize n;
  gboolean offensive = FALSE, want_vi;
  Quotes quotes = { 0 };
  guint8 *allowed;
  CheckScratch *scr;

  g_return_val_if_fail (NC_IS_CHECKER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  n = length < 0 ? strlen (text) : (gsize) length;
  /* the normalizer checks the UTF-8 as it decodes */
  nt = nc_normalizer_run_scratch (self->normalizer, text, n);
  if (nt == NULL)
    {
      g_set_error_literal (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_INPUT,
                           "The text is not valid UTF-8");
      return NULL;
    }
  scr = get_check_scratch ();
  quotes.nt = nt;
  hits = scr->hits;
  findings = &scr->findings;
  findings_reset (findings);
  list = findings->list;
  want_vi = lang_hint == NULL || !g_str_equal (lang_hint, "en");

  d.patterns = (const guint32 *) (const void *) self->patterns->data;
  d.nt = nt;
  d.hits = hits;
  d.n_hits = 0;
  d.want_vi = want_vi;
  nc_matcher_scan (self->matcher, nt->chars, nt->n_chars, match_cb, &d);
  n_hits = d.n_hits;

  /* name-calling that needs its marks counts typed without them only as
   * the whole draft */
  for (guint i = 0; i < n_hits; i++)
    if (hits[i].unmarked && hits[i].kind == ENTRY_MATCH && !alone_in_draft (nt, &hits[i]))
      hits[i].dropped = TRUE;

  if (lang_hint == NULL && !looks_vietnamese (nt, hits, n_hits, self))
    for (guint i = 0; i < n_hits; i++)
      {
        Hit *h = &hits[i];
        if (g_array_index (self->entries, Entry, h->entry).is_vi)
          h->dropped = TRUE;
      }

  /* allow-phrases hide what lies inside them; a longer match hides a
   * shorter one inside it */
  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *a = &hits[i];
      guint lo = 0, hi;

      if (a->dropped || (a->kind != ENTRY_ALLOW && a->kind != ENTRY_MATCH))
        continue;   /* only these hide others */
      /* both ways of hiding need an overlap: then b's pattern ends after
       * a starts (a word's start, not inside b's word), and less than the
       * longest entry after a ends; the hits come in the order of those
       * ends */
      while (lo < n_hits && hits[lo].matched_end <= a->start)
        lo++;
      for (hi = lo; hi < n_hits && hits[hi].matched_end < a->end + self->max_entry_len; hi++)
        ;
      for (guint j = lo; j < hi; j++)
        {
          Hit *b = &hits[j];

          if (i == j || b->dropped)
            continue;
          if (a->kind == ENTRY_ALLOW && b->start < a->end && a->start < b->end &&
              b->kind != ENTRY_ALLOW && b->kind != ENTRY_NEGATION)
            b->dropped = TRUE;
          else if (a->kind == b->kind && a->kind == ENTRY_MATCH &&
                   a->start <= b->start && b->end <= a->end &&
                   (a->end - a->start) > (b->end - b->start))
            b->dropped = TRUE;
        }
    }

  /* words inside allow-phrases ("mẹ mình"), and matches that negation or
   * quotation lowered, are not for the model to flag again */
  if (scr->allowed_cap < nt->n_chars + 1)
    {
      scr->allowed_cap = MAX (nt->n_chars + 1, 1024);
      scr->allowed = g_renew (guint8, scr->allowed, scr->allowed_cap);
    }
  allowed = scr->allowed;
  memset (allowed, 0, nt->n_chars + 1);
  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];

      if (!h->dropped && h->kind == ENTRY_ALLOW)
        memset (allowed + h->start, 1, h->end - h->start);
    }

  /* lexicon findings and put-downs aimed at someone, with negation and
   * quotation */
  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      const Entry *e = &g_array_index (self->entries, Entry, h->entry);
      NcSeverity sev = e->severity;
      NcEvidence evidence = NC_EVIDENCE_LEXICON;
      guint32 cs, ce;

      if (h->dropped || (e->kind != ENTRY_MATCH && e->kind != ENTRY_AIMED))
        continue;
      cs = nt->chars[h->start].orig_start;
      ce = nt->chars[h->end - 1].orig_end;
      if (is_offensive (e->category) && in_handle_or_link (nt, cs))
        continue;
      if (e->kind == ENTRY_AIMED)
        {
          const Hit *t = find_target (hits, n_hits, nt, h, e->is_vi, self->entries);

          if (t == NULL)
            continue;
          /* the span: who it is aimed at and the put-down ("you're so fat") */
          cs = nt->chars[t->start].orig_start;
          evidence = NC_EVIDENCE_CONTEXT;
        }
      /* (a negation before it: the hits come in the order of their ends) */
      if (e->category == NC_CATEGORY_VIOLENCE || e->category == NC_CATEGORY_INSULT ||
          e->category == NC_CATEGORY_HATE)
        for (guint j = 0; j < n_hits && hits[j].matched_end <= h->start; j++)
          {
            const Hit *g = &hits[j];
            gboolean stop;

            if (g->kind == ENTRY_NEGATION && !g->dropped && g->end <= h->start &&
                words_between (nt, g->end, h->start, &stop) <= 2 && !stop &&
                !is_dung_la (nt, g))
              {
                sev = lower (sev);
                break;
              }
          }
      if (in_quotes (&quotes, scr, cs, ce))
        sev = lower (sev);
      if (sev < e->severity)
        memset (allowed + h->start, 1, h->end - h->start);
      if (is_offensive (e->category) && sev >= NC_SEVERITY_WARN)
        offensive = TRUE;
      add_finding (findings, nt, e->category, sev, cs, ce, evidence, NULL, e->suggestion);
    }

  /* the statistical model of the draft's language can flag it on its
   * own, and marks the words that carry the offence beside the
   * lexicon's */
  {
    gboolean vi = want_vi && (lang_hint != NULL || looks_vietnamese (nt, hits, n_hits, self));
    NcOffenceModel *model = vi ? self->model : lang_hint == NULL || !want_vi ? self->model_en : NULL;

    if (model != NULL)
      {
        guint n_spans;
        gboolean sentence;

        /* (a finding about the whole draft names no word, so words that
         * count only beside an offensive one stay unmarked) */
        score = nc_offence_model_check (model, nt, allowed, !offensive, findings, add_finding,
                                        &n_spans, &sentence);
        /* an English draft aimed at someone ("you", "ur") needs a lower
         * score to be judged as a whole */
        if (model == self->model_en && !offensive && n_spans == 0 && !sentence &&
            score >= EN_AIMED_SENTENCE_THRESHOLD && has_target (hits, n_hits))
          add_finding (findings, nt, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, 0, 0, NC_EVIDENCE_MODEL,
                       nc_offence_model_sentence_message, NULL);
        offensive = offensive || n_spans > 0;
      }
  }

  /* words that only count in an offensive draft ("thằng", "nó") */
  if (offensive)
    for (guint i = 0; i < n_hits; i++)
      {
        const Hit *h = &hits[i];
        const Entry *e = &g_array_index (self->entries, Entry, h->entry);

        if (!h->dropped && e->kind == ENTRY_WEAK)
          add_finding (findings, nt, e->category, NC_SEVERITY_INFO,
                       nt->chars[h->start].orig_start, nt->chars[h->end - 1].orig_end,
                       NC_EVIDENCE_CONTEXT, NULL, e->suggestion);
      }

  if (offensive)
    join_neighbours (self, nt, hits, n_hits, findings);

  /* personal data */
  {
    NcPersonalDataContext *ctx = &scr->pii_cues;

    nc_personal_data_context_reset (ctx);
    for (guint i = 0; i < n_hits; i++)
      {
        const Hit *h = &hits[i];
        const Entry *e = &g_array_index (self->entries, Entry, h->entry);
        guint32 cs = nt->chars[h->start].orig_start, ce = nt->chars[h->end - 1].orig_end;

        if (h->dropped)
          continue;
        switch (e->kind)
          {
          case ENTRY_SELF: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_SELF, cs, ce); break;
          case ENTRY_SHOP: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_SHOP, cs, ce); break;
          case ENTRY_SECRET: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_SECRET, cs, ce); break;
          case ENTRY_ADDRESS: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_ADDRESS, cs, ce); break;
          case ENTRY_SCHOOL: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_SCHOOL, cs, ce); break;
          case ENTRY_ID: nc_personal_data_context_add (ctx, NC_PERSONAL_DATA_CUE_ID, cs, ce); break;
          case ENTRY_MATCH: case ENTRY_WEAK: case ENTRY_ALLOW: case ENTRY_NEGATION:
          case ENTRY_LANG: case ENTRY_TARGET: case ENTRY_AIMED: case ENTRY_JOIN:
          default: break;
          }
      }
    nc_personal_data_detect (nt, ctx, scr->pii);
    for (guint i = 0; i < scr->pii->len; i++)
      {
        const NcPersonalDataSpan *s = &g_array_index (scr->pii, NcPersonalDataSpan, i);
        const char *expl = NULL;
        NcSeverity sev = s->severity;

        for (gsize k = 0; k < G_N_ELEMENTS (pii_explanations); k++)
          if (pii_explanations[k].kind == s->kind)
            expl = pii_explanations[k].explanation;
        if (in_quotes (&quotes, scr, s->cp_start, s->cp_end))
          sev = lower (sev);
        add_finding (findings, nt, NC_CATEGORY_PERSONAL_DATA, sev,
                     s->cp_start, s->cp_end, NC_EVIDENCE_PII, expl, NULL);
      }
  }

  add_share_reminder (findings, nt, text, n);

  /* the report, in one allocation: findings in text order */
  report = g_malloc (sizeof (NcReport) + list->len * sizeof (NcFinding));
  g_atomic_ref_count_init (&report->ref_count);
  report->translated = 0;
  report->score = score;
  report->n_findings = list->len;
  memcpy (report->findings, list->data, list->len * sizeof (NcFinding));
  sort_findings (report->findings, report->n_findings);
  report->max_severity = NC_SEVERITY_INFO;
  for (gsize i = 0; i < report->n_findings; i++)
    {
      NcFinding *f = &report->findings[i];

      f->byte_start = nt->cp_byte[f->cp_start];
      f->byte_end = nt->cp_byte[f->cp_end];
      f->utf16_start = nc_norm_text_utf16_offset (nt, f->cp_start);
      f->utf16_end = nc_norm_text_utf16_offset (nt, f->cp_end);
      report->max_severity = MAX (report->max_severity, f->severity);
    }
  check_done (scr);
  return report;
}

/* ---- messages ---------------------------------------------------------- */

const char **
nc_checker_list_messages (void)
{
  GPtrArray *list = g_ptr_array_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (category_info); i++)
    {
      if (category_info[i].explanation != NULL)
        g_ptr_array_add (list, (gpointer) category_info[i].explanation);
      if (category_info[i].suggestion != NULL)
        g_ptr_array_add (list, (gpointer) category_info[i].suggestion);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (pii_explanations); i++)
    g_ptr_array_add (list, (gpointer) pii_explanations[i].explanation);
  for (gsize i = 0; i < G_N_ELEMENTS (suggestions); i++)
    g_ptr_array_add (list, (gpointer) suggestions[i].text);
  g_ptr_array_add (list, (gpointer) nc_offence_model_sentence_message);
  g_ptr_array_add (list, NULL);
  return (const char **) g_ptr_array_free (list, FALSE);
}
