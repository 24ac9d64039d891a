/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-matcher.c — the Aho-Corasick matcher against a naive search
 *
 * The compiled automaton scans with 16-bit transitions when its states
 * fit in 16 bits, or when those that do not fit report nothing (reached
 * by escapes), and with the 32-bit table otherwise; each must report
 * exactly what a word-by-word comparison finds, without the patterns of
 * the groups a scan leaves out.
 */
#include "config.h"

#include <string.h>

#include "nc-matcher.h"

typedef struct {
  guint32 id;
  gsize   start, end;
} Match;

static void
collect_cb (guint32 pattern_id, gsize start, gsize end, gpointer user_data)
{
  Match m = { pattern_id, start, end };

  g_array_append_val (user_data, m);
}

static int
compare_matches (gconstpointer a, gconstpointer b)
{
  const Match *x = a, *y = b;

  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static gboolean
is_sep (gunichar c)
{
  return c == NC_NORM_SPACE || c == NC_NORM_STOP;
}

/* @n_words random patterns of letters and spaces, @min_len to @max_len
 * long (some run-on; with @prefixes, each of their prefixes that ends in
 * a letter is a pattern too), and random texts over the same letters: the
 * matcher must report what a naive search reports, its states deeper than
 * @dense_depth without rows (0: the matcher's default). Returns the
 * number of states; *@n_escapes: the transitions of rows to states 16 bits
 * cannot name. */
static gsize
check_random (GRand *rand, guint n_words, guint min_len, guint max_len, gboolean prefixes,
              guint dense_depth, gsize *n_escapes)
{
  static const char letters[] = "abcdef";
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) run_on = g_array_new (FALSE, FALSE, sizeof (gboolean));
  NcMatcher *m = nc_matcher_new ();
  guint n_patterns;
  gsize n_states;

  for (guint w = 0; w < n_words; w++)
    {
      guint len = (guint) g_rand_int_range (rand, (gint32) min_len, (gint32) max_len + 1);
      g_autofree gunichar *word = g_new (gunichar, len + 1);

      for (guint k = 0; k < len; k++)
        word[k] = k > 0 && k + 1 < len && g_rand_int_range (rand, 0, 6) == 0 ?
                  NC_NORM_SPACE : (gunichar) letters[g_rand_int_range (rand, 0, 6)];
      word[len] = 0;
      for (guint end = prefixes ? 1 : len; end <= len; end++)
        if (word[end - 1] != NC_NORM_SPACE)
          {
            gboolean r = g_rand_int_range (rand, 0, 4) == 0;

            g_ptr_array_add (patterns, g_memdup2 (word, (end + 1) * sizeof (gunichar)));
            ((gunichar *) patterns->pdata[patterns->len - 1])[end] = 0;
            g_array_append_val (run_on, r);
          }
    }
  n_patterns = patterns->len;
  for (guint p = 0; p < n_patterns; p++)
    {
      const gunichar *pat = patterns->pdata[p];
      gsize len = 0;

      while (pat[len] != 0)
        len++;
      g_assert_true (nc_matcher_add_in_group (m, pat, len, g_array_index (run_on, gboolean, p), p % 3, p));
    }
  if (dense_depth > 0)
    nc_matcher_set_dense_depth (m, dense_depth);
  nc_matcher_compile (m);
  n_states = nc_matcher_get_n_states (m);
  *n_escapes = nc_matcher_get_n_escapes (m);
  g_assert_cmpuint (nc_matcher_get_n_dense (m), <=, MIN (n_states, G_MAXUINT16));

  for (int round = 0; round < (prefixes ? 20 : 200); round++)
    {
      gsize n = (gsize) g_rand_int_range (rand, 0, 200);
      g_autofree NcNormChar *text = g_new0 (NcNormChar, MAX (n, 1));
      g_autoptr(GArray) got = g_array_new (FALSE, FALSE, sizeof (Match));
      g_autoptr(GArray) want = g_array_new (FALSE, FALSE, sizeof (Match));
      /* groups 0-2 (p % 3); every third round leaves group 1 out, every
       * sixth groups 0 and 2 (report() passes over a state whose every
       * report is of a group left out) */
      guint skip = round % 3 == 2 ? 1u << 1 : round % 6 == 1 ? (1u << 0) | (1u << 2) : 0;

      for (gsize i = 0; i < n; i++)
        {
          int r = g_rand_int_range (rand, 0, 10);

          text[i].folded = r == 0 ? NC_NORM_SPACE : r == 1 ? NC_NORM_STOP : r == 2 ? 'x' :
                           (gunichar) letters[g_rand_int_range (rand, 0, 6)];
          text[i].marked = text[i].folded;
        }
      if (skip != 0)
        nc_matcher_scan_groups (m, text, n, skip, collect_cb, got);
      else
        nc_matcher_scan (m, text, n, collect_cb, got);

      for (gsize i = 0; i < n; i++)
        {
          if (is_sep (text[i].folded) || (i > 0 && !is_sep (text[i - 1].folded)))
            continue;   /* patterns start at a word's start */
          for (guint p = 0; p < n_patterns; p++)
            {
              const gunichar *pat = patterns->pdata[p];
              gsize len = 0;
              Match w = { p, i, 0 };

              if (skip >> (p % 3) & 1)
                continue;

              while (pat[len] != 0 && i + len < n && text[i + len].folded == pat[len])
                len++;
              if (pat[len] != 0)
                continue;
              w.end = i + len;
              if (g_array_index (run_on, gboolean, p) || w.end == n || is_sep (text[w.end].folded))
                g_array_append_val (want, w);
            }
        }
      g_array_sort (got, compare_matches);
      g_array_sort (want, compare_matches);
      g_assert_cmpuint (got->len, ==, want->len);
      for (guint k = 0; k < got->len; k++)
        g_assert_cmpint (compare_matches (&g_array_index (got, Match, k),
                                          &g_array_index (want, Match, k)), ==, 0);
    }
  nc_matcher_free (m);
  return n_states;
}

static void
test_small_automaton (void)
{
  GRand *rand = g_rand_new_with_seed (874);
  gsize n_escapes;

  g_assert_cmpuint (check_random (rand, 300, 1, 8, FALSE, 0, &n_escapes), <=, 0x10000);
  g_assert_cmpuint (n_escapes, ==, 0);
  /* every state but the root's children without a row; every one with */
  check_random (rand, 300, 1, 8, FALSE, 1, &n_escapes);
  check_random (rand, 300, 1, 8, FALSE, 100, &n_escapes);
  g_rand_free (rand);
}

static void
test_medium_automaton (void)
{
  GRand *rand = g_rand_new_with_seed (2021);
  gsize n_escapes;
  gsize n_states = check_random (rand, 3000, 1, 32, FALSE, 0, &n_escapes);

  /* as many states as the checker's had (32,000) */
  g_assert_cmpuint (n_states, >=, 0x8000);
  g_assert_cmpuint (n_states, <=, 0x10000);
  g_assert_cmpuint (n_escapes, ==, 0);
  g_rand_free (rand);
}

/* An automaton of more states than 16 bits can name, from @seed, its
 * states deeper than @dense_depth without rows; returns its escapes. */
static gsize
check_large (guint32 seed, guint n_words, guint min_len, guint max_len, gboolean prefixes,
             guint dense_depth)
{
  GRand *rand = g_rand_new_with_seed (seed);
  gsize n_escapes;

  g_assert_cmpuint (check_random (rand, n_words, min_len, max_len, prefixes, dense_depth, &n_escapes),
                    >, 0x10000);
  g_rand_free (rand);
  return n_escapes;
}

static void
test_escaped_automaton (void)
{
  /* long patterns and no short one, rows as deep as 16 bits can name:
   * the states one deeper reached by escapes */
  g_assert_cmpuint (check_large (874, 2500, 16, 48, FALSE, 64), >, 0);
  /* the default depth: rows for a few, no escape */
  g_assert_cmpuint (check_large (874, 2500, 16, 48, FALSE, 0), ==, 0);
}

static void
test_large_automaton (void)
{
  /* every prefix a pattern, so that most states report, those without
   * rows too */
  check_large (2021, 2400, 32, 64, TRUE, 0);
  check_large (2021, 2400, 32, 64, TRUE, 64);
}

/* A long text is scanned in two halves side by side: a pattern that
 * spans the place where they meet must still be found, once, and in
 * order with the others. */
static void
test_pattern_across_halves (void)
{
  static const gunichar xy[] = { 'x', ' ', 'y' }, b[] = { 'b' };
  NcMatcher *m = nc_matcher_new ();
  g_autoptr(GArray) got = g_array_new (FALSE, FALSE, sizeof (Match));
  NcNormChar text[101] = { { 0 } };

  g_assert_true (nc_matcher_add (m, xy, 3, FALSE, 1));
  g_assert_true (nc_matcher_add (m, b, 1, FALSE, 2));
  nc_matcher_compile (m);
  /* "b b b ... b x y b ... b": "x" ends just before the middle */
  for (gsize i = 0; i < G_N_ELEMENTS (text); i++)
    text[i].folded = i % 2 ? NC_NORM_SPACE : 'b';
  text[48].folded = 'x';
  text[50].folded = 'y';
  nc_matcher_scan (m, text, G_N_ELEMENTS (text), collect_cb, got);
  g_assert_cmpuint (got->len, ==, 50);
  for (guint k = 0; k < got->len; k++)
    {
      const Match *g = &g_array_index (got, Match, k);

      /* in text order; "x y" where "y" ends */
      g_assert_cmpuint (g->end, ==, k < 24 ? 2 * k + 1 : 2 * (k + 1) + 1);
      g_assert_cmpuint (g->id, ==, g->end == 51 ? 1 : 2);
      if (g->id == 1)
        g_assert_cmpuint (g->start, ==, 48);
    }
  nc_matcher_free (m);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/matcher/small-automaton", test_small_automaton);
  g_test_add_func ("/matcher/medium-automaton", test_medium_automaton);
  g_test_add_func ("/matcher/escaped-automaton", test_escaped_automaton);
  g_test_add_func ("/matcher/large-automaton", test_large_automaton);
  g_test_add_func ("/matcher/pattern-across-halves", test_pattern_across_halves);
  return g_test_run ();
}
