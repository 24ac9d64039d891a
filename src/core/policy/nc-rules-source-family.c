/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-family.c — rules from the family service (family mode) */
#include "config.h"

#include "nc-rules-source-family.h"

#include <string.h>

#include "nc-paths.h"
#include "nc-store.h"

#define SYSTEM_BUS_ADDRESS "unix:path=/run/dbus/system_bus_socket"
#define CALL_TIMEOUT_MS 10000

struct _NcRulesSourceFamily {
  GObject          parent_instance;
  GDBusConnection *connection;
  char            *bus_name;
  GVariant        *cached;          /* a{sv}, until RulesChanged */
  guint            subscription;
};

static void nc_rules_source_family_iface_init (NcRulesSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NcRulesSourceFamily, nc_rules_source_family, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NC_TYPE_RULES_SOURCE, nc_rules_source_family_iface_init))

/* The one place that builds NcProfileRules from the service's answer. */
NcProfileRules *
nc_rules_source_family_parse (GVariant *rules)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(GVariant) hours = NULL;
  g_autofree const char **allow = NULL, **block = NULL;
  const char *band = NULL;
  NcAgeBand age_band;
  gboolean allow_list_only, social_allowed;
  guint32 blocked, locked, hour_bits[7];
  const guint32 *fixed;
  gsize n_hours = 0;

  g_return_val_if_fail (g_variant_is_of_type (rules, G_VARIANT_TYPE_VARDICT), NULL);

  if (!g_variant_lookup (rules, "age-band", "&s", &band) || !nc_age_band_from_string (band, &age_band) ||
      !g_variant_lookup (rules, "allow-list-only", "b", &allow_list_only) ||
      !g_variant_lookup (rules, "social-allowed", "b", &social_allowed) ||
      !g_variant_lookup (rules, "blocked-categories", "u", &blocked) ||
      !g_variant_lookup (rules, "locked-categories", "u", &locked) ||
      !g_variant_lookup (rules, "allow-list", "^a&s", &allow) ||
      !g_variant_lookup (rules, "block-list", "^a&s", &block) ||
      (hours = g_variant_lookup_value (rules, "allowed-hours", G_VARIANT_TYPE ("au"))) == NULL)
    return NULL;
  fixed = g_variant_get_fixed_array (hours, &n_hours, sizeof (guint32));
  if (n_hours != 7)
    return NULL;
  memcpy (hour_bits, fixed, sizeof hour_bits);

  nc_profile_rules_builder_init (&builder, age_band);
  nc_profile_rules_builder_set_allow_list_only (&builder, allow_list_only);
  nc_profile_rules_builder_set_social_allowed (&builder, social_allowed);
  nc_profile_rules_builder_set_blocked_categories (&builder, blocked);
  nc_profile_rules_builder_lock_categories (&builder, locked);
  nc_profile_rules_builder_set_allowed_hours (&builder, hour_bits);
  nc_profile_rules_builder_add_parent_allow (&builder, allow);
  nc_profile_rules_builder_add_parent_block (&builder, block);
  return nc_profile_rules_builder_end (&builder);
}

static NcProfileRules *
family_get_rules (NcRulesSource  *source,
                  gint64          profile_id,
                  GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  NcProfileRules *rules;

  if (self->cached == NULL)
    {
      g_autoptr(GVariant) reply = g_dbus_connection_call_sync (self->connection, self->bus_name, NC_FAMILY_DBUS_PATH,
                                                               NC_FAMILY_DBUS_INTERFACE, "GetMyRules", NULL,
                                                               G_VARIANT_TYPE ("(a{sv})"), G_DBUS_CALL_FLAGS_NONE,
                                                               CALL_TIMEOUT_MS, NULL, error);
      if (reply == NULL)
        return NULL;
      self->cached = g_variant_get_child_value (reply, 0);
    }
  rules = nc_rules_source_family_parse (self->cached);
  if (rules == NULL)
    {
      g_clear_pointer (&self->cached, g_variant_unref);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "The family service's rules could not be read.");
    }
  return rules;
}

static gboolean
family_is_family (NcRulesSource *source)
{
  return TRUE;
}

static void
nc_rules_source_family_iface_init (NcRulesSourceInterface *iface)
{
  iface->get_rules = family_get_rules;
  iface->is_family = family_is_family;
}

static void
rules_changed_cb (GDBusConnection *connection,
                  const char      *sender,
                  const char      *path,
                  const char      *interface,
                  const char      *signal,
                  GVariant        *parameters,
                  gpointer         user_data)
{
  NcRulesSourceFamily *self = user_data;

  g_clear_pointer (&self->cached, g_variant_unref);
  g_signal_emit_by_name (self, "changed");
}

static void
nc_rules_source_family_dispose (GObject *object)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (object);

  if (self->subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->connection, self->subscription);
  self->subscription = 0;
  g_clear_object (&self->connection);
  g_clear_pointer (&self->cached, g_variant_unref);
  g_clear_pointer (&self->bus_name, g_free);
  G_OBJECT_CLASS (nc_rules_source_family_parent_class)->dispose (object);
}

static void
nc_rules_source_family_class_init (NcRulesSourceFamilyClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_rules_source_family_dispose;
}

static void
nc_rules_source_family_init (NcRulesSourceFamily *self)
{
}

NcRulesSource *
nc_rules_source_family_new (GDBusConnection *connection,
                            const char      *bus_name)
{
  NcRulesSourceFamily *self;

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);
  g_return_val_if_fail (bus_name != NULL, NULL);

  self = g_object_new (NC_TYPE_RULES_SOURCE_FAMILY, NULL);
  self->connection = g_object_ref (connection);
  self->bus_name = g_strdup (bus_name);
  self->subscription = g_dbus_connection_signal_subscribe (connection, bus_name, NC_FAMILY_DBUS_INTERFACE,
                                                           "RulesChanged", NC_FAMILY_DBUS_PATH, NULL,
                                                           G_DBUS_SIGNAL_FLAGS_NONE, rules_changed_cb,
                                                           self, NULL);
  return NC_RULES_SOURCE (self);
}

GDBusConnection *
nc_rules_source_family_connect (GError **error)
{
  const char *address = nc_paths_location ("NETCONDUCT_FAMILY_BUS", SYSTEM_BUS_ADDRESS);

  return g_dbus_connection_new_for_address_sync (address,
                                                 G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                 G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                 NULL, NULL, error);
}

NcRulesSource *
nc_rules_source_choose (NcRulesSource *home)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) connection = nc_rules_source_family_connect (&error);
  g_autoptr(NcRulesSource) family = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autofree char *remote = NULL;

  g_return_val_if_fail (NC_IS_RULES_SOURCE (home), NULL);

  if (connection == NULL)
    return g_object_ref (home);       /* no system bus: no family mode */
  family = nc_rules_source_family_new (connection, NC_FAMILY_BUS_NAME);
  rules = nc_rules_source_get_rules (family, 0, &error);
  if (rules != NULL)
    return g_steal_pointer (&family);
  remote = g_dbus_error_get_remote_error (error);
  /* Not a child's account, or no family service installed: home mode. */
  if (g_strcmp0 (remote, NC_FAMILY_DBUS_NOT_A_CHILD) == 0 ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
    return g_object_ref (home);
  g_warning ("The family service did not answer (%s): this account's rules fail closed.", error->message);
  return g_steal_pointer (&family);
}
