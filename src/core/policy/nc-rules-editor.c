/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor.c — the parents' changes to the rules, wherever they live */
#include "config.h"

#include "nc-rules-editor.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (nc-rules-editor-error-quark, nc_rules_editor_error)
G_DEFINE_INTERFACE (NcRulesEditor, nc_rules_editor, G_TYPE_OBJECT)

static void
nc_rules_editor_default_init (NcRulesEditorInterface *iface)
{
  /* Something may differ now (@what: the store's words), from this
   * editor or from anyone else: read it again. */
  g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

#define IFACE(self) NC_RULES_EDITOR_GET_IFACE (self)

NcRulesEditorFeatures
nc_rules_editor_get_features (NcRulesEditor *self)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), 0);
  return IFACE (self)->get_features (self);
}

gboolean
nc_rules_editor_can (NcRulesEditor         *self,
                     NcRulesEditorFeatures  feature)
{
  return (nc_rules_editor_get_features (self) & feature) == feature;
}

GPtrArray *
nc_rules_editor_list_profiles (NcRulesEditor  *self,
                               GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), NULL);
  return IFACE (self)->list_profiles (self, error);
}

gint64
nc_rules_editor_add_profile (NcRulesEditor  *self,
                             const char     *name,
                             const char     *avatar,
                             NcAgeBand       age_band,
                             GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  return IFACE (self)->add_profile (self, name, avatar != NULL ? avatar : "", age_band, error);
}

gboolean
nc_rules_editor_update_profile (NcRulesEditor   *self,
                                const NcProfile *profile,
                                GError         **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);
  return IFACE (self)->update_profile (self, profile, error);
}

/* Refused with NC_RULES_EDITOR_ERROR_NOT_SUPPORTED when the editor lacks
 * @feature. */
static gboolean
supports (NcRulesEditor          *self,
          NcRulesEditorFeatures   feature,
          GError                **error)
{
  if (nc_rules_editor_can (self, feature))
    return TRUE;
  g_set_error_literal (error, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_NOT_SUPPORTED,
                       _("This change cannot be made here."));
  return FALSE;
}

gboolean
nc_rules_editor_remove_profile (NcRulesEditor  *self,
                                gint64          profile_id,
                                GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), FALSE);
  return supports (self, NC_RULES_EDITOR_REMOVE_PROFILE, error) &&
         IFACE (self)->remove_profile (self, profile_id, error);
}

GStrv
nc_rules_editor_list_hosts (NcRulesEditor  *self,
                            gint64          profile_id,
                            NcListKind      kind,
                            GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), NULL);
  return IFACE (self)->list_hosts (self, profile_id, kind, error);
}

static gboolean
change_host (NcRulesEditor  *self,
             gint64          profile_id,
             NcListKind      kind,
             const char     *host,
             gboolean        add,
             GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), FALSE);
  g_return_val_if_fail (host != NULL, FALSE);
  return IFACE (self)->change_host (self, profile_id, kind, host, add, error);
}

gboolean
nc_rules_editor_add_host (NcRulesEditor  *self,
                          gint64          profile_id,
                          NcListKind      kind,
                          const char     *host,
                          GError        **error)
{
  return change_host (self, profile_id, kind, host, TRUE, error);
}

gboolean
nc_rules_editor_remove_host (NcRulesEditor  *self,
                             gint64          profile_id,
                             NcListKind      kind,
                             const char     *host,
                             GError        **error)
{
  return change_host (self, profile_id, kind, host, FALSE, error);
}

gboolean
nc_rules_editor_set_pin (NcRulesEditor  *self,
                         const char     *pin,
                         GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);
  return IFACE (self)->set_pin (self, pin, error);
}

int
nc_rules_editor_get_used_today (NcRulesEditor *self,
                                gint64         profile_id,
                                int           *extension_minutes)
{
  int unused;

  g_return_val_if_fail (NC_IS_RULES_EDITOR (self), -1);
  return IFACE (self)->get_used_today (self, profile_id, extension_minutes ? extension_minutes : &unused);
}
