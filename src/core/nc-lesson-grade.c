/* nc-lesson-grade.c — grading the quiz items of a lesson */
#include "config.h"

#include <string.h>

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

static gboolean
is_word_char_before (const char *start,
                     const char *at)
{
  if (at == start)
    return FALSE;
  return g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (at)));
}

/* TRUE when folded @folded_word (one or more words) appears in
 * @folded_text as whole words. */
gboolean
nc_text_has_word (const char *folded_text,
                  const char *folded_word)
{
  gsize len = strlen (folded_word);

  if (len == 0)
    return FALSE;
  for (const char *p = strstr (folded_text, folded_word); p; p = strstr (p + 1, folded_word))
    {
      const char *after = p + len;

      if (!is_word_char_before (folded_text, p) &&
          (*after == '\0' || !g_unichar_isalnum (g_utf8_get_char (after))))
        return TRUE;
    }
  return FALSE;
}

/* TRUE when @folded has one of the "|"-separated words of @list, in English
 * (the msgid) or in the current language. */
static gboolean
has_any_word (const char *folded,
              const char *list)
{
  const char *lists[2] = { list, nc_lesson_translate (list) };

  for (int l = 0; l < 2; l++)
    {
      g_auto(GStrv) words = g_strsplit (lists[l], "|", -1);

      for (int i = 0; words[i]; i++)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (words[i]));
          g_autofree char *word = nc_text_fold (stripped);

          if (nc_text_has_word (folded, word))
            return TRUE;
        }
    }
  return FALSE;
}

/*
 * The judge used until the conduct checker plugs in: a rewrite is kind
 * when it has none of the item's forbidden words and, if the item expects
 * some, at least one of them.
 */
NcRewriteVerdict
nc_rewrite_judge_words (const NcStep *step,
                        const char   *text,
                        gpointer      user_data)
{
  g_autofree char *folded = nc_text_fold (text);

  if (step->forbid != NULL && has_any_word (folded, step->forbid))
    return NC_REWRITE_STILL_HURTFUL;
  if (step->expect != NULL && !has_any_word (folded, step->expect))
    return NC_REWRITE_NOT_KIND_ENOUGH;
  return NC_REWRITE_OK;
}

/*
 * The judge once the conduct checker is there (@user_data is an NcChecker):
 * a rewrite is still hurtful when the checker flags it, as the guard would
 * in a browser; otherwise the item's own words decide, so that a rewrite
 * must also say something kind.
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
  if (report == NULL || nc_report_is_flagged (report))
    return NC_REWRITE_STILL_HURTFUL;

  return nc_rewrite_judge_words (step, text, NULL);
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
