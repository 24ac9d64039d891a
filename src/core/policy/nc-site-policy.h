/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-site-policy.h — decides, for a profile at a moment, whether a URL may
 * load
 *
 * NcSitePolicy holds the category lists (compact domain sets) and is
 * immutable once built, so decisions may be made from any thread. The
 * per-profile rules come from the settings store (nc-store.h) as an
 * NcProfileRules (nc-profile-rules.h).
 *
 * Bigger lists that parents or administrators import are compiled once
 * with NcDomainSetBuilder (nc-domain-set.h), each domain's value being the
 * bit (1 << NcSiteCategory), and passed to nc_site_policy_new_from_files().
 * When a file is missing or damaged that call fails: use
 * nc_site_policy_new_fail_closed() then, which blocks children
 * (NC_REASON_NO_POLICY) except for netconduct: pages and the parent's
 * allow list.
 */
#pragma once

#include <glib-object.h>

#include "nc-domain-set.h"
#include "nc-profile-rules.h"

G_BEGIN_DECLS

typedef enum {
  NC_ACTION_ALLOW,
  NC_ACTION_GUARD,              /* allow, with the conduct guard */
  NC_ACTION_BLOCK,
} NcAction;

typedef enum {
  NC_REASON_NONE,               /* allowed, nothing special */
  NC_REASON_PARENT_BLOCK,       /* on a parent's block list */
  NC_REASON_PARENT_ALLOW,       /* on a parent's allow list */
  NC_REASON_CATEGORY,           /* in a blocked category */
  NC_REASON_ALLOW_LIST_ONLY,    /* the profile may visit only allowed sites */
  NC_REASON_SCHEDULE,           /* outside the allowed hours */
  NC_REASON_SOCIAL_NOT_ALLOWED, /* social sites are off for this profile */
  NC_REASON_BAD_URL,            /* unparsable, or a local scheme such as file: */
  NC_REASON_NO_POLICY,          /* lists missing or damaged: fail closed */
} NcReason;

/* A decision. url is what to load: the original URL, or a safe-search
 * rewrite of it. message is for the child, translated. */
typedef struct {
  NcAction        action;
  NcReason        reason;
  int             category;            /* an NcSiteCategory, or -1 */
  char           *host;                /* normalized host, or NULL */
  char           *url;
  char           *message;
  /* A request header the browser must send with url, or NULL: YouTube's
   * restricted mode is "YouTube-Restrict: Strict". */
  char           *header_name;
  char           *header_value;
  /* The administrator's rule decided it (their block list or a locked
   * category): no parent's "allow once" or list may undo it. */
  gboolean        locked;
} NcDecision;

void        nc_decision_free               (NcDecision *decision);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcDecision, nc_decision_free)

/* A header to send with every request to @host and its subdomains (frames
 * and a page's own requests too, not only the page): YouTube's restricted
 * mode. */
typedef struct {
  const char *host;
  const char *name;
  const char *value;
} NcRequestHeader;

/* The headers, in a table ended by an entry whose host is NULL. */
const NcRequestHeader *nc_site_policy_get_request_headers (void);

#define NC_TYPE_SITE_POLICY (nc_site_policy_get_type ())
G_DECLARE_FINAL_TYPE (NcSitePolicy, nc_site_policy, NC, SITE_POLICY, GObject)

NcSitePolicy *nc_site_policy_new_default   (GError              **error);
NcSitePolicy *nc_site_policy_new_from_files (const char * const  *paths,
                                            GError              **error);
NcSitePolicy *nc_site_policy_new_with_sets (const char * const  *paths,
                                            GPtrArray            *sets,
                                            GError              **error);
NcSitePolicy *nc_site_policy_new_for_set   (NcDomainSet          *set);
NcSitePolicy *nc_site_policy_new_fail_closed (void);
gboolean      nc_site_policy_is_fail_closed (NcSitePolicy        *self);
guint32       nc_site_policy_get_categories (NcSitePolicy        *self,
                                            const char           *raw_host);
GPtrArray    *nc_site_policy_get_sets      (NcSitePolicy         *self);
NcDecision   *nc_site_policy_decide_host   (NcSitePolicy         *self,
                                            const char           *raw_host,
                                            const NcProfileRules *rules,
                                            GDateTime            *now);
NcDecision   *nc_site_policy_decide        (NcSitePolicy         *self,
                                            const char           *uri,
                                            const NcProfileRules *rules,
                                            GDateTime            *now);

const char   *nc_site_category_to_string   (NcSiteCategory        category);
GBytes       *nc_site_category_get_shipped_list (NcSiteCategory   category,
                                                 GError         **error);
const char   *nc_site_category_get_label   (NcSiteCategory        category);  /* translated, for parents */
const char   *nc_action_to_string          (NcAction              action);   /* "allow", "guard", "block" */
const char   *nc_reason_to_string          (NcReason              reason);

G_END_DECLS
