/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-files.h — files and folders for tests and benchmarks */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes @dir and everything in it (rm -rf); TRUE when that worked. */
gboolean nc_test_remove_tree (const char *dir);

/* Copies the file @from to @to (replacing it), asserting that it worked:
 * e.g. to open a store's backup without touching the backup itself. */
void     nc_test_copy_file   (const char *from,
                              const char *to);

G_END_DECLS
