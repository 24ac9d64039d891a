/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-store.c — rules from the local store (home mode) */
#include "nc-rules-source-store.h"

#include "nc-pin.h"

struct _NcRulesSourceStore {
  GObject  parent_instance;
  NcStore *store;
  gulong   changed_id;
};

static void nc_rules_source_store_iface_init (NcRulesSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NcRulesSourceStore, nc_rules_source_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NC_TYPE_RULES_SOURCE, nc_rules_source_store_iface_init))

static NcProfileRules *
store_get_rules (NcRulesSource  *source,
                 gint64          profile_id,
                 GError        **error)
{
  return nc_store_get_profile_rules (NC_RULES_SOURCE_STORE (source)->store, profile_id, error);
}

static gboolean
store_is_family (NcRulesSource *source)
{
  return FALSE;
}

#define STORE(source) (NC_RULES_SOURCE_STORE (source)->store)

static gboolean
store_get_post_anyway (NcRulesSource *source,
                       gint64         profile_id)
{
  g_autoptr(NcProfile) profile = nc_store_get_profile (STORE (source), profile_id, NULL);

  return profile != NULL && profile->post_anyway_allowed;
}

static gboolean
store_pin_is_set (NcRulesSource *source)
{
  return nc_pin_is_set (STORE (source));
}

static int
store_check_pin (NcRulesSource  *source,
                 const char     *pin,
                 const char     *purpose,
                 GError        **error)
{
  return nc_pin_check (STORE (source), pin, NULL, error);
}

static gint64
store_get_pin_wait (NcRulesSource *source)
{
  return nc_pin_get_wait_seconds (STORE (source));
}

int
nc_rules_source_store_limit_for_day (NcStore    *store,
                                     gint64      profile_id,
                                     const char *day)
{
  g_autoptr(NcProfile) profile = nc_store_get_profile (store, profile_id, NULL);
  int extension;

  if (profile == NULL)
    return 0;                   /* fail closed: no profile, no time */
  if (profile->daily_limit_minutes <= 0)
    return -1;
  extension = nc_store_get_extension (store, profile_id, day);
  if (extension == NC_EXTENSION_NO_LIMIT)
    return -1;
  return (profile->daily_limit_minutes + extension) * 60;
}

/* The daily limit plus what a parent granted on @day, less the usage. */
static int
store_get_time_left (NcRulesSource *source,
                     gint64         profile_id,
                     const char    *day)
{
  int limit = nc_rules_source_store_limit_for_day (STORE (source), profile_id, day);

  if (limit <= 0)
    return limit;               /* -1: no limit; 0: no profile, no time */
  return MAX (limit - nc_store_get_usage (STORE (source), profile_id, day), 0);
}

static gboolean
store_add_usage (NcRulesSource  *source,
                 gint64          profile_id,
                 const char     *day,
                 int             seconds,
                 GError        **error)
{
  return nc_store_add_usage (STORE (source), profile_id, day, seconds, error);
}

static gboolean
store_extend_time (NcRulesSource  *source,
                   gint64          profile_id,
                   const char     *day,
                   int             minutes,
                   const char     *pin,
                   GError        **error)
{
  return nc_store_grant_extension (STORE (source), profile_id, day, minutes, error);
}

static gboolean
store_allow_always (NcRulesSource  *source,
                    gint64          profile_id,
                    const char     *host,
                    const char     *pin,
                    GError        **error)
{
  return nc_store_add_host (STORE (source), profile_id, NC_LIST_ALLOW, host, error);
}

static void
store_record (NcRulesSource *source,
              gint64         profile_id,
              const char    *host,
              const char    *ref_id,
              const char    *outcome)
{
  g_autoptr(GError) error = NULL;

  if (!nc_store_log_activity (STORE (source), profile_id, host, ref_id, outcome, &error))
    g_warning ("cannot log activity: %s", error->message);
}

static void
nc_rules_source_store_iface_init (NcRulesSourceInterface *iface)
{
  iface->get_rules = store_get_rules;
  iface->is_family = store_is_family;
  iface->get_post_anyway = store_get_post_anyway;
  iface->pin_is_set = store_pin_is_set;
  iface->check_pin = store_check_pin;
  iface->get_pin_wait = store_get_pin_wait;
  iface->get_time_left = store_get_time_left;
  iface->add_usage = store_add_usage;
  iface->extend_time = store_extend_time;
  iface->allow_always = store_allow_always;
  iface->record = store_record;
}

static void
store_changed_cb (NcStore    *store,
                  const char *what,
                  gpointer    user_data)
{
  if (g_strcmp0 (what, "profiles") == 0 || g_strcmp0 (what, "lists") == 0 || g_strcmp0 (what, "settings") == 0)
    g_signal_emit_by_name (user_data, "changed");
}

static void
nc_rules_source_store_dispose (GObject *object)
{
  NcRulesSourceStore *self = NC_RULES_SOURCE_STORE (object);

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (nc_rules_source_store_parent_class)->dispose (object);
}

static void
nc_rules_source_store_class_init (NcRulesSourceStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_rules_source_store_dispose;
}

static void
nc_rules_source_store_init (NcRulesSourceStore *self)
{
}

NcRulesSource *
nc_rules_source_store_new (NcStore *store)
{
  NcRulesSourceStore *self;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_RULES_SOURCE_STORE, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  return NC_RULES_SOURCE (self);
}
