/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-session-ledger.c — a child account's whole-session time per day */
#include "nc-family-session-ledger.h"

#include <string.h>

#include "nc-store-private.h"

#define KEY_FORMAT "family-session-%u"
#define DAY_CHARS  10

typedef struct {
  char day[DAY_CHARS + 1];
  int  seconds;
} Entry;

/* The entries stored for @uid, newest first; malformed parts are skipped. */
static GArray *
read_entries (NcStore *store,
              guint32  uid)
{
  g_autofree char *key = g_strdup_printf (KEY_FORMAT, uid);
  g_autofree char *text = nc_store_get_string (store, key, "");
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      Entry entry = { "", 0 };
      gint64 seconds;

      if (eq == NULL || eq - parts[i] != DAY_CHARS ||
          !g_ascii_string_to_signed (eq + 1, 10, 0, G_MAXINT, &seconds, NULL))
        continue;
      memcpy (entry.day, parts[i], DAY_CHARS);
      entry.seconds = (int) seconds;
      g_array_append_val (entries, entry);
    }
  return entries;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -strcmp (((const Entry *) a)->day, ((const Entry *) b)->day);
}

int
nc_family_ledger_get (NcStore    *store,
                      guint32     uid,
                      const char *day)
{
  g_autoptr(GArray) entries = read_entries (store, uid);

  for (guint i = 0; i < entries->len; i++)
    if (strcmp (g_array_index (entries, Entry, i).day, day) == 0)
      return g_array_index (entries, Entry, i).seconds;
  return 0;
}

gboolean
nc_family_ledger_add (NcStore     *store,
                      guint32      uid,
                      const char  *day,
                      int          seconds,
                      GError     **error)
{
  g_autoptr(GArray) entries = read_entries (store, uid);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *key = g_strdup_printf (KEY_FORMAT, uid);
  gboolean found = FALSE;

  g_return_val_if_fail (strlen (day) == DAY_CHARS && seconds > 0, FALSE);

  for (guint i = 0; i < entries->len && !found; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (strcmp (entry->day, day) == 0)
        {
          entry->seconds = (int) MIN ((gint64) entry->seconds + seconds, G_MAXINT);
          found = TRUE;
        }
    }
  if (!found)
    {
      Entry entry = { "", seconds };

      memcpy (entry.day, day, DAY_CHARS);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_newest_first);
  for (guint i = 0; i < MIN (entries->len, NC_FAMILY_LEDGER_DAYS); i++)
    g_string_append_printf (text, "%s%s=%d", i > 0 ? ";" : "",
                            g_array_index (entries, Entry, i).day, g_array_index (entries, Entry, i).seconds);
  return nc_store_put_internal (store, key, text->str, "time", error);
}

GVariant *
nc_family_ledger_days (NcStore   *store,
                       guint32    uid,
                       GDateTime *today,
                       int        days)
{
  g_autoptr(GArray) entries = read_entries (store, uid);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(si)"));
  for (int back = days - 1; back >= 0; back--)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (today, -back);
      g_autofree char *day = nc_store_day_key (when);
      int seconds = 0;

      for (guint i = 0; i < entries->len; i++)
        if (strcmp (g_array_index (entries, Entry, i).day, day) == 0)
          seconds = g_array_index (entries, Entry, i).seconds;
      g_variant_builder_add (&builder, "(si)", day, seconds);
    }
  return g_variant_builder_end (&builder);
}
