/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-settings.c — settings, the administrator's locks, and the reset */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-store-private.h"

/* The administrator's value of @key, the stored one, or NULL. */
static char *
lookup_setting (NcStore    *self,
                const char *key)
{
  const char *managed = nc_managed_get (self->managed, key);

  if (managed != NULL)
    return g_strdup (managed);
  return nc_store_read_setting (self, key);
}

/* An NcStoreRowFunc: the first column, as text. */
static gpointer
text_from_row (sqlite3_stmt *stmt,
               gpointer      user_data)
{
  return nc_store_column_dup (stmt, 0);
}

char *
nc_store_read_setting (NcStore    *self,
                       const char *key)
{
  char *value;

  nc_store_read_row (self, nc_store_query (self, NULL, "SELECT value FROM settings WHERE key = ?", "s", key),
                     text_from_row, NULL, (gpointer *) &value, NULL);
  return value;
}

gboolean
nc_store_is_locked (NcStore    *self,
                    const char *key)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return nc_managed_get (self->managed, key) != NULL;
}

char *
nc_store_get_string (NcStore    *self,
                     const char *key,
                     const char *fallback)
{
  char *value;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  value = lookup_setting (self, key);
  return value != NULL ? value : g_strdup (fallback);
}

gint64
nc_store_get_int (NcStore    *self,
                  const char *key,
                  gint64      fallback)
{
  g_autofree char *value = NULL;
  gint64 number;

  g_return_val_if_fail (NC_IS_STORE (self), fallback);
  value = lookup_setting (self, key);
  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return fallback;
  return number;
}

gboolean
nc_store_get_boolean (NcStore    *self,
                      const char *key,
                      gboolean    fallback)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), fallback);
  value = lookup_setting (self, key);
  return value != NULL ? nc_managed_parse_boolean (value, fallback) : fallback;
}

static gboolean
write_setting (NcStore     *self,
               const char  *key,
               const char  *value,
               GError     **error)
{
  if (key == NULL || *key == '\0')
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID, _("A setting needs a name."));
      return FALSE;
    }
  if (value != NULL &&
      (strlen (key) > NC_STORE_MAX_KEY_BYTES || !nc_parse_is_clean_name (key, NC_STORE_MAX_KEY_BYTES) ||
       strlen (value) > NC_STORE_MAX_VALUE_BYTES || !g_utf8_validate (value, -1, NULL)))
    {
      g_autofree char *quoted = nc_parse_quote (key);
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("The setting “%s” is not stored: a setting’s name is at most %d bytes and its value "
                     "at most %d bytes of text. Shorten it."), quoted, NC_STORE_MAX_KEY_BYTES, NC_STORE_MAX_VALUE_BYTES);
      return FALSE;
    }
  if (nc_store_is_locked (self, key))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED,
                   _("“%s” is set by the administrator of this computer."), key);
      return FALSE;
    }

  if (value != NULL)
    return nc_store_write_one (self, "settings", error,
                               "INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               "ss", key, value);
  return nc_store_write_one (self, "settings", error, "DELETE FROM settings WHERE key = ?", "s", key);
}

static gboolean
is_internal_key (const char *key)
{
  return g_strcmp0 (key, NC_STORE_RECOVERY_KEY) == 0 || g_strcmp0 (key, "time-observation") == 0;
}

GHashTable *
nc_store_list_settings (NcStore  *self,
                        GError  **error)
{
  g_autoptr(GHashTable) settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = nc_store_query (self, error, "SELECT key, value FROM settings ORDER BY key", "");
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      if (!is_internal_key (key))
        g_hash_table_insert (settings, g_strdup (key), nc_store_column_dup (stmt, 1));
    }
  if (!nc_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&settings);
}

gboolean
nc_store_reset (NcStore  *self,
                GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = nc_store_exec_sql (self->db,
                          "DELETE FROM profiles;"
                          "DELETE FROM host_rules;"
                          "DELETE FROM category_lists;"
                          "DELETE FROM activity;"
                          "DELETE FROM settings WHERE key NOT IN ('" NC_STORE_RECOVERY_KEY "', 'time-observation');",
                          error);
  if (ok)
    {
      nc_store_mark_changed (self, "profiles");
      nc_store_mark_changed (self, "lists");
      nc_store_mark_changed (self, "settings");
      nc_store_mark_changed (self, "time");
      nc_store_mark_changed (self, "lessons");
      nc_store_mark_changed (self, "activity");
    }
  return nc_store_finish_write (self, ok, error);
}

GStrv
nc_store_list_locked_keys (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_list_keys (self->managed);
}

const char * const *
nc_store_get_policy_files (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_get_files (self->managed);
}

const char * const *
nc_store_get_policy_problems (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_get_problems (self->managed);
}

gboolean
nc_store_put_internal (NcStore     *self,
                       const char  *key,
                       const char  *value,
                       const char  *what,
                       GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  return nc_store_write_one (self, what, error,
                             "INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             "ss", key, value);
}

gboolean
nc_store_set_string (NcStore     *self,
                     const char  *key,
                     const char  *value,
                     GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  return write_setting (self, key, value, error);
}

gboolean
nc_store_set_int (NcStore     *self,
                  const char  *key,
                  gint64       value,
                  GError     **error)
{
  char text[32];

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  return write_setting (self, key, text, error);
}

gboolean
nc_store_set_boolean (NcStore     *self,
                      const char  *key,
                      gboolean     value,
                      GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return write_setting (self, key, value ? "true" : "false", error);
}

gboolean
nc_store_unset (NcStore     *self,
                const char  *key,
                GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return write_setting (self, key, NULL, error);
}
