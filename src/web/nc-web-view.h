/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-web-view.h — a web view that obeys the profile's site policy and runs
 * the conduct guard on social sites
 *
 * Every navigation (top level and frames) is decided by the site policy;
 * while the policy loads, decisions are held, never allowed. Internal pages
 * come from the netconduct: scheme. TLS errors fail closed. The guard's
 * script lives in a private script world and talks to the view's
 * NcGuardChannel (nc-guard-channel.h), which checks every message.
 */
#pragma once

#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-internal-pages.h"

G_BEGIN_DECLS

#define NC_TYPE_WEB_VIEW (nc_web_view_get_type ())
G_DECLARE_FINAL_TYPE (NcWebView, nc_web_view, NC, WEB_VIEW, WebKitWebView)

NcWebView           *nc_web_view_new                (NcBrowserContext *context,
                                                     NcWebView        *related);
NcBrowserContext    *nc_web_view_get_context        (NcWebView        *self);
void                 nc_web_view_load               (NcWebView        *self,
                                                     const char       *text);
gboolean             nc_web_view_recheck            (NcWebView        *self);
char                *nc_web_view_text_to_uri        (const char       *text);
const NcBlockedInfo *nc_web_view_get_blocked_info   (NcWebView        *self,
                                                     guint             id);
const char          *nc_web_view_get_tls_host       (NcWebView        *self);
guint                nc_web_view_get_n_held         (NcWebView        *self);
gboolean             nc_web_view_is_guarded         (NcWebView        *self);
void                 nc_web_view_parent_allowed     (NcWebView        *self,
                                                     guint             id,
                                                     gboolean          always);

G_END_DECLS
