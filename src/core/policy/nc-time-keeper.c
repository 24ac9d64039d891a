/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-time-keeper.c — a profile's daily time limit while browsing */
#include "config.h"

#include "nc-clock.h"
#include "nc-rules-source-store.h"
#include "nc-store-private.h"
#include "nc-time-keeper.h"

#define OBSERVATION_KEY "time-observation"
#define FLUSH_EVERY_US  (30 * G_USEC_PER_SEC)

struct _NcTimeKeeper
{
  GObject  parent_instance;

  NcStore *store;                /* the clock observation */
  NcRulesSource *source;         /* the limit, usage and extensions */
  gint64   profile_id;
  gulong   changed_id;
  gulong   source_changed_id;

  gboolean browsing;
  guint    tick_source;
  gint64   last_monotonic;     /* at the last tick while browsing */
  gint64   unsaved_us;         /* counted, not yet in the store */
  gint64   last_flush;         /* monotonic */
  gboolean flushing;

  /* The trusted wall time: start + boot-time clock since then. */
  char     boot_id[40];
  gint64   base_boottime;
  gint64   base_trusted_wall;
  char    *day;

  gboolean warned_5;
  gboolean warned_1;
  gboolean locked;
};

enum {
  SIGNAL_WARNING,
  SIGNAL_LOCKED,
  SIGNAL_UNLOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NcTimeKeeper, nc_time_keeper, G_TYPE_OBJECT)

/* Reads the last observation "boot-id boottime trusted-wall" (µs). */
static gboolean
read_observation (NcTimeKeeper *self,
                  char          boot_id[40],
                  gint64       *boottime,
                  gint64       *trusted_wall)
{
  g_autofree char *text = nc_store_get_string (self->store, OBSERVATION_KEY, NULL);
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, " ", 3);
  if (g_strv_length (parts) != 3)
    return FALSE;
  g_strlcpy (boot_id, parts[0], 40);
  *boottime = g_ascii_strtoll (parts[1], NULL, 10);
  *trusted_wall = g_ascii_strtoll (parts[2], NULL, 10);
  return TRUE;
}

/* The wall time the keeper believes (µs), following the rule in the
 * header, and the observation saved for the next start. */
static gint64
trusted_wall_now (NcTimeKeeper *self)
{
  NcClockReading now;

  nc_clock_read (&now);
  if (now.boot_id[0] == '\0' || g_strcmp0 (now.boot_id, self->boot_id) != 0)
    {
      /* A new boot since the base was taken (or the first call). */
      char obs_boot[40] = "";
      gint64 obs_boottime = 0, obs_wall = 0;
      gint64 trusted = now.wall_us;

      if (read_observation (self, obs_boot, &obs_boottime, &obs_wall))
        {
          if (now.boot_id[0] != '\0' && g_strcmp0 (obs_boot, now.boot_id) == 0)
            trusted = obs_wall + MAX (now.boottime_us - obs_boottime, 0);
          else
            trusted = MAX (now.wall_us, obs_wall);
        }
      g_strlcpy (self->boot_id, now.boot_id, sizeof self->boot_id);
      self->base_boottime = now.boottime_us;
      self->base_trusted_wall = trusted;
      if (now.boot_id[0] == '\0')
        self->boot_id[0] = '\0';
    }
  return self->base_trusted_wall + MAX (now.boottime_us - self->base_boottime, 0);
}

static void
save_observation (NcTimeKeeper *self,
                  gint64        trusted)
{
  NcClockReading now;
  g_autofree char *text = NULL;

  nc_clock_read (&now);
  text = g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                          now.boot_id[0] != '\0' ? now.boot_id : "-", now.boottime_us, trusted);
  nc_store_put_internal (self->store, OBSERVATION_KEY, text, "time", NULL);
}

static void
update_day (NcTimeKeeper *self)
{
  gint64 trusted = trusted_wall_now (self);
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (trusted / G_USEC_PER_SEC);
  g_autofree char *day = nc_store_day_key (when);

  if (g_strcmp0 (day, self->day) != 0)
    {
      if (self->day != NULL && self->unsaved_us > 0)
        nc_time_keeper_flush (self, NULL);
      g_free (self->day);
      self->day = g_steal_pointer (&day);
      self->warned_5 = self->warned_1 = FALSE;
    }
}

int
nc_time_keeper_get_remaining_seconds (NcTimeKeeper *self)
{
  int left;

  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), 0);

  update_day (self);
  left = nc_rules_source_get_time_left (self->source, self->profile_id, self->day);
  if (left < 0)
    return -1;
  return MAX (left - (int) (self->unsaved_us / G_USEC_PER_SEC), 0);
}

/* Emits what the remaining time calls for. */
static void
evaluate (NcTimeKeeper *self)
{
  int remaining = nc_time_keeper_get_remaining_seconds (self);

  if (remaining < 0 || remaining > 0)
    {
      if (remaining < 0 || remaining > 5 * 60)
        self->warned_5 = self->warned_1 = FALSE;
      else if (remaining > 60)
        self->warned_1 = FALSE;
      if (self->locked)
        {
          self->locked = FALSE;
          g_signal_emit (self, signals[SIGNAL_UNLOCKED], 0);
        }
    }

  if (remaining >= 0 && remaining <= 5 * 60 && remaining > 60 && !self->warned_5)
    {
      self->warned_5 = TRUE;
      g_signal_emit (self, signals[SIGNAL_WARNING], 0, 5);
    }
  if (remaining >= 0 && remaining <= 60 && remaining > 0 && !self->warned_1)
    {
      self->warned_5 = self->warned_1 = TRUE;
      g_signal_emit (self, signals[SIGNAL_WARNING], 0, 1);
    }
  if (remaining == 0 && !self->locked)
    {
      self->locked = TRUE;
      nc_time_keeper_flush (self, NULL);
      g_signal_emit (self, signals[SIGNAL_LOCKED], 0);
    }
}

gboolean
nc_time_keeper_flush (NcTimeKeeper  *self,
                      GError       **error)
{
  NcClockReading now;
  gboolean ok = TRUE;
  int seconds;

  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), FALSE);

  /* The store announces each write at once, and the handler may lock and
   * flush again: one flush at a time. */
  if (self->flushing)
    return TRUE;
  self->flushing = TRUE;

  nc_clock_read (&now);
  self->last_flush = now.monotonic_us;
  seconds = (int) (self->unsaved_us / G_USEC_PER_SEC);
  if (seconds > 0 && self->day != NULL)
    {
      /* Taken off before the write: the "changed" handlers re-read the
       * usage while the write is announced. */
      self->unsaved_us -= (gint64) seconds * G_USEC_PER_SEC;
      ok = nc_rules_source_add_usage (self->source, self->profile_id, self->day, seconds, error);
      if (!ok)
        self->unsaved_us += (gint64) seconds * G_USEC_PER_SEC;
    }
  save_observation (self, trusted_wall_now (self));

  self->flushing = FALSE;
  return ok;
}

void
nc_time_keeper_tick (NcTimeKeeper *self)
{
  NcClockReading now;

  g_return_if_fail (NC_IS_TIME_KEEPER (self));

  nc_clock_read (&now);
  update_day (self);
  if (self->browsing && !self->locked)
    {
      gint64 delta = now.monotonic_us - self->last_monotonic;

      /* The monotonic clock never goes back and stops while suspended;
       * a negative step would be a broken clock: count nothing. */
      if (delta > 0)
        self->unsaved_us += delta;
    }
  self->last_monotonic = now.monotonic_us;

  if (now.monotonic_us - self->last_flush >= FLUSH_EVERY_US)
    nc_time_keeper_flush (self, NULL);
  evaluate (self);
}

static gboolean
tick_cb (gpointer data)
{
  nc_time_keeper_tick (data);
  return G_SOURCE_CONTINUE;
}

/* TRUE while the browser is shown and in use; FALSE in lessons, in the
 * parents' area, or when the window is hidden. */
void
nc_time_keeper_set_browsing (NcTimeKeeper *self,
                             gboolean      browsing)
{
  g_return_if_fail (NC_IS_TIME_KEEPER (self));

  browsing = !!browsing;
  if (browsing == self->browsing)
    return;

  nc_time_keeper_tick (self);   /* count up to now under the old state */
  self->browsing = browsing;
  if (browsing)
    {
      if (self->tick_source == 0)
        self->tick_source = g_timeout_add_seconds (1, tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->tick_source, g_source_remove);
      nc_time_keeper_flush (self, NULL);
    }
}

gboolean
nc_time_keeper_get_browsing (NcTimeKeeper *self)
{
  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), FALSE);
  return self->browsing;
}

gboolean
nc_time_keeper_is_locked (NcTimeKeeper *self)
{
  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), TRUE);
  evaluate (self);
  return self->locked;
}

GDateTime *
nc_time_keeper_get_trusted_now (NcTimeKeeper *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), NULL);
  utc = g_date_time_new_from_unix_utc (trusted_wall_now (self) / G_USEC_PER_SEC);
  return g_date_time_to_local (utc);
}

const char *
nc_time_keeper_get_day (NcTimeKeeper *self)
{
  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), NULL);
  update_day (self);
  return self->day;
}

gboolean
nc_time_keeper_extend (NcTimeKeeper  *self,
                       int            minutes,
                       GError       **error)
{
  return nc_time_keeper_extend_with_pin (self, minutes, NULL, error);
}

gboolean
nc_time_keeper_extend_with_pin (NcTimeKeeper  *self,
                                int            minutes,
                                const char    *pin,
                                GError       **error)
{
  g_return_val_if_fail (NC_IS_TIME_KEEPER (self), FALSE);

  update_day (self);
  if (!nc_rules_source_extend_time (self->source, self->profile_id, self->day, minutes, pin, error))
    return FALSE;
  evaluate (self);
  return TRUE;
}

static void
store_changed_cb (NcStore    *store,
                  const char *what,
                  gpointer    data)
{
  NcTimeKeeper *self = data;

  if (g_strcmp0 (what, "time") == 0 || g_strcmp0 (what, "profiles") == 0)
    evaluate (self);
}

static void
source_changed_cb (NcRulesSource *source,
                   gpointer       data)
{
  evaluate (data);
}

NcTimeKeeper *
nc_time_keeper_new (NcStore *store,
                    gint64   profile_id)
{
  g_autoptr(NcRulesSource) source = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  source = nc_rules_source_store_new (store);
  return nc_time_keeper_new_for_source (store, source, profile_id);
}

NcTimeKeeper *
nc_time_keeper_new_for_source (NcStore       *store,
                               NcRulesSource *source,
                               gint64         profile_id)
{
  NcTimeKeeper *self;
  NcClockReading now;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  g_return_val_if_fail (NC_IS_RULES_SOURCE (source), NULL);

  self = g_object_new (NC_TYPE_TIME_KEEPER, NULL);
  self->store = g_object_ref (store);
  self->source = g_object_ref (source);
  self->source_changed_id = g_signal_connect (source, "changed", G_CALLBACK (source_changed_cb), self);
  self->profile_id = profile_id;
  nc_clock_read (&now);
  self->last_monotonic = now.monotonic_us;
  self->last_flush = now.monotonic_us;
  update_day (self);
  save_observation (self, trusted_wall_now (self));
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  evaluate (self);
  return self;
}

static void
nc_time_keeper_dispose (GObject *object)
{
  NcTimeKeeper *self = NC_TIME_KEEPER (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (self->store != NULL)
    {
      if (self->browsing)
        nc_time_keeper_tick (self);
      nc_time_keeper_flush (self, NULL);
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_object (&self->store);
    }
  if (self->source != NULL)
    {
      g_clear_signal_handler (&self->source_changed_id, self->source);
      g_clear_object (&self->source);
    }

  G_OBJECT_CLASS (nc_time_keeper_parent_class)->dispose (object);
}

static void
nc_time_keeper_finalize (GObject *object)
{
  NcTimeKeeper *self = NC_TIME_KEEPER (object);

  g_free (self->day);
  G_OBJECT_CLASS (nc_time_keeper_parent_class)->finalize (object);
}

static void
nc_time_keeper_class_init (NcTimeKeeperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nc_time_keeper_dispose;
  object_class->finalize = nc_time_keeper_finalize;

  /* NcTimeKeeper::warning: @minutes_left is 5 or 1 */
  signals[SIGNAL_WARNING] =
    g_signal_new ("warning", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_LOCKED] =
    g_signal_new ("locked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_UNLOCKED] =
    g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nc_time_keeper_init (NcTimeKeeper *self)
{
}
