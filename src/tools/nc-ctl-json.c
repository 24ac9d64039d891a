/* nc-ctl-json.c — `netconductctl export` and `import`: all settings as JSON
 *
 * The file format, and what an import keeps and replaces, are those of
 * nc-settings-file.c (shared with the parents' area); this file only reads
 * the command line and writes or reads the file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-settings-file.h"

int
nc_ctl_export (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean with_pin = nc_ctl_take_flag (&argc, argv, "with-pin-hash");
  g_autofree char *text = NULL;

  if (argc > 2 || (argc == 2 && g_str_has_prefix (argv[1], "--")))
    return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl export [FILE] [--with-pin-hash]"));

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

/* `import FILE|-`: exit status 2 when the file is not a valid settings
 * file, 1 when the database could not take it; nothing changes either way. */
int
nc_ctl_import (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (argc != 2)
    return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl import FILE (or - for standard input)"));

  if (g_str_equal (argv[1], "-"))
    {
      g_autoptr(GIOChannel) in = g_io_channel_unix_new (0);
      if (g_io_channel_read_to_end (in, &contents, &length, &error) != G_IO_STATUS_NORMAL)
        return nc_ctl_fail_error (error);
    }
  else if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return nc_ctl_fail_error (error);

  if (!nc_settings_import (store, contents, (gssize) length, &error))
    return nc_ctl_fail (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID) ? NC_CTL_USAGE : NC_CTL_FAILED,
                        _("Nothing was imported: %s"), error->message);
  g_print (_("Imported the settings.\n"));
  return NC_CTL_OK;
}
