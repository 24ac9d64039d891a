/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source.c — where a profile's rules come from */
#include "nc-rules-source.h"

G_DEFINE_INTERFACE (NcRulesSource, nc_rules_source, G_TYPE_OBJECT)

static void
nc_rules_source_default_init (NcRulesSourceInterface *iface)
{
  /* The rules may have changed: read them again. */
  g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

#define IFACE(self) NC_RULES_SOURCE_GET_IFACE (self)

NcProfileRules *
nc_rules_source_get_rules (NcRulesSource  *self,
                           gint64          profile_id,
                           GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), NULL);
  return IFACE (self)->get_rules (self, profile_id, error);
}

gboolean
nc_rules_source_is_family (NcRulesSource *self)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  return IFACE (self)->is_family (self);
}

gboolean
nc_rules_source_get_post_anyway (NcRulesSource *self,
                                 gint64         profile_id)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  return IFACE (self)->get_post_anyway (self, profile_id);
}

GPtrArray *
nc_rules_source_get_imported_sets (NcRulesSource  *self,
                                   GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), NULL);
  if (IFACE (self)->get_imported_sets == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return IFACE (self)->get_imported_sets (self, error);
}

gboolean
nc_rules_source_pin_is_set (NcRulesSource *self)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  return IFACE (self)->pin_is_set (self);
}

int
nc_rules_source_check_pin (NcRulesSource  *self,
                           const char     *pin,
                           const char     *purpose,
                           GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), -1);
  g_return_val_if_fail (pin != NULL && purpose != NULL, -1);
  return IFACE (self)->check_pin (self, pin, purpose, error);
}

gint64
nc_rules_source_get_pin_wait (NcRulesSource *self)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), 0);
  return IFACE (self)->get_pin_wait (self);
}

int
nc_rules_source_get_time_left (NcRulesSource *self,
                               gint64         profile_id,
                               const char    *day)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), 0);
  return IFACE (self)->get_time_left (self, profile_id, day);
}

gboolean
nc_rules_source_add_usage (NcRulesSource  *self,
                           gint64          profile_id,
                           const char     *day,
                           int             seconds,
                           GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  g_return_val_if_fail (seconds > 0, FALSE);
  return IFACE (self)->add_usage (self, profile_id, day, seconds, error);
}

gboolean
nc_rules_source_extend_time (NcRulesSource  *self,
                             gint64          profile_id,
                             const char     *day,
                             int             minutes,
                             const char     *pin,
                             GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  return IFACE (self)->extend_time (self, profile_id, day, minutes, pin, error);
}

gboolean
nc_rules_source_allow_always (NcRulesSource  *self,
                              gint64          profile_id,
                              const char     *host,
                              const char     *pin,
                              GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  g_return_val_if_fail (host != NULL, FALSE);
  return IFACE (self)->allow_always (self, profile_id, host, pin, error);
}

void
nc_rules_source_record (NcRulesSource *self,
                        gint64         profile_id,
                        const char    *host,
                        const char    *ref_id,
                        const char    *outcome)
{
  g_return_if_fail (NC_IS_RULES_SOURCE (self));
  g_return_if_fail (outcome != NULL);
  IFACE (self)->record (self, profile_id, host, ref_id, outcome);
}

NcProfileRules *
nc_rules_source_closed_rules (void)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  const guint32 no_hours[7] = { 0 };

  nc_profile_rules_builder_init (&builder, NC_AGE_BAND_6_9);
  nc_profile_rules_builder_set_allow_list_only (&builder, TRUE);
  nc_profile_rules_builder_set_social_allowed (&builder, FALSE);
  nc_profile_rules_builder_set_allowed_hours (&builder, no_hours);
  return nc_profile_rules_builder_end (&builder);
}
