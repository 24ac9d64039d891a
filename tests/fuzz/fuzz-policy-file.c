/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-policy-file.c — libFuzzer harness for the administrator's policy
 * files (nc-managed.c): any bytes give a policy, never a crash, and the
 * policy fails closed: every checked key holds a value that parses (the
 * strictest one when the file's did not), every host is normalized, and
 * every problem names the file. */
#include "config.h"

#include <string.h>

#include "nc-managed.h"
#include "nc-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define NAME "fuzz.ini"

static void
quiet_cb (const char     *domain,
          GLogLevelFlags  level,
          const char     *message,
          gpointer        user_data)
{
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static gboolean quiet;
  g_autoptr(NcManaged) managed = NULL;
  const char * const *problems;
  const char *v;
  guint64 number;

  if (!quiet)
    {
      g_log_set_handler ("nc-core", G_LOG_LEVEL_MESSAGE, quiet_cb, NULL);
      quiet = TRUE;
    }

  managed = nc_managed_new_from_data (NAME, (const char *) data, size);

  if ((v = nc_managed_get (managed, "profile.social-allowed")) != NULL)
    g_assert (nc_managed_parse_boolean (v, 2) != 2);
  if ((v = nc_managed_get (managed, "profile.allow-list-only")) != NULL)
    g_assert (nc_managed_parse_boolean (v, 2) != 2);
  if ((v = nc_managed_get (managed, "profile.post-anyway-allowed")) != NULL)
    g_assert (nc_managed_parse_boolean (v, 2) != 2);
  if ((v = nc_managed_get (managed, "profile.daily-limit-minutes")) != NULL)
    g_assert (g_ascii_string_to_unsigned (v, 10, 0, 24 * 60, &number, NULL));
  if ((v = nc_managed_get (managed, "profile.blocked-categories")) != NULL)
    g_assert (nc_managed_check_categories (v, NULL));

  for (int block = 0; block < 2; block++)
    {
      const char * const *hosts = nc_managed_get_hosts (managed, block);
      for (gsize i = 0; hosts[i] != NULL; i++)
        {
          g_autofree char *again = nc_store_normalize_host (hosts[i]);
          g_assert (g_strcmp0 (again, hosts[i]) == 0);
        }
    }

  problems = nc_managed_get_problems (managed);
  for (gsize i = 0; problems[i] != NULL; i++)
    g_assert (g_str_has_prefix (problems[i], NAME ":"));
  g_strfreev (nc_managed_list_keys (managed));
  return 0;
}
