/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-certificate.c — the certificate PDF, read back with pdftotext */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "nc-certificate.h"

static char *
pdf_to_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* A path named @name in a new temporary folder. */
static char *
temp_pdf (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-cert-XXXXXX", NULL);

  return g_build_filename (dir, name, NULL);
}

/* The text of the PDF at @path on one line (pdftotext may break lines
 * anywhere), or NULL, the test skipped, without pdftotext. Removes the
 * file and its folder. */
static char *
read_back (const char *path)
{
  g_autofree char *text = pdf_to_text (path);
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  g_assert_cmpuint (strlen (text), >, 100);
  return g_strdelimit (g_steal_pointer (&text), "\n", ' ');
}

/* The name (with Vietnamese tone marks), the lessons and the date are in
 * the PDF as text, so the fonts had the glyphs. */
static void
test_certificate_text (void)
{
  g_autofree char *path = temp_pdf ("chứng nhận.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 28, 10, 0, 0);
  g_autofree char *flat = NULL;
  const char *titles[] = { "Kiểm tra trước khi chia sẻ", "Lời nói không làm tổn thương",
                           "Dành cho cha mẹ: đồng hành cùng con trên mạng", NULL };

  g_assert_true (nc_certificate_write_pdf (path, "Nguyễn Thị Ngọc Ánh", date, titles, &error));
  g_assert_no_error (error);
  flat = read_back (path);
  if (flat == NULL)
    return;
  g_assert_nonnull (strstr (flat, "Nguyễn Thị Ngọc Ánh"));
  g_assert_nonnull (strstr (flat, "Kiểm tra trước khi chia sẻ"));
  g_assert_nonnull (strstr (flat, "Lời nói không làm tổn thương"));
  g_assert_nonnull (strstr (flat, "Certificate of Completion"));
  g_assert_nonnull (strstr (flat, "28 November 2026"));
}

static void
test_certificate_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_now_local ();
  const char *titles[] = { "x", NULL };

  g_assert_false (nc_certificate_write_pdf ("/nonexistent-folder/c.pdf", "A", date, titles, &error));
  g_assert_error (error, NC_CERTIFICATE_ERROR, NC_CERTIFICATE_ERROR_WRITE);
}

/* A track's certificate names the track and lists its lessons. */
static void
test_certificate_track (void)
{
  g_autofree char *path = temp_pdf ("track.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  g_autofree char *flat = NULL;
  const char *titles[] = { "Nói với bố mẹ, thầy cô", "Người lạ trên mạng", "Lời nói dễ thương", NULL };
  NcCertificate cert = { .learner_name = "Bé Na", .lesson_titles = titles, .all_passed = TRUE,
                         .track = "Ages 6 to 9", .date = date };

  g_assert_true (nc_certificate_write_pages (path, &cert, 1, &error));
  g_assert_no_error (error);
  flat = read_back (path);
  if (flat == NULL)
    return;
  g_assert_nonnull (strstr (flat, "Bé Na"));
  g_assert_nonnull (strstr (flat, "every lesson of the track “Ages 6 to 9”"));
  g_assert_nonnull (strstr (flat, "Người lạ trên mạng"));
  /* Not the sentence of the whole Code. */
  g_assert_null (strstr (flat, "874"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/certificate/text", test_certificate_text);
  g_test_add_func ("/certificate/unwritable", test_certificate_unwritable);
  g_test_add_func ("/certificate/track", test_certificate_track);

  return g_test_run ();
}
