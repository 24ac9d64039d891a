/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-grade.c — grading the quiz items of a lesson */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-lesson-catalog.h"
#include "nc-checker.h"
#include "nc-lesson-grade.h"

struct _NcSpotText
{
  char   *text;
  GArray *bad;    /* NcSpan */
  GArray *words;  /* NcSpan */
};

/*
 * Takes "You are <bad>so dumb</bad> lol" and returns the plain text with
 * the byte spans of the marked parts and of every word (runs of
 * non-space). NULL with @error when the marks are unbalanced or missing.
 */
NcSpotText *
nc_spot_text_parse (const char  *marked,
                    GError     **error)
{
  g_autoptr(NcSpotText) spot = g_new0 (NcSpotText, 1);
  GString *plain = g_string_new (NULL);
  const char *p = marked;
  gboolean in_bad = FALSE;
  NcSpan span = { 0, 0 };

  g_return_val_if_fail (marked != NULL, NULL);

  spot->bad = g_array_new (FALSE, FALSE, sizeof (NcSpan));
  spot->words = g_array_new (FALSE, FALSE, sizeof (NcSpan));

  while (*p)
    {
      if (g_str_has_prefix (p, "<bad>"))
        {
          if (in_bad)
            break;
          in_bad = TRUE;
          span.start = plain->len;
          p += strlen ("<bad>");
        }
      else if (g_str_has_prefix (p, "</bad>"))
        {
          if (!in_bad)
            {
              in_bad = TRUE;  /* reported below as unbalanced */
              break;
            }
          in_bad = FALSE;
          span.end = plain->len;
          if (span.end > span.start)
            g_array_append_val (spot->bad, span);
          p += strlen ("</bad>");
        }
      else
        g_string_append_c (plain, *p++);
    }
  spot->text = g_string_free (plain, FALSE);

  if (in_bad || spot->bad->len == 0)
    {
      g_set_error (error, NC_LESSON_ERROR, NC_LESSON_ERROR_NO_ANSWER,
                   "the post “%s” needs balanced <bad>…</bad> marks around the problem", marked);
      return NULL;
    }

  for (gsize i = 0; spot->text[i]; )
    {
      NcSpan word;

      while (spot->text[i] == ' ')
        i++;
      if (spot->text[i] == '\0')
        break;
      word.start = i;
      while (spot->text[i] && spot->text[i] != ' ')
        i++;
      word.end = i;
      g_array_append_val (spot->words, word);
    }

  return g_steal_pointer (&spot);
}

void
nc_spot_text_free (NcSpotText *spot)
{
  if (spot == NULL)
    return;
  g_free (spot->text);
  g_clear_pointer (&spot->bad, g_array_unref);
  g_clear_pointer (&spot->words, g_array_unref);
  g_free (spot);
}

const char *
nc_spot_text_get_text (const NcSpotText *spot)
{
  return spot->text;
}

const NcSpan *
nc_spot_text_get_bad_spans (const NcSpotText *spot,
                            gsize            *n_spans)
{
  *n_spans = spot->bad->len;
  return (const NcSpan *) spot->bad->data;
}

const NcSpan *
nc_spot_text_get_words (const NcSpotText *spot,
                        gsize            *n_words)
{
  *n_words = spot->words->len;
  return (const NcSpan *) spot->words->data;
}

/* Bytes of @a that lie in @b. */
static gsize
overlap (const NcSpan *a,
         const NcSpan *b)
{
  gsize start = MAX (a->start, b->start);
  gsize end = MIN (a->end, b->end);

  return end > start ? end - start : 0;
}

/*
 * Spot the problem, graded by overlap: @recall is the share of the marked
 * bytes that the learner selected, @precision the share of the selected
 * bytes that are marked (spaces do not count, since words are selected
 * whole). Correct when both reach NC_SPOT_MIN_RECALL and
 * NC_SPOT_MIN_PRECISION and every marked part has at least one word
 * selected (a post with two problems needs both found).
 */
gboolean
nc_grade_spot (const NcSpotText *spot,
               const NcSpan     *selected,
               gsize             n_selected,
               double           *recall,
               double           *precision)
{
  gsize bad_total = 0, selected_total = 0, hit = 0;
  gboolean every_part_found = TRUE;
  double r, p;

  g_return_val_if_fail (spot != NULL, FALSE);

  for (guint b = 0; b < spot->bad->len; b++)
    {
      const NcSpan *bad = &g_array_index (spot->bad, NcSpan, b);
      gsize part_hit = 0;

      for (gsize i = bad->start; i < bad->end; i++)
        bad_total += spot->text[i] != ' ';
      for (gsize s = 0; s < n_selected; s++)
        part_hit += overlap (&selected[s], bad);
      hit += part_hit;
      every_part_found &= part_hit > 0;
    }
  for (gsize s = 0; s < n_selected; s++)
    selected_total += selected[s].end - selected[s].start;

  r = bad_total ? (double) hit / bad_total : 0.0;
  p = selected_total ? (double) hit / selected_total : 0.0;
  if (recall)
    *recall = r;
  if (precision)
    *precision = p;

  return every_part_found && r >= NC_SPOT_MIN_RECALL && p >= NC_SPOT_MIN_PRECISION;
}

/* TRUE when option @option_index of a choice item is a correct one. */
gboolean
nc_grade_choice (const NcStep *step,
                 guint         option_index)
{
  g_return_val_if_fail (step != NULL && step->kind == NC_STEP_CHOICE, FALSE);
  g_return_val_if_fail (option_index < step->options->len, FALSE);

  return ((NcOption *) g_ptr_array_index (step->options, option_index))->correct;
}

gboolean
nc_grade_true_false (const NcStep *step,
                     gboolean      answer)
{
  g_return_val_if_fail (step != NULL && step->kind == NC_STEP_TRUE_FALSE, FALSE);

  return (!!answer) == (!!step->answer);
}

/*
 * Walks a scenario from its first node, taking branch @branch_indices[i]
 * at the i-th node. Correct when every branch taken was a good one and the
 * walk reaches the end of the story.
 */
gboolean
nc_grade_scenario_path (const NcStep *step,
                        const guint  *branch_indices,
                        gsize         n_indices)
{
  const NcScenarioNode *node;

  g_return_val_if_fail (step != NULL && step->kind == NC_STEP_SCENARIO, FALSE);

  node = g_ptr_array_index (step->nodes, 0);
  for (gsize i = 0; i < n_indices; i++)
    {
      const NcBranch *branch;

      if (node == NULL || branch_indices[i] >= node->branches->len)
        return FALSE;
      branch = g_ptr_array_index (node->branches, branch_indices[i]);
      if (!branch->good)
        return FALSE;
      node = branch->next ? nc_step_get_node (step, branch->next) : NULL;
    }

  return node == NULL && n_indices > 0;
}

/*
 * Folds @text for matching: lower case, no tone or other marks, "đ" as "d",
 * runs of space as one. So "Đồ NGU" and "do ngu" fold the same, as a child
 * may type either.
 */
char *
nc_text_fold (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *lower = NULL;
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  if (nfd == NULL)
    return g_string_free (out, FALSE);
  lower = g_utf8_casefold (nfd, -1);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (c == 0x0111 /* đ */)
        c = 'd';
      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* One word of an answer or of a listed phrase, in both forms. */
typedef struct {
  char     *marked;     /* NFC, case folded, marks kept */
  char     *folded;     /* nc_text_fold() of it */
  gboolean  has_marks;  /* typed with tone marks or đ */
} Word;

static void
word_clear (gpointer data)
{
  Word *w = data;

  g_free (w->marked);
  g_free (w->folded);
}

/* The words of @text (runs of letters, digits and marks) in order. */
static GArray *
split_words (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  g_autofree char *nfc = g_utf8_normalize (lower, -1, G_NORMALIZE_NFC);
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *p = nfc;

  g_array_set_clear_func (words, word_clear);
  if (nfc == NULL)
    return words;
  while (*p)
    {
      const char *start = p;
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (*p && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          p = g_utf8_next_char (p);
          c = g_utf8_get_char (p);
        }
      {
        Word w;

        w.marked = g_strndup (start, p - start);
        w.folded = nc_text_fold (w.marked);
        w.has_marks = !g_str_equal (w.marked, w.folded);
        g_array_append_val (words, w);
      }
    }
  return words;
}

/* A word of the answer stands for a word of a phrase when both are the
 * same with their marks or, in an answer typed without any marks at all,
 * when they fold the same: so "may" (lucky) in a marked answer is not
 * "mày", "ngủ" is not "ngu", but "ngu" in a bare answer may be either. */
static gboolean
word_matches (const Word *answer,
              const Word *phrase,
              gboolean    answer_has_marks)
{
  if (g_str_equal (answer->marked, phrase->marked))
    return TRUE;
  return !answer_has_marks && g_str_equal (answer->folded, phrase->folded);
}

static gboolean
any_marks (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    if (g_array_index (words, Word, i).has_marks)
      return TRUE;
  return FALSE;
}

/* TRUE when the words of @phrase appear one after another in @answer. */
static gboolean
has_phrase (GArray     *answer,
            gboolean    answer_has_marks,
            const char *phrase)
{
  g_autoptr(GArray) words = split_words (phrase);

  if (words->len == 0)
    return FALSE;
  for (guint i = 0; i + words->len <= answer->len; i++)
    {
      guint j = 0;

      while (j < words->len &&
             word_matches (&g_array_index (answer, Word, i + j), &g_array_index (words, Word, j),
                           answer_has_marks))
        j++;
      if (j == words->len)
        return TRUE;
    }
  return FALSE;
}

/* TRUE when @answer has one of the "|"-separated phrases of @list, in
 * English (the msgid) or in the current language. */
static gboolean
has_any_phrase (GArray     *answer,
                const char *list)
{
  const char *lists[2] = { list, nc_lesson_translate (list) };
  gboolean marks = any_marks (answer);

  for (int l = 0; l < 2; l++)
    {
      g_auto(GStrv) phrases = g_strsplit (lists[l], "|", -1);

      for (int i = 0; phrases[i]; i++)
        if (has_phrase (answer, marks, phrases[i]))
          return TRUE;
    }
  return FALSE;
}

/* Put-downs that make any rewrite still hurtful, whatever the item: a
 * rewrite is an exercise in kindness, so it is held to more than the
 * guard, which must stay quiet on everyday text. */
static const char *const unkind_in_any_rewrite =
  /* Translators: phrases separated by |, that no kind rewrite of a post
   * would contain: put-downs, body shaming, exclusion. Give the common
   * ones of your language (two words or more where one word alone could
   * also mean something harmless), not a translation word for word. */
  N_("useless|worthless|fatso|ugly|ugliest|smelly|loser|shut up|nobody wants you|nobody likes you|go away|stupid|dumb|idiot|pathetic|hate you");

/*
 * The item's own words: a rewrite is still hurtful when it keeps one of
 * the phrases the item forbids (or a put-down of any rewrite), and kind enough when it has one of the
 * phrases it expects (or, with no list, always). An answer typed with
 * tone marks is compared with its marks; only one typed without any is
 * folded.
 * Used alone when no checker is there, and as the supplement to it.
 */
NcRewriteVerdict
nc_rewrite_judge_words (const NcStep *step,
                        const char   *text,
                        gpointer      user_data)
{
  g_autoptr(GArray) answer = split_words (text);

  if ((step->forbid != NULL && has_any_phrase (answer, step->forbid)) ||
      has_any_phrase (answer, unkind_in_any_rewrite))
    return NC_REWRITE_STILL_HURTFUL;
  if (step->expect != NULL && !has_any_phrase (answer, step->expect))
    return NC_REWRITE_NOT_KIND_ENOUGH;
  return NC_REWRITE_OK;
}

/* The first finding of @category in @report, or NULL. */
static const NcFinding *
report_finding (NcReport   *report,
                NcCategory  category)
{
  gsize n;
  const NcFinding *findings = nc_report_get_findings (report, &n);

  for (gsize i = 0; i < n; i++)
    if (findings[i].category == category)
      return &findings[i];
  return NULL;
}

/*
 * The main judge (@user_data is an NcChecker): a rewrite is still hurtful
 * when the checker flags it, as the guard would in a browser, or keeps a
 * swear word (the guard's crude-language reminder: "hay vl" is no kind
 * rewrite); the item's own words then catch what only this post makes
 * wrong (its rumour, its address) and ask for something kind in its place.
 */
NcRewriteVerdict
nc_rewrite_judge_checker (const NcStep *step,
                          const char   *text,
                          gpointer      user_data)
{
  NcChecker *checker = user_data;
  g_autoptr(NcReport) report = NULL;

  g_return_val_if_fail (NC_IS_CHECKER (checker), NC_REWRITE_STILL_HURTFUL);

  report = nc_checker_check (checker, text, -1, NULL, NULL);
  if (report == NULL || nc_report_is_flagged (report) || report_finding (report, NC_CATEGORY_CRUDE) != NULL)
    return NC_REWRITE_STILL_HURTFUL;

  return nc_rewrite_judge_words (step, text, NULL);
}

/*
 * The Code's 4.4 share reminder for a rewrite that shares a link, as the
 * guard shows it in a browser: @checker's own explanation (translated), or
 * NULL when the text has no link. Shown beside the verdict; it never
 * changes it. Free with g_free().
 */
char *
nc_rewrite_get_reminder (NcChecker  *checker,
                         const char *text)
{
  g_autoptr(NcReport) report = NULL;
  const NcFinding *link;

  g_return_val_if_fail (NC_IS_CHECKER (checker), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  report = nc_checker_check (checker, text, -1, NULL, NULL);
  if (report == NULL)
    return NULL;
  link = report_finding (report, NC_CATEGORY_LINK);
  return link != NULL ? g_strdup (link->explanation) : NULL;
}

const char *
nc_rewrite_verdict_to_string (NcRewriteVerdict verdict)
{
  switch (verdict)
    {
    case NC_REWRITE_OK: return "ok";
    case NC_REWRITE_EMPTY: return "empty";
    case NC_REWRITE_UNCHANGED: return "unchanged";
    case NC_REWRITE_STILL_HURTFUL: return "still-hurtful";
    case NC_REWRITE_NOT_KIND_ENOUGH:
    default: return "not-kind-enough";
    }
}

/* What the learner reads under the answer, in the current language. */
const char *
nc_rewrite_verdict_get_message (NcRewriteVerdict verdict)
{
  switch (verdict)
    {
    case NC_REWRITE_OK:
      return _("This is kind now. Well done!");
    case NC_REWRITE_EMPTY:
      return _("Write your version of the post.");
    case NC_REWRITE_UNCHANGED:
      return _("Change the post: it is still the same.");
    case NC_REWRITE_STILL_HURTFUL:
      return _("Some words could still hurt or break the rule.");
    case NC_REWRITE_NOT_KIND_ENOUGH:
    default:
      return _("Nearly there: make it friendlier or more helpful.");
    }
}

/*
 * Grades a "rewrite it kindly" answer: empty and unchanged answers are
 * caught here, the rest goes to @judge (nc_rewrite_judge_words when NULL).
 */
NcRewriteVerdict
nc_grade_rewrite (const NcStep   *step,
                  const char     *text,
                  NcRewriteJudge  judge,
                  gpointer        user_data)
{
  g_autofree char *folded = NULL;
  g_autofree char *original = NULL;
  g_autofree char *translated = NULL;

  g_return_val_if_fail (step != NULL && step->kind == NC_STEP_REWRITE, NC_REWRITE_EMPTY);
  g_return_val_if_fail (text != NULL, NC_REWRITE_EMPTY);

  folded = nc_text_fold (text);
  if (*folded == '\0')
    return NC_REWRITE_EMPTY;
  original = nc_text_fold (step->text);
  translated = nc_text_fold (nc_lesson_translate (step->text));
  if (g_str_equal (folded, original) || g_str_equal (folded, translated))
    return NC_REWRITE_UNCHANGED;

  return (judge ? judge : nc_rewrite_judge_words) (step, text, user_data);
}

/* Rounded share of correct answers, 0–100. */
int
nc_grade_percent (guint correct,
                  guint total)
{
  if (total == 0)
    return 0;
  return (int) ((correct * 100 + total / 2) / total);
}

gboolean
nc_grade_is_pass (int percent)
{
  return percent >= NC_LESSON_PASS_PERCENT;
}
