/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-import.c — `netconductctl import FILE`: replaces all settings
 * with a JSON export
 *
 * The file format, and what an import keeps and replaces, are those of
 * nc-settings-json.c (shared with the parents' area); this file only reads
 * the file, at most NC_SETTINGS_MAX_BYTES of it.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "nc-ctl.h"
#include "nc-settings-json.h"

const NcCtlVerb nc_ctl_import_verbs[] = {
  { NULL, N_("Usage: netconductctl import FILE (or - for standard input)"),
    N_("Replaces every setting with those of a JSON export. A file that is not a valid export changes "
       "nothing (exit status 2).") },
  { NULL, NULL, NULL }
};

/* Reads all of @fd, but no more than NC_SETTINGS_MAX_BYTES + 1 bytes: an
 * endless or huge input must not fill the memory (the import refuses
 * anything over the limit). */
static char *
read_capped (int      fd,
             gsize   *length,
             GError **error)
{
  GString *text = g_string_new (NULL);
  char chunk[65536];
  ssize_t n;

  while (text->len <= NC_SETTINGS_MAX_BYTES &&
         ((n = read (fd, chunk, MIN (sizeof chunk, NC_SETTINGS_MAX_BYTES + 1 - text->len))) != 0))
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_string_free (text, TRUE);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Cannot read the settings file: %s"), g_strerror (saved));
          return NULL;
        }
      g_string_append_len (text, chunk, n);
    }
  *length = text->len;
  return g_string_free (text, FALSE);
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
  int fd;

  if (argc != 2)
    return nc_ctl_usage (nc_ctl_import_verbs, NULL);

  if (g_str_equal (argv[1], "-"))
    fd = STDIN_FILENO;
  else if ((fd = g_open (argv[1], O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      int saved = errno;
      return nc_ctl_fail (NC_CTL_FAILED, _("Cannot open “%s”: %s"), argv[1], g_strerror (saved));
    }
  contents = read_capped (fd, &length, &error);
  if (fd != STDIN_FILENO)
    close (fd);
  if (contents == NULL)
    return nc_ctl_fail_error (error);

  if (!nc_settings_import (store, contents, (gssize) length, &error))
    return nc_ctl_fail (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID) ? NC_CTL_USAGE : NC_CTL_FAILED,
                        _("Nothing was imported: %s"), error->message);
  g_print (_("Imported the settings.\n"));
  return NC_CTL_OK;
}
