/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-request-policy.h — decides the requests a page makes, in the web
 * process
 *
 * The UI process decides navigations (NcSitePolicy with the profile's
 * NcProfileRules). What a page loads itself (images, scripts, fetch, XHR,
 * beacons, frames' resources) is decided in the web process, which has no
 * settings store: it gets the policy's compiled domain sets and the
 * profile's rules as GVariants (nc_request_policy_serialize_lists() and
 * _rules()), at start-up and whenever they change.
 *
 * A request is decided as nc_site_policy_decide() would decide a page at
 * its URL (mirrors unwrapped), except:
 *  - the allowed hours are not applied here: when they end, the UI process
 *    replaces the whole page with the blocked page;
 *  - allow-list-only (ages 6–9) chooses the pages a child may visit, not
 *    what those pages load: a request is still blocked by the parent's
 *    block list, a blocked category or social sites turned off;
 *  - ws: and wss: are decided as http: and https:; URLs without a host on
 *    the network (data:, blob:, about:) are not requests to a site.
 * Fail closed: while it has no rules or no lists, or the lists are damaged
 * (NC_REASON_NO_POLICY), a child's page may load only from its own host and
 * that host's subdomains; everything else is blocked.
 */
#pragma once

#include <glib-object.h>

#include "nc-site-policy.h"

G_BEGIN_DECLS

#define NC_REQUEST_POLICY_LISTS_TYPE "(baay)"
#define NC_REQUEST_POLICY_RULES_TYPE "(ubbuuasasas)"

#define NC_TYPE_REQUEST_POLICY (nc_request_policy_get_type ())
G_DECLARE_FINAL_TYPE (NcRequestPolicy, nc_request_policy, NC, REQUEST_POLICY, GObject)

GVariant        *nc_request_policy_serialize_lists (NcSitePolicy          *policy);
GVariant        *nc_request_policy_serialize_rules (const NcProfileRules  *rules,
                                                    const char * const    *also_allowed);

NcRequestPolicy *nc_request_policy_new             (void);
gboolean         nc_request_policy_set_lists       (NcRequestPolicy       *self,
                                                    GVariant              *lists,
                                                    GError               **error);
gboolean         nc_request_policy_set_rules       (NcRequestPolicy       *self,
                                                    GVariant              *rules,
                                                    GError               **error);
gboolean         nc_request_policy_is_complete     (NcRequestPolicy       *self);
NcDecision      *nc_request_policy_decide          (NcRequestPolicy       *self,
                                                    const char            *request_uri,
                                                    const char            *page_uri);

G_END_DECLS
