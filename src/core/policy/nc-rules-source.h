/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source.h — where a profile's rules come from
 *
 * One interface, two implementations, chosen once at start-up:
 *   - NcRulesSourceStore: the local NcStore (home mode);
 *   - NcRulesSourceFamily: the family service on the system bus (family
 *     mode: the caller's account is a child's; docs/family-mode.md).
 * The site policy, the guard and the time keeper take rules from either in
 * the same way. "changed" is emitted when the rules may differ (a parent's
 * change, in this process or, through the service's RulesChanged signal, in
 * another): read them again.
 */
#pragma once

#include <gio/gio.h>

#include "nc-site-policy.h"

G_BEGIN_DECLS

#define NC_TYPE_RULES_SOURCE (nc_rules_source_get_type ())
G_DECLARE_INTERFACE (NcRulesSource, nc_rules_source, NC, RULES_SOURCE, GObject)

struct _NcRulesSourceInterface {
  GTypeInterface parent_iface;

  /* Free the result with nc_store_profile_rules_free(). */
  NcProfileRules *(*get_rules)   (NcRulesSource  *self,
                                  gint64          profile_id,
                                  GError        **error);
  /* TRUE when the rules are the family service's for this account (then
   * @profile_id is ignored: an account has one profile). */
  gboolean        (*is_family)   (NcRulesSource  *self);
};

/* The rules of @profile_id; NULL with @error when they cannot be read: the
 * caller fails closed (nc_site_policy_new_fail_closed()). */
NcProfileRules *nc_rules_source_get_rules (NcRulesSource  *self,
                                           gint64          profile_id,
                                           GError        **error);
gboolean        nc_rules_source_is_family (NcRulesSource  *self);

G_END_DECLS
