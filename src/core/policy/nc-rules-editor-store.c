/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor-store.c — the parents' changes in the local store (home mode) */
#include "config.h"

#include "nc-rules-editor-store.h"

#include "nc-pin.h"

struct _NcRulesEditorStore {
  GObject  parent_instance;
  NcStore *store;
};

static void nc_rules_editor_store_iface_init (NcRulesEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NcRulesEditorStore, nc_rules_editor_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NC_TYPE_RULES_EDITOR, nc_rules_editor_store_iface_init))

#define STORE(editor) (NC_RULES_EDITOR_STORE (editor)->store)

static NcRulesEditorFeatures
store_get_features (NcRulesEditor *editor)
{
  return NC_RULES_EDITOR_RENAME | NC_RULES_EDITOR_LANGUAGE | NC_RULES_EDITOR_REMOVE_PROFILE | NC_RULES_EDITOR_APP_SETTINGS |
         NC_RULES_EDITOR_IMPORT_LISTS | NC_RULES_EDITOR_DATA | NC_RULES_EDITOR_PIN_TRIES;
}

static GPtrArray *
store_list_profiles (NcRulesEditor  *editor,
                     GError        **error)
{
  return nc_store_list_profiles (STORE (editor), error);
}

static gint64
store_add_profile (NcRulesEditor  *editor,
                   const char     *name,
                   const char     *avatar,
                   NcAgeBand       age_band,
                   GError        **error)
{
  return nc_store_add_profile (STORE (editor), name, avatar, age_band, error);
}

static gboolean
store_update_profile (NcRulesEditor   *editor,
                      const NcProfile *profile,
                      GError         **error)
{
  return nc_store_update_profile (STORE (editor), profile, error);
}

static gboolean
store_remove_profile (NcRulesEditor  *editor,
                      gint64          profile_id,
                      GError        **error)
{
  return nc_store_remove_profile (STORE (editor), profile_id, error);
}

static GStrv
store_list_hosts (NcRulesEditor  *editor,
                  gint64          profile_id,
                  NcListKind      kind,
                  GError        **error)
{
  return nc_store_list_hosts (STORE (editor), profile_id, kind, error);
}

static gboolean
store_change_host (NcRulesEditor  *editor,
                   gint64          profile_id,
                   NcListKind      kind,
                   const char     *host,
                   gboolean        add,
                   GError        **error)
{
  return add ? nc_store_add_host (STORE (editor), profile_id, kind, host, error)
             : nc_store_remove_host (STORE (editor), profile_id, kind, host, error);
}

static gboolean
store_set_pin (NcRulesEditor  *editor,
               const char     *pin,
               GError        **error)
{
  return nc_pin_set (STORE (editor), pin, error);
}

static int
store_get_used_today (NcRulesEditor *editor,
                      gint64         profile_id,
                      int           *extension_minutes)
{
  g_autofree char *day = nc_store_today_key ();

  *extension_minutes = nc_store_get_extension (STORE (editor), profile_id, day);
  return nc_store_get_usage (STORE (editor), profile_id, day);
}

static void
nc_rules_editor_store_iface_init (NcRulesEditorInterface *iface)
{
  iface->get_features = store_get_features;
  iface->list_profiles = store_list_profiles;
  iface->add_profile = store_add_profile;
  iface->update_profile = store_update_profile;
  iface->remove_profile = store_remove_profile;
  iface->list_hosts = store_list_hosts;
  iface->change_host = store_change_host;
  iface->set_pin = store_set_pin;
  iface->get_used_today = store_get_used_today;
}

static void
store_changed_cb (NcStore            *store,
                  const char         *what,
                  NcRulesEditorStore *self)
{
  g_signal_emit_by_name (self, "changed", what);
}

static void
nc_rules_editor_store_dispose (GObject *object)
{
  NcRulesEditorStore *self = NC_RULES_EDITOR_STORE (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (nc_rules_editor_store_parent_class)->dispose (object);
}

static void
nc_rules_editor_store_class_init (NcRulesEditorStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_rules_editor_store_dispose;
}

static void
nc_rules_editor_store_init (NcRulesEditorStore *self)
{
}

NcRulesEditor *
nc_rules_editor_store_new (NcStore *store)
{
  NcRulesEditorStore *self;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_RULES_EDITOR_STORE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  return NC_RULES_EDITOR (self);
}
