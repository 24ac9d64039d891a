/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-lessons.c — the lesson loader on every shipped lesson and on broken
 * files, and the grading of each kind of step */
#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>

#include "nc-checker.h"
#include "nc-code-ref.h"
#include "nc-lesson-catalog.h"
#include "nc-lesson-grade.h"
#include "nc-store.h"
#include "nc-test-i18n.h"
#include "nc-test-files.h"

/* Every shipped lesson loads, and together they are enough to teach the
 * whole Code: at least 15 lessons, 153 quiz items, every reference taught. */
static void
test_shipped_lessons (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  g_autoptr(GHashTable) taught = g_hash_table_new (g_str_hash, g_str_equal);
  const NcCodeRef *refs;
  gsize n_refs = 0;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (nc_lesson_catalog_get_n_lessons (catalog), >=, 15);
  g_assert_cmpuint (nc_lesson_catalog_get_n_quiz_items (catalog), >=, 153);

  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      g_autofree char *expected_file = g_strconcat (nc_lesson_get_id (lesson), ".xml", NULL);

      /* One file per lesson, named after its id, as the checker cites ids. */
      g_assert_cmpstr (nc_lesson_get_filename (lesson), ==, expected_file);
      /* Lessons for ages 6-9 are short; one slip still passes (4 of 5). */
      g_assert_cmpuint (nc_lesson_get_n_quiz_items (lesson), >=,
                        nc_lesson_get_tracks (lesson) == NC_TRACK_BIT (NC_TRACK_6_9) ? 5 : 8);
      if (i > 0)
        g_assert_cmpint (nc_lesson_get_order (nc_lesson_catalog_get_lesson (catalog, i - 1)), <,
                         nc_lesson_get_order (lesson));

      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          for (int r = 0; step->refs[r]; r++)
            {
              g_assert_nonnull (nc_code_ref_lookup (step->refs[r]));
              g_hash_table_add (taught, step->refs[r]);
            }
          if (step->kind == NC_STEP_SPOT)
            {
              g_autoptr(NcSpotText) spot = nc_spot_text_parse (step->text, &error);
              g_assert_no_error (error);
            }
          if (step->kind == NC_STEP_REWRITE)
            {
              /* The sample answer passes, the original does not. */
              g_assert_cmpint (nc_grade_rewrite (step, step->sample, NULL, NULL), ==, NC_REWRITE_OK);
              g_assert_cmpint (nc_grade_rewrite (step, step->text, NULL, NULL), !=, NC_REWRITE_OK);
            }
        }
    }

  refs = nc_code_ref_get_all (&n_refs);
  for (gsize r = 0; r < n_refs; r++)
    if (!g_hash_table_contains (taught, refs[r].id))
      g_error ("no lesson teaches Code reference %s (%s)", refs[r].id, refs[r].title);
}

/* The folder in the source tree and the GResource hold the same lessons. */
static void
test_source_folder_matches_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "resources", "lessons", NULL);
  g_autoptr(NcLessonCatalog) from_dir = nc_lesson_catalog_new_from_directory (dir, &error);
  NcLessonCatalog *from_resource = nc_lesson_catalog_get_default (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (nc_lesson_catalog_get_n_lessons (from_dir), ==,
                    nc_lesson_catalog_get_n_lessons (from_resource));
  g_assert_cmpuint (nc_lesson_catalog_get_n_quiz_items (from_dir), ==,
                    nc_lesson_catalog_get_n_quiz_items (from_resource));
}

typedef struct {
  const char *name;
  const char *xml;
  int         code;
  const char *message;  /* must appear in the error, with the file and line */
} BrokenCase;

#define HEAD "<?xml version=\"1.0\"?>\n<lesson id=\"lesson-x\" order=\"1\" ages=\"13+\">\n<title>T</title>\n<summary>S</summary>\n"
#define TF "<truefalse id=\"ok\" refs=\"3.1\" answer=\"true\"><statement>s</statement><explain>e</explain></truefalse>\n"

static const BrokenCase broken_cases[] = {
  { "not-xml", HEAD "<card refs=\"3.1\"><heading>h</heading><body>b</body>\n</lesson>\n",
    NC_LESSON_ERROR_PARSE, "broken.xml:6:" },
  { "unknown-ref", HEAD TF "<truefalse id=\"q\" refs=\"3.1 9.9\" answer=\"true\">\n"
    "<statement>s</statement><explain>e</explain></truefalse>\n</lesson>\n",
    NC_LESSON_ERROR_UNKNOWN_REF, "broken.xml:6: unknown Code reference “9.9”" },
  { "choice-no-correct", HEAD "<choice id=\"q\" refs=\"4.5\">\n<question>q</question>\n"
    "<option>a</option><option>b</option><explain>e</explain></choice>\n</lesson>\n",
    NC_LESSON_ERROR_NO_ANSWER, "broken.xml:5: choice item “q” has no correct answer" },
  { "truefalse-no-answer", HEAD "<truefalse id=\"q\" refs=\"3.1\">\n"
    "<statement>s</statement><explain>e</explain></truefalse>\n</lesson>\n",
    NC_LESSON_ERROR_NO_ANSWER, "broken.xml:5: true/false item “q” needs answer" },
  { "spot-no-bad", HEAD "<spot id=\"q\" refs=\"4.6\" author=\"A\"><question>q</question>\n"
    "<text>nothing marked</text><explain>e</explain></spot>\n</lesson>\n",
    NC_LESSON_ERROR_NO_ANSWER, "broken.xml:6: spot-the-problem item “q” marks no words" },
  { "scenario-no-good", HEAD "<scenario id=\"q\" refs=\"4.4\">\n<node id=\"start\"><text>t</text>\n"
    "<branch good=\"false\"><label>l</label><feedback>f</feedback></branch></node></scenario>\n</lesson>\n",
    NC_LESSON_ERROR_NO_ANSWER, "broken.xml:5: scenario “q”: node “start” has no good branch" },
  { "scenario-loop", HEAD "<scenario id=\"q\" refs=\"4.4\">\n<node id=\"a\"><text>t</text>\n"
    "<branch next=\"b\" good=\"true\"><label>l</label><feedback>f</feedback></branch></node>\n"
    "<node id=\"b\"><text>t</text><branch next=\"a\" good=\"true\"><label>l</label><feedback>f</feedback></branch></node>\n"
    "</scenario>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: scenario “q” goes round in a loop" },
  { "scenario-bad-next", HEAD "<scenario id=\"q\" refs=\"4.4\">\n<node id=\"a\"><text>t</text>\n"
    "<branch next=\"nowhere\" good=\"true\"><label>l</label><feedback>f</feedback></branch></node>\n"
    "</scenario>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "leads to unknown node “nowhere”" },
  { "unknown-element", HEAD TF "<video src=\"x\"/>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:6: unknown element <video> inside <lesson>" },
  { "duplicate-item", HEAD TF TF "</lesson>\n", NC_LESSON_ERROR_DUPLICATE, "broken.xml:6: two items are called “ok”" },
  { "no-quiz", HEAD "<card><heading>h</heading><body>b</body></card>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "the lesson has no quiz item" },
  { "item-without-refs", HEAD "<truefalse id=\"q\" answer=\"true\">\n"
    "<statement>s</statement><explain>e</explain></truefalse>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5:" },
  { "wrong-root", "<?xml version=\"1.0\"?>\n<quiz/>\n", NC_LESSON_ERROR_INVALID,
    "broken.xml:2: the root element must be <lesson>" },
  { "empty", "", NC_LESSON_ERROR_PARSE, "broken.xml:" },
  { "no-ages", "<?xml version=\"1.0\"?>\n<lesson id=\"lesson-x\" order=\"1\">\n<title>T</title>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:2:" },
  { "unknown-age", "<?xml version=\"1.0\"?>\n<lesson id=\"lesson-x\" order=\"1\" ages=\"6-9 5-7\">\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:2: ages: unknown track “5-7”" },
  { "kids-card-without-picture", "<?xml version=\"1.0\"?>\n<lesson id=\"lesson-x\" order=\"1\" ages=\"6-9\">\n"
    "<title>T</title>\n<summary>S</summary>\n<card refs=\"c88.5\"><heading>h</heading><body>b</body></card>\n" TF "</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: every card of a lesson for ages 6-9 needs a picture" },
  { "picture-without-alt", HEAD "<card refs=\"c88.5\" picture=\"tell-adult.svg\"><heading>h</heading><body>b</body></card>\n" TF "</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: card needs <alt>" },
  { "picture-path", HEAD "<card picture=\"../x.svg\"><heading>h</heading><body>b</body><alt>a</alt></card>\n" TF "</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: picture “../x.svg” must be the name of an .svg file" },
  { "picture-on-quiz", HEAD "<truefalse id=\"q\" refs=\"3.1\" answer=\"true\" picture=\"a.svg\">\n"
    "<statement>s</statement><explain>e</explain></truefalse>\n</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: only a <card> or a <post> takes a picture" },
  { "post-picture-no-alt", HEAD "<post author=\"An\" picture=\"a.svg\"><text>t</text></post>\n" TF "</lesson>\n",
    NC_LESSON_ERROR_INVALID, "broken.xml:5: post needs <alt>" },
};

static void
test_broken_file (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcLesson) lesson = nc_lesson_new_from_data (c->xml, -1, "broken.xml", &error);

  g_assert_null (lesson);
  g_assert_error (error, NC_LESSON_ERROR, c->code);
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->message);
}

/* A broken file in a folder fails the whole load and is named. */
static void
test_broken_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-lessons-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "lesson-good.xml", NULL);
  g_autofree char *bad = g_build_filename (dir, "lesson-zbad.xml", NULL);
  g_autoptr(NcLessonCatalog) catalog = NULL;

  g_assert_true (g_file_set_contents (good, HEAD TF "</lesson>\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, HEAD TF "<choice", -1, NULL));
  catalog = nc_lesson_catalog_new_from_directory (dir, &error);
  g_assert_null (catalog);
  g_assert_error (error, NC_LESSON_ERROR, NC_LESSON_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "lesson-zbad.xml:"));

  g_remove (good);
  g_remove (bad);
  g_rmdir (dir);
}

static const char lesson_xml[] =
  HEAD
  "<card refs=\"3.2\"><heading>h</heading><body>b</body></card>\n"
  "<choice id=\"c\" refs=\"4.5\"><question>q</question><option>a</option>"
  "<option correct=\"true\">b</option><option>c</option><explain>e</explain></choice>\n"
  "<truefalse id=\"tf\" refs=\"3.1\" answer=\"false\"><statement>s</statement><explain>e</explain></truefalse>\n"
  "<spot id=\"sp\" refs=\"4.6\" author=\"Tuấn\"><question>q</question>"
  "<text>What an   ugly photo, <bad>you idiot</bad> lol <bad>go away</bad></text><explain>e</explain></spot>\n"
  "<rewrite id=\"rw\" refs=\"4.6\" author=\"Lan\"><question>q</question><text>Your talk was dumb, idiot.</text>"
  "<expect>next time|maybe|thank</expect><forbid>idiot|dumb|đồ ngu</forbid><sample>Thank you, maybe slower next time.</sample>"
  "<explain>e</explain></rewrite>\n"
  "<scenario id=\"sc\" refs=\"4.4\"><node id=\"a\"><text>t</text>"
  "<branch next=\"b\" good=\"true\"><label>l</label><feedback>f</feedback></branch>"
  "<branch good=\"false\"><label>l</label><feedback>f</feedback></branch></node>"
  "<node id=\"b\"><text>t</text><branch good=\"true\"><label>l</label><feedback>f</feedback></branch>"
  "<branch good=\"false\"><label>l</label><feedback>f</feedback></branch></node></scenario>\n"
  "</lesson>\n";

static NcLesson *
load_test_lesson (void)
{
  g_autoptr(GError) error = NULL;
  NcLesson *lesson = nc_lesson_new_from_data (lesson_xml, -1, "test.xml", &error);

  g_assert_no_error (error);
  return lesson;
}

static void
test_lesson_fields (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  const char * const *refs = nc_lesson_get_refs (lesson);

  g_assert_cmpstr (nc_lesson_get_id (lesson), ==, "lesson-x");
  g_assert_cmpuint (nc_lesson_get_n_steps (lesson), ==, 6);
  g_assert_cmpuint (nc_lesson_get_n_quiz_items (lesson), ==, 5);
  g_assert_cmpint (nc_lesson_get_step (lesson, 0)->kind, ==, NC_STEP_CARD);
  g_assert_false (nc_step_is_quiz_item (nc_lesson_get_step (lesson, 0)));
  /* White space is collapsed as xgettext does, <bad> marks are kept. */
  g_assert_cmpstr (nc_lesson_find_item (lesson, "sp")->text, ==,
                   "What an ugly photo, <bad>you idiot</bad> lol <bad>go away</bad>");
  g_assert_cmpstr (refs[0], ==, "3.1");
  g_assert_cmpstr (refs[4], ==, "4.6");
  g_assert_cmpuint (g_strv_length ((GStrv) refs), ==, 5);
  g_assert_null (nc_lesson_find_item (lesson, "nope"));
}

static void
test_grade_choice_and_true_false (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  const NcStep *choice = nc_lesson_find_item (lesson, "c");
  const NcStep *tf = nc_lesson_find_item (lesson, "tf");

  g_assert_false (nc_grade_choice (choice, 0));
  g_assert_true (nc_grade_choice (choice, 1));
  g_assert_false (nc_grade_choice (choice, 2));
  g_assert_true (nc_grade_true_false (tf, FALSE));
  g_assert_false (nc_grade_true_false (tf, TRUE));
}

/* Selects the words whose indices are in @indices (ending with -1). */
static gboolean
grade_words (const NcSpotText *spot,
             const int        *indices,
             double           *recall,
             double           *precision)
{
  gsize n_words = 0;
  const NcSpan *words = nc_spot_text_get_words (spot, &n_words);
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (NcSpan));

  for (int i = 0; indices[i] >= 0; i++)
    {
      g_assert_cmpuint (indices[i], <, n_words);
      g_array_append_val (selected, words[indices[i]]);
    }
  return nc_grade_spot (spot, (NcSpan *) selected->data, selected->len, recall, precision);
}

static void
test_grade_spot (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_find_item (lesson, "sp")->text, &error);
  gsize n = 0;
  const NcSpan *bad;
  double recall = 0, precision = 0;
  /* words: What(0) an(1) ugly(2) photo,(3) you(4) idiot(5) lol(6) go(7) away(8) */
  const int all_bad[] = { 4, 5, 7, 8, -1 };
  const int most[] = { 4, 5, 8, -1 };
  const int one_part[] = { 4, 5, -1 };
  const int one_word[] = { 5, -1 };
  const int everything[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, -1 };
  const int innocent[] = { 0, 1, 2, -1 };
  const int none[] = { -1 };

  g_assert_no_error (error);
  g_assert_cmpstr (nc_spot_text_get_text (spot), ==, "What an ugly photo, you idiot lol go away");
  bad = nc_spot_text_get_bad_spans (spot, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (bad[0].start, ==, strlen ("What an ugly photo, "));
  g_assert_cmpuint (bad[0].end, ==, strlen ("What an ugly photo, you idiot"));
  nc_spot_text_get_words (spot, &n);
  g_assert_cmpuint (n, ==, 9);

  g_assert_true (grade_words (spot, all_bad, &recall, &precision));
  g_assert_cmpfloat (recall, ==, 1.0);
  g_assert_cmpfloat (precision, ==, 1.0);
  g_assert_true (grade_words (spot, most, &recall, &precision));      /* 12 of 14 bytes */
  g_assert_false (grade_words (spot, one_part, &recall, NULL));       /* "go away" not found */
  g_assert_cmpfloat (recall, >, 0.5);
  g_assert_false (grade_words (spot, one_word, &recall, NULL));       /* 5 of 14 */
  g_assert_false (grade_words (spot, everything, NULL, &precision));  /* clicking all is no answer */
  g_assert_cmpfloat (precision, <, 0.5);
  g_assert_false (grade_words (spot, innocent, &recall, NULL));
  g_assert_cmpfloat (recall, ==, 0.0);
  g_assert_false (grade_words (spot, none, NULL, NULL));

  g_assert_null (nc_spot_text_parse ("no marks", NULL));
  g_assert_null (nc_spot_text_parse ("<bad>open", NULL));
  g_assert_null (nc_spot_text_parse ("close</bad>", NULL));
}

static NcRewriteVerdict
always_ok_judge_cb (const NcStep *step,
                    const char   *text,
                    gpointer      user_data)
{
  (*(int *) user_data)++;
  return NC_REWRITE_OK;
}

static void
test_grade_rewrite (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  const NcStep *step = nc_lesson_find_item (lesson, "rw");
  int calls = 0;

  g_assert_cmpint (nc_grade_rewrite (step, "", NULL, NULL), ==, NC_REWRITE_EMPTY);
  g_assert_cmpint (nc_grade_rewrite (step, "  \n ", NULL, NULL), ==, NC_REWRITE_EMPTY);
  g_assert_cmpint (nc_grade_rewrite (step, "your talk was  DUMB, idiot.", NULL, NULL), ==, NC_REWRITE_UNCHANGED);
  g_assert_cmpint (nc_grade_rewrite (step, "Thanks, but you are an IDIOT", NULL, NULL), ==, NC_REWRITE_STILL_HURTFUL);
  /* Vietnamese without tone marks still counts. */
  g_assert_cmpint (nc_grade_rewrite (step, "thank you, do ngu", NULL, NULL), ==, NC_REWRITE_STILL_HURTFUL);
  g_assert_cmpint (nc_grade_rewrite (step, "Your talk was long.", NULL, NULL), ==, NC_REWRITE_NOT_KIND_ENOUGH);
  g_assert_cmpint (nc_grade_rewrite (step, "Thank you! Maybe slower next time?", NULL, NULL), ==, NC_REWRITE_OK);
  /* Whole words only: "thanksgiving" is not "thank", "dumbbell" is not "dumb". */
  g_assert_cmpint (nc_grade_rewrite (step, "Lifting a dumbbell, thank you", NULL, NULL), ==, NC_REWRITE_OK);

  /* A plugged-in judge (the conduct checker) decides instead of the words,
   * but empty and unchanged answers never reach it. */
  g_assert_cmpint (nc_grade_rewrite (step, "idiot", always_ok_judge_cb, &calls), ==, NC_REWRITE_OK);
  g_assert_cmpint (nc_grade_rewrite (step, "", always_ok_judge_cb, &calls), ==, NC_REWRITE_EMPTY);
  g_assert_cmpint (calls, ==, 1);
}

/* With the conduct checker as the judge, every shipped kind sample passes,
 * and a rewrite that hides an insult the item did not foresee fails. */
static void
test_grade_rewrite_with_checker (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = nc_checker_new (&error);
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  const NcStep *feedback;
  guint n_samples = 0;

  g_assert_no_error (error);
  for (guint l = 0; l < nc_lesson_catalog_get_n_lessons (catalog); l++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, l);

      for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, i);

          if (step->kind != NC_STEP_REWRITE)
            continue;
          if (nc_grade_rewrite (step, step->sample, nc_rewrite_judge_checker, checker) != NC_REWRITE_OK)
            g_error ("%s: the sample rewrite of %s does not pass the checker: %s",
                     nc_lesson_get_id (lesson), step->id, step->sample);
          n_samples++;
        }
    }
  g_assert_cmpuint (n_samples, >=, 5);

  feedback = nc_lesson_find_item (nc_lesson_catalog_lookup (catalog, "lesson-respect"),
                                  "respect-feedback");
  g_assert_nonnull (feedback);
  g_assert_cmpint (nc_grade_rewrite (feedback, "Thank you Lan, but you are a moron.",
                                     nc_rewrite_judge_checker, checker),
                   ==, NC_REWRITE_STILL_HURTFUL);
  g_assert_cmpint (nc_grade_rewrite (feedback, "Thank you Lan, đồ óc chó.",
                                     nc_rewrite_judge_checker, checker),
                   ==, NC_REWRITE_STILL_HURTFUL);
}

/* A rewrite that shares a link gets the Code's 4.4 share reminder from the
 * checker, beside a verdict it does not change; one without a link none. */
static void
test_grade_rewrite_reminder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = nc_checker_new (&error);
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  const NcStep *step;
  g_autofree char *reminder = NULL;
  g_autofree char *none = NULL;
  const char *answer = "Has anyone seen an official announcement? Let’s wait for our teacher to confirm: "
                       "https://school.example.edu.vn/news";

  g_assert_no_error (error);
  step = nc_lesson_find_item (nc_lesson_catalog_lookup (catalog, "lesson-truth"), "truth-school-closing");
  g_assert_nonnull (step);
  g_assert_cmpint (nc_grade_rewrite (step, answer, nc_rewrite_judge_checker, checker), ==, NC_REWRITE_OK);
  reminder = nc_rewrite_get_reminder (checker, answer);
  g_assert_nonnull (reminder);
  g_assert_nonnull (strstr (reminder, "official, reliable source"));
  none = nc_rewrite_get_reminder (checker, step->sample);
  g_assert_null (none);
}

/* "Rewrite it kindly" judged as the learner sees it, on answers written
 * for the purpose (tests/fixtures/rewrite-answers.tsv): every kind answer
 * passes and no unkind one does, in both languages, with and without
 * tone marks. All rows are tried before the test fails, and the failures
 * are listed. */
static void
test_grade_rewrite_answers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = nc_checker_new (&error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "rewrite-answers.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  g_autoptr(GString) wrong = g_string_new (NULL);
  guint counts[2][2] = { { 0, 0 }, { 0, 0 } };  /* [vi][kind] */

  g_assert_no_error (error);
  if (!nc_test_use_build_catalogs ())
    return;
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (gsize i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;
      const NcStep *step = NULL;
      gboolean vi, kind, passed;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cols = g_strsplit (lines[i], "\t", 4);
      g_assert_cmpuint (g_strv_length (cols), ==, 4);
      for (guint l = 0; step == NULL && l < nc_lesson_catalog_get_n_lessons (catalog); l++)
        step = nc_lesson_find_item (nc_lesson_catalog_get_lesson (catalog, l), cols[0]);
      g_assert_nonnull (step);
      vi = g_str_equal (cols[1], "vi");
      kind = g_str_equal (cols[2], "kind");
      g_setenv ("LANGUAGE", vi ? "vi" : "C", TRUE);
      passed = nc_grade_rewrite (step, cols[3], nc_rewrite_judge_checker, checker) == NC_REWRITE_OK;
      if (passed != kind)
        g_string_append_printf (wrong, "\n  %s %s judged %s: %s", cols[1], cols[2],
                                passed ? "kind" : "unkind", cols[3]);
      counts[vi][kind]++;
    }
  g_setenv ("LANGUAGE", "C", TRUE);

  for (int vi = 0; vi < 2; vi++)
    for (int kind = 0; kind < 2; kind++)
      g_assert_cmpuint (counts[vi][kind], >=, 40);
  if (wrong->len > 0)
    g_error ("answers judged wrong:%s", wrong->str);
}

/* An answer typed with tone marks keeps them: "may" (lucky) is not "mày",
 * "ngủ" is not "ngu", "đó" is not "dở"; in an answer typed without any
 * marks, a word may be either. */
static void
test_grade_rewrite_tone_marks (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  NcStep step = *nc_lesson_find_item (lesson, "rw");

  step.expect = (char *) "chúc|cố lên";
  step.forbid = (char *) "mày|chơi ngu|hát dở";
  g_assert_cmpint (nc_rewrite_judge_words (&step, "Chúc bạn may mắn, cố lên!", NULL), ==, NC_REWRITE_OK);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "Cố lên, mày!", NULL), ==, NC_REWRITE_STILL_HURTFUL);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "Đi ngủ sớm rồi chơi ngủ ngon, cố lên", NULL), ==, NC_REWRITE_OK);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "Hát đó hay lắm, cố lên", NULL), ==, NC_REWRITE_OK);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "hat do qua, co len", NULL), ==, NC_REWRITE_STILL_HURTFUL);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "CHƠI NGU thế, cố lên", NULL), ==, NC_REWRITE_STILL_HURTFUL);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "choi ngu the, co len", NULL), ==, NC_REWRITE_STILL_HURTFUL);
  /* a phrase matches whole words only, in order */
  g_assert_cmpint (nc_rewrite_judge_words (&step, "ngu chơi", NULL), ==, NC_REWRITE_NOT_KIND_ENOUGH);
  g_assert_cmpint (nc_rewrite_judge_words (&step, "chúcmừng", NULL), ==, NC_REWRITE_NOT_KIND_ENOUGH);
}

static gboolean
has_vowel (const char *word)
{
  g_autofree char *folded = nc_text_fold (word);

  return strpbrk (folded, "aeiouy") != NULL;
}

/* No list of a rewrite item holds a one-syllable Vietnamese word: once
 * marks are dropped by a child who types without them, one syllable
 * stands for too many words ("ngu", "ngủ", "ngũ"). */
static void
test_rewrite_lists_have_no_single_syllables (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);

  if (!nc_test_use_build_catalogs ())
    return;
  g_setenv ("LANGUAGE", "vi", TRUE);
  for (guint l = 0; l < nc_lesson_catalog_get_n_lessons (catalog); l++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, l);

      for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, i);
          const char *lists[2] = { step->expect, step->forbid };

          if (step->kind != NC_STEP_REWRITE)
            continue;
          for (int k = 0; k < 2; k++)
            {
              g_auto(GStrv) phrases = NULL;

              if (lists[k] == NULL)
                continue;
              g_assert_cmpstr (nc_lesson_translate (lists[k]), !=, lists[k]);
              phrases = g_strsplit (nc_lesson_translate (lists[k]), "|", -1);
              for (int p = 0; phrases[p] != NULL; p++)
                {
                  const char *phrase = g_strstrip (phrases[p]);

                  /* a single token must be an abbreviation ("cmsn") or
                   * hold a digit ("minh2014"): every syllable has a vowel */
                  if (strchr (phrase, ' ') == NULL && strpbrk (phrase, "0123456789") == NULL &&
                      has_vowel (phrase))
                    g_error ("%s: “%s” is one syllable", step->id, phrases[p]);
                }
            }
        }
    }
  g_setenv ("LANGUAGE", "C", TRUE);
}

static void
test_grade_scenario (void)
{
  g_autoptr(NcLesson) lesson = load_test_lesson ();
  const NcStep *step = nc_lesson_find_item (lesson, "sc");
  const guint good[] = { 0, 0 };
  const guint bad_end[] = { 0, 1 };
  const guint bad_first[] = { 1 };
  const guint too_short[] = { 0 };
  const guint out_of_range[] = { 0, 7 };

  g_assert_true (nc_grade_scenario_path (step, good, 2));
  g_assert_false (nc_grade_scenario_path (step, bad_end, 2));
  g_assert_false (nc_grade_scenario_path (step, bad_first, 1));
  g_assert_false (nc_grade_scenario_path (step, too_short, 1));
  g_assert_false (nc_grade_scenario_path (step, out_of_range, 2));
  g_assert_false (nc_grade_scenario_path (step, NULL, 0));
  g_assert_nonnull (nc_step_get_node (step, "b"));
}

static void
test_percent (void)
{
  g_assert_cmpint (nc_grade_percent (0, 0), ==, 0);
  g_assert_cmpint (nc_grade_percent (8, 10), ==, 80);
  g_assert_cmpint (nc_grade_percent (2, 3), ==, 67);
  g_assert_true (nc_grade_is_pass (80));
  g_assert_false (nc_grade_is_pass (79));
}

/* Every shipped lesson's progress and every quiz item's answer survive a
 * round trip through a real database file, closed and opened again. */
static void
test_progress_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-progress-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "progress.db", NULL);
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  guint n_lessons = nc_lesson_catalog_get_n_lessons (catalog);
  const gint64 now = 1790000000;
  guint n_items = 0;
  gint64 profile;

  {
    g_autoptr(NcStore) store = nc_store_open (path, &error);

    g_assert_no_error (error);
    profile = nc_store_add_profile (store, "Minh Anh", "", NC_AGE_BAND_10_12, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < n_lessons; i++)
      {
        NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
        int score = nc_grade_percent (i, n_lessons);

        g_assert_true (nc_store_set_lesson_progress (store, profile, nc_lesson_get_id (lesson),
                                                     nc_grade_is_pass (score) ? NC_LESSON_DONE : NC_LESSON_IN_PROGRESS,
                                                     score, nc_grade_is_pass (score) ? now : 0, &error));
        for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
          {
            const NcStep *step = nc_lesson_get_step (lesson, s);

            if (!nc_step_is_quiz_item (step))
              continue;
            /* Every third item is missed. */
            g_assert_true (nc_store_record_answer (store, profile, nc_lesson_get_id (lesson), step->id,
                                                   n_items % 3 != 0, now, &error));
            n_items++;
          }
      }
    g_assert_no_error (error);
  }

  {
    g_autoptr(NcStore) store = nc_store_open (path, &error);
    g_autoptr(GPtrArray) all = NULL;
    g_autoptr(GPtrArray) due = NULL;

    g_assert_no_error (error);
    for (guint i = 0; i < n_lessons; i++)
      {
        NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
        g_autoptr(NcLessonProgress) progress = nc_store_get_lesson_progress (store, profile, nc_lesson_get_id (lesson), &error);
        int score = nc_grade_percent (i, n_lessons);

        g_assert_no_error (error);
        g_assert_cmpstr (progress->lesson_id, ==, nc_lesson_get_id (lesson));
        g_assert_cmpint (progress->score, ==, score);
        g_assert_cmpint (progress->state, ==, nc_grade_is_pass (score) ? NC_LESSON_DONE : NC_LESSON_IN_PROGRESS);
        g_assert_cmpint (progress->completed_at, ==, nc_grade_is_pass (score) ? now : 0);
      }
    all = nc_store_list_lesson_progress (store, profile, &error);
    g_assert_cmpuint (all->len, ==, n_lessons);

    /* An hour later only the missed items are due, and each names a real item. */
    due = nc_store_list_due_reviews (store, profile, now + 3600, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (due->len, ==, (n_items + 2) / 3);
    for (guint i = 0; i < due->len; i++)
      {
        NcReviewItem *item = g_ptr_array_index (due, i);
        NcLesson *lesson = nc_lesson_catalog_lookup (catalog, item->lesson_id);

        g_assert_nonnull (lesson);
        g_assert_nonnull (nc_lesson_find_item (lesson, item->item_id));
      }
  }

  {
    /* The store keeps backups next to the file: remove the whole folder. */
    g_assert_true (nc_test_remove_tree (dir));
  }
}

/* The Vietnamese of every lesson works as the lesson needs: spot-the-
 * problem posts keep their <bad> marks, a kind rewrite written as the
 * Vietnamese sample passes and the Vietnamese original does not, and every
 * title is translated. Reads the vi.mo built from po/vi.po. */
static void
test_vietnamese (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  guint n_rewrites = 0, n_spots = 0;

  if (!nc_test_use_build_catalogs ())
    return;
  g_setenv ("LANGUAGE", "vi", TRUE);

  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);

      g_assert_cmpstr (nc_lesson_translate (nc_lesson_get_title (lesson)), !=, nc_lesson_get_title (lesson));
      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          if (step->kind == NC_STEP_SPOT)
            {
              g_autoptr(GError) error = NULL;
              g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), &error);

              g_assert_no_error (error);
              g_assert_cmpstr (nc_lesson_translate (step->text), !=, step->text);
              n_spots++;
            }
          if (step->kind == NC_STEP_REWRITE)
            {
              const char *sample = nc_lesson_translate (step->sample);
              const char *original = nc_lesson_translate (step->text);

              g_assert_cmpstr (sample, !=, step->sample);
              if (nc_grade_rewrite (step, sample, NULL, NULL) != NC_REWRITE_OK)
                g_error ("%s: the Vietnamese sample “%s” does not pass", step->id, sample);
              g_assert_cmpint (nc_grade_rewrite (step, original, NULL, NULL), !=, NC_REWRITE_OK);
              n_rewrites++;
            }
        }
    }
  g_assert_cmpuint (n_spots, >, 0);
  g_assert_cmpuint (n_rewrites, >, 0);

  g_setenv ("LANGUAGE", "C", TRUE);
}

/* The card bodies and item texts of @lesson, translated with
 * nc_lesson_translate() (so in the language LANGUAGE names), in one
 * string: what a learner reads. */
static char *
lesson_text (NcLesson *lesson)
{
  GString *all = g_string_new (nc_lesson_translate (nc_lesson_get_summary (lesson)));

  for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, s);
      const char *parts[] = { step->heading, step->body, step->question, step->statement,
                              step->text, step->note, step->explain };

      for (gsize p = 0; p < G_N_ELEMENTS (parts); p++)
        if (parts[p] != NULL)
          g_string_append_printf (all, "\n%s", nc_lesson_translate (parts[p]));
    }
  return g_string_free (all, FALSE);
}

/* The lessons grounded in Vietnam (issue 15.3): scams and where to get
 * help, digital wellbeing, digital footprint. Each has at least 10 quiz
 * items of at least four kinds, an example post, and cites only known
 * references of the Code (and of the 2025 children's code); scams comes
 * among the first lessons and names the 111 hotline in both languages;
 * wellbeing states the game-time limits of Decree 147/2024/NĐ-CP. */
static void
test_vietnam_lessons (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  const struct { const char *id; const char *must_say; } cases[] = {
    { "lesson-scams", "111" },
    { "lesson-wellbeing", "147/2024" },
    { "lesson-footprint", NULL },
  };
  gboolean have_vi = nc_test_use_build_catalogs ();

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      NcLesson *lesson = nc_lesson_catalog_lookup (catalog, cases[c].id);
      g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
      guint n_posts = 0, n_cards = 0;

      g_assert_nonnull (lesson);
      g_assert_cmpuint (nc_lesson_get_n_quiz_items (lesson), >=, 10);
      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          g_assert_nonnull (step->refs[0]);
          for (int r = 0; step->refs[r]; r++)
            if (nc_code_ref_lookup (step->refs[r]) == NULL)
              g_error ("%s cites %s, which is not in the table", cases[c].id, step->refs[r]);
          if (nc_step_is_quiz_item (step))
            g_hash_table_add (kinds, GINT_TO_POINTER (step->kind));
          n_posts += step->kind == NC_STEP_POST;
          n_cards += step->kind == NC_STEP_CARD;
        }
      g_assert_cmpuint (g_hash_table_size (kinds), >=, 4);
      g_assert_cmpuint (n_posts, >=, 1);
      g_assert_cmpuint (n_cards, >=, 3);

      for (int lang = 0; lang < (have_vi ? 2 : 1); lang++)
        {
          g_autofree char *text = NULL;

          g_setenv ("LANGUAGE", lang == 0 ? "C" : "vi", TRUE);
          text = lesson_text (lesson);
          if (cases[c].must_say != NULL && strstr (text, cases[c].must_say) == NULL)
            g_error ("%s does not mention %s in %s", cases[c].id, cases[c].must_say, lang == 0 ? "English" : "Vietnamese");
          /* The Code recommends: nothing in these lessons calls it binding. */
          g_assert_null (strstr (text, lang == 0 ? "The Code requires" : "Bộ Quy tắc bắt buộc"));
          if (lang == 1)
            g_assert_cmpstr (nc_lesson_translate (nc_lesson_get_title (lesson)), !=, nc_lesson_get_title (lesson));
        }
      g_setenv ("LANGUAGE", "C", TRUE);
    }

  /* Safety and scams come early for children: in the tracks for 10-12 and
   * 13+, before accounts, truth and the rest. */
  for (NcTrack track = NC_TRACK_10_12; track <= NC_TRACK_13_PLUS; track++)
    {
      g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (catalog, track);
      guint found = 0;

      for (guint i = 0; i < lessons->len; i++)
        if (g_str_equal (nc_lesson_get_id (g_ptr_array_index (lessons, i)), "lesson-scams") ||
            g_str_equal (nc_lesson_get_id (g_ptr_array_index (lessons, i)), "lesson-safety"))
          {
            g_assert_cmpuint (i, <, 4);
            found++;
          }
      g_assert_cmpuint (found, ==, 2);
    }

  /* A scam found by the checker opens the scams lesson. */
  g_assert_cmpstr (nc_category_get_lesson_id (NC_CATEGORY_SCAM), ==, "lesson-scams");
}

/* Every checker finding's "Learn why" must open a shipped lesson that
 * teaches the very rule the finding cites. */
static void
test_checker_categories_open_lessons (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);

  g_assert_no_error (error);
  for (int category = 0; category < NC_N_CATEGORIES; category++)
    {
      const char *lesson_id = nc_category_get_lesson_id (category);
      const char *ref_id = nc_category_get_ref_id (category);
      NcLesson *lesson = nc_lesson_catalog_lookup (catalog, lesson_id);
      gboolean teaches_ref = FALSE;

      g_assert_nonnull (lesson);
      for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
        teaches_ref |= g_strv_contains ((const char * const *) nc_lesson_get_step (lesson, i)->refs,
                                        ref_id);
      if (!teaches_ref)
        g_error ("%s cites %s, which %s does not teach",
                 nc_category_to_string (category), ref_id, lesson_id);
    }
}

/* "Learn why" from a rule (the banner's "3.1", the share reminder's
 * "4.4") opens the lesson that teaches that rule most: the one with the
 * most steps naming it, the first in order on a tie. */
static void
test_find_lesson_for_ref (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  const struct { const char *ref; const char *lesson; } cases[] = {
    { "4.4", "lesson-truth" },
    { "3.1", "lesson-rules" },
    { "4.5", "lesson-kind-words" },
    { "3.3", "lesson-privacy" },
  };
  gsize n_refs = 0;
  const NcCodeRef *refs = nc_code_ref_get_all (&n_refs);
  guint n_taught = 0;

  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_find_lesson_for_ref (catalog, cases[i].ref);

      g_assert_nonnull (lesson);
      g_assert_cmpstr (nc_lesson_get_id (lesson), ==, cases[i].lesson);
    }

  /* For every rule of the Code: the answer teaches it at least as often as
   * any other lesson, and no earlier lesson teaches it as often. */
  for (gsize r = 0; r < n_refs; r++)
    {
      const char *ref_id = refs[r].id;
      NcLesson *found = nc_lesson_catalog_find_lesson_for_ref (catalog, ref_id);
      guint found_count = 0;
      gboolean before_found = TRUE;

      if (found == NULL)
        continue;
      n_taught++;
      g_assert_true (nc_lesson_catalog_find_lesson_for_ref (catalog, ref_id) == found);
      for (guint s = 0; s < nc_lesson_get_n_steps (found); s++)
        found_count += g_strv_contains ((const char * const *) nc_lesson_get_step (found, s)->refs, ref_id);
      g_assert_cmpuint (found_count, >, 0);
      for (guint l = 0; l < nc_lesson_catalog_get_n_lessons (catalog); l++)
        {
          NcLesson *other = nc_lesson_catalog_get_lesson (catalog, l);
          guint count = 0;

          if (other == found)
            {
              before_found = FALSE;
              continue;
            }
          for (guint s = 0; s < nc_lesson_get_n_steps (other); s++)
            count += g_strv_contains ((const char * const *) nc_lesson_get_step (other, s)->refs, ref_id);
          if (before_found)
            g_assert_cmpuint (count, <, found_count);
          else
            g_assert_cmpuint (count, <=, found_count);
        }
    }
  g_assert_cmpuint (n_taught, ==, n_refs);

  g_assert_null (nc_lesson_catalog_find_lesson_for_ref (catalog, "99.9"));
  g_assert_null (nc_lesson_catalog_find_lesson_for_ref (catalog, "lesson-truth"));
}

/* ---- tracks (issue 15.2) ------------------------------------------------ */

/* Each track has its lessons; the 13+ track teaches the whole Code of 874
 * and the 2025 children's code; the lessons on officials and on providers
 * are only for 13+ and adults; every age band leads to a track with
 * lessons; the 6-9 track has at least five lessons, all its own. */
static void
test_tracks_complete (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  const char *grown_up_only[] = { "lesson-officials", "lesson-providers" };

  for (NcTrack track = NC_TRACK_ALL; track < NC_N_TRACKS; track++)
    {
      g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (catalog, track);
      NcTrack parsed;

      g_assert_cmpuint (lessons->len, >=, track == NC_TRACK_6_9 ? 5 : 8);
      g_assert_true (nc_track_from_string (nc_track_to_string (track), &parsed));
      g_assert_cmpint (parsed, ==, track);
      g_assert_nonnull (nc_track_get_title (track));
      for (guint i = 0; i < lessons->len; i++)
        {
          NcLesson *lesson = g_ptr_array_index (lessons, i);

          g_assert_true (nc_lesson_suits_track (lesson, track));
          for (gsize g = 0; g < G_N_ELEMENTS (grown_up_only); g++)
            if (g_str_equal (nc_lesson_get_id (lesson), grown_up_only[g]))
              g_assert_true (track == NC_TRACK_ALL || track == NC_TRACK_13_PLUS || track == NC_TRACK_ADULT);
          if (track == NC_TRACK_6_9)
            g_assert_cmpuint (nc_lesson_get_tracks (lesson), ==, NC_TRACK_BIT (NC_TRACK_6_9));
        }
      if (track == NC_TRACK_ALL)
        g_assert_cmpuint (lessons->len, ==, nc_lesson_catalog_get_n_lessons (catalog));
    }

  /* The whole Code in 13+ (and for adults). */
  for (NcTrack track = NC_TRACK_13_PLUS; track <= NC_TRACK_ADULT; track++)
    {
      g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (catalog, track);
      g_autoptr(GHashTable) taught = g_hash_table_new (g_str_hash, g_str_equal);
      gsize n_refs = 0;
      const NcCodeRef *refs = nc_code_ref_get_all (&n_refs);

      for (guint i = 0; i < lessons->len; i++)
        for (const char * const *r = nc_lesson_get_refs (g_ptr_array_index (lessons, i)); *r; r++)
          g_hash_table_add (taught, (gpointer) *r);
      for (gsize r = 0; r < n_refs; r++)
        if (!g_hash_table_contains (taught, refs[r].id))
          g_error ("the %s track does not teach %s", nc_track_to_string (track), refs[r].id);
    }

  /* "Learn why" for a child opens a lesson of their track when one teaches
   * the rule, else the lesson that teaches it most. */
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_catalog_find_lesson_for_ref_in_track (catalog, "4.5", NC_TRACK_6_9)),
                   ==, "lesson-kids-kind");
  g_assert_true (nc_lesson_catalog_find_lesson_for_ref_in_track (catalog, "6.1", NC_TRACK_6_9) ==
                 nc_lesson_catalog_find_lesson_for_ref (catalog, "6.1"));
  g_assert_false (nc_lesson_suits_track (nc_lesson_catalog_find_lesson_for_ref (catalog, "4.5"), NC_TRACK_6_9));

  g_assert_cmpint (nc_track_for_age_band (NC_AGE_BAND_6_9), ==, NC_TRACK_6_9);
  g_assert_cmpint (nc_track_for_age_band (NC_AGE_BAND_10_12), ==, NC_TRACK_10_12);
  g_assert_cmpint (nc_track_for_age_band (NC_AGE_BAND_13_15), ==, NC_TRACK_13_PLUS);
  g_assert_cmpint (nc_track_for_age_band (NC_AGE_BAND_16_17), ==, NC_TRACK_13_PLUS);
  g_assert_cmpint (nc_track_for_age_band (NC_AGE_BAND_ADULT), ==, NC_TRACK_ALL);
}

/* The readability limits of the 6-9 track: sentences of at most this many
 * words (Vietnamese words are counted by syllable, as written), and none
 * of the legal and administrative words a Grade 2 child does not know. */
#define KIDS_MAX_WORDS_EN 16
#define KIDS_MAX_WORDS_VI 22

static const char * const kids_banned_en[] = {
  "decision", "article", "law", "laws", "legal", "regulation", "decree", "provider", "providers",
  "third party", "agency", "authority", "authorities", "penalty", "penalties", "personal data",
  "consent", "code of conduct", "comply", "violation", "violate", "ministry", "offence", "unlawful",
  NULL,
};
static const char * const kids_banned_vi[] = {
  "quyết định", "cơ quan", "chủ quản", "bên thứ ba", "thuần phong mỹ tục", "pháp luật", "xử phạt",
  "nghị định", "quy định", "vi phạm", "điều khoản", "dữ liệu cá nhân", "bộ quy tắc", "tổ chức",
  "nhà cung cấp", "chủ thể", "hành vi", "chế tài", "thẩm quyền", "bộ thông tin", "tuân thủ",
  "trái phép", "an ninh", "quy tắc ứng xử",
  "bạn trai", "bạn gái",   /* "boyfriend", "girlfriend" to most readers: bạn nam, bạn nữ */
  NULL,
};

/* The 10-12 track may name the Code, the law and the police, but not the
 * terms of the decisions themselves (docs/glossary-vi.md): those items
 * have a plainer twin for ages 10-12 (ages="10-12" on the item). */
static const char * const plain_banned_en[] = {
  "decree", "decision 88", "decision 874", "third party", "third parties", "provider", "providers",
  "fine customs", "terms of use", "unlawful", "qđ-btttt", "nđ-cp", NULL,
};
static const char * const plain_banned_vi[] = {
  "nghị định", "quyết định 88", "quyết định 874", "bên thứ ba", "nhà cung cấp", "thuần phong mỹ tục",
  "chủ quản", "điều khoản", "chủ thể", "chế tài", "thẩm quyền", "qđ-btttt", "nđ-cp",
  "bạn trai", "bạn gái", NULL,
};

/* TRUE when @phrase occurs in @text as whole words (both lower case). */
static gboolean
has_phrase (const char *text,
            const char *phrase)
{
  gsize len = strlen (phrase);

  for (const char *p = strstr (text, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      gunichar before = p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = p[len] ? g_utf8_get_char (p + len) : ' ';

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after) && !g_unichar_ismark (after))
        return TRUE;
    }
  return FALSE;
}

/* Every text a child reads or hears in @step, translated. */
static void
collect_step_text (const NcStep *step,
                   GPtrArray    *out)
{
  const char *parts[] = { step->heading, step->body, step->alt, step->question, step->statement,
                          step->place, step->note, step->explain };

  for (gsize p = 0; p < G_N_ELEMENTS (parts); p++)
    if (parts[p] != NULL)
      g_ptr_array_add (out, g_strdup (nc_lesson_translate (parts[p])));
  if (step->text != NULL)
    {
      g_autoptr(GRegex) marks = g_regex_new ("</?bad>", 0, 0, NULL);

      g_ptr_array_add (out, g_regex_replace_literal (marks, nc_lesson_translate (step->text), -1, 0, "", 0, NULL));
    }
  for (guint o = 0; step->options != NULL && o < step->options->len; o++)
    g_ptr_array_add (out, g_strdup (nc_lesson_translate (((NcOption *) g_ptr_array_index (step->options, o))->text)));
}

/* Every text a learner of @track reads in @lesson, translated. */
static void
collect_lesson_text (NcLesson  *lesson,
                     NcTrack    track,
                     GPtrArray *out)
{
  g_ptr_array_add (out, g_strdup (nc_lesson_translate (nc_lesson_get_title (lesson))));
  g_ptr_array_add (out, g_strdup (nc_lesson_translate (nc_lesson_get_summary (lesson))));
  for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
    if (nc_step_suits_track (nc_lesson_get_step (lesson, s), track))
      collect_step_text (nc_lesson_get_step (lesson, s), out);
}

/* Fails when @text has a phrase of @banned (NULL-terminated). */
static void
check_no_banned (const char         *lesson_id,
                 const char         *text,
                 const char * const *banned,
                 const char         *track)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (gsize b = 0; banned[b]; b++)
    if (has_phrase (lower, banned[b]))
      g_error ("%s: “%s” is a word the %s track avoids (in “%s”)", lesson_id, banned[b], track, text);
}

static void
check_kids_text (const char *lesson_id,
                 const char *text,
                 gboolean    vietnamese)
{
  g_auto(GStrv) sentences = g_regex_split_simple ("[.!?…:;]+[”\"]?(\\s|$)", text, 0, 0);
  guint max_words = vietnamese ? KIDS_MAX_WORDS_VI : KIDS_MAX_WORDS_EN;

  check_no_banned (lesson_id, text, vietnamese ? kids_banned_vi : kids_banned_en, "6-9");

  for (int i = 0; sentences[i]; i++)
    {
      g_auto(GStrv) words = g_regex_split_simple ("\\s+", g_strstrip (sentences[i]), 0, 0);
      guint n = 0;

      for (int w = 0; words[w]; w++)
        for (const char *c = words[w]; *c; c = g_utf8_next_char (c))
          if (g_unichar_isalnum (g_utf8_get_char (c)))
            {
              n++;
              break;
            }
      if (n > max_words)
        g_error ("%s: a sentence of %u words, more than %u: “%s”", lesson_id, n, max_words, sentences[i]);
    }
}

typedef void (*TrackTextCheck) (NcLesson   *lesson,
                                const char *text,
                                gboolean    vietnamese);

/* Calls @check on every text a learner of @track reads, in English and,
 * when the catalog is built, in Vietnamese. */
static void
for_each_track_text (NcTrack        track,
                     TrackTextCheck check)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (catalog, track);
  gboolean have_vi = nc_test_use_build_catalogs ();

  g_assert_cmpuint (lessons->len, >=, 5);
  for (int lang = 0; lang < (have_vi ? 2 : 1); lang++)
    {
      g_setenv ("LANGUAGE", lang == 0 ? "C" : "vi", TRUE);
      for (guint i = 0; i < lessons->len; i++)
        {
          g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

          collect_lesson_text (g_ptr_array_index (lessons, i), track, texts);
          for (guint t = 0; t < texts->len; t++)
            check (g_ptr_array_index (lessons, i), g_ptr_array_index (texts, t), lang == 1);
        }
    }
  g_setenv ("LANGUAGE", "C", TRUE);
  if (!have_vi)
    g_test_message ("the Vietnamese catalog is not built: English only");
}

static void
check_kids_lesson_text (NcLesson   *lesson,
                        const char *text,
                        gboolean    vietnamese)
{
  check_kids_text (nc_lesson_get_id (lesson), text, vietnamese);
  if (vietnamese && g_regex_match_simple ("[a-z]{3,}", text, 0, 0) &&
      !g_regex_match_simple ("[^\\x01-\\x7f]", text, 0, 0))
    g_error ("%s: “%s” has no Vietnamese letter: is it translated?", nc_lesson_get_id (lesson), text);
}

/* The 6-9 track in words a Grade 2 child knows, in both languages: short
 * sentences, no legal or administrative terms, and every text translated
 * (tone marks present in Vietnamese). */
static void
test_kids_track_readability (void)
{
  /* The checks themselves catch what they are for. */
  g_assert_true (has_phrase ("theo quyết định 874", "quyết định"));
  g_assert_false (has_phrase ("the lawn", "law"));

  for_each_track_text (NC_TRACK_6_9, check_kids_lesson_text);
}

static void
check_plain_lesson_text (NcLesson   *lesson,
                         const char *text,
                         gboolean    vietnamese)
{
  check_no_banned (nc_lesson_get_id (lesson), text, vietnamese ? plain_banned_vi : plain_banned_en, "10-12");
}

/* The 10-12 track in plain words, in both languages: the items that
 * cite a decree or use the decisions' own terms are shown to 13+ and
 * adults only, and their 10-12 twins say the same plainly. */
static void
test_plain_track_words (void)
{
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (nc_lesson_catalog_get_default (NULL), NC_TRACK_10_12);
  guint n_older_only = 0;

  for_each_track_text (NC_TRACK_10_12, check_plain_lesson_text);
  for (guint i = 0; i < lessons->len; i++)
    for (guint s = 0; s < nc_lesson_get_n_steps (g_ptr_array_index (lessons, i)); s++)
      n_older_only += !nc_step_suits_track (nc_lesson_get_step (g_ptr_array_index (lessons, i), s), NC_TRACK_10_12);
  /* the whole Code is still taught to 13+: the decree's number is there */
  g_assert_cmpuint (n_older_only, >=, 5);
}

/* Items say which ages they suit: a step's ages="…" is a part of its
 * lesson's, the player shows a track only its steps, an adult looking at
 * everything sees the lesson's oldest track, and a lesson must keep a quiz
 * item for each of its tracks. */
static void
test_item_ages (void)
{
  static const char *good =
    "<lesson id=\"lesson-ages\" order=\"1\" ages=\"10-12 13+ adult\"><title>T</title><summary>S</summary>"
    "<card refs=\"4.6\" ages=\"10-12\"><heading>Plain</heading><body>B</body></card>"
    "<card refs=\"4.6\" ages=\"13+ adult\"><heading>Full</heading><body>B</body></card>"
    "<truefalse id=\"a-1\" refs=\"4.6\" answer=\"true\"><statement>S</statement><explain>E</explain></truefalse>"
    "<truefalse id=\"a-2\" refs=\"4.6\" answer=\"true\" ages=\"adult\"><statement>S</statement><explain>E</explain></truefalse>"
    "</lesson>";
  static const struct { const char *steps; const char *error; } bad[] = {
    { "<truefalse id=\"b-1\" refs=\"4.6\" answer=\"true\" ages=\"6-9\"><statement>S</statement><explain>E</explain></truefalse>",
      "not part of" },
    { "<truefalse id=\"b-1\" refs=\"4.6\" answer=\"true\" ages=\"7-8\"><statement>S</statement><explain>E</explain></truefalse>",
      "unknown track" },
    { "<truefalse id=\"b-1\" refs=\"4.6\" answer=\"true\" ages=\"13+\"><statement>S</statement><explain>E</explain></truefalse>",
      "no quiz item for ages 10-12" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(NcLesson) lesson = nc_lesson_new_from_data (good, -1, "ages.xml", &error);

  g_assert_no_error (error);
  g_assert_true (nc_step_suits_track (nc_lesson_get_step (lesson, 0), NC_TRACK_10_12));
  g_assert_false (nc_step_suits_track (nc_lesson_get_step (lesson, 0), NC_TRACK_13_PLUS));
  g_assert_false (nc_step_suits_track (nc_lesson_get_step (lesson, 1), NC_TRACK_10_12));
  g_assert_true (nc_step_suits_track (nc_lesson_get_step (lesson, 2), NC_TRACK_13_PLUS));
  g_assert_true (nc_step_suits_track (nc_lesson_get_step (lesson, 3), NC_TRACK_ALL));
  g_assert_cmpuint (nc_lesson_count_quiz_items (lesson, NC_TRACK_10_12), ==, 1);
  g_assert_cmpuint (nc_lesson_count_quiz_items (lesson, NC_TRACK_ADULT), ==, 2);
  g_assert_cmpuint (nc_lesson_count_quiz_items (lesson, NC_TRACK_ALL), ==, 2);
  g_assert_cmpint (nc_lesson_resolve_track (lesson, NC_TRACK_10_12), ==, NC_TRACK_10_12);
  g_assert_cmpint (nc_lesson_resolve_track (lesson, NC_TRACK_ALL), ==, NC_TRACK_ADULT);
  g_assert_cmpint (nc_lesson_resolve_track (lesson, NC_TRACK_6_9), ==, NC_TRACK_ADULT);

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<lesson id=\"lesson-bad\" order=\"1\" ages=\"10-12 13+\">"
                                              "<title>T</title><summary>S</summary>%s</lesson>", bad[i].steps);
      g_autoptr(NcLesson) broken = nc_lesson_new_from_data (xml, -1, "bad.xml", &error);

      g_assert_null (broken);
      g_assert_error (error, NC_LESSON_ERROR, NC_LESSON_ERROR_INVALID);
      if (strstr (error->message, bad[i].error) == NULL)
        g_error ("“%s” does not say “%s”", error->message, bad[i].error);
      g_clear_error (&error);
    }
}

/* @step has a picture in the GResource, an SVG drawn in currentColor (so
 * it reads on light and dark), and alternative text in both languages. */
static void
check_picture (const NcStep *step,
               gboolean      have_vi)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *svg;

  g_assert_nonnull (step->picture);
  path = g_strconcat (NC_LESSON_PICTURES_PATH, step->picture, NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  svg = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "viewBox="));
  g_assert_nonnull (strstr (svg, "currentColor"));
  g_assert_null (strstr (svg, "<image"));   /* drawn, not a pasted bitmap */

  g_assert_nonnull (step->alt);
  g_assert_cmpuint (strlen (step->alt), >, 10);
  if (have_vi)
    {
      g_setenv ("LANGUAGE", "vi", TRUE);
      g_assert_cmpstr (nc_lesson_translate (step->alt), !=, step->alt);
      g_setenv ("LANGUAGE", "C", TRUE);
    }
}

/* Every example post of every lesson has its picture, as the cards of
 * the 6-9 track do: a drawing of its own, which no other post or card
 * shows. */
static void
test_post_pictures (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  gboolean have_vi = nc_test_use_build_catalogs ();
  g_autoptr(GHashTable) shown_by = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_posts = 0;

  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);

      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          if (step->kind == NC_STEP_POST)
            {
              check_picture (step, have_vi);
              n_posts++;
            }
          if (step->picture != NULL && step->kind == NC_STEP_POST)
            {
              if (g_hash_table_contains (shown_by, step->picture))
                g_error ("%s: the post's picture %s is shown by another step too",
                         nc_lesson_get_id (lesson), step->picture);
              g_hash_table_insert (shown_by, (gpointer) step->picture, (gpointer) nc_lesson_get_id (lesson));
            }
        }
    }
  /* No card shows a post's picture either. */
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);

      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          if (step->picture != NULL && step->kind != NC_STEP_POST && g_hash_table_contains (shown_by, step->picture))
            g_error ("%s: a card shows %s, the picture of the post in %s", nc_lesson_get_id (lesson),
                     step->picture, (const char *) g_hash_table_lookup (shown_by, step->picture));
        }
    }
  g_assert_cmpuint (n_posts, >=, 15);
}

/* Every card of the 6-9 track has a picture in the GResource, an SVG drawn
 * in currentColor (so it reads on light and dark), and alternative text
 * in both languages; every item cites references of the one table. */
static void
test_kids_track_pictures (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (catalog, NC_TRACK_6_9);
  gboolean have_vi = nc_test_use_build_catalogs ();
  guint n_cards = 0;

  for (guint i = 0; i < lessons->len; i++)
    {
      NcLesson *lesson = g_ptr_array_index (lessons, i);

      for (guint s = 0; s < nc_lesson_get_n_steps (lesson); s++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, s);

          g_assert_cmpuint (g_strv_length (step->refs), >, 0);
          for (int r = 0; step->refs[r]; r++)
            g_assert_nonnull (nc_code_ref_lookup (step->refs[r]));
          if (step->kind != NC_STEP_CARD)
            continue;
          n_cards++;
          check_picture (step, have_vi);
        }
    }
  g_assert_cmpuint (n_cards, >=, 15);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lessons/shipped", test_shipped_lessons);
  g_test_add_func ("/lessons/source-folder-matches-resource", test_source_folder_matches_resource);
  for (gsize i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/lessons/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken_file);
    }
  g_test_add_func ("/lessons/broken-folder", test_broken_folder);
  g_test_add_func ("/lessons/fields", test_lesson_fields);
  g_test_add_func ("/grade/choice-and-true-false", test_grade_choice_and_true_false);
  g_test_add_func ("/grade/spot", test_grade_spot);
  g_test_add_func ("/grade/rewrite", test_grade_rewrite);
  g_test_add_func ("/grade/rewrite-with-checker", test_grade_rewrite_with_checker);
  g_test_add_func ("/grade/rewrite-reminder", test_grade_rewrite_reminder);
  g_test_add_func ("/grade/rewrite-answers", test_grade_rewrite_answers);
  g_test_add_func ("/grade/rewrite-tone-marks", test_grade_rewrite_tone_marks);
  g_test_add_func ("/grade/rewrite-lists-no-single-syllables", test_rewrite_lists_have_no_single_syllables);
  g_test_add_func ("/grade/scenario", test_grade_scenario);
  g_test_add_func ("/grade/percent", test_percent);
  g_test_add_func ("/lessons/progress-round-trip", test_progress_round_trip);
  g_test_add_func ("/lessons/vietnamese", test_vietnamese);
  g_test_add_func ("/lessons/vietnam-lessons", test_vietnam_lessons);
  g_test_add_func ("/lessons/checker-categories-open-lessons", test_checker_categories_open_lessons);
  g_test_add_func ("/lessons/tracks-complete", test_tracks_complete);
  g_test_add_func ("/lessons/kids-track-readability", test_kids_track_readability);
  g_test_add_func ("/lessons/kids-track-pictures", test_kids_track_pictures);
  g_test_add_func ("/lessons/plain-track-words", test_plain_track_words);
  g_test_add_func ("/lessons/item-ages", test_item_ages);
  g_test_add_func ("/lessons/post-pictures", test_post_pictures);
  g_test_add_func ("/lessons/find-lesson-for-ref", test_find_lesson_for_ref);

  return g_test_run ();
}
