/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-context.h — everything the browser needs for one profile
 *
 * A browser context joins, for one child's profile: the web context (with the
 * internal netconduct: scheme), the network session (the profile's own
 * cookies and cache, or nothing kept for a guest), the site policy, the
 * conduct checker and the profile's rules. Every NcWebView of the profile
 * shares it.
 *
 * The policy and the checker may arrive later than the context (they are
 * built off the main thread): until the policy is there, navigations wait
 * (NcWebView holds its decisions); the context never allows by default.
 */
#pragma once

#include <webkit/webkit.h>

#include "nc-checker.h"
#include "nc-rules-source.h"
#include "nc-site-policy.h"
#include "nc-store.h"
#include "nc-time-keeper.h"

G_BEGIN_DECLS

/* The script world the guard runs in; page scripts never see it. */
#define NC_GUARD_WORLD "netconduct-guard"

/* Outcomes counted in the activity log (never with the child's text). */
#define NC_OUTCOME_ALLOWED        "allowed"
#define NC_OUTCOME_GUARDED        "guarded"
#define NC_OUTCOME_BLOCKED        "blocked"
#define NC_OUTCOME_REWRITTEN      "safe-search"
#define NC_OUTCOME_TLS_ERROR      "tls-error"
#define NC_OUTCOME_DOWNLOAD       "download-blocked"
#define NC_OUTCOME_POPUP          "popup-blocked"
/* A request a page made (image, script, fetch, XHR, beacon, WebSocket) was
 * cancelled; the outcome is "request-blocked:CATEGORY" when a category blocked it. */
#define NC_OUTCOME_REQUEST_BLOCKED "request-blocked"

#define NC_TYPE_BROWSER_CONTEXT (nc_browser_context_get_type ())
G_DECLARE_FINAL_TYPE (NcBrowserContext, nc_browser_context, NC, BROWSER_CONTEXT, GObject)

NcBrowserContext     *nc_browser_context_new               (const char             *profile_dir,
                                                            NcProfileRules         *rules);
WebKitWebContext     *nc_browser_context_get_web_context   (NcBrowserContext       *self);
WebKitNetworkSession *nc_browser_context_get_network_session (NcBrowserContext     *self);

void                  nc_browser_context_load_async        (NcBrowserContext       *self,
                                                            NcStore                *store,
                                                            NcRulesSource          *source,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
gboolean              nc_browser_context_load_finish       (NcBrowserContext       *self,
                                                            GAsyncResult           *result,
                                                            GError                **error);
void                  nc_browser_context_set_policy        (NcBrowserContext       *self,
                                                            NcSitePolicy           *policy);
void                  nc_browser_context_set_checker       (NcBrowserContext       *self,
                                                            NcChecker              *checker);
gboolean              nc_browser_context_is_ready          (NcBrowserContext       *self);
NcChecker            *nc_browser_context_get_checker       (NcBrowserContext       *self);

void                  nc_browser_context_set_rules         (NcBrowserContext       *self,
                                                            NcProfileRules         *rules);
NcProfileRules       *nc_browser_context_get_rules         (NcBrowserContext       *self);
void                  nc_browser_context_set_threshold     (NcBrowserContext       *self,
                                                            NcSeverity              threshold);
NcSeverity            nc_browser_context_get_threshold     (NcBrowserContext       *self);
void                  nc_browser_context_set_allow_post_anyway (NcBrowserContext   *self,
                                                            gboolean                allow);
gboolean              nc_browser_context_get_allow_post_anyway (NcBrowserContext   *self);
void                  nc_browser_context_set_allow_downloads (NcBrowserContext     *self,
                                                            gboolean                allow);
gboolean              nc_browser_context_get_allow_downloads (NcBrowserContext     *self);
void                  nc_browser_context_set_guard_enabled (NcBrowserContext     *self,
                                                            gboolean                enabled);
gboolean              nc_browser_context_get_guard_enabled (NcBrowserContext     *self);
void                  nc_browser_context_set_debounce_ms   (NcBrowserContext       *self,
                                                            guint                   debounce_ms);
guint                 nc_browser_context_get_debounce_ms   (NcBrowserContext       *self);
void                  nc_browser_context_set_guard_timing  (NcBrowserContext       *self,
                                                            gboolean                timing);
gboolean              nc_browser_context_get_guard_timing  (NcBrowserContext       *self);

gboolean              nc_browser_context_adds_request_headers (NcBrowserContext  *self);
GVariant             *nc_browser_context_get_request_rules (NcBrowserContext     *self);
GVariant             *nc_browser_context_get_request_lists (NcBrowserContext     *self);
guint                 nc_browser_context_get_request_lists_serial (NcBrowserContext *self);
void                  nc_browser_context_add_guard_texts (GVariantBuilder      *data);
WebKitUserContentFilter *nc_browser_context_get_socket_filter (NcBrowserContext  *self);
void                  nc_browser_context_set_time_keeper   (NcBrowserContext       *self,
                                                            NcTimeKeeper           *keeper);
NcDecision           *nc_browser_context_decide            (NcBrowserContext       *self,
                                                            const char             *uri);
gboolean              nc_browser_context_guards            (NcBrowserContext       *self,
                                                            const char             *uri);
void                  nc_browser_context_allow_once        (NcBrowserContext       *self,
                                                            const char             *host);

void                  nc_browser_context_allow_always      (NcBrowserContext       *self,
                                                            const char             *host);

void                  nc_browser_context_record            (NcBrowserContext       *self,
                                                            const char             *host,
                                                            const char             *ref_id,
                                                            const char             *outcome);
guint                 nc_browser_context_count             (NcBrowserContext       *self,
                                                            const char             *outcome);
void                  nc_browser_context_request_lesson    (NcBrowserContext       *self,
                                                            const char             *lesson_id);

char                 *nc_browser_context_build_guard_script (NcBrowserContext      *self,
                                                            const char            *highlight_name);

G_END_DECLS
