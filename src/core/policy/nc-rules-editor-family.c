/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor-family.c — the parents' changes through the family service */
#include "config.h"

#include "nc-rules-editor-family.h"

#include <glib/gi18n-lib.h>

#include "nc-rules-editor-store.h"
#include "nc-rules-source-family.h"

#define FAMILY_ERROR_PREFIX "io.github.netconduct.Family1.Error."

struct _NcRulesEditorFamily {
  GObject        parent_instance;
  NcRulesSource *source;
  GHashTable    *names;           /* profile id (gint64 *) -> name, from the last list */
};

static void nc_rules_editor_family_iface_init (NcRulesEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NcRulesEditorFamily, nc_rules_editor_family, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NC_TYPE_RULES_EDITOR, nc_rules_editor_family_iface_init))

/* The service's @error (a D-Bus error) as NC_RULES_EDITOR_ERROR, with
 * words for a parent. */
static void
translate_error (GError **error)
{
  g_autofree char *remote = NULL;
  g_autofree char *reason = NULL;
  GError *translated;

  if (error == NULL || *error == NULL)
    return;
  remote = g_dbus_error_get_remote_error (*error);
  g_dbus_error_strip_remote_error (*error);
  reason = g_strdup ((*error)->message);

  if (g_strcmp0 (remote, FAMILY_ERROR_PREFIX "NotAuthorized") == 0)
    translated = g_error_new_literal (NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_NOT_AUTHORIZED,
                                      _("The family service did not allow this change. The PIN opens the parents’ "
                                        "area for ten minutes: close it and open it again with the PIN, or ask an "
                                        "administrator."));
  else if (g_error_matches (*error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
           g_error_matches (*error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
           g_error_matches (*error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) ||
           g_error_matches (*error, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT) ||
           g_error_matches (*error, G_DBUS_ERROR, G_DBUS_ERROR_DISCONNECTED) ||
           g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CLOSED) ||
           g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
           g_strcmp0 (remote, FAMILY_ERROR_PREFIX "Busy") == 0)
    translated = g_error_new_literal (NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_UNAVAILABLE,
                                      _("The family service cannot be reached. Try again in a moment; if it goes "
                                        "on, ask an administrator to check NetConduct’s family service."));
  else if (g_strcmp0 (remote, FAMILY_ERROR_PREFIX "InvalidArgs") == 0 ||
           g_strcmp0 (remote, FAMILY_ERROR_PREFIX "NotFound") == 0)
    /* Translators: %s is the family service's reason, in English */
    translated = g_error_new (NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_INVALID,
                              _("The family service refused this change: %s"), reason);
  else
    /* Translators: %s is the family service's reason, in English */
    translated = g_error_new (NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_FAILED,
                              _("The family service could not make this change: %s"), reason);
  g_clear_error (error);
  *error = translated;
}

/* A parents' method; NULL with a translated @error. */
static GVariant *
call (NcRulesEditorFamily  *self,
      const char           *method,
      GVariant             *parameters,
      const char           *reply_type,
      GError              **error)
{
  g_autoptr(GError) local = NULL;
  GVariant *reply = nc_rules_source_family_call (NC_RULES_SOURCE_FAMILY (self->source), method, parameters,
                                                 reply_type, &local);

  if (reply == NULL)
    {
      translate_error (&local);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  return reply;
}

/* A change was made: say so at once, as the store does (the service's
 * RulesChanged follows). */
static gboolean
changed (NcRulesEditorFamily *self,
         GVariant            *reply,
         const char          *what)
{
  if (reply == NULL)
    return FALSE;
  g_variant_unref (reply);
  g_signal_emit_by_name (self, "changed", what);
  return TRUE;
}

/* The service's name of @profile_id ("" for everyone); NULL with @error. */
static const char *
profile_name (NcRulesEditorFamily  *self,
              gint64                profile_id,
              GError              **error)
{
  const char *name;

  if (profile_id == NC_PROFILE_EVERYONE)
    return "";
  name = g_hash_table_lookup (self->names, &profile_id);
  if (name == NULL)
    g_set_error_literal (error, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_INVALID,
                         _("This profile is not in the family service any more."));
  return name;
}

static NcRulesEditorFeatures
family_get_features (NcRulesEditor *editor)
{
  return NC_RULES_EDITOR_RENAME | NC_RULES_EDITOR_REMOVE_PROFILE;
}

/* One profile from GetRules's a{sv}; NULL when a field is missing. */
static NcProfile *
profile_from_rules (GVariant *rules)
{
  g_autoptr(NcProfile) profile = g_new0 (NcProfile, 1);
  g_autoptr(GVariant) hours = NULL;
  const char *name, *band;
  const guint32 *fixed;
  gsize n = 0;

  if (!g_variant_lookup (rules, "profile-id", "x", &profile->id) ||
      !g_variant_lookup (rules, "profile", "&s", &name) ||
      !g_variant_lookup (rules, "age-band", "&s", &band) || !nc_age_band_from_string (band, &profile->age_band) ||
      !g_variant_lookup (rules, "allow-list-only", "b", &profile->allow_list_only) ||
      !g_variant_lookup (rules, "social-allowed", "b", &profile->social_allowed) ||
      !g_variant_lookup (rules, "post-anyway-allowed", "b", &profile->post_anyway_allowed) ||
      !g_variant_lookup (rules, "blocked-categories", "u", &profile->blocked_categories) ||
      !g_variant_lookup (rules, "daily-limit-minutes", "i", &profile->daily_limit_minutes) ||
      (hours = g_variant_lookup_value (rules, "allowed-hours", G_VARIANT_TYPE ("au"))) == NULL)
    return NULL;
  fixed = g_variant_get_fixed_array (hours, &n, sizeof (guint32));
  if (n != 7)
    return NULL;
  for (gsize i = 0; i < 7; i++)
    profile->allowed_hours[i] = fixed[i];
  profile->name = g_strdup (name);
  profile->avatar = g_strdup ("");
  profile->language = g_strdup ("");
  return g_steal_pointer (&profile);
}

/* The service's profiles (GetStatus), each with its rules (GetRules). */
static GPtrArray *
family_list_profiles (NcRulesEditor  *editor,
                      GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_profile_free);
  g_autoptr(GVariant) reply = call (self, "GetStatus", NULL, "(a{sv})", error);
  g_autoptr(GVariant) status = NULL;
  g_autofree const char **names = NULL;

  if (reply == NULL)
    return NULL;
  status = g_variant_get_child_value (reply, 0);
  if (!g_variant_lookup (status, "profiles", "^a&s", &names))
    names = g_new0 (const char *, 1);

  g_hash_table_remove_all (self->names);
  for (gsize i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GVariant) answer = call (self, "GetRules", g_variant_new ("(s)", names[i]), "(a{sv})", error);
      g_autoptr(GVariant) rules = NULL;
      NcProfile *profile;

      if (answer == NULL)
        return NULL;
      rules = g_variant_get_child_value (answer, 0);
      profile = profile_from_rules (rules);
      if (profile == NULL)
        {
          g_set_error_literal (error, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_FAILED,
                               _("The family service’s answer could not be read."));
          return NULL;
        }
      g_hash_table_insert (self->names, g_memdup2 (&profile->id, sizeof profile->id), g_strdup (profile->name));
      g_ptr_array_add (profiles, profile);
    }
  return g_steal_pointer (&profiles);
}

static gint64
family_add_profile (NcRulesEditor  *editor,
                    const char     *name,
                    const char     *avatar,
                    NcAgeBand       age_band,
                    GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  g_autoptr(GVariant) reply = call (self, "AddProfile",
                                    g_variant_new ("(ss)", name, nc_age_band_to_string (age_band)), "(x)", error);
  gint64 id;

  if (reply == NULL)
    return 0;
  g_variant_get (reply, "(x)", &id);
  g_hash_table_insert (self->names, g_memdup2 (&id, sizeof id), g_strdup (name));
  g_signal_emit_by_name (self, "changed", "profiles");
  return id;
}

GVariant *
nc_rules_editor_family_set_rules_args (const NcProfile *profile,
                                       const char      *service_name)
{
  GVariantBuilder rules;

  g_return_val_if_fail (profile != NULL && service_name != NULL, NULL);

  g_variant_builder_init (&rules, G_VARIANT_TYPE_VARDICT);
  if (g_strcmp0 (service_name, profile->name) != 0)
    g_variant_builder_add (&rules, "{sv}", "name", g_variant_new_string (profile->name));
  g_variant_builder_add (&rules, "{sv}", "age-band", g_variant_new_string (nc_age_band_to_string (profile->age_band)));
  g_variant_builder_add (&rules, "{sv}", "allow-list-only", g_variant_new_boolean (profile->allow_list_only));
  g_variant_builder_add (&rules, "{sv}", "social-allowed", g_variant_new_boolean (profile->social_allowed));
  g_variant_builder_add (&rules, "{sv}", "post-anyway-allowed", g_variant_new_boolean (profile->post_anyway_allowed));
  g_variant_builder_add (&rules, "{sv}", "blocked-categories", g_variant_new_uint32 (profile->blocked_categories));
  g_variant_builder_add (&rules, "{sv}", "daily-limit-minutes", g_variant_new_int32 (profile->daily_limit_minutes));
  g_variant_builder_add (&rules, "{sv}", "allowed-hours",
                         g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, profile->allowed_hours, 7, sizeof (guint32)));
  return g_variant_new ("(sa{sv})", service_name, &rules);
}

/* Every rule SetRules takes, the name included, in one call (one
 * transaction in the service). */
static gboolean
family_update_profile (NcRulesEditor   *editor,
                       const NcProfile *profile,
                       GError         **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  const char *name = profile_name (self, profile->id, error);

  if (name == NULL ||
      !changed (self, call (self, "SetRules", nc_rules_editor_family_set_rules_args (profile, name), "()", error),
                "profiles"))
    return FALSE;
  g_hash_table_insert (self->names, g_memdup2 (&profile->id, sizeof profile->id), g_strdup (profile->name));
  return TRUE;
}

static gboolean
family_remove_profile (NcRulesEditor  *editor,
                       gint64          profile_id,
                       GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  const char *name = profile_name (self, profile_id, error);

  g_autoptr(GError) local = NULL;

  if (name == NULL)
    return FALSE;
  if (!changed (self, call (self, "RemoveProfile", g_variant_new ("(s)", name), "()", &local), "profiles"))
    {
      /* The service refuses only a profile a child's account uses: say it
       * in the parent's language, with what to do. */
      if (g_error_matches (local, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_INVALID))
        g_set_error_literal (error, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_INVALID,
                             _("A child’s account uses this profile, so it cannot be removed. An administrator "
                               "first links the account to another profile (“netconductctl family add-child "
                               "ACCOUNT --profile NAME”) or takes it out of family mode (“netconductctl family "
                               "remove-child ACCOUNT”)."));
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_hash_table_remove (self->names, &profile_id);
  return TRUE;
}

static GStrv
family_list_hosts (NcRulesEditor  *editor,
                   gint64          profile_id,
                   NcListKind      kind,
                   GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  const char *name = profile_name (self, profile_id, error);
  g_autoptr(GVariant) reply = NULL;
  GStrv hosts;

  if (name == NULL)
    return NULL;
  reply = call (self, "ListHosts", g_variant_new ("(ss)", name, nc_list_kind_to_string (kind)), "(as)", error);
  if (reply == NULL)
    return NULL;
  g_variant_get (reply, "(^as)", &hosts);
  return hosts;
}

static gboolean
family_change_host (NcRulesEditor  *editor,
                    gint64          profile_id,
                    NcListKind      kind,
                    const char     *host,
                    gboolean        add,
                    GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  const char *name = profile_name (self, profile_id, error);

  if (name == NULL)
    return FALSE;
  return changed (self, call (self, add ? "AddHost" : "RemoveHost",
                              g_variant_new ("(sss)", name, nc_list_kind_to_string (kind), host), "()", error), "lists");
}

static gboolean
family_set_pin (NcRulesEditor  *editor,
                const char     *pin,
                GError        **error)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);

  return changed (self, call (self, "SetPin", g_variant_new ("(s)", pin), "()", error), "pin");
}

/* Today's minutes online from the service's report (GetReport, one day);
 * the "more time" given today is not reported: 0. */
static int
family_get_used_today (NcRulesEditor *editor,
                       gint64         profile_id,
                       int           *extension_minutes)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (editor);
  const char *name = profile_name (self, profile_id, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) days = NULL;
  g_autofree char *today = nc_store_today_key ();
  const char *day;
  gint32 minutes;
  int used = 0;

  *extension_minutes = 0;
  if (name == NULL || *name == '\0' ||
      (reply = call (self, "GetReport", g_variant_new ("(si)", name, 1), "(a(si)a(si)a(si))", NULL)) == NULL)
    return -1;
  days = g_variant_get_child_value (reply, 2);
  for (gsize i = 0; i < g_variant_n_children (days); i++)
    {
      g_variant_get_child (days, i, "(&si)", &day, &minutes);
      if (g_str_equal (day, today))
        used = MAX (minutes, 0) * 60;
    }
  return used;
}

static void
nc_rules_editor_family_iface_init (NcRulesEditorInterface *iface)
{
  iface->get_features = family_get_features;
  iface->list_profiles = family_list_profiles;
  iface->add_profile = family_add_profile;
  iface->update_profile = family_update_profile;
  iface->remove_profile = family_remove_profile;
  iface->list_hosts = family_list_hosts;
  iface->change_host = family_change_host;
  iface->set_pin = family_set_pin;
  iface->get_used_today = family_get_used_today;
}

/* The service's RulesChanged, or it went away or came back. */
static void
source_changed_cb (NcRulesSource       *source,
                   NcRulesEditorFamily *self)
{
  g_signal_emit_by_name (self, "changed", "profiles");
}

static void
nc_rules_editor_family_dispose (GObject *object)
{
  NcRulesEditorFamily *self = NC_RULES_EDITOR_FAMILY (object);

  g_clear_object (&self->source);
  g_clear_pointer (&self->names, g_hash_table_unref);
  G_OBJECT_CLASS (nc_rules_editor_family_parent_class)->dispose (object);
}

static void
nc_rules_editor_family_class_init (NcRulesEditorFamilyClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_rules_editor_family_dispose;
}

static void
nc_rules_editor_family_init (NcRulesEditorFamily *self)
{
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

NcRulesEditor *
nc_rules_editor_family_new (NcRulesSource *source)
{
  NcRulesEditorFamily *self;

  g_return_val_if_fail (NC_IS_RULES_SOURCE_FAMILY (source), NULL);

  self = g_object_new (NC_TYPE_RULES_EDITOR_FAMILY, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_object (source, "changed", G_CALLBACK (source_changed_cb), self, 0);
  return NC_RULES_EDITOR (self);
}

NcRulesEditor *
nc_rules_editor_choose (NcRulesSource *source,
                        NcStore       *store)
{
  g_return_val_if_fail (source == NULL || NC_IS_RULES_SOURCE (source), NULL);

  if (source != NULL && NC_IS_RULES_SOURCE_FAMILY (source))
    return nc_rules_editor_family_new (source);
  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  return nc_rules_editor_store_new (store);
}
