/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store.h — the SQLite database that holds everything a parent sets
 *
 * NcStore is the only code that opens the database file. It applies the
 * schema migrations at open time and hands typed accessors to the layers
 * above.
 *
 * Every write runs in a transaction (one per call, or the caller's own
 * through nc_store_begin()/nc_store_commit()). After a write is committed
 * the store emits "changed" with a detail naming what changed, so every
 * open window can update at once:
 *
 *   g_signal_connect (store, "changed::profiles", G_CALLBACK (reload_cb), self);
 *
 * Details: "profiles", "lists", "time", "pin", "settings", "lessons",
 * "activity". Inside a transaction the signals wait for the commit (and are
 * dropped on rollback).
 *
 * Settings locked by the administrator (see nc-managed.h and
 * docs/managed-machines.md) read as the administrator's value; writing them
 * fails with NC_STORE_ERROR_LOCKED.
 */
#pragma once

#include <glib-object.h>

#include "nc-site-policy.h"
#include "nc-store-common.h"

G_BEGIN_DECLS

/* What happened when the file was opened; see nc_store_get_recovery(). */
typedef enum {
  NC_STORE_RECOVERY_NONE,             /* the file was fine */
  NC_STORE_RECOVERY_RESTORED_BACKUP,  /* damaged: the newest good backup was restored */
  NC_STORE_RECOVERY_FRESH,            /* damaged, no good backup: a fresh, strict database */
} NcStoreRecovery;

/* Limits on what the store takes (names are checked with
 * nc_parse_is_clean_name(): no control characters). */
#define NC_STORE_MAX_PROFILE_NAME_CHARS 40
#define NC_STORE_MAX_LIST_NAME_CHARS    80
#define NC_STORE_MAX_AVATAR_BYTES       64
#define NC_STORE_MAX_KEY_BYTES          256
#define NC_STORE_MAX_VALUE_BYTES        4096

/* ---- Profiles ----------------------------------------------------------- */

typedef struct {
  gint64     id;
  char      *name;
  char      *avatar;               /* an icon name or an emoji; "" = none */
  NcAgeBand  age_band;
  char      *language;             /* "" = the system's, "vi", "en" */
  gboolean   post_anyway_allowed;  /* the guard's "Post anyway" button */
  gboolean   social_allowed;       /* FALSE: social sites blocked */
  gboolean   allow_list_only;      /* only sites on an allow list */
  guint32    blocked_categories;   /* bit (1 << NcSiteCategory) */
  int        daily_limit_minutes;  /* 0 = no limit */
  guint32    allowed_hours[7];     /* [0] = Monday; bit h: hour h allowed */
} NcProfile;

#define NC_TYPE_PROFILE (nc_profile_get_type ())
GType       nc_profile_get_type            (void) G_GNUC_CONST;
NcProfile  *nc_profile_new_for_age         (const char   *name,
                                            NcAgeBand     age_band);
void        nc_profile_set_age_defaults    (NcProfile    *profile,
                                            NcAgeBand     age_band);
NcProfile  *nc_profile_copy                (const NcProfile *profile);
void        nc_profile_free                (NcProfile    *profile);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcProfile, nc_profile_free)

const char *nc_age_band_to_string          (NcAgeBand     band);   /* "6-9", …, "adult" */
gboolean    nc_age_band_from_string        (const char   *text,
                                            NcAgeBand    *band);

/* The profile id that means "everyone" in the parent lists. */
#define NC_PROFILE_EVERYONE 0

/* ---- Parent lists -------------------------------------------------------- */

typedef enum {
  NC_LIST_ALLOW,
  NC_LIST_BLOCK,
} NcListKind;

#define NC_N_LIST_KINDS (NC_LIST_BLOCK + 1)
const char *nc_list_kind_to_string         (NcListKind    kind);   /* "allow" or "block" */
gboolean    nc_list_kind_from_string       (const char   *text,
                                            NcListKind   *kind);

typedef struct {
  gint64         id;
  char          *name;
  NcSiteCategory category;
  char          *source_path;     /* the file it was imported from */
  int            domain_count;
  char          *compiled_path;   /* the compact domain set built from it */
} NcCategoryList;

void        nc_category_list_free          (NcCategoryList *list);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcCategoryList, nc_category_list_free)

/* ---- Lessons ------------------------------------------------------------- */

typedef enum {
  NC_LESSON_NEW,
  NC_LESSON_IN_PROGRESS,
  NC_LESSON_DONE,
} NcLessonState;

typedef struct {
  char          *lesson_id;
  NcLessonState  state;
  int            score;           /* 0..100 */
  gint64         completed_at;    /* unix seconds; 0 = not completed */
} NcLessonProgress;

void        nc_lesson_progress_free        (NcLessonProgress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcLessonProgress, nc_lesson_progress_free)

typedef struct {
  char  *lesson_id;
  char  *item_id;
  gint64 due_at;                  /* unix seconds */
} NcReviewItem;

void        nc_review_item_free            (NcReviewItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcReviewItem, nc_review_item_free)

/* ---- Activity summaries -------------------------------------------------- */

typedef struct {
  char *key;                      /* a Code ref id, a host, or a day "YYYY-MM-DD" */
  int   count;                    /* warnings, or minutes for a day */
} NcCount;

void        nc_count_free                  (NcCount *count);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcCount, nc_count_free)

/* ---- The store ----------------------------------------------------------- */

#define NC_TYPE_STORE (nc_store_get_type ())
G_DECLARE_FINAL_TYPE (NcStore, nc_store, NC, STORE, GObject)

NcStore    *nc_store_open                 (const char  *path,
                                           GError     **error);
const char *nc_store_get_path             (NcStore     *self);
int         nc_store_get_schema_version   (NcStore     *self);
int         nc_store_get_latest_version   (void);

/* Announces commits made by other processes (see "changed"). */
gboolean    nc_store_check_external_changes (NcStore   *self);

NcStoreRecovery nc_store_get_recovery     (NcStore     *self);
gboolean    nc_store_clear_recovery       (NcStore     *self,
                                           GError     **error);

/* Transactions: nest freely (inner ones are savepoints). */
gboolean    nc_store_begin                (NcStore     *self,
                                           GError     **error);
gboolean    nc_store_commit               (NcStore     *self,
                                           GError     **error);
void        nc_store_rollback             (NcStore     *self);
/* Ends what nc_store_begin() began: commits when @ok, else rolls back
 * (and returns FALSE, leaving @error as the failed step set it). */
gboolean    nc_store_finish_write         (NcStore     *self,
                                           gboolean     ok,
                                           GError     **error);

/* Backups: "<path>.backup-1" (newest) … "-N", taken with SQLite's backup
 * API. The store takes one by itself a little after parent changes and when
 * it is closed after changes. */
gboolean    nc_store_backup_now           (NcStore     *self,
                                           GError     **error);
char       *nc_store_get_backup_path      (NcStore     *self,
                                           int          n);
#define NC_STORE_BACKUPS_KEPT 3

/* Profiles */
GPtrArray  *nc_store_list_profiles        (NcStore     *self,
                                           GError     **error);  /* of NcProfile */
NcProfile  *nc_store_get_profile          (NcStore     *self,
                                           gint64       id,
                                           GError     **error);
NcProfile  *nc_store_find_profile         (NcStore     *self,
                                           const char  *name,
                                           GError     **error);
gint64      nc_store_add_profile          (NcStore     *self,
                                           const char  *name,
                                           const char  *avatar,
                                           NcAgeBand    age_band,
                                           GError     **error);   /* 0 on error */
gboolean    nc_store_update_profile       (NcStore         *self,
                                           const NcProfile *profile,
                                           GError         **error);
gboolean    nc_store_remove_profile       (NcStore     *self,
                                           gint64       id,
                                           GError     **error);

/* Parent lists; profile_id NC_PROFILE_EVERYONE (0) = everyone. Hosts are
 * normalized (lower case, no trailing dot, IDN to ASCII). A host is on at
 * most one of the two lists of a profile: adding it to one removes it from
 * the other. */
gboolean    nc_store_add_host             (NcStore     *self,
                                           gint64       profile_id,
                                           NcListKind   kind,
                                           const char  *host,
                                           GError     **error);
gboolean    nc_store_remove_host          (NcStore     *self,
                                           gint64       profile_id,
                                           NcListKind   kind,
                                           const char  *host,
                                           GError     **error);
GStrv       nc_store_list_hosts           (NcStore     *self,
                                           gint64       profile_id,
                                           NcListKind   kind,
                                           GError     **error);
/* Everyone's hosts from the administrator's policy (locked). */
GStrv       nc_store_list_locked_hosts    (NcStore     *self,
                                           NcListKind   kind);
/* nc_host_dup_normalized(): NULL if not a host */
char       *nc_store_normalize_host       (const char  *host);

gboolean    nc_store_check_category_list  (const char     *name,
                                           NcSiteCategory  category,
                                           int             domain_count,
                                           GError        **error);
gint64      nc_store_add_category_list    (NcStore        *self,
                                           const char     *name,
                                           NcSiteCategory  category,
                                           const char     *source_path,
                                           int             domain_count,
                                           const char     *compiled_path,
                                           GError        **error);
gboolean    nc_store_remove_category_list (NcStore     *self,
                                           gint64       id,
                                           GError     **error);
GPtrArray  *nc_store_list_category_lists  (NcStore     *self,
                                           GError     **error);  /* of NcCategoryList */

/* The rules the site policy needs for one profile, with the profile's and
 * everyone's lists merged. While the database is in its recovery state
 * (NC_STORE_RECOVERY_FRESH until a parent clears it) every profile gets
 * the strictest rules. Release with nc_profile_rules_unref(). */
NcProfileRules *nc_store_get_profile_rules (NcStore    *self,
                                            gint64      profile_id,
                                            GError    **error);
/* The same as nc_profile_rules_unref() (kept for older callers). */
void        nc_store_profile_rules_free   (NcProfileRules *rules);

/* Whether choosing @profile_id needs the parent PIN: while
 * NC_SETTING_PIN_FOR_OLDER is on, a profile of an older age band than the
 * youngest child's does (it has more freedom), so that a younger child
 * cannot take it. When the profiles cannot be read: TRUE. */
gboolean    nc_store_profile_needs_pin    (NcStore     *self,
                                           gint64       profile_id);
/* The same rule for a list of profiles read once: the oldest age band that
 * opens without the PIN (NC_AGE_BAND_ADULT while the setting is off).
 * FALSE when the profiles cannot be read: then every profile needs it. */
gboolean    nc_store_get_band_without_pin (NcStore     *self,
                                           NcAgeBand   *band);

/* Settings (key names: NC_SETTING_* in nc-store-common.h). Getters return
 * @fallback when unset or unreadable; an administrator's value wins over
 * the stored one. */

char       *nc_store_get_string           (NcStore     *self,
                                           const char  *key,
                                           const char  *fallback);
gint64      nc_store_get_int              (NcStore     *self,
                                           const char  *key,
                                           gint64       fallback);
gboolean    nc_store_get_boolean          (NcStore     *self,
                                           const char  *key,
                                           gboolean     fallback);
gboolean    nc_store_set_string           (NcStore     *self,
                                           const char  *key,
                                           const char  *value,
                                           GError     **error);
gboolean    nc_store_set_int              (NcStore     *self,
                                           const char  *key,
                                           gint64       value,
                                           GError     **error);
gboolean    nc_store_set_boolean          (NcStore     *self,
                                           const char  *key,
                                           gboolean     value,
                                           GError     **error);
gboolean    nc_store_unset                (NcStore     *self,
                                           const char  *key,
                                           GError     **error);
/* Every setting a parent stored (not the administrator's, not internal
 * bookkeeping): key -> value, both strings. */
GHashTable *nc_store_list_settings        (NcStore     *self,
                                           GError     **error);
/* Deletes every profile (with its lists, time, activity and lessons),
 * everyone's lists, the category lists and the settings, in one
 * transaction. The PIN stays (see nc_pin_clear()). */
gboolean    nc_store_reset                (NcStore     *self,
                                           GError     **error);
/* The administrator's policy: locked keys and the files read. */
GStrv       nc_store_list_locked_keys     (NcStore     *self);
const char * const *nc_store_get_policy_files (NcStore *self);
/* Policy files or values that could not be read, as "FILE:LINE: what"
 * (the strictest value applies to each; NULL-terminated, never NULL). */
const char * const *nc_store_get_policy_problems (NcStore *self);
/* TRUE when an administrator's policy file sets @key ("retention-days", or
 * "profile.social-allowed" for a profile field, see docs/managed-machines.md). */
gboolean    nc_store_is_locked            (NcStore     *self,
                                           const char  *key);

/* Time. @day is a local date "YYYY-MM-DD" (see nc_store_day_key()). */
char       *nc_store_day_key              (GDateTime   *when);
/* nc_store_day_key() of now. */
char       *nc_store_today_key            (void);
gboolean    nc_store_add_usage            (NcStore     *self,
                                           gint64       profile_id,
                                           const char  *day,
                                           int          seconds,
                                           GError     **error);
int         nc_store_get_usage            (NcStore     *self,
                                           gint64       profile_id,
                                           const char  *day);    /* seconds */
#define NC_EXTENSION_NO_LIMIT (-1)
/* @minutes: 15, 30, 60 (any 1..720) or NC_EXTENSION_NO_LIMIT */
gboolean    nc_store_grant_extension      (NcStore     *self,
                                           gint64       profile_id,
                                           const char  *day,
                                           int          minutes,
                                           GError     **error);
/* Minutes granted on @day, or NC_EXTENSION_NO_LIMIT. */
int         nc_store_get_extension        (NcStore     *self,
                                           gint64       profile_id,
                                           const char  *day);

/* Activity log: never any text a child wrote. @ref_id is a Code ref id or
 * NULL; @outcome a short machine word ("warned", "edited", "posted-anyway",
 * "blocked", "allowed-once", …). */
gboolean    nc_store_log_activity         (NcStore     *self,
                                           gint64       profile_id,
                                           const char  *host,
                                           const char  *ref_id,
                                           const char  *outcome,
                                           GError     **error);
/* Summaries over the last @days days (profile 0 = all profiles), most
 * first; of NcCount. */
GPtrArray  *nc_store_count_warnings_by_ref  (NcStore  *self,
                                             gint64    profile_id,
                                             int       days,
                                             GError  **error);
GPtrArray  *nc_store_count_warnings_by_host (NcStore  *self,
                                             gint64    profile_id,
                                             int       days,
                                             GError  **error);
/* Minutes used per day over the last @days days, oldest first, one entry
 * per day (0 when unused). */
GPtrArray  *nc_store_minutes_per_day        (NcStore  *self,
                                             gint64    profile_id,
                                             int       days,
                                             GError  **error);
/* A profile's time used and activity log, to move it into the family
 * service: "(a(si)a(xsss))", the days ("YYYY-MM-DD", seconds) and the
 * entries (unix time, host, ref id or "", outcome). Importing adds them
 * to @profile_id in one transaction, and again changes nothing (a day
 * keeps the larger time; an entry already there is not added twice). */
GVariant   *nc_store_export_history         (NcStore  *self,
                                             gint64    profile_id,
                                             GError  **error);
gboolean    nc_store_import_history         (NcStore  *self,
                                             gint64    profile_id,
                                             GVariant *history,
                                             GError  **error);
/* Deletes activity older than the retention setting; returns rows deleted
 * or -1. Runs by itself at open. */
int         nc_store_expire_activity        (NcStore  *self,
                                             GError  **error);

/* Lessons */
gboolean    nc_store_set_lesson_progress  (NcStore      *self,
                                           gint64        profile_id,
                                           const char   *lesson_id,
                                           NcLessonState state,
                                           int           score,
                                           gint64        completed_at,
                                           GError      **error);
NcLessonProgress *nc_store_get_lesson_progress (NcStore    *self,
                                                gint64      profile_id,
                                                const char *lesson_id,
                                                GError    **error);  /* state NEW if none */
GPtrArray  *nc_store_list_lesson_progress (NcStore      *self,
                                           gint64        profile_id,
                                           GError      **error);   /* of NcLessonProgress */
/* Spaced review: a correct answer is due again after 1, 3, then 7 days
 * (then every 7); a wrong one is due again 10 minutes after @now. */
gboolean    nc_store_record_answer        (NcStore      *self,
                                           gint64        profile_id,
                                           const char   *lesson_id,
                                           const char   *item_id,
                                           gboolean      correct,
                                           gint64        now,
                                           GError      **error);
GPtrArray  *nc_store_list_due_reviews     (NcStore      *self,
                                           gint64        profile_id,
                                           gint64        now,
                                           GError      **error);   /* of NcReviewItem, soonest first */

G_END_DECLS
