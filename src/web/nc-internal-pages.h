/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-internal-pages.h — the netconduct: pages: start, blocked, TLS error */
#pragma once

#include <webkit/webkit.h>

G_BEGIN_DECLS

void  nc_internal_pages_handle_request (WebKitURISchemeRequest *request,
                                        gpointer                user_data);
char *nc_internal_pages_render         (const char             *uri,
                                        WebKitWebView          *view);

G_END_DECLS
