/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-files.h — files and folders for tests and benchmarks */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes @dir and everything in it (rm -rf); TRUE when that worked. */
gboolean nc_test_remove_tree (const char *dir);

G_END_DECLS
