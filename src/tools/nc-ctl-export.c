/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-export.c — `netconductctl export [FILE] [--with-pin-hash]`: all
 * settings as JSON, in the format of nc-settings-json.c (the parents' area
 * writes the same file)
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-settings-json.h"

const NcCtlVerb nc_ctl_export_verbs[] = {
  { NULL, N_("Usage: netconductctl export [FILE] [--with-pin-hash]"),
    N_("Writes every setting (profiles, lists, time limits, settings) as JSON to FILE, or to standard output "
       "without FILE or with -. The PIN’s hash is left out unless --with-pin-hash is given; the file is then "
       "readable by its owner only.") },
  { NULL, NULL, NULL }
};

int
nc_ctl_export (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean with_pin = nc_ctl_take_flag (&argc, argv, "with-pin-hash");
  g_autofree char *text = NULL;

  if (argc > 2 || (argc == 2 && g_str_has_prefix (argv[1], "--")))
    return nc_ctl_usage (nc_ctl_export_verbs, NULL);

  text = nc_settings_export (store, with_pin, &error);
  if (text == NULL)
    return nc_ctl_fail_error (error);

  if (argc == 2 && !g_str_equal (argv[1], "-"))
    {
      if (!g_file_set_contents_full (argv[1], text, -1,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     with_pin ? 0600 : 0644, &error))
        return nc_ctl_fail_error (error);
    }
  else
    g_print ("%s\n", text);
  return NC_CTL_OK;
}
