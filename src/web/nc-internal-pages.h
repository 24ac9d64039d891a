/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-internal-pages.h — the netconduct: pages: start, blocked, TLS error */
#pragma once

#include <webkit/webkit.h>

#include "nc-site-policy.h"

G_BEGIN_DECLS

#define NC_START_URI "netconduct:start"

/* Why a view shows an internal page, for the blocked and TLS pages. */
typedef struct {
  char     *url;       /* what the child tried to open */
  char     *host;
  NcReason  reason;
  int       category;
  char     *message;   /* from the policy, translated */
} NcBlockedInfo;

void  nc_internal_pages_handle_request (WebKitURISchemeRequest *request,
                                        gpointer                user_data);
char *nc_internal_pages_render         (const char             *uri,
                                        WebKitWebView          *view);


/* What @view's internal pages show, kept on the view and freed with it:
 * blocked pages by id (from 1; takes @info) and the host whose TLS failed. */
guint                nc_internal_pages_add_blocked  (WebKitWebView          *view,
                                                     NcBlockedInfo          *info);
const NcBlockedInfo *nc_internal_pages_get_blocked  (WebKitWebView          *view,
                                                     guint                   id);
void                 nc_internal_pages_set_tls_host (WebKitWebView          *view,
                                                     const char             *host);
const char          *nc_internal_pages_get_tls_host (WebKitWebView          *view);

G_END_DECLS
