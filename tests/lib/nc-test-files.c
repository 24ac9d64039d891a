/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-files.c — files and folders for tests and benchmarks */
#include "config.h"

#include "nc-test-files.h"

gboolean
nc_test_remove_tree (const char *dir)
{
  const char *argv[] = { "rm", "-rf", dir, NULL };
  int status = 0;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

void
nc_test_copy_file (const char *from,
                   const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}
