/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source.h — where a profile's rules, and the parent's authority
 * over them, come from
 *
 * One interface, two implementations, chosen once at start-up:
 *   - NcRulesSourceStore: the local NcStore (home mode);
 *   - NcRulesSourceFamily: the family service on the system bus (family
 *     mode: the caller's account is a child's; docs/family-mode.md).
 * The site policy, the guard and the time keeper take rules from either in
 * the same way; the PIN checks ("allow once", "more time", the parents'
 * area), the time used and the outcome counts go through it too. "changed"
 * is emitted when the rules may differ (a parent's change, in this process
 * or, through the service's RulesChanged signal, in another): read them
 * again. In family mode @profile_id is ignored everywhere: an account has
 * one profile.
 */
#pragma once

#include <gio/gio.h>

#include "nc-pin.h"
#include "nc-site-policy.h"

G_BEGIN_DECLS

#define NC_TYPE_RULES_SOURCE (nc_rules_source_get_type ())
G_DECLARE_INTERFACE (NcRulesSource, nc_rules_source, NC, RULES_SOURCE, GObject)

struct _NcRulesSourceInterface {
  GTypeInterface parent_iface;

  NcProfileRules *(*get_rules)     (NcRulesSource  *self,
                                    gint64          profile_id,
                                    GError        **error);
  gboolean        (*is_family)     (NcRulesSource  *self);
  gboolean        (*get_post_anyway) (NcRulesSource *self,
                                    gint64          profile_id);
  gboolean        (*pin_is_set)    (NcRulesSource  *self);
  int             (*check_pin)     (NcRulesSource  *self,
                                    const char     *pin,
                                    const char     *purpose,
                                    GError        **error);
  gint64          (*get_pin_wait)  (NcRulesSource  *self);
  int             (*get_time_left) (NcRulesSource  *self,
                                    gint64          profile_id,
                                    const char     *day);
  gboolean        (*add_usage)     (NcRulesSource  *self,
                                    gint64          profile_id,
                                    const char     *day,
                                    int             seconds,
                                    GError        **error);
  gboolean        (*extend_time)   (NcRulesSource  *self,
                                    gint64          profile_id,
                                    const char     *day,
                                    int             minutes,
                                    const char     *pin,
                                    GError        **error);
  gboolean        (*allow_always)  (NcRulesSource  *self,
                                    gint64          profile_id,
                                    const char     *host,
                                    const char     *pin,
                                    GError        **error);
  void            (*record)        (NcRulesSource  *self,
                                    gint64          profile_id,
                                    const char     *host,
                                    const char     *ref_id,
                                    const char     *outcome);
  GPtrArray      *(*get_imported_sets) (NcRulesSource *self,
                                    GError        **error);
};

/* The rules of @profile_id; NULL with @error when they cannot be read: the
 * caller fails closed (nc_rules_source_closed_rules()). */
NcProfileRules *nc_rules_source_get_rules (NcRulesSource  *self,
                                           gint64          profile_id,
                                           GError        **error);
gboolean        nc_rules_source_is_family (NcRulesSource  *self);
/* Whether the guard offers "Post anyway" (FALSE when unknown). */
gboolean        nc_rules_source_get_post_anyway (NcRulesSource *self,
                                                 gint64         profile_id);

/* The parent's PIN, with the lock-outs of nc-pin.h (each attempt counted
 * before the check). check_pin gives NC_PIN_OK, NC_PIN_WRONG or
 * NC_PIN_LOCKED, or -1 with @error (no PIN set: NC_PIN_ERROR_NOT_SET).
 * @purpose is a machine word ("allow-once", "more-time", "parents"). */
gboolean        nc_rules_source_pin_is_set (NcRulesSource *self);
int             nc_rules_source_check_pin  (NcRulesSource  *self,
                                            const char     *pin,
                                            const char     *purpose,
                                            GError        **error);
/* Seconds to wait before the next try (0: none). */
gint64          nc_rules_source_get_pin_wait (NcRulesSource *self);

/* Time: seconds of browsing left on @day ("YYYY-MM-DD", the keeper's
 * trusted day; the service counts its own) before the usage not yet
 * added, -1 for no limit, 0 when it cannot be known (fail closed). */
int             nc_rules_source_get_time_left (NcRulesSource *self,
                                               gint64         profile_id,
                                               const char    *day);
gboolean        nc_rules_source_add_usage     (NcRulesSource  *self,
                                               gint64          profile_id,
                                               const char     *day,
                                               int             seconds,
                                               GError        **error);
/* After the parent's @pin was accepted: @minutes more on @day, or
 * NC_EXTENSION_NO_LIMIT. The family service checks @pin again. */
gboolean        nc_rules_source_extend_time   (NcRulesSource  *self,
                                               gint64          profile_id,
                                               const char     *day,
                                               int             minutes,
                                               const char     *pin,
                                               GError        **error);
/* After the parent's @pin was accepted: @host joins the allow list. */
gboolean        nc_rules_source_allow_always  (NcRulesSource  *self,
                                               gint64          profile_id,
                                               const char     *host,
                                               const char     *pin,
                                               GError        **error);
/* Counts one outcome (host, Code ref id or NULL, machine word; never
 * text). Failures are logged, not returned: browsing goes on. */
void            nc_rules_source_record        (NcRulesSource  *self,
                                               gint64          profile_id,
                                               const char     *host,
                                               const char     *ref_id,
                                               const char     *outcome);

/* The category lists a parent imported that this source keeps apart from
 * the local store (the family service's, for this account's profile): an
 * array of NcDomainSet (values are category masks), to add to the site
 * policy (nc_site_policy_new_with_sets()). Empty for a source whose lists
 * are the store's own files (home mode: nc_list_folder_list_compiled()).
 * While they are unchanged the same array comes back; NULL with @error
 * when they cannot be read: the caller fails closed. */
GPtrArray      *nc_rules_source_get_imported_sets (NcRulesSource  *self,
                                                  GError        **error);

/* The rules when none can be read (fail closed): every site closed,
 * whatever the hour. */
NcProfileRules *nc_rules_source_closed_rules  (void);

G_END_DECLS
