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

NcProfileRules *
nc_rules_source_get_rules (NcRulesSource  *self,
                           gint64          profile_id,
                           GError        **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), NULL);
  return NC_RULES_SOURCE_GET_IFACE (self)->get_rules (self, profile_id, error);
}

gboolean
nc_rules_source_is_family (NcRulesSource *self)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE (self), FALSE);
  return NC_RULES_SOURCE_GET_IFACE (self)->is_family (self);
}
