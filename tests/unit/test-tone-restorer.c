/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tone-restorer — nc-tone-restorer.c with the real model file
 * (resources/lexicon/vi-restore.bin): sentences typed without marks
 * restored, code points and capitals kept, margins, bad files refused,
 * huge and odd input */
#include "config.h"

#include <string.h>

#include "nc-tone-restorer.h"

static NcToneRestorer *
load (void)
{
  const char *root = g_getenv ("NC_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root ? root : "..", "resources", "lexicon", "vi-restore.bin", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) data = NULL;
  NcToneRestorer *r;

  g_assert_no_error (error);
  data = g_mapped_file_get_bytes (file);
  r = nc_tone_restorer_new (data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static void
test_sentences (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "m la thang mat day", "m là thằng mất dạy" },
    { "hom nay me di cho mua ca", "hôm nay mẹ đi chợ mua cá" },
    { "may hom nay troi dep", "mấy hôm nay trời đẹp" },
    { "con ga nha tao", "con gà nhà tao" },
    { "may la do an hai, cut di", "mày là đồ ăn hại, cút đi" },
    /* capitals, an emoji, a number, a word of no syllable kept */
    { "\xf0\x9f\x98\x82 Troi DEP qua, 20 xyzw", "\xf0\x9f\x98\x82 Trời ĐẸP quá, 20 xyzw" },
  };
  g_autoptr(NcToneRestorer) r = load ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (NcRestoredWord));
      g_autofree char *out = nc_tone_restorer_restore (r, cases[i].in, strlen (cases[i].in), words);

      g_test_message ("%s", cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpint (g_utf8_strlen (out, -1), ==, g_utf8_strlen (cases[i].in, -1));
      g_assert_cmpuint (words->len, >, 0);
      for (guint k = 0; k < words->len; k++)
        {
          const NcRestoredWord *w = &g_array_index (words, NcRestoredWord, k);

          g_assert_cmpuint (w->cp_start, <, w->cp_end);
          g_assert_cmpfloat (w->margin, >=, 0);
        }
    }
}

static void
test_nothing_to_restore (void)
{
  g_autoptr(NcToneRestorer) r = load ();

  g_assert_null (nc_tone_restorer_restore (r, "", 0, NULL));
  g_assert_null (nc_tone_restorer_restore (r, "123 !!! xyzw", 12, NULL));
  g_assert_null (nc_tone_restorer_restore (r, "con", 3, NULL));   /* its likeliest reading has no marks */
}

static void
test_bad_files (void)
{
  static const char junk[64] = "NCR1";
  g_autoptr(GBytes) data = g_bytes_new_static (junk, sizeof junk);
  g_autoptr(GBytes) empty = g_bytes_new_static (junk, 3);
  g_autoptr(GError) error = NULL;

  g_assert_null (nc_tone_restorer_new (data, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (nc_tone_restorer_new (empty, &error));
  g_assert_nonnull (error);
}

/* a megabyte typed without marks, and one long clause: linear, no crash */
static void
test_huge (void)
{
  g_autoptr(NcToneRestorer) r = load ();
  GString *s = g_string_new (NULL);
  g_autofree char *out = NULL;
  gint64 t0;

  while (s->len < 1024 * 1024)
    g_string_append (s, "hom nay troi dep qua may dua di choi khong ");
  t0 = g_get_monotonic_time ();
  out = nc_tone_restorer_restore (r, s->str, s->len, NULL);
  g_assert_nonnull (out);
  g_assert_cmpint (g_utf8_strlen (out, -1), ==, g_utf8_strlen (s->str, -1));
  g_test_message ("1 MB restored in %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_string_free (s, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tone-restorer/sentences", test_sentences);
  g_test_add_func ("/tone-restorer/nothing", test_nothing_to_restore);
  g_test_add_func ("/tone-restorer/bad-files", test_bad_files);
  g_test_add_func ("/tone-restorer/huge", test_huge);
  return g_test_run ();
}
