/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-class-export.c — the printable files: they open (pdftoppm renders
 * them), hold the expected text with Vietnamese intact (pdftotext), and
 * `netconductctl classroom export` writes the same files without a display */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "nc-class-export.h"
#include "nc-lesson-catalog.h"
#include "nc-test-files.h"

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

      g_assert_true (nc_class_export_handout (lesson, path, &error));
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
  status = g_test_run ();

  nc_test_remove_tree (tmp_dir);
  return status;
}
