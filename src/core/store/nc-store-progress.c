/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-progress.c — lesson progress and spaced review */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-store-private.h"

void
nc_lesson_progress_free (NcLessonProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->lesson_id);
  g_free (progress);
}

void
nc_review_item_free (NcReviewItem *item)
{
  if (item == NULL)
    return;
  g_free (item->lesson_id);
  g_free (item->item_id);
  g_free (item);
}

gboolean
nc_store_set_lesson_progress (NcStore       *self,
                              gint64         profile_id,
                              const char    *lesson_id,
                              NcLessonState  state,
                              int            score,
                              gint64         completed_at,
                              GError       **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  if (state > NC_LESSON_DONE || score < 0 || score > 100)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("A lesson score must be between 0 and 100."));
      return FALSE;
    }

  return nc_store_write_one (self, "lessons", error,
                             "INSERT INTO lesson_progress (profile_id, lesson_id, state, score, completed_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, lesson_id) DO UPDATE SET "
                             "state = excluded.state, score = excluded.score, completed_at = excluded.completed_at",
                             "IsiiI", profile_id, lesson_id, (int) state, score, completed_at);
}

/* An NcStoreRowFunc: lesson_id, state, score, completed_at. */
static gpointer
progress_from_row (sqlite3_stmt *stmt,
                   gpointer      user_data)
{
  NcLessonProgress *p = g_new0 (NcLessonProgress, 1);

  p->lesson_id = nc_store_column_dup (stmt, 0);
  p->state = CLAMP (sqlite3_column_int (stmt, 1), NC_LESSON_NEW, NC_LESSON_DONE);
  p->score = sqlite3_column_int (stmt, 2);
  p->completed_at = sqlite3_column_int64 (stmt, 3);
  return p;
}

NcLessonProgress *
nc_store_get_lesson_progress (NcStore     *self,
                              gint64       profile_id,
                              const char  *lesson_id,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  NcLessonProgress *progress;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  stmt = nc_store_query (self, error, "SELECT lesson_id, state, score, completed_at FROM lesson_progress "
                                      "WHERE profile_id = ? AND lesson_id = ?",
                         "Is", profile_id, lesson_id);
  if (!nc_store_read_row (self, stmt, progress_from_row, NULL, (gpointer *) &progress, error) || progress != NULL)
    return progress;
  progress = g_new0 (NcLessonProgress, 1);
  progress->lesson_id = g_strdup (lesson_id);
  progress->state = NC_LESSON_NEW;
  return progress;
}

GPtrArray *
nc_store_list_lesson_progress (NcStore  *self,
                               gint64    profile_id,
                               GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  return nc_store_collect_rows (self,
                                nc_store_query (self, error, "SELECT lesson_id, state, score, completed_at "
                                                             "FROM lesson_progress WHERE profile_id = ? ORDER BY lesson_id",
                                                "I", profile_id),
                                progress_from_row, NULL, (GDestroyNotify) nc_lesson_progress_free, error);
}

/* Review intervals after 1, 2, 3+ correct answers in a row. */
static const int review_days[] = { 1, 3, 7 };
#define REVIEW_AFTER_WRONG (10 * 60)

gboolean
nc_store_record_answer (NcStore     *self,
                        gint64       profile_id,
                        const char  *lesson_id,
                        const char  *item_id,
                        gboolean     correct,
                        gint64       now,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  int streak = 0;
  gint64 due;
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL && item_id != NULL, FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;

  stmt = nc_store_query (self, error, "SELECT streak FROM reviews WHERE profile_id = ? AND lesson_id = ? AND item_id = ?",
                         "Iss", profile_id, lesson_id, item_id);
  ok = stmt != NULL;
  if (ok)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        streak = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
    }

  if (correct)
    {
      streak++;
      due = now + (gint64) review_days[MIN (streak, (int) G_N_ELEMENTS (review_days)) - 1] * 86400;
    }
  else
    {
      streak = 0;
      due = now + REVIEW_AFTER_WRONG;
    }

  ok = ok &&
       nc_store_run (self, error, "INSERT INTO reviews (profile_id, lesson_id, item_id, streak, wrong_count, answered_at, due_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (profile_id, lesson_id, item_id) DO UPDATE SET "
                                  "streak = ?4, wrong_count = wrong_count + ?5, answered_at = ?6, due_at = ?7",
                     "IssiiII", profile_id, lesson_id, item_id, streak, correct ? 0 : 1, now, due);
  return nc_store_finish_change (self, ok, "lessons", error);
}

/* An NcStoreRowFunc: lesson_id, item_id, due_at. */
static gpointer
review_item_from_row (sqlite3_stmt *stmt,
                      gpointer      user_data)
{
  NcReviewItem *item = g_new0 (NcReviewItem, 1);

  item->lesson_id = nc_store_column_dup (stmt, 0);
  item->item_id = nc_store_column_dup (stmt, 1);
  item->due_at = sqlite3_column_int64 (stmt, 2);
  return item;
}

GPtrArray *
nc_store_list_due_reviews (NcStore  *self,
                           gint64    profile_id,
                           gint64    now,
                           GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  return nc_store_collect_rows (self,
                                nc_store_query (self, error, "SELECT lesson_id, item_id, due_at FROM reviews "
                                                             "WHERE profile_id = ? AND due_at <= ? "
                                                             "ORDER BY due_at, lesson_id, item_id",
                                                "II", profile_id, now),
                                review_item_from_row, NULL, (GDestroyNotify) nc_review_item_free, error);
}
