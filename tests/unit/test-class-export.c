/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-class-export.c — the printable files: they open (pdftoppm renders
 * them), hold the expected text with Vietnamese intact (pdftotext), and
 * `netconductctl classroom export` writes the same files without a display */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "nc-class-export.h"
#include "nc-lesson-catalog.h"
#include "nc-teacher-pack.h"
#include "nc-test-files.h"
#include "nc-test-i18n.h"

static char *tmp_dir;

static gboolean
have_poppler (void)
{
  g_autofree char *a = g_find_program_in_path ("pdftotext");
  g_autofree char *b = g_find_program_in_path ("pdftoppm");

  if (a == NULL || b == NULL)
    g_test_skip ("poppler-utils (pdftotext, pdftoppm) are not installed");
  return a != NULL && b != NULL;
}

/* The text of the PDF, after checking that its first page renders. */
static char *
pdf_text (const char *path)
{
  g_autofree char *png_base = g_strconcat (path, "-page", NULL);
  g_autofree char *png = g_strconcat (path, "-page-1.png", NULL);
  const char *render[] = { "pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", path, png_base, NULL };
  const char *text[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) render, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, &err, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) text, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (err, ==, "");
  return g_steal_pointer (&out);
}

/* How many pages the PDF has (pdfinfo). */
static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GRegex) re = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *pages = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  re = g_regex_new ("^Pages:\\s+(\\d+)", G_REGEX_MULTILINE, 0, NULL);
  g_assert_true (g_regex_match (re, out, 0, &match));
  pages = g_match_info_fetch (match, 1);
  return atoi (pages);
}

/* pdftotext's words joined by single spaces, so that a check does not
 * depend on where a line broke. */
static char *
pdf_flat_text (const char *path)
{
  g_autofree char *text = pdf_text (path);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text,
            const char *what,
            const char *file)
{
  if (strstr (text, what) == NULL)
    g_error ("%s does not say “%s”:\n%s", file, what, text);
}

static NcClassSession *
class_6a (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  NcClassSession *session = nc_class_session_new ();
  int item;

  g_assert_no_error (error);
  nc_class_session_add_lesson (session, nc_lesson_catalog_lookup (catalog, "lesson-respect"));
  g_assert_true (nc_class_session_add_student (session, "Nguyễn Thị Ánh", NULL));
  g_assert_true (nc_class_session_add_student (session, "Trần Văn Đức", NULL));
  item = nc_class_session_find_item (session, "respect-what-not");
  nc_class_session_set_votes (session, item, 2, 17);
  nc_class_session_set_votes (session, item, 0, 3);
  nc_class_session_set_answer (session, 0, item, 2);
  return session;
}

static void
test_report (void)
{
  g_autoptr(NcClassSession) session = class_6a ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  NcClassExportInfo info = { .class_name = "6A", .teacher = "Cô Phạm Thị Hương", .school = "Trường THCS Chu Văn An" };

  if (!have_poppler ())
    return;
  g_assert_true (nc_class_export_report (session, &info, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Class results"));
  g_assert_nonnull (strstr (text, "Cô Phạm Thị Hương"));
  g_assert_nonnull (strstr (text, "Trường THCS Chu Văn An"));
  g_assert_nonnull (strstr (text, "Which of these does the Code ask people not to post?"));
  g_assert_nonnull (strstr (text, "18 · 86%"));          /* 17 + Ánh's answer, of 21 */
  g_assert_nonnull (strstr (text, "86% right, 21 answers"));
  g_assert_nonnull (strstr (text, "Nguyễn Thị Ánh"));
  g_assert_nonnull (strstr (text, "1 right of 1 answered (100%)"));
}

static void
test_handout (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);

  if (!have_poppler ())
    return;
  /* every lesson makes a handout with its rules and exercises */
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      g_autofree char *name = g_strdup_printf ("handout-%s.pdf", nc_lesson_get_id (lesson));
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;

      g_assert_true (nc_class_export_handout (lesson, NC_TRACK_ALL, path, &error));
      g_assert_no_error (error);
      text = pdf_text (path);
      g_assert_nonnull (strstr (text, "The rules"));
      g_assert_nonnull (strstr (text, "Exercises"));
      g_assert_nonnull (strstr (text, "Name:"));
      if (g_str_equal (nc_lesson_get_id (lesson), "lesson-respect"))
        {
          g_assert_nonnull (strstr (text, "What not to post"));
          g_assert_nonnull (strstr (text, "Hoàng"));          /* an example's author */
          g_assert_nonnull (strstr (text, "face like a pig"));  /* spot: marks taken out */
          g_assert_null (strstr (text, "<bad>"));
          g_assert_nonnull (strstr (text, "☐"));
        }
    }
}

static void
test_certificates (void)
{
  g_autoptr(NcClassSession) session = class_6a ();
  g_autoptr(NcClassSession) nobody = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "certificates.pdf", NULL);
  g_autofree char *text = NULL;
  NcClassExportInfo info = { .class_name = "6A", .teacher = "Thầy Lê Quang Vinh" };
  g_auto(GStrv) pages = NULL;

  if (!have_poppler ())
    return;
  g_assert_true (nc_class_export_certificates (session, &info, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  g_assert_nonnull (strstr (pages[0], "Nguyễn Thị Ánh"));
  g_assert_nonnull (strstr (pages[1], "Trần Văn Đức"));
  g_assert_nonnull (strstr (pages[0], "Certificate of Completion"));
  g_assert_nonnull (strstr (pages[0], "Respect people’s honour"));
  g_assert_nonnull (strstr (pages[1], "Thầy Lê Quang Vinh"));

  /* No class list: one certificate to fill in by hand */
  g_clear_pointer (&text, g_free);
  nc_class_session_add_lesson (nobody, nc_class_session_get_lesson (session, 0));
  g_assert_true (nc_class_export_certificates (nobody, NULL, path, &error));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "______"));
}

static void
test_write_error (void)
{
  g_autoptr(NcClassSession) session = class_6a ();
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (tmp_dir, "a-file", NULL);
  g_autofree char *inside = g_build_filename (blocker, "out", NULL);

  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  g_assert_false (nc_class_export_to_folder (session, NULL, NC_CLASS_EXPORT_ALL, inside, NULL, &error));
  g_assert_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE);
}

/* The command line writes the same files, with no display. */
static void
test_ctl_export (void)
{
  g_autofree char *ctl = g_build_filename (g_getenv ("NC_BUILD_ROOT"), "src", "tools", "netconductctl", NULL);
  g_autofree char *db = g_build_filename (tmp_dir, "ctl.db", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "ctl-out", NULL);
  g_autofree char *roster = g_build_filename (tmp_dir, "roster.csv", NULL);
  g_autofree char *results = g_build_filename (tmp_dir, "results-in.csv", NULL);
  g_autofree char *stdout_text = NULL, *stderr_text = NULL, *text = NULL, *cert = NULL;
  g_autoptr(NcClassSession) session = class_6a ();
  g_autofree char *csv = nc_class_session_results_csv (session);
  g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  int status;

  if (!have_poppler ())
    return;
  g_assert_true (g_file_set_contents (roster, "\xEF\xBB\xBFHọ và tên\r\n\"Nguyễn Thị Ánh\"\r\nTrần Văn Đức\r\n", -1, NULL));
  g_assert_true (g_file_set_contents (results, csv, -1, NULL));

  {
    const char *argv[] = { ctl, "--database", db, "classroom", "export", "--output", out,
                           "--results", results, "--roster", roster, "--class", "6A", NULL };
    env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
    env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, 0, NULL, NULL,
                                 &stdout_text, &stderr_text, &status, NULL));
    g_test_message ("%s%s", stdout_text, stderr_text);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_assert_nonnull (strstr (stdout_text, "report.pdf"));
  g_assert_nonnull (strstr (stdout_text, "handout-lesson-respect.pdf"));
  g_assert_nonnull (strstr (stdout_text, "students.csv"));
  {
    g_autofree char *report = g_build_filename (out, "report.pdf", NULL);
    g_autofree char *certificates = g_build_filename (out, "certificates.pdf", NULL);
    text = pdf_text (report);
    cert = pdf_text (certificates);
  }
  /* the votes came from the results file, the names from the roster */
  g_assert_nonnull (strstr (text, "86% right, 21 answers"));
  g_assert_nonnull (strstr (cert, "Trần Văn Đức"));

  /* bad arguments and a broken roster fail clearly */
  {
    const char *argv[] = { ctl, "--database", db, "classroom", "export", "--output", out,
                           "--lesson", "no-such-lesson", NULL };
    g_clear_pointer (&stderr_text, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, 0, NULL, NULL, NULL, &stderr_text, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (stderr_text, "no-such-lesson"));
  }
  {
    const char *argv[] = { ctl, "--database", db, "classroom", "export", "--output", out,
                           "--roster", roster, NULL };
    g_assert_true (g_file_set_contents (roster, "Name\n\"Nguyễn\n", -1, NULL));
    g_clear_pointer (&stderr_text, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, 0, NULL, NULL, NULL, &stderr_text, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (stderr_text, "never closed"));
  }
}

/* The teacher's plan and the parents' sheet of every lesson fit on one
 * page and hold what they promise: objectives, a 35- and a 45-minute
 * timing, a warm-up, questions and the answer key (the first item's right
 * answer); what the child learned and questions for tonight. Each plan
 * shows its track's items: the 10-12 plan of the wellbeing lesson speaks
 * of game companies where the 13+ plan uses the decree's "providers". */
static void
test_teacher_pack (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  g_autofree char *agreement = g_build_filename (tmp_dir, "family-agreement.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      NcTrack track = nc_lesson_resolve_track (lesson, NC_TRACK_ALL);
      g_autofree char *plan_name = g_strdup_printf ("plan-%s.pdf", nc_lesson_get_id (lesson));
      g_autofree char *sheet_name = g_strdup_printf ("parents-%s.pdf", nc_lesson_get_id (lesson));
      g_autofree char *plan = g_build_filename (tmp_dir, plan_name, NULL);
      g_autofree char *sheet = g_build_filename (tmp_dir, sheet_name, NULL);
      g_autofree char *plan_text = NULL, *sheet_text = NULL, *first_answer = NULL;
      const NcStep *first = NULL;

      g_assert_true (nc_teacher_pack_write_plan (lesson, NC_TRACK_ALL, plan, &error));
      g_assert_no_error (error);
      g_assert_true (nc_teacher_pack_write_parent_sheet (lesson, NC_TRACK_ALL, sheet, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pdf_pages (plan), ==, 1);
      g_assert_cmpint (pdf_pages (sheet), ==, 1);

      plan_text = pdf_flat_text (plan);
      sheet_text = pdf_flat_text (sheet);
      for (guint s = 0; s < nc_lesson_get_n_steps (lesson) && first == NULL; s++)
        if (nc_lesson_get_step (lesson, s)->kind == NC_STEP_CHOICE &&
            nc_step_suits_track (nc_lesson_get_step (lesson, s), track))
          first = nc_lesson_get_step (lesson, s);
      for (guint o = 0; first != NULL && o < first->options->len; o++)
        if (((NcOption *) first->options->pdata[o])->correct && first_answer == NULL)
          first_answer = g_strdup (((NcOption *) first->options->pdata[o])->text);

      assert_has (plan_text, nc_lesson_get_title (lesson), plan);
      for (const char * const *w = (const char * const[]) { "Objectives", "35-minute period", "45-minute period",
                                                            "35 min", "45 min", "Warm-up", "Questions to discuss",
                                                            "Answer key", NULL }; *w; w++)
        assert_has (plan_text, *w, plan);
      if (first_answer != NULL && strlen (first_answer) < 40)
        assert_has (plan_text, first_answer, plan);
      for (const char * const *w = (const char * const[]) { "For parents", "What your child learned today",
                                                            "Questions to ask tonight", "111", NULL }; *w; w++)
        assert_has (sheet_text, *w, sheet);
    }

  /* the track decides the items */
  {
    NcLesson *wellbeing = nc_lesson_catalog_lookup (catalog, "lesson-wellbeing");
    g_autofree char *young = g_build_filename (tmp_dir, "plan-young.pdf", NULL);
    g_autofree char *older = g_build_filename (tmp_dir, "plan-older.pdf", NULL);
    g_autofree char *young_text = NULL, *older_text = NULL;

    g_assert_true (nc_teacher_pack_write_plan (wellbeing, NC_TRACK_10_12, young, &error));
    g_assert_true (nc_teacher_pack_write_plan (wellbeing, NC_TRACK_13_PLUS, older, &error));
    young_text = pdf_flat_text (young);
    older_text = pdf_flat_text (older);
    assert_has (older_text, "online game providers", older);
    g_assert_null (strstr (young_text, "provider"));
    assert_has (young_text, "online game companies", young);
    assert_has (young_text, "Ages 10 to 12", young);
  }

  g_assert_true (nc_teacher_pack_write_agreement (agreement, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (agreement), ==, 1);
  text = pdf_flat_text (agreement);
  for (const char * const *w = (const char * const[]) { "agreement", "Screen time", "Staying safe", "111",
                                                        "What the grown-ups promise", "signature", NULL }; *w; w++)
    assert_has (text, *w, agreement);

  /* a folder that cannot be written is a clear error */
  {
    g_autofree char *bad = g_build_filename (tmp_dir, "no-such-folder", "plan.pdf", NULL);

    g_assert_false (nc_teacher_pack_write_agreement (bad, &error));
    g_assert_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE);
  }
}

/* The same files in Vietnamese, with every tone mark intact, one page each. */
static void
test_teacher_pack_vietnamese (void)
{
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (NULL);
  static const struct { const char *lesson; NcTrack track; } cases[] = {
    { "lesson-kids-tell", NC_TRACK_6_9 },
    { "lesson-scams", NC_TRACK_10_12 },
    { "lesson-providers", NC_TRACK_ADULT },
  };
  g_autoptr(GError) error = NULL;

  if (!have_poppler () || !nc_test_use_build_catalogs ())
    return;
  g_setenv ("LANGUAGE", "vi", TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_lookup (catalog, cases[i].lesson);
      g_autofree char *plan = g_build_filename (tmp_dir, "plan-vi.pdf", NULL);
      g_autofree char *sheet = g_build_filename (tmp_dir, "parents-vi.pdf", NULL);
      g_autofree char *plan_text = NULL, *sheet_text = NULL;

      g_assert_true (nc_teacher_pack_write_plan (lesson, cases[i].track, plan, &error));
      g_assert_true (nc_teacher_pack_write_parent_sheet (lesson, cases[i].track, sheet, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pdf_pages (plan), ==, 1);
      g_assert_cmpint (pdf_pages (sheet), ==, 1);
      plan_text = pdf_flat_text (plan);
      sheet_text = pdf_flat_text (sheet);
      assert_has (plan_text, nc_lesson_translate (nc_lesson_get_title (lesson)), plan);
      for (const char * const *w = (const char * const[]) { "Kế hoạch bài dạy", "Mục tiêu", "Tiết 35 phút",
                                                            "Tiết 45 phút", "Khởi động", "Câu hỏi thảo luận",
                                                            "Đáp án", NULL }; *w; w++)
        assert_has (plan_text, *w, plan);
      for (const char * const *w = (const char * const[]) { "Hôm nay con đã học", "Tối nay cha mẹ hỏi con",
                                                            "Tổng đài", NULL }; *w; w++)
        assert_has (sheet_text, *w, sheet);
    }
  {
    g_autofree char *agreement = g_build_filename (tmp_dir, "agreement-vi.pdf", NULL);
    g_autofree char *text = NULL;

    g_assert_true (nc_teacher_pack_write_agreement (agreement, &error));
    g_assert_cmpint (pdf_pages (agreement), ==, 1);
    text = pdf_flat_text (agreement);
    assert_has (text, "Thỏa thuận của gia đình mình", agreement);
    assert_has (text, "Bố mẹ ký tên", agreement);
  }
  g_setenv ("LANGUAGE", "C", TRUE);
}

/* `netconductctl classroom export --track 6-9 --only plans,parents,agreement`
 * writes the 6-9 track's plans and sheets and the agreement, nothing else;
 * a bad --track or --only word is refused. */
static void
test_ctl_teacher_pack (void)
{
  g_autofree char *ctl = g_build_filename (g_getenv ("NC_BUILD_ROOT"), "src", "tools", "netconductctl", NULL);
  g_autofree char *db = g_build_filename (tmp_dir, "ctl-pack.db", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "ctl-pack", NULL);
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "C", TRUE);
  g_auto(GStrv) lines = NULL;
  int status;

  if (!have_poppler ())
    return;
  {
    const char *argv[] = { ctl, "--database", db, "classroom", "export", "--output", out,
                           "--track", "6-9", "--only", "plans,parents,agreement", NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, 0, NULL, NULL, &stdout_text, &stderr_text, &status, NULL));
    g_test_message ("%s%s", stdout_text, stderr_text);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  lines = g_strsplit (g_strstrip (stdout_text), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5 * 2 + 1);
  g_assert_nonnull (strstr (stdout_text, "plan-lesson-kids-tell.pdf"));
  g_assert_nonnull (strstr (stdout_text, "parents-lesson-kids-tricks.pdf"));
  g_assert_nonnull (strstr (stdout_text, "family-agreement.pdf"));
  g_assert_null (strstr (stdout_text, "report.pdf"));
  g_assert_null (strstr (stdout_text, "lesson-respect"));
  {
    g_autofree char *plan = g_build_filename (out, "plan-lesson-kids-tell.pdf", NULL);
    g_autofree char *text = pdf_flat_text (plan);

    assert_has (text, "Ages 6 to 9", plan);
    assert_has (text, "Tell a grown-up", plan);
  }
  for (guint c = 0; c < 2; c++)
    {
      const char *argv[] = { ctl, "--database", db, "classroom", "export", "--output", out,
                             c == 0 ? "--track" : "--only", c == 0 ? "7-8" : "plans,posters", NULL };
      g_clear_pointer (&stderr_text, g_free);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, 0, NULL, NULL, NULL, &stderr_text, &status, NULL));
      g_assert_cmpint (WEXITSTATUS (status), ==, 2);
      g_assert_nonnull (strstr (stderr_text, c == 0 ? "7-8" : "agreement"));
    }
}

int
main (int argc, char **argv)
{
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("nc-class-export-XXXXXX", NULL);

  g_test_add_func ("/class-export/report", test_report);
  g_test_add_func ("/class-export/handout", test_handout);
  g_test_add_func ("/class-export/certificates", test_certificates);
  g_test_add_func ("/class-export/write-error", test_write_error);
  g_test_add_func ("/class-export/netconductctl", test_ctl_export);
  g_test_add_func ("/class-export/teacher-pack", test_teacher_pack);
  g_test_add_func ("/class-export/teacher-pack-vietnamese", test_teacher_pack_vietnamese);
  g_test_add_func ("/class-export/netconductctl-teacher-pack", test_ctl_teacher_pack);
  status = g_test_run ();

  nc_test_remove_tree (tmp_dir);
  return status;
}
