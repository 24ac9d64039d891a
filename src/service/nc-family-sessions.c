/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-sessions.c — whole-session time of child accounts, through logind */
#include "config.h"

#include "nc-family-sessions.h"

#include "nc-clock.h"
#include "nc-family-children.h"
#include "nc-family-session-ledger.h"
#include "nc-rules-source-store.h"
#include "nc-time-keeper.h"

#define LOGIND_NAME       "org.freedesktop.login1"
#define LOGIND_PATH       "/org/freedesktop/login1"
#define LOGIND_MANAGER    "org.freedesktop.login1.Manager"
#define LOGIND_SESSION    "org.freedesktop.login1.Session"
#define FLUSH_EVERY_US    (10 * G_USEC_PER_SEC)
#define REPEAT_END_US     (5 * G_USEC_PER_SEC)    /* lock or end again at most this often */
#define MAX_SESSIONS      1024
#define MAX_LEARNERS      256
/* Learn-area time that does not count, per child and day. The app reports
 * it and the service cannot check it, so a child who tells the service
 * "learning" all day (gdbus can) wins at most this much. */
#define LEARN_ALLOWANCE_US ((gint64) 60 * 60 * G_USEC_PER_SEC)

typedef struct {
  char     *path;
  guint32   uid;
  gboolean  known;          /* its properties were read */
  gboolean  active;
  gboolean  idle;
  gboolean  locked;
  gboolean  lock_sent;      /* locked by us since the time ran out */
  gint64    ended_at;       /* monotonic: last Lock/Terminate after the grace */
} Session;

typedef struct {
  guint32   uid;
  gboolean  counting;
  gboolean  learning;       /* in use, in the Learn area, within the allowance */
  gint64    learn_us;       /* today's Learn time that did not count */
  gint64    last_monotonic;
  gint64    unsaved_us;
  gboolean  warned_5;
  gboolean  warned_1;
  gboolean  time_up;
  gint64    up_since;       /* monotonic */
} Child;

typedef struct {
  guint32   uid;
  guint     watch_id;
} Learner;

struct _NcFamilySessions {
  GObject          parent_instance;
  NcStore         *store;
  GDBusConnection *connection;
  NcTimeKeeper    *clock;          /* the trusted day and time of day */
  char            *day;
  GHashTable      *sessions;       /* path -> Session */
  GHashTable      *children;       /* uid -> Child */
  GHashTable      *learners;       /* sender -> Learner */
  guint            logind_watch;
  guint            subscriptions[3];
  guint            tick_source;
  gulong           changed_id;
  gint64           last_flush;
  gboolean         busy;           /* in settle(): the store's own writes wait */
  GCancellable    *cancellable;
};

enum {
  SIGNAL_WARNING,
  SIGNAL_TIME_UP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NcFamilySessions, nc_family_sessions, G_TYPE_OBJECT)

static gint64
monotonic_now (void)
{
  NcClockReading now;

  nc_clock_read (&now);
  return now.monotonic_us;
}

static void
session_free (gpointer data)
{
  Session *session = data;

  g_free (session->path);
  g_free (session);
}

static void
learner_free (gpointer data)
{
  Learner *learner = data;

  g_bus_unwatch_name (learner->watch_id);
  g_free (learner);
}

static Child *
child_for (NcFamilySessions *self,
           guint32           uid)
{
  Child *child = g_hash_table_lookup (self->children, GUINT_TO_POINTER (uid));

  if (child == NULL)
    {
      child = g_new0 (Child, 1);
      child->uid = uid;
      child->last_monotonic = monotonic_now ();
      g_hash_table_insert (self->children, GUINT_TO_POINTER (uid), child);
    }
  return child;
}

/* ---- counting ---------------------------------------------------------------- */

static void
flush (NcFamilySessions *self)
{
  GHashTableIter iter;
  gpointer value;

  self->last_flush = monotonic_now ();
  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Child *child = value;
      int seconds = (int) (child->unsaved_us / G_USEC_PER_SEC);
      g_autoptr(GError) error = NULL;

      if (seconds <= 0)
        continue;
      /* Taken off before the write: the "changed" handler re-reads it. */
      child->unsaved_us -= (gint64) seconds * G_USEC_PER_SEC;
      if (!nc_family_ledger_add (self->store, child->uid, self->day, seconds, &error))
        {
          child->unsaved_us += (gint64) seconds * G_USEC_PER_SEC;
          g_warning ("Cannot save the session time of uid %u: %s", child->uid, error->message);
        }
    }
}

/* Counts the time since the last step under the state before it, and files
 * it under the trusted day (the time before a new day goes to the old one). */
static void
advance (NcFamilySessions *self)
{
  g_autofree char *day = g_strdup (nc_time_keeper_get_day (self->clock));
  gint64 now = monotonic_now ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Child *child = value;
      gint64 delta = now - child->last_monotonic;

      /* The monotonic clock stops while suspended and never goes back. */
      if (child->counting && delta > 0)
        child->unsaved_us += delta;
      else if (child->learning && delta > 0)
        child->learn_us += delta;
      child->last_monotonic = now;
    }
  if (g_strcmp0 (day, self->day) != 0)
    {
      if (self->day != NULL)
        flush (self);
      g_hash_table_iter_init (&iter, self->children);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        ((Child *) value)->learn_us = 0;
      g_free (self->day);
      self->day = g_steal_pointer (&day);
    }
  else if (now - self->last_flush >= FLUSH_EVERY_US)
    flush (self);
}

static gboolean
in_allowed_hours (const NcProfile *profile,
                  GDateTime       *now)
{
  int day = g_date_time_get_day_of_week (now) - 1;  /* 0 = Monday */

  return (profile->allowed_hours[day] & (1u << g_date_time_get_hour (now))) != 0;
}

/* Seconds left today for @child of @profile_id, -1 when there is no limit;
 * 0 outside the allowed hours or without the profile. */
static int
remaining_seconds (NcFamilySessions *self,
                   guint32           uid,
                   gint64            profile_id,
                   gint64            unsaved_us)
{
  g_autoptr(NcProfile) profile = nc_store_get_profile (self->store, profile_id, NULL);
  g_autoptr(GDateTime) now = nc_time_keeper_get_trusted_now (self->clock);
  const char *day = nc_time_keeper_get_day (self->clock);
  int limit, used;

  if (profile == NULL || !in_allowed_hours (profile, now))
    return 0;
  limit = nc_rules_source_store_limit_for_day (self->store, profile_id, day);
  if (limit < 0)
    return -1;
  used = nc_family_ledger_get (self->store, uid, day) + (int) (unsaved_us / G_USEC_PER_SEC);
  return MAX (limit - used, 0);
}

/* ---- acting on sessions -------------------------------------------------------- */

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  if (reply == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("logind refused %s: %s", (const char *) user_data, error->message);
}

static void
call_session (NcFamilySessions *self,
              Session          *session,
              const char       *method)
{
  g_dbus_connection_call (self->connection, LOGIND_NAME, session->path, LOGIND_SESSION, method,
                          NULL, NULL, G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          call_done_cb, (gpointer) (g_str_equal (method, "Lock") ? "Session.Lock" : "Session.Terminate"));
}


const char *
nc_family_sessions_get_end (NcFamilySessions *self,
                            int              *grace_seconds)
{
  g_autofree char *end = nc_store_get_string (self->store, NC_FAMILY_SESSION_END_KEY, "terminate");

  *grace_seconds = (int) CLAMP (nc_store_get_int (self->store, NC_FAMILY_SESSION_GRACE_KEY,
                                                  NC_FAMILY_SESSION_GRACE_DEFAULT),
                                0, NC_FAMILY_SESSION_GRACE_MAX);
  return g_str_equal (end, "lock") ? "lock" : "terminate";
}

/* Time is up for @child: each session locked once; after the grace period
 * ended (or locked again while it is unlocked). */
static void
hold_sessions (NcFamilySessions *self,
               Child            *child,
               gint64            now)
{
  int grace;
  const char *end = nc_family_sessions_get_end (self, &grace);
  gboolean after_grace = now - child->up_since >= (gint64) grace * G_USEC_PER_SEC;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Session *session = value;

      if (session->uid != child->uid || !session->known)
        continue;
      if (!session->lock_sent)
        {
          session->lock_sent = TRUE;
          call_session (self, session, "Lock");
        }
      else if (after_grace && now - session->ended_at >= REPEAT_END_US &&
               (g_str_equal (end, "terminate") || !session->locked))
        {
          session->ended_at = now;
          call_session (self, session, g_str_equal (end, "terminate") ? "Terminate" : "Lock");
        }
    }
}

static void
evaluate (NcFamilySessions *self,
          Child            *child,
          gint64            profile_id,
          gint64            now)
{
  int remaining = remaining_seconds (self, child->uid, profile_id, child->unsaved_us);

  if (remaining != 0)
    {
      if (remaining < 0 || remaining > 5 * 60)
        child->warned_5 = child->warned_1 = FALSE;
      else if (remaining > 60)
        child->warned_1 = FALSE;
      if (child->time_up)
        {
          GHashTableIter iter;
          gpointer value;

          /* More time, a new day or the allowed hours again. */
          child->time_up = FALSE;
          g_hash_table_iter_init (&iter, self->sessions);
          while (g_hash_table_iter_next (&iter, NULL, &value))
            if (((Session *) value)->uid == child->uid)
              ((Session *) value)->lock_sent = FALSE;
        }
    }
  if (remaining > 60 && remaining <= 5 * 60 && !child->warned_5)
    {
      child->warned_5 = TRUE;
      g_signal_emit (self, signals[SIGNAL_WARNING], 0, child->uid, 5);
    }
  if (remaining > 0 && remaining <= 60 && !child->warned_1)
    {
      child->warned_5 = child->warned_1 = TRUE;
      g_signal_emit (self, signals[SIGNAL_WARNING], 0, child->uid, 1);
    }
  if (remaining == 0)
    {
      if (!child->time_up)
        {
          int grace;
          const char *end = nc_family_sessions_get_end (self, &grace);

          child->time_up = TRUE;
          child->up_since = now;
          flush (self);
          g_signal_emit (self, signals[SIGNAL_TIME_UP], 0, child->uid, end, grace);
        }
      hold_sessions (self, child, now);
    }
}

static gboolean tick_cb (gpointer user_data);

/* The one-second tick runs only while a child's time counts or is up (an
 * idle service does not wake up); otherwise what was counted is saved now. */
static void
schedule (NcFamilySessions *self)
{
  gboolean needed = FALSE;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Child *) value)->counting || ((Child *) value)->learning || ((Child *) value)->time_up)
      needed = TRUE;
  if (needed && self->tick_source == 0)
    self->tick_source = g_timeout_add_seconds (1, tick_cb, self);
  else if (!needed)
    {
      g_clear_handle_id (&self->tick_source, g_source_remove);
      flush (self);
    }
}

/* After any change: who counts now, then what the time left calls for. */
static void
settle (NcFamilySessions *self)
{
  gint64 now = monotonic_now ();
  GHashTableIter iter;
  gpointer value;

  if (self->busy)
    return;
  self->busy = TRUE;
  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Child *child = value;
      gint64 profile_id = nc_family_children_lookup (self->store, child->uid);
      gboolean in_use = FALSE;
      GHashTableIter sessions;
      gpointer s;

      g_hash_table_iter_init (&sessions, self->sessions);
      while (g_hash_table_iter_next (&sessions, NULL, &s))
        {
          Session *session = s;

          if (session->uid == child->uid && session->known &&
              session->active && !session->idle && !session->locked)
            in_use = TRUE;
        }
      child->learning = FALSE;
      if (profile_id == 0)
        {
          child->counting = child->time_up = FALSE;
          continue;
        }
      evaluate (self, child, profile_id, now);
      child->counting = in_use && !child->time_up;
    }
  g_hash_table_iter_init (&iter, self->learners);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Child *child = g_hash_table_lookup (self->children, GUINT_TO_POINTER (((Learner *) value)->uid));

      if (child != NULL && child->counting && child->learn_us < LEARN_ALLOWANCE_US)
        {
          child->counting = FALSE;
          child->learning = TRUE;
        }
    }
  schedule (self);
  self->busy = FALSE;
}

static gboolean
tick_cb (gpointer user_data)
{
  NcFamilySessions *self = user_data;

  advance (self);
  settle (self);
  return G_SOURCE_CONTINUE;
}

/* ---- following logind ------------------------------------------------------------ */

/* Reads the properties we follow from @props (a{sv}) into @session. */
static void
apply_properties (Session  *session,
                  GVariant *props)
{
  guint32 uid;

  if (g_variant_lookup (props, "User", "(uo)", &uid, NULL))
    session->uid = uid;
  g_variant_lookup (props, "Active", "b", &session->active);
  g_variant_lookup (props, "IdleHint", "b", &session->idle);
  if (g_variant_lookup (props, "LockedHint", "b", &session->locked) && !session->locked)
    session->ended_at = 0;
}

typedef struct {
  NcFamilySessions *self;
  char             *path;
} Fetch;

static void
got_properties_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Fetch *fetch = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  Session *session;

  if (reply != NULL && (session = g_hash_table_lookup (fetch->self->sessions, fetch->path)) != NULL)
    {
      g_autoptr(GVariant) props = g_variant_get_child_value (reply, 0);

      advance (fetch->self);
      apply_properties (session, props);
      session->known = TRUE;
      child_for (fetch->self, session->uid);
      settle (fetch->self);
    }
  else if (reply == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Session %s: %s", fetch->path, error->message);
  g_object_unref (fetch->self);
  g_free (fetch->path);
  g_free (fetch);
}

static void
fetch_session (NcFamilySessions *self,
               const char       *path)
{
  Fetch *fetch = g_new0 (Fetch, 1);

  fetch->self = g_object_ref (self);
  fetch->path = g_strdup (path);
  g_dbus_connection_call (self->connection, LOGIND_NAME, path, "org.freedesktop.DBus.Properties", "GetAll",
                          g_variant_new ("(s)", LOGIND_SESSION), G_VARIANT_TYPE ("(a{sv})"),
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable, got_properties_cb, fetch);
}

static void
add_session (NcFamilySessions *self,
             const char       *path)
{
  Session *session;

  if (g_hash_table_contains (self->sessions, path) || g_hash_table_size (self->sessions) >= MAX_SESSIONS)
    return;
  session = g_new0 (Session, 1);
  session->path = g_strdup (path);
  g_hash_table_insert (self->sessions, session->path, session);
  fetch_session (self, path);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  NcFamilySessions *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_autoptr(GVariantIter) iter = NULL;
  const char *path;

  if (reply == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot list logind's sessions: %s", error->message);
      g_object_unref (self);
      return;
    }
  g_variant_get (reply, "(a(susso))", &iter);
  while (g_variant_iter_next (iter, "(&su&s&s&o)", NULL, NULL, NULL, NULL, &path))
    add_session (self, path);
  g_object_unref (self);
}

static void
logind_appeared_cb (GDBusConnection *connection,
                    const char      *name,
                    const char      *owner,
                    gpointer         user_data)
{
  NcFamilySessions *self = user_data;

  g_dbus_connection_call (connection, LOGIND_NAME, LOGIND_PATH, LOGIND_MANAGER, "ListSessions", NULL,
                          G_VARIANT_TYPE ("(a(susso))"), G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          listed_cb, g_object_ref (self));
}

static void
logind_vanished_cb (GDBusConnection *connection,
                    const char      *name,
                    gpointer         user_data)
{
  NcFamilySessions *self = user_data;

  advance (self);
  g_hash_table_remove_all (self->sessions);
  settle (self);
}

/* A session's Active, IdleHint or LockedHint changed. */
static void
session_changed (NcFamilySessions *self,
                 const char       *object_path,
                 GVariant         *parameters)
{
  Session *session = g_hash_table_lookup (self->sessions, object_path);
  g_autoptr(GVariant) changed = NULL;
  g_autofree const char **invalidated = NULL;
  const char *iface;

  if (session == NULL || !session->known ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(sa{sv}as)")))
    return;
  g_variant_get (parameters, "(&s@a{sv}^a&s)", &iface, &changed, &invalidated);
  if (!g_str_equal (iface, LOGIND_SESSION))
    return;
  advance (self);
  apply_properties (session, changed);
  if (invalidated != NULL && invalidated[0] != NULL)
    fetch_session (self, object_path);
  settle (self);
}

/* SessionNew, SessionRemoved (the manager) and PropertiesChanged (a session). */
static void
logind_signal_cb (GDBusConnection *connection,
                  const char      *sender,
                  const char      *object_path,
                  const char      *interface,
                  const char      *signal,
                  GVariant        *parameters,
                  gpointer         user_data)
{
  NcFamilySessions *self = user_data;
  const char *path;

  if (g_str_equal (signal, "PropertiesChanged"))
    session_changed (self, object_path, parameters);
  else if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(so)")))
    return;
  else if (g_str_equal (signal, "SessionNew"))
    {
      g_variant_get (parameters, "(&s&o)", NULL, &path);
      add_session (self, path);
    }
  else if (g_str_equal (signal, "SessionRemoved"))
    {
      g_variant_get (parameters, "(&s&o)", NULL, &path);
      advance (self);
      g_hash_table_remove (self->sessions, path);
      settle (self);
    }
}

/* ---- Learn ------------------------------------------------------------------------ */

static void
learner_vanished_cb (GDBusConnection *connection,
                     const char      *name,
                     gpointer         user_data)
{
  NcFamilySessions *self = user_data;

  nc_family_sessions_set_learning (self, 0, name, FALSE);
}

gboolean
nc_family_sessions_set_learning (NcFamilySessions *self,
                                 guint32           uid,
                                 const char       *sender,
                                 gboolean          learning)
{
  g_return_val_if_fail (NC_IS_FAMILY_SESSIONS (self), FALSE);

  advance (self);
  if (!learning)
    g_hash_table_remove (self->learners, sender);
  else if (!g_hash_table_contains (self->learners, sender))
    {
      Learner *learner;

      if (g_hash_table_size (self->learners) >= MAX_LEARNERS)
        return FALSE;
      learner = g_new0 (Learner, 1);
      learner->uid = uid;
      learner->watch_id = g_bus_watch_name_on_connection (self->connection, sender, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                          NULL, learner_vanished_cb, self, NULL);
      g_hash_table_insert (self->learners, g_strdup (sender), learner);
      child_for (self, uid);
    }
  settle (self);
  return TRUE;
}

/* ---- reading ------------------------------------------------------------------------ */

void
nc_family_sessions_get_today (NcFamilySessions *self,
                              guint32           uid,
                              gint64            profile_id,
                              int              *left,
                              int              *used)
{
  Child *child;
  gint64 unsaved;

  g_return_if_fail (NC_IS_FAMILY_SESSIONS (self));

  advance (self);
  child = g_hash_table_lookup (self->children, GUINT_TO_POINTER (uid));
  unsaved = child != NULL ? child->unsaved_us : 0;
  *left = remaining_seconds (self, uid, profile_id, unsaved);
  *used = nc_family_ledger_get (self->store, uid, self->day) + (int) (unsaved / G_USEC_PER_SEC);
}

GVariant *
nc_family_sessions_get_days (NcFamilySessions *self,
                             guint32           uid,
                             int               days)
{
  g_autoptr(GDateTime) today = NULL;

  g_return_val_if_fail (NC_IS_FAMILY_SESSIONS (self), NULL);

  advance (self);
  flush (self);
  today = nc_time_keeper_get_trusted_now (self->clock);
  return nc_family_ledger_days (self->store, uid, today, days);
}

/* ---- the object ---------------------------------------------------------------------- */

static void
store_changed_cb (NcStore    *store,
                  const char *what,
                  gpointer    user_data)
{
  NcFamilySessions *self = user_data;

  /* More time, a new limit, a child added or removed: act at once. */
  if (g_strcmp0 (what, "profiles") == 0 || g_strcmp0 (what, "settings") == 0 ||
      g_strcmp0 (what, "time") == 0)
    settle (self);
}

static void
nc_family_sessions_dispose (GObject *object)
{
  NcFamilySessions *self = NC_FAMILY_SESSIONS (object);

  if (self->store != NULL)
    {
      advance (self);
      flush (self);
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->logind_watch, g_bus_unwatch_name);
  for (guint i = 0; i < G_N_ELEMENTS (self->subscriptions); i++)
    if (self->subscriptions[i] != 0)
      {
        g_dbus_connection_signal_unsubscribe (self->connection, self->subscriptions[i]);
        self->subscriptions[i] = 0;
      }
  g_clear_pointer (&self->learners, g_hash_table_unref);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);
  g_clear_object (&self->connection);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (nc_family_sessions_parent_class)->dispose (object);
}

static void
nc_family_sessions_finalize (GObject *object)
{
  NcFamilySessions *self = NC_FAMILY_SESSIONS (object);

  g_hash_table_unref (self->sessions);
  g_hash_table_unref (self->children);
  g_free (self->day);
  G_OBJECT_CLASS (nc_family_sessions_parent_class)->finalize (object);
}

static void
nc_family_sessions_class_init (NcFamilySessionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_family_sessions_dispose;
  G_OBJECT_CLASS (klass)->finalize = nc_family_sessions_finalize;

  signals[SIGNAL_WARNING] = g_signal_new ("warning", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT);
  signals[SIGNAL_TIME_UP] = g_signal_new ("time-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                          G_TYPE_UINT, G_TYPE_STRING, G_TYPE_INT);
}

static void
nc_family_sessions_init (NcFamilySessions *self)
{
  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, session_free);
  self->children = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->learners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, learner_free);
  self->cancellable = g_cancellable_new ();
}

NcFamilySessions *
nc_family_sessions_new (NcStore         *store,
                        GDBusConnection *connection)
{
  NcFamilySessions *self;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);

  self = g_object_new (NC_TYPE_FAMILY_SESSIONS, NULL);
  self->store = g_object_ref (store);
  self->connection = g_object_ref (connection);
  self->clock = nc_time_keeper_new (store, 0);
  self->day = g_strdup (nc_time_keeper_get_day (self->clock));
  self->last_flush = monotonic_now ();
  self->subscriptions[0] = g_dbus_connection_signal_subscribe (connection, LOGIND_NAME, LOGIND_MANAGER, "SessionNew",
                                                               LOGIND_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                               logind_signal_cb, self, NULL);
  self->subscriptions[1] = g_dbus_connection_signal_subscribe (connection, LOGIND_NAME, LOGIND_MANAGER, "SessionRemoved",
                                                               LOGIND_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                               logind_signal_cb, self, NULL);
  self->subscriptions[2] = g_dbus_connection_signal_subscribe (connection, LOGIND_NAME, "org.freedesktop.DBus.Properties",
                                                               "PropertiesChanged", NULL, LOGIND_SESSION,
                                                               G_DBUS_SIGNAL_FLAGS_NONE,
                                                               logind_signal_cb, self, NULL);
  self->logind_watch = g_bus_watch_name_on_connection (connection, LOGIND_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                       logind_appeared_cb, logind_vanished_cb, self, NULL);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  return self;
}
