/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-activity.c — time used, more time granted, and the activity log */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-store-private.h"

/* The number in the first column of the single row of @sql (bound to a
 * profile id and a day), or @fallback. */
static int
query_int (NcStore    *self,
           const char *sql,
           gint64      profile_id,
           const char *day,
           int         fallback)
{
  sqlite3_stmt *stmt = nc_store_query (self, NULL, sql, "Is", profile_id, day);
  int value = fallback;

  if (stmt == NULL)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* ---- time ------------------------------------------------------------------ */

char *
nc_store_day_key (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d");
}

char *
nc_store_today_key (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return nc_store_day_key (now);
}

static gboolean
valid_day (const char *day)
{
  return day != NULL && strlen (day) == 10 && g_ascii_isdigit (day[0]) && day[4] == '-' && day[7] == '-';
}

gboolean
nc_store_add_usage (NcStore     *self,
                    gint64       profile_id,
                    const char  *day,
                    int          seconds,
                    GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (valid_day (day), FALSE);
  g_return_val_if_fail (seconds >= 0, FALSE);

  return nc_store_write_one (self, "time", error,
                             "INSERT INTO usage (profile_id, day, seconds) VALUES (?, ?, ?) "
                             "ON CONFLICT (profile_id, day) DO UPDATE SET seconds = seconds + excluded.seconds",
                             "Isi", profile_id, day, seconds);
}

int
nc_store_get_usage (NcStore    *self,
                    gint64      profile_id,
                    const char *day)
{
  g_return_val_if_fail (NC_IS_STORE (self), 0);
  return query_int (self, "SELECT seconds FROM usage WHERE profile_id = ? AND day = ?",
                    profile_id, day, 0);
}

/* Adds @minutes to what was granted on @day; NC_EXTENSION_NO_LIMIT lifts
 * the limit for the rest of the day. */
gboolean
nc_store_grant_extension (NcStore     *self,
                          gint64       profile_id,
                          const char  *day,
                          int          minutes,
                          GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (valid_day (day), FALSE);

  if (minutes != NC_EXTENSION_NO_LIMIT && (minutes < 1 || minutes > 720))
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("More time must be between 1 and 720 minutes."));
      return FALSE;
    }

  return nc_store_write_one (self, "time", error,
                             "INSERT INTO extensions (profile_id, day, minutes) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (profile_id, day) DO UPDATE SET minutes = "
                             "CASE WHEN minutes < 0 OR ?3 < 0 THEN -1 ELSE minutes + ?3 END",
                             "Isi", profile_id, day, minutes);
}

int
nc_store_get_extension (NcStore    *self,
                        gint64      profile_id,
                        const char *day)
{
  g_return_val_if_fail (NC_IS_STORE (self), 0);
  return query_int (self, "SELECT minutes FROM extensions WHERE profile_id = ? AND day = ?",
                    profile_id, day, 0);
}

/* ---- activity -------------------------------------------------------------- */

void
nc_count_free (NcCount *count)
{
  if (count == NULL)
    return;
  g_free (count->key);
  g_free (count);
}

gboolean
nc_store_log_activity (NcStore     *self,
                       gint64       profile_id,
                       const char  *host,
                       const char  *ref_id,
                       const char  *outcome,
                       GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (outcome != NULL, FALSE);

  /* Only short machine words: a host, a ref id, an outcome. A long value
   * would be a sign that someone passes text in. */
  if ((host != NULL && strlen (host) > 253) || (ref_id != NULL && strlen (ref_id) > 16) ||
      strlen (outcome) > 32)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("An activity entry holds only a site, a rule and an outcome."));
      return FALSE;
    }

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = nc_store_run (self, error, "INSERT INTO activity (profile_id, at, host, ref_id, outcome) "
                                  "VALUES (?, ?, ?, ?, ?)",
                     "pIsss", profile_id, (gint64) (g_get_real_time () / G_USEC_PER_SEC),
                     host != NULL ? host : "", ref_id, outcome);
  if (!nc_store_finish_change (self, ok, "activity", error))
    return FALSE;

  /* The app may run for days: expire old entries now and then, not only
   * at open. */
  if (self->depth == 0 && g_get_monotonic_time () - self->last_expire > 6 * G_TIME_SPAN_HOUR)
    nc_store_expire_activity (self, NULL);
  return TRUE;
}

/* An NcStoreRowFunc: key, count. */
static gpointer
count_from_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  NcCount *count = g_new0 (NcCount, 1);

  count->key = nc_store_column_dup (stmt, 0);
  count->count = sqlite3_column_int (stmt, 1);
  return count;
}

static GPtrArray *
count_warnings (NcStore     *self,
                const char  *column,
                gint64       profile_id,
                int          days,
                GError     **error)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT %s, count(*) AS n FROM activity WHERE ref_id IS NOT NULL AND at >= ? "
      "AND (? = 0 OR profile_id = ?) GROUP BY %s ORDER BY n DESC, %s", column, column, column);
  sqlite3_stmt *stmt = nc_store_query (self, error, sql, "III",
                                       (gint64) (g_get_real_time () / G_USEC_PER_SEC - (gint64) days * 86400),
                                       profile_id, profile_id);

  return nc_store_collect_rows (self, stmt, count_from_row, NULL, (GDestroyNotify) nc_count_free, error);
}

GPtrArray *
nc_store_count_warnings_by_ref (NcStore  *self,
                                gint64    profile_id,
                                int       days,
                                GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return count_warnings (self, "ref_id", profile_id, days, error);
}

GPtrArray *
nc_store_count_warnings_by_host (NcStore  *self,
                                 gint64    profile_id,
                                 int       days,
                                 GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return count_warnings (self, "host", profile_id, days, error);
}

GPtrArray *
nc_store_minutes_per_day (NcStore  *self,
                          gint64    profile_id,
                          int       days,
                          GError  **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_count_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (days > 0 && days <= 366, NULL);

  stmt = nc_store_query (self, error, "SELECT sum (seconds) FROM usage WHERE day = ? AND (? = 0 OR profile_id = ?)", "");
  if (stmt == NULL)
    return NULL;
  for (int i = days - 1; i >= 0; i--)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -i);
      NcCount *count = g_new0 (NcCount, 1);

      count->key = nc_store_day_key (when);
      sqlite3_reset (stmt);
      nc_store_bind_text (stmt, 1, count->key);
      sqlite3_bind_int64 (stmt, 2, profile_id);
      sqlite3_bind_int64 (stmt, 3, profile_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        count->count = sqlite3_column_int (stmt, 0) / 60;
      g_ptr_array_add (counts, count);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&counts);
}

/* Deletes activity and time records older than the retention period. */
int
nc_store_expire_activity (NcStore  *self,
                          GError  **error)
{
  gint64 days = nc_store_get_int (self, NC_SETTING_RETENTION_DAYS, NC_STORE_DEFAULT_RETENTION_DAYS);
  gint64 cutoff;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) oldest = NULL;
  g_autofree char *oldest_day = NULL;
  int deleted = -1;
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), -1);

  days = CLAMP (days, 1, 3650);
  self->last_expire = g_get_monotonic_time ();
  cutoff = g_get_real_time () / G_USEC_PER_SEC - days * 86400;
  oldest = g_date_time_add_days (now, (int) -days);
  oldest_day = nc_store_day_key (oldest);

  if (!nc_store_begin (self, error))
    return -1;
  ok = nc_store_run (self, error, "DELETE FROM activity WHERE at < ?", "I", cutoff);
  if (ok)
    deleted = sqlite3_changes (self->db);
  ok = ok &&
       nc_store_run (self, error, "DELETE FROM usage WHERE day < ?", "s", oldest_day) &&
       nc_store_run (self, error, "DELETE FROM extensions WHERE day < ?", "s", oldest_day);
  if (ok && deleted > 0)
    nc_store_mark_changed (self, "activity");
  if (!nc_store_finish_write (self, ok, error))
    return -1;
  return deleted;
}

/* ---- moving a profile's history (netconductctl family enable) ---------------- */

GVariant *
nc_store_export_history (NcStore  *self,
                         gint64    profile_id,
                         GError  **error)
{
  GVariantBuilder usage, activity;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = nc_store_query (self, error, "SELECT day, seconds FROM usage WHERE profile_id = ? ORDER BY day", "I",
                         profile_id);
  if (stmt == NULL)
    return NULL;
  g_variant_builder_init (&usage, G_VARIANT_TYPE ("a(si)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&usage, "(si)", (const char *) sqlite3_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
  if (!nc_store_finish_rows (self, stmt, rc, error))
    {
      g_variant_builder_clear (&usage);
      return NULL;
    }

  stmt = nc_store_query (self, error, "SELECT at, host, ifnull (ref_id, ''), outcome FROM activity "
                                      "WHERE profile_id = ? ORDER BY id", "I", profile_id);
  if (stmt == NULL)
    {
      g_variant_builder_clear (&usage);
      return NULL;
    }
  g_variant_builder_init (&activity, G_VARIANT_TYPE ("a(xsss)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&activity, "(xsss)", (gint64) sqlite3_column_int64 (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 3));
  if (!nc_store_finish_rows (self, stmt, rc, error))
    {
      g_variant_builder_clear (&usage);
      g_variant_builder_clear (&activity);
      return NULL;
    }
  return g_variant_ref_sink (g_variant_new ("(a(si)a(xsss))", &usage, &activity));
}

/* Checks every row before anything is written. */
static gboolean
valid_history (GVariant  *history,
               GError   **error)
{
  g_autoptr(GVariant) usage = g_variant_get_child_value (history, 0);
  g_autoptr(GVariant) activity = g_variant_get_child_value (history, 1);
  GVariantIter iter;
  const char *day, *host, *ref_id, *outcome;
  gint64 at;
  int seconds;

  g_variant_iter_init (&iter, usage);
  while (g_variant_iter_next (&iter, "(&si)", &day, &seconds))
    if (!valid_day (day) || seconds < 0 || seconds > 24 * 60 * 60)
      goto invalid;
  g_variant_iter_init (&iter, activity);
  while (g_variant_iter_next (&iter, "(x&s&s&s)", &at, &host, &ref_id, &outcome))
    if (at <= 0 || strlen (host) > 253 || strlen (ref_id) > 16 || *outcome == '\0' || strlen (outcome) > 32)
      goto invalid;
  return TRUE;

invalid:
  g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("The time used or the activity to move is not valid."));
  return FALSE;
}

/* Idempotent: a day keeps the larger of the two times, an entry already
 * there (same time, site, rule and outcome) is not added twice. */
gboolean
nc_store_import_history (NcStore   *self,
                         gint64     profile_id,
                         GVariant  *history,
                         GError   **error)
{
  g_autoptr(GVariant) usage = NULL;
  g_autoptr(GVariant) activity = NULL;
  GVariantIter iter;
  const char *day, *host, *ref_id, *outcome;
  gboolean ok = TRUE;
  gint64 at;
  int seconds;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_variant_is_of_type (history, G_VARIANT_TYPE ("(a(si)a(xsss))")), FALSE);

  if (!valid_history (history, error) || !nc_store_begin (self, error))
    return FALSE;
  usage = g_variant_get_child_value (history, 0);
  activity = g_variant_get_child_value (history, 1);
  g_variant_iter_init (&iter, usage);
  while (ok && g_variant_iter_next (&iter, "(&si)", &day, &seconds))
    ok = nc_store_run (self, error, "INSERT INTO usage (profile_id, day, seconds) VALUES (?, ?, ?) "
                                    "ON CONFLICT (profile_id, day) DO UPDATE SET seconds = max (seconds, excluded.seconds)",
                       "Isi", profile_id, day, seconds);
  g_variant_iter_init (&iter, activity);
  while (ok && g_variant_iter_next (&iter, "(x&s&s&s)", &at, &host, &ref_id, &outcome))
    ok = nc_store_run (self, error, "INSERT INTO activity (profile_id, at, host, ref_id, outcome) "
                                    "SELECT ?1, ?2, ?3, nullif (?4, ''), ?5 WHERE NOT EXISTS (SELECT 1 FROM activity "
                                    "WHERE profile_id = ?1 AND at = ?2 AND host = ?3 AND ifnull (ref_id, '') = ?4 "
                                    "AND outcome = ?5)",
                       "IIsss", profile_id, at, host, ref_id, outcome);
  return nc_store_finish_change (self, ok, "time", error);
}
