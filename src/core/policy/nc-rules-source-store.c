/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-store.c — rules from the local store (home mode) */
#include "nc-rules-source-store.h"

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

static void
nc_rules_source_store_iface_init (NcRulesSourceInterface *iface)
{
  iface->get_rules = store_get_rules;
  iface->is_family = store_is_family;
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
