/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-lexicon.c — reads the checker's lexicon files (phrases with their
 * category, severity and flags), teencode and common words from the
 * GResource into entries and the matcher's patterns */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "nc-checker-lexicon.h"

#define RESOURCE_DIR "/io/github/netconduct/NetConduct/lexicon/"

/* Lexicon files, one per language and category. */
static const char * const lexicon_files[] = {
  "vi-insult.txt", "vi-hate.txt", "vi-violence.txt", "vi-sexual.txt",
  "vi-personal.txt", "vi-fakenews.txt", "vi-scam.txt", "vi-context.txt",
  "vi-mined.txt", "vi-join.txt", "vi-toneless.txt",
  "en-insult.txt", "en-hate.txt", "en-violence.txt", "en-sexual.txt",
  "en-personal.txt", "en-fakenews.txt", "en-scam.txt", "en-context.txt",
  "vi-care.txt", "en-care.txt",
};

/* Kinder wordings that lexicon entries can name with say=KEY, and for a
 * kind of deed that is not a matter of words, what the finding explains
 * instead of its category's "these words…". */
static const struct {
  const char *key;
  const char *text;
  const char *explanation;
} suggestions[] = {
  { "disagree", N_("“I don’t agree with you, because …”") },
  { "calm",     N_("“I’m upset about this; let’s talk about it calmly.”") },
  { "mistake",  N_("“I think this is a mistake.”") },
  { "wow",      N_("“Wow!” or “Really?” says it without a swear word.") },
  { "source",   N_("Add the link to an official source, or don’t share it.") },
  { "private",  N_("Tell only your parents or a teacher, in person.") },
  /* exclusion and ignoring someone ("can't sit with us", "cả lớp bơ nó") */
  { "include",  N_("Leave no one out. If something is wrong, talk to them yourself, kindly.") },
  /* body shaming, looks rated, a mocked stutter, accent, disability or hygiene */
  { "looks",    N_("Don’t comment on how someone looks, speaks or moves; everyone is different.") },
  /* someone else's address, number or pictures sent round to shame them */
  { "others",   N_("Someone else’s address, number or photos are theirs to share, not yours. Ask them first."),
    N_("This shares someone else’s private information, or sends it round to shame them. The Code asks us to take care with other people’s information.") },
  /* a fake account or a name taken to trick or shame someone */
  { "pretend",  N_("Be yourself online: pretending to be someone else to trick or shame them hurts them."),
    N_("This sounds like pretending to be someone else to trick or shame them. The Code asks us not to impersonate or humiliate anyone.") },
  /* a crowd got to report someone's account until it is banned */
  { "gangup",   N_("Don’t get others to gang up on someone. If an account really breaks the rules, report it yourself."),
    N_("This gets a crowd to report someone’s account so that it is banned. The Code asks children not to join in attacking or humiliating other children.") },
  /* talk of someone's love life or secrets passed on ("nghe đồn con Thảo
   * cặp với thầy…", "i'm telling everyone you wet the bed") */
  { "rumour",   N_("Don’t pass on talk about someone’s private life: it may not be true, and it hurts them either way."),
    N_("This passes on talk about someone’s love life or private life. The Code asks us not to post what offends other people’s honour and dignity, or what is not true.") },
  /* someone told to die or hurt themselves ("kys", "sao mày không nhảy
   * lầu luôn đi"); 111 is Vietnam's free child protection line */
  { "selfharm", N_("Step away and cool down. If you or someone you know is struggling, talk to an adult you trust, or call 111 (free, day and night)."),
    N_("This tells someone to die or to hurt themselves. Words like these can put a life at risk, even as a joke. The Code asks us not to incite violence.") },
  /* pressure or threats for private pictures */
  { "pictures", N_("Never ask anyone for private pictures, and never threaten to share their messages or photos."),
    N_("Asking for private pictures, or threatening to share someone’s messages or photos, harms them and can break the law. The Code asks us to respect the law and keep one another safe.") },
};

/* What a swear word is, whatever it is meant to say ("hay vl", "wtf"):
 * crude language, not words that hurt someone. */
static const char swear_explanation[] =
  N_("This is a swear word, even when it only means “wow”. The Code asks us not to use crude language.");

static gboolean
parse_category (const char *s, NcCategory *out)
{
  for (int i = 0; i < NC_N_CATEGORIES; i++)
    if (g_str_equal (s, nc_category_to_string ((NcCategory) i)))
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

const char *
nc_checker_lexicon_suggestion (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (suggestions); i++)
    if (suggestions[i].key[0] == key[0] && g_str_equal (suggestions[i].key, key))
      return suggestions[i].text;   /* (the first letter first: asked at every check) */
  return NULL;
}

/* @s in NFC, newly allocated. A phrase of the lexicon files is nearly
 * always in NFC already: when every char is below U+0300 (no combining
 * mark, no char NFC changes) or in U+1E00-U+1EFF (Vietnamese "ạ ả ấ ...",
 * each NFC's own composition), nothing can compose or reorder, and @s is
 * copied as it is; g_utf8_normalize() (some 3,500 instructions a phrase)
 * only for anything else. */
static char *
nfc_dup (const char *s)
{
  const guchar *p = (const guchar *) s;

  while (*p != '\0')
    {
      if (p[0] < 0x80)
        p++;
      else if (p[0] >= 0xC2 && p[0] <= 0xCB && (p[1] & 0xC0) == 0x80)
        p += 2;
      else if (p[0] == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB && (p[2] & 0xC0) == 0x80)
        p += 3;
      else
        return g_utf8_normalize (s, -1, G_NORMALIZE_NFC);
    }
  return g_strdup (s);
}

/* The lines of the lexicon file @file in the GResource (as g_strsplit()
 * on "\n" has them, and as writable), or NULL with @error set. One block
 * (g_free() it): the NULL-terminated array, then a copy of the text, cut
 * in place (no allocation a line). */
static char **
resource_lines (const char *file, GError **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
  const char *data, *nl;
  gsize len, n = 1, k = 0;
  char **lines, *text;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, NULL);
  len = strlen (data);
  for (nl = memchr (data, '\n', len); nl != NULL; nl = memchr (nl + 1, '\n', (gsize) (data + len - nl - 1)))
    n++;
  lines = g_malloc ((n + 1) * sizeof (char *) + len + 1);
  text = memcpy ((char *) (lines + n + 1), data, len + 1);
  lines[k++] = text;
  for (char *c = strchr (text, '\n'); c != NULL; c = strchr (c + 1, '\n'))
    {
      *c = '\0';
      lines[k++] = c + 1;
    }
  lines[k] = NULL;
  g_assert (k == n);
  return lines;
}

GHashTable *
nc_checker_lexicon_load_teencode (GError **error)
{
  g_autoptr(GHashTable) teencode = NULL;
  g_autofree char **lines = resource_lines ("vi-teencode.txt", error);

  if (lines == NULL)
    return NULL;
  teencode = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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
          return NULL;
        }
      g_hash_table_insert (teencode,
                           g_utf8_casefold (g_strstrip (parts[0]), -1),
                           g_utf8_normalize (g_strstrip (parts[1]), -1, G_NORMALIZE_NFC));
    }
  return g_steal_pointer (&teencode);
}

/* (s18-tone) vi-tone.txt: "@threshold N", then "entry<TAB>prior<TAB><word=shift
 * >word=shift ..." (log-odds x10), into a table of "entry" -> prior and
 * "entry<TAB><word" -> shift, and the threshold in @threshold; (s19-toneless)
 * "@name WORD ..." lines as "@name<TAB>WORD" -> 1. */
GHashTable *
nc_checker_lexicon_load_tone (gint *threshold, GError **error)
{
  g_autoptr(GHashTable) tone = NULL;
  g_autofree char **lines = resource_lines ("vi-tone.txt", error);

  if (lines == NULL)
    return NULL;
  tone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  *threshold = G_MAXINT;
  for (int i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL, feats = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (g_str_has_prefix (lines[i], "@threshold "))
        {
          *threshold = atoi (lines[i] + 11);
          continue;
        }
      /* (s19-toneless) "@name WORD WORD ...": given names typed in lower
       * case that a "named" calling word takes in a draft typed without
       * marks, as "@name<TAB>WORD" */
      if (g_str_has_prefix (lines[i], "@name "))
        {
          g_auto(GStrv) names = g_strsplit (lines[i] + 6, " ", -1);

          for (guint n = 0; names[n] != NULL; n++)
            if (names[n][0] != '\0')
              g_hash_table_insert (tone, g_strdup_printf ("@name\t%s", names[n]), GINT_TO_POINTER (1));
          continue;
        }
      cols = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (cols) != 3)
        {
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "vi-tone.txt:%d: expected ENTRY<TAB>PRIOR<TAB>FEATURES", i + 1);
          return NULL;
        }
      g_hash_table_insert (tone, g_strdup (cols[0]), GINT_TO_POINTER (atoi (cols[1])));
      feats = g_strsplit (cols[2], " ", -1);
      for (guint f = 0; feats[f] != NULL; f++)
        {
          const char *eq = strrchr (feats[f], '=');

          if (eq != NULL)
            g_hash_table_insert (tone, g_strdup_printf ("%s\t%.*s", cols[0], (int) (eq - feats[f]), feats[f]),
                                 GINT_TO_POINTER (atoi (eq + 1)));
        }
    }
  if (*threshold == G_MAXINT)
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON, "vi-tone.txt: no “@threshold” line");
      return NULL;
    }
  return g_steal_pointer (&tone);
}

/* Adds one phrase: normalizes it like a draft (with teencode when
 * @teencode: English, whose "u r" a draft's normalizer turns into "u
 * rồi"; Vietnamese short forms are entries of their own) and feeds the
 * folded form to the matcher. */
static gboolean
add_entry (NcCheckerLexicon  *self,
           Entry             *proto,
           const char        *phrase,
           gboolean           teencode,
           const char        *file,
           int                line,
           GError           **error)
{
  g_autoptr(NcNormText) nt = NULL;
  g_autofree gunichar *folded = NULL;
  g_autofree char *nfc = nfc_dup (phrase);
  Entry e = *proto;
  EntryPattern *p;
  guint at;

  nt = nc_normalizer_run_scratch_full (self->normalizer, nfc, strlen (nfc), teencode);
  if (nt == NULL || nt->n_chars == 0)
    goto bad;
  folded = g_new (gunichar, nt->n_chars);
  for (gsize i = 0; i < nt->n_chars; i++)
    folded[i] = nt->chars[i].folded;
  at = self->patterns->len;
  if (!nc_matcher_add_in_group (self->matcher, folded, nt->n_chars, e.prefix,
                                e.is_vi ? PATTERN_GROUP_VI : 0, at))
    goto bad;
  e.len = (guint32) nt->n_chars;
  self->max_entry_len = MAX (self->max_entry_len, e.len);
  nc_normalizer_add_phrase_words (self->normalizer, nt);
  g_array_set_size (self->patterns, at + (sizeof (EntryPattern) + e.len * sizeof (EntryChar)) / 4);
  p = (EntryPattern *) (void *) &g_array_index (self->patterns, guint32, at);
  p->entry = self->entries->len;
  p->kind = (guint8) e.kind;
  p->is_vi = e.is_vi;
  p->prefix = e.prefix;
  p->marked_only = e.marked_only;
  p->named = e.kind == ENTRY_SLOT && self->named_lists != NULL &&
             (self->named_lists[e.list / 64] >> (e.list % 64) & 1) != 0;
  p->len = e.len;
  p->tone_absent = FALSE;
  p->no_runs = TRUE;
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      p->chars[i].marked = nt->chars[i].marked;
      p->chars[i].run = nt->chars[i].run;
      if (nt->chars[i].run >= 2 ||
          (!e.is_vi && (nt->chars[i].folded == 'o' || nt->chars[i].folded == 'e')))
        p->no_runs = FALSE;
    }
  p->plain = p->no_runs;
  for (gsize i = 0; i < nt->n_chars; i++)
    if (nt->chars[i].marked != nt->chars[i].folded)
      p->plain = FALSE;
  g_array_append_val (self->entries, e);
  /* an English insult of two words a child may run together ("fatpig",
   * "uglycow"; not a name said only as the whole draft, "log off") */
  if ((e.kind == ENTRY_MATCH || e.kind == ENTRY_AIMED) && !e.mined && !e.is_vi && !e.whole &&
      (e.category == NC_CATEGORY_INSULT || e.category == NC_CATEGORY_HATE))
    nc_normalizer_add_glue_pair (self->normalizer, nt);
  /* an insult word a calling word or a target may be run into
   * ("thằngngu", "urstupid"); every other one-word entry is never split */
  if ((e.kind == ENTRY_MATCH || e.kind == ENTRY_AIMED) && !e.mined &&
      (e.category == NC_CATEGORY_INSULT || e.category == NC_CATEGORY_HATE))
    nc_normalizer_add_glue_tail (self->normalizer, nt, e.is_vi);
  else
    nc_normalizer_add_known_word (self->normalizer, nt);
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

/* Adds @form (taken) to @forms unless it is there already. */
static void
add_form (GPtrArray *forms, char *form)
{
  if (g_ptr_array_find_with_equal_func (forms, form, g_str_equal, NULL))
    g_free (form);
  else
    g_ptr_array_add (forms, form);
}

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
              add_form (forms, g_strjoinv (" ", fw));
            }
      }
  return forms;
}

/* @phrase (a Vietnamese lexicon phrase) and the form it takes in chat,
 * "m" for "mày" and "t" for "tao" ("tao sẽ tát mày": "t sẽ tát m";
 * "biết tay tao": "biết tay t"), each once. Not at the start of the
 * phrase ("mày đợi đấy" is not "m đợi đấy", also "wait there"; "tao
 * giết" not "t giết"), except "tao" before a "mày" made "m": said to
 * someone, "t" is "tao" ("t đánh m"; but "t tắt máy"). */
static GPtrArray *
chat_forms_vi (const char *phrase)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  gboolean m = FALSE, t = FALSE;

  g_ptr_array_add (forms, g_strdup (phrase));
  for (int w = 1; words[w] != NULL; w++)
    if (g_str_equal (words[w], "mày"))
      {
        g_free (words[w]);
        words[w] = g_strdup ("m");
        m = TRUE;
      }
  for (int w = 0; words[w] != NULL; w++)
    if (g_str_equal (words[w], "tao") && (w > 0 || m))
      {
        g_free (words[w]);
        words[w] = g_strdup ("t");
        t = TRUE;
      }
  if (m || t)
    add_form (forms, g_strjoinv (" ", words));
  return forms;
}

/* Reads the flags of an entry or rule (space-separated, @flags) into
 * @proto; "gap=N" into *@gap when @gap is not NULL (a rule's). */
static gboolean
parse_flags (Entry       *proto,
             const char  *flags,
             guint8      *gap,
             const char  *file,
             int          line,
             GError     **error)
{
  char buf[64];
  const char *end = NULL;

  /* each space-separated word in turn (no g_strsplit(): a lexicon line
   * each) */
  for (const char *w = flags; w != NULL; w = *end != '\0' ? end + 1 : NULL)
    {
      g_autofree char *heap = NULL;
      const char *fl;
      gsize len;
      guint64 n;

      end = strchr (w, ' ');
      if (end == NULL)
        end = w + strlen (w);
      len = (gsize) (end - w);
      if (len < sizeof buf)
        {
          memcpy (buf, w, len);
          buf[len] = '\0';
          fl = buf;
        }
      else
        fl = heap = g_strndup (w, len);
      if (fl[0] == '\0')
        continue;
      if (parse_severity (fl, &proto->severity))
        continue;
      if (g_str_equal (fl, "weak"))
        proto->kind = ENTRY_WEAK;
      else if (g_str_equal (fl, "allow"))
        proto->kind = ENTRY_ALLOW;
      else if (g_str_equal (fl, "negation"))
        proto->kind = ENTRY_NEGATION;
      else if (g_str_equal (fl, "self"))
        proto->kind = ENTRY_SELF;
      else if (g_str_equal (fl, "shop"))
        proto->kind = ENTRY_SHOP;
      else if (g_str_equal (fl, "secret"))
        proto->kind = ENTRY_SECRET;
      else if (g_str_equal (fl, "address"))
        proto->kind = ENTRY_ADDRESS;
      else if (g_str_equal (fl, "school"))
        proto->kind = ENTRY_SCHOOL;
      else if (g_str_equal (fl, "id"))
        proto->kind = ENTRY_ID;
      else if (g_str_equal (fl, "lang"))
        proto->kind = ENTRY_LANG;
      else if (g_str_equal (fl, "target"))
        proto->kind = ENTRY_TARGET;
      else if (g_str_equal (fl, "aimed"))
        proto->kind = ENTRY_AIMED;
      else if (g_str_equal (fl, "thing"))
        proto->kind = ENTRY_THING;
      else if (g_str_equal (fl, "things"))
        proto->of_things = 1;
      else if (g_str_equal (fl, "whole"))
        proto->whole = 1;
      else if (g_str_equal (fl, "beside"))
        proto->whole = proto->beside = 1;
      else if (g_str_equal (fl, "aimonly"))
        proto->aim_only = 1;
      else if (g_str_equal (fl, "unaimed"))
        proto->unaimed = 1;
      else if (g_str_equal (fl, "third"))
        proto->third = 1;
      else if (g_str_equal (fl, "story"))
        proto->story = STORY_PHRASE;
      else if (g_str_equal (fl, "work"))
        proto->story = STORY_WORK;
      else if (g_str_equal (fl, "problem"))
        proto->story = STORY_PROBLEM;
      else if (g_str_equal (fl, "known"))
        proto->story = STORY_KNOWN;
      else if (g_str_equal (fl, "judge"))
        proto->story = STORY_JUDGE;
      else if (g_str_equal (fl, "agree"))
        proto->story = STORY_AGREE;
      else if (g_str_equal (fl, "sorry"))
        proto->story = STORY_SORRY;
      else if (g_str_equal (fl, "regret"))
        proto->story = STORY_REGRET;
      else if (g_str_equal (fl, "takeback"))
        proto->story = STORY_TAKEBACK;
      else if (g_str_equal (fl, "crude"))
        proto->crude = 1;
      else if (g_str_equal (fl, "join-next") || g_str_equal (fl, "join-prev"))
        {
          proto->kind = ENTRY_JOIN;
          proto->join |= g_str_equal (fl, "join-next") ? JOIN_NEXT : JOIN_PREV;
        }
      else if (g_str_equal (fl, "shared"))
        proto->shared = 1;
      else if (g_str_equal (fl, "prefix"))
        proto->prefix = 1;
      else if (g_str_equal (fl, "marked"))
        proto->marked_only = MAX (proto->marked_only, MARKED_ONLY);
      else if (g_str_equal (fl, "toneless"))
        proto->toneless = 1;
      else if (g_str_equal (fl, "alone"))
        proto->marked_only = MARKED_OR_ALONE;
      else if (g_str_equal (fl, "forward"))
        proto->forward = FORWARD;
      else if (g_str_equal (fl, "either"))
        proto->forward = EITHER_SIDE;
      else if (g_str_equal (fl, "mined"))
        proto->mined = 1;
      else if (g_str_has_prefix (fl, "say=") && nc_checker_lexicon_suggestion (fl + 4) != NULL)
        {
          proto->suggestion = nc_checker_lexicon_suggestion (fl + 4);
          proto->oath = g_str_equal (fl + 4, "wow");
        }
      /* (at most 8: a condition and its consequence apart in one
       * clause, "mày mà dám kể chuyện này ra thì cả năm nay | đừng mong
       * yên ổn"; the scan of a slot stops at the clause's break) */
      else if (gap != NULL && g_str_has_prefix (fl, "gap=") &&
               g_ascii_string_to_unsigned (fl + 4, 10, 0, 8, &n, NULL))
        *gap = (guint8) n;
      else
        {
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "%s:%d: unknown flag “%s”", file, line, fl);
          return FALSE;
        }
    }
  if (proto->toneless && proto->kind == ENTRY_AIMED)
    proto->marked_only = MARKED_OR_AIMED;   /* ("marked" but after a toneless target) */
  else if ((proto->toneless && proto->kind != ENTRY_TARGET) ||
           (proto->marked_only == MARKED_OR_ALONE && proto->kind != ENTRY_MATCH) ||
           (proto->forward && (proto->kind != ENTRY_AIMED || proto->toneless)) ||
           (proto->whole && (proto->is_vi ? proto->kind != ENTRY_MATCH
                                           : proto->kind != ENTRY_AIMED || proto->forward)) ||
           (proto->aim_only && (proto->kind != ENTRY_AIMED || proto->whole)) ||
           (proto->unaimed && proto->kind != ENTRY_ALLOW) ||
           (proto->third && (proto->kind != ENTRY_TARGET || proto->is_vi)) ||
           (proto->story && (proto->kind != ENTRY_ALLOW ||
                             (proto->story < STORY_AGREE &&
                              proto->is_vi != (proto->story != STORY_PHRASE)))) ||
           (proto->crude && (proto->kind != ENTRY_MATCH || proto->is_vi)))
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "%s:%d: “toneless” is for a target or an aimed word, “alone” for a phrase, "
                   "“forward” for an aimed word with its marks, “whole” for an English aimed word "
                   "or a Vietnamese phrase, “aimonly” for an aimed word that is not “whole”, "
                   "“unaimed” for an allow rule, “third” for an English target, “story” for an "
                   "English allow phrase, “work”, “problem”, “known” and “judge” for a Vietnamese one, "
                   "“agree”, “sorry” and “regret” for an allow phrase, “crude” for an English phrase",
                   file, line);
      return FALSE;
    }
  return TRUE;
}

/* Whether @phrase may have a chat form besides itself: chat_forms_vi()
 * makes one only of "mày" or "tao", chat_forms() only of a word with
 * "you" in it (any case). */
static gboolean
has_chat_words (const char *phrase, gboolean is_vi)
{
  if (is_vi)
    return strstr (phrase, "mày") != NULL || strstr (phrase, "tao") != NULL;
  for (const char *p = phrase; p[0] != '\0'; p++)
    if (g_ascii_tolower (p[0]) == 'y' && g_ascii_tolower (p[1]) == 'o' &&
        g_ascii_tolower (p[2]) == 'u')
      return TRUE;
  return FALSE;
}

/* Adds @phrase as @proto in each of its chat forms (chat_forms(),
 * chat_forms_vi()). */
static gboolean
add_phrase (NcCheckerLexicon  *self,
            Entry             *proto,
            const char        *phrase,
            const char        *file,
            int                line,
            GError           **error)
{
  g_autoptr(GPtrArray) forms = NULL;

  /* (the context file's targets and allow-phrases are written out in
   * chat as they are meant: "m" is a target of its own) */
  if (proto->is_vi && g_str_equal (file, "vi-context.txt"))
    return add_entry (self, proto, phrase, FALSE, file, line, error);
  /* (most phrases have no chat form: no "mày" or "tao", no "you") */
  if (!has_chat_words (phrase, proto->is_vi))
    return add_entry (self, proto, phrase, !proto->is_vi, file, line, error);
  forms = proto->is_vi ? chat_forms_vi (phrase) : chat_forms (phrase);
  for (guint k = 0; k < forms->len; k++)
    if (!add_entry (self, proto, forms->pdata[k], !proto->is_vi, file, line, error))
      return FALSE;
  return TRUE;
}

/* "@list NAME: WORD, WORD, ...": the words (or phrases) of the list NAME,
 * which may go on in further "@list NAME:" lines; "<TAB>named" after
 * the words: the list's words fill a slot only right before a
 * capitalised name ("con | Linh"; not "con mèo"). */
static gboolean
load_list (NcCheckerLexicon  *self,
           char              *spec,
           gboolean           is_vi,
           const char        *file,
           int                line,
           GError           **error)
{
  char *colon = strchr (spec, ':');
  g_auto(GStrv) words = NULL;
  Entry proto = { 0 };
  guint index;

  if (colon == NULL)
    goto bad;
  *colon = '\0';
  g_strstrip (spec);
  if (spec[0] == '\0' || strchr (spec, ' ') != NULL || strchr (spec, '|') != NULL)
    goto bad;
  if (!g_ptr_array_find_with_equal_func (self->list_names, spec, g_str_equal, &index))
    {
      if (self->list_names->len == RULE_MAX_LISTS)
        goto bad;
      index = self->list_names->len;
      g_ptr_array_add (self->list_names, g_strdup (spec));
    }
  proto.kind = ENTRY_SLOT;
  proto.is_vi = is_vi;
  proto.list = (guint16) index;
  {
    char *tab = strchr (colon + 1, '\t');

    if (tab != NULL)
      {
        *tab = '\0';
        if (!g_str_equal (g_strstrip (tab + 1), "named") || self->named_lists == NULL)
          goto bad;
        self->named_lists[index / 64] |= G_GUINT64_CONSTANT (1) << (index % 64);
      }
  }
  words = g_strsplit (colon + 1, ",", -1);
  for (int w = 0; words[w] != NULL; w++)
    {
      guint first = self->entries->len;

      if (g_strstrip (words[w])[0] == '\0')
        goto bad;
      if (!add_phrase (self, &proto, words[w], file, line, error))
        return FALSE;
      for (guint k = first; k < self->entries->len; k++)
        self->max_slot_len = MAX (self->max_slot_len, g_array_index (self->entries, Entry, k).len);
    }
  return TRUE;

bad:
  g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
               "%s:%d: expected “@list NAME: WORD, WORD, …” (a name without spaces, "
               "at most %d lists)", file, line, RULE_MAX_LISTS);
  return FALSE;
}

/* "@rule SLOT SLOT ...<TAB>FLAGS": a SLOT names the lists that may fill
 * it ("intent", "kind|unkind"), "?" after it when it may be left out
 * (never the first or the last), "," before a slot when its word may
 * start the next clause (after at most "gap" words and the clause's
 * break); FLAGS are an entry's, and "gap=N". An
 * "allow" rule hides only the matches that lie inside it ("khó vãi", an
 * intensifier after an adjective; not "vãi lồn" beside it). */
static gboolean
load_rule (NcCheckerLexicon  *self,
           const char        *spec,
           NcCategory         category,
           NcSeverity         severity,
           gboolean           is_vi,
           const char        *file,
           int                line,
           GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, "\t", 2);
  g_auto(GStrv) slots = g_strsplit (g_strstrip (parts[0]), " ", -1);
  Entry proto = { 0 };
  Rule rule = { 0 };

  g_autofree char *flags = NULL;

  proto.kind = ENTRY_MATCH;
  proto.category = category;
  proto.severity = severity;
  proto.is_vi = is_vi;
  /* "unless=LIST" (s18-vi): no word of LIST between two slots */
  {
    g_auto(GStrv) fl = g_strsplit (parts[1] ? parts[1] : "", " ", -1);
    GString *rest = g_string_new (NULL);

    for (int f = 0; fl[f] != NULL; f++)
      if (g_str_has_prefix (fl[f], "unless="))
        {
          guint index;

          if (!g_ptr_array_find_with_equal_func (self->list_names, fl[f] + 7, g_str_equal, &index))
            {
              g_string_free (rest, TRUE);
              g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                           "%s:%d: no “@list %s:” before this rule", file, line, fl[f] + 7);
              return FALSE;
            }
          rule.unless = (guint16) (index + 1);
        }
      else
        g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", fl[f]);
    flags = g_string_free (rest, FALSE);
  }
  if (!parse_flags (&proto, flags, &rule.gap, file, line, error))
    return FALSE;
  /* (s18-en: or a target, "jake | is", a name by its place) */
  if (proto.kind != ENTRY_MATCH && proto.kind != ENTRY_AIMED && proto.kind != ENTRY_ALLOW &&
      proto.kind != ENTRY_TARGET)
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "%s:%d: a rule makes a finding, an aimed phrase, an allow-phrase or a target", file, line);
      return FALSE;
    }
  for (int k = 0; slots[k] != NULL; k++)
    {
      char *slot = slots[k];
      gsize len = strlen (slot);
      g_auto(GStrv) names = NULL;

      if (slot[0] == '\0')
        continue;
      /* ",": the next slot may start the next clause, right after its
       * break ("look at his nose, | it's so huge") */
      if (g_str_equal (slot, ","))
        {
          if (rule.n_slots == 0)
            goto bad;
          rule.across |= 1u << rule.n_slots;
          continue;
        }
      if (rule.n_slots == RULE_MAX_SLOTS)
        goto bad;
      if (len > 1 && slot[len - 1] == '?')
        {
          if (rule.n_slots == 0)
            goto bad;
          slot[len - 1] = '\0';
          rule.optional |= 1u << rule.n_slots;
        }
      names = g_strsplit (slot, "|", -1);
      for (int n = 0; names[n] != NULL; n++)
        {
          guint index;

          if (!g_ptr_array_find_with_equal_func (self->list_names, names[n], g_str_equal, &index))
            {
              g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                           "%s:%d: no “@list %s:” before this rule", file, line, names[n]);
              return FALSE;
            }
          rule.lists[rule.n_slots][index / 64] |= G_GUINT64_CONSTANT (1) << (index % 64);
          if (n == 0 || index / 64 < rule.word_lo[rule.n_slots])
            rule.word_lo[rule.n_slots] = (guint8) (index / 64);
          if (n == 0 || index / 64 > rule.word_hi[rule.n_slots])
            rule.word_hi[rule.n_slots] = (guint8) (index / 64);
        }
      rule.n_slots++;
    }
  if (rule.n_slots < 2 || (rule.optional >> (rule.n_slots - 1) & 1) || (rule.across >> rule.n_slots) != 0)
    goto bad;   /* (an optional last slot would match the first alone) */
  rule.entry = self->entries->len;
  g_array_append_val (self->entries, proto);
  g_array_append_val (self->rules, rule);
  return TRUE;

bad:
  g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
               "%s:%d: expected “@rule LIST LIST[?] … LIST” (2 to %d slots, the first and last "
               "not optional)",
               file, line, RULE_MAX_SLOTS);
  return FALSE;
}

/*
 * Reads one lexicon file. Format: '#' comments; directives
 * "@category ID", "@severity info|warn|block", "@list NAME: WORD, ..."
 * (load_list()), "@rule LIST LIST ...<TAB>FLAGS" (load_rule()); then one
 * phrase per line, optionally followed by a TAB and space-separated flags:
 * info, warn, block, weak, allow, negation, self, shop, secret, address,
 * school, id, lang, target, aimed, thing, join-next, join-prev, prefix,
 * marked, shared, toneless, alone, things, forward, either, mined, say=KEY.
 * "either" on an aimed phrase: its target follows it (as "forward") or
 * comes before it ("giết | mày", "mày | sẽ bị giết"). "mined": a
 * phrase mined from labelled comments, which counts only in a draft that
 * other evidence or the model judges offensive. "forward" on
 * an aimed phrase: its target follows it, at most two words after ("gonna
 * push | you"). "toneless" on a target: it aims the put-downs
 * below typed without marks; on an aimed word: it needs its marks, except
 * right after such a target ("tui may beo qua"). "alone": name-calling
 * that needs its marks, except as the whole draft ("do an hai", "thang
 * cho kia"). "thing": a noun for an object; "things" on a put-down: it
 * says nothing when it describes such an object right beside it ("dumb
 * phone", "the wifi is so dumb") and no target aims it at someone.
 * "whole" on an English aimed word: it counts only as name-calling by the
 * whole draft ("hippo", "skinny twig, eat something"), never aimed by a
 * target inside a sentence ("did you see the hippo"); on a Vietnamese
 * phrase: it counts, with or without marks, only as name-calling by the
 * whole draft, its first or last clause (alone_in_draft(): "con chó",
 * "con heo kia"), never inside a sentence ("con heo nhà bà"). "beside"
 * on an English aimed phrase: "whole", and only beside a second put-down
 * of such a draft (a dismissal: "ugly af, log off"; "log off" alone is a
 * parent's word). "aimonly"
 * on an aimed word: the opposite, it counts only aimed by a target, never
 * as name-calling by the whole draft (an emoji read as a word: "🐶" alone
 * under a picture of a dog is no name called). "unaimed" on an allow
 * rule: it hides nothing when a target aims it, one at most two words
 * before it or one after it (a word mentioned as a name: "names like |
 * loser", not "you | get called names like | loser"). "third" on an
 * English target: a third person's ("his", "him", "she's"); it aims
 * nothing in a draft with a "story" allow phrase ("the villain", "in the
 * novel": a character described, "He is fat, lazy and cruel"), and only
 * a target that is not "third" aims an "unaimed" rule from inside it
 * ("Julian calls | you | a freak"; "calls | him | a freak" is reported).
 * "crude" on an English insult: a crude word, not lowered in a story
 * retold as the put-downs told of its characters are ("Veruca Salt is a
 * spoiled brat"). "work", "problem", "known" on a Vietnamese allow
 * phrase: a work taught at school, its characters, author or places
 * ("Chí Phèo", "Nam Cao", "Vũ Đại"), a social problem an essay is about
 * ("bạo lực học đường"), a proper name that is no one's ("Việt Nam"); a
 * composition that names the first or the second, and no one else, tells
 * of characters or of people in general (vi_told() in nc-checker.c).
 * "judge" (s15-compo): a judgement an essay passes ("là sai", "là một
 * kiểu bạo lực"), the same with a put-down named as what someone is
 * called ("gọi bạn là đồ nhà quê").
 * "agree" on an allow phrase: words that agree with what a child quoted
 * or aim it again, anywhere after it ("…saying kys and i forwarded it to
 * jake because he deserves it"): an "unaimed" allow before them hides
 * nothing (agreed_after() in nc-checker.c).
 * "sorry", "regret" (s16-sorry) on an allow phrase: an apology ("sorry",
 * "xin lỗi") and a regret ("i didn't mean it", "tớ sai rồi"); words a
 * writer said before a regret or after an apology are no put-down
 * (regretted() in nc-checker.c). Like "agree", they hide nothing.
 * "takeback" (s16-den) on an allow phrase: words after an apology that
 * take it back ("sorry i called you ugly, the truth hurts"), read by
 * regretted() alone: unlike "agree", an "unaimed" allow before them (a
 * child telling what others said: "he called me ugly and said he was
 * just being honest") keeps hiding. It hides nothing either.
 */
static gboolean
load_lexicon (NcCheckerLexicon  *self,
              const char        *file,
              GError           **error)
{
  g_autofree char **lines = resource_lines (file, error);
  NcCategory category = NC_CATEGORY_INSULT;
  NcSeverity severity = NC_SEVERITY_WARN;
  gboolean is_vi = g_str_has_prefix (file, "vi-");

  if (lines == NULL)
    return FALSE;
  for (int i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      char *tab;
      Entry proto = { 0 };

      if (l[0] == '\0' || l[0] == '#')
        continue;
      if (l[0] == '@')
        {
          if (g_str_has_prefix (l, "@category ") && parse_category (g_strstrip (l + 10), &category))
            continue;
          if (g_str_has_prefix (l, "@severity ") && parse_severity (g_strstrip (l + 10), &severity))
            continue;
          if (g_str_has_prefix (l, "@list "))
            {
              if (!load_list (self, l + 6, is_vi, file, i + 1, error))
                return FALSE;
              continue;
            }
          if (g_str_has_prefix (l, "@rule "))
            {
              if (!load_rule (self, l + 6, category, severity, is_vi, file, i + 1, error))
                return FALSE;
              continue;
            }
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "%s:%d: unknown directive “%s”", file, i + 1, l);
          return FALSE;
        }
      /* PHRASE<TAB>FLAGS, split in place */
      tab = strchr (l, '\t');
      if (tab != NULL)
        *tab = '\0';
      proto.kind = ENTRY_MATCH;
      proto.category = category;
      proto.severity = severity;
      proto.is_vi = is_vi;
      if (!parse_flags (&proto, tab != NULL ? tab + 1 : "", NULL, file, i + 1, error) ||
          !add_phrase (self, &proto, g_strstrip (l), file, i + 1, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads @files (NULL-terminated; one word a line, '#' comments) into
 * @model's common words, which it never marks on their own: the common
 * words of the language (vi-common.txt, en-common.txt), and words that
 * make a draft likely offensive without carrying the offence
 * (vi-nospan.txt: "covid"). */
static gboolean
load_common_words (NcNormalizer *normalizer, NcOffenceModel *model, const char * const *files, GError **error)
{
  for (gsize k = 0; files[k] != NULL; k++)
    {
      g_autofree char **lines = resource_lines (files[k], error);

      if (lines == NULL)
        return FALSE;
      for (int i = 0; lines[i]; i++)
        {
          char *l = g_strstrip (lines[i]);
          g_autoptr(NcNormText) nt = NULL;
          g_autofree char *nfc = NULL;

          if (l[0] == '\0' || l[0] == '#')
            continue;
          nfc = nfc_dup (l);
          nt = nc_normalizer_run_scratch_full (normalizer, nfc, strlen (nfc), FALSE);
          if (nt == NULL)
            continue;   /* (a NUL byte: never in a resource's line) */
          nc_offence_model_add_common (model, nt);
          nc_normalizer_add_known_word (normalizer, nt);
        }
    }
  nc_offence_model_commons_done (model);
  return TRUE;
}

gboolean
nc_checker_lexicon_load_all (NcCheckerLexicon  *self,
                             GError           **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  self->list_names = names;
  for (gsize i = 0; ok && i < G_N_ELEMENTS (lexicon_files); i++)
    ok = load_lexicon (self, lexicon_files[i], error);
  self->list_names = NULL;
  return ok;
}

gboolean
nc_checker_lexicon_load_model (NcNormalizer        *normalizer,
                               const char          *name,
                               const char * const  *commons,
                               NcOffenceModel     **out,
                               GError             **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) data = g_resources_lookup_data (path, 0, NULL);

  if (data == NULL)
    return TRUE;
  *out = nc_offence_model_new (data, error);
  if (*out == NULL)
    {
      g_prefix_error (error, "%s: ", name);   /* which file */
      return FALSE;
    }
  return load_common_words (normalizer, *out, commons, error);
}

const char *
nc_checker_lexicon_explanation (const Entry *e)
{
  if (e->oath)
    return swear_explanation;
  for (gsize i = 0; e->suggestion != NULL && i < G_N_ELEMENTS (suggestions); i++)
    if (suggestions[i].text == e->suggestion)
      return suggestions[i].explanation;
  return NULL;
}

void
nc_checker_lexicon_list_suggestions (GPtrArray *msgids)
{
  for (gsize i = 0; i < G_N_ELEMENTS (suggestions); i++)
    {
      g_ptr_array_add (msgids, (gpointer) suggestions[i].text);
      if (suggestions[i].explanation != NULL)
        g_ptr_array_add (msgids, (gpointer) suggestions[i].explanation);
    }
  g_ptr_array_add (msgids, (gpointer) swear_explanation);
}
