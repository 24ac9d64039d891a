/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-i18n.c — core tests that read the translations of the build */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "nc-test-i18n.h"

gboolean
nc_test_use_build_catalogs (void)
{
  const char *build_root = g_getenv ("NC_BUILD_ROOT");
  g_autofree char *po_dir = NULL;
  g_autofree char *mo = NULL;

  if (build_root == NULL)
    {
      g_test_skip ("NC_BUILD_ROOT is not set (run through meson test)");
      return FALSE;
    }
  po_dir = g_build_filename (build_root, "po", NULL);
  mo = g_build_filename (po_dir, "vi", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("vi.mo is not built");
      return FALSE;
    }
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}
