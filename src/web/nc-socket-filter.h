/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-socket-filter.h — the WebSocket rules of a profile, as a WebKit
 * content filter
 *
 * WebSocket handshakes never pass through WebKitWebPage::send-request
 * (WebKitGTK 2.50). The web extension decides them in each frame, with
 * every list (nc-web-extension.c); this content filter (WebKit's content
 * blocker JSON, resource type "websocket") is the second line, which also
 * holds in workers, compiled per profile from what the policy can name:
 * the shipped lists of the blocked categories, social sites when they are
 * off, the parent's block list (not imported lists: they are kept hashed);
 * the parent's allow list (and hosts allowed for this session) are
 * exceptions, the block list beats them. Without a usable policy (not
 * loaded yet, or lists damaged) a child's pages may open WebSockets only
 * to their own site ("third-party" ones are blocked), as
 * nc-request-policy.h does for other requests.
 */
#pragma once

#include "nc-site-policy.h"

G_BEGIN_DECLS

char *nc_socket_filter_build_json (NcSitePolicy         *policy,
                                   const NcProfileRules *rules,
                                   const char * const   *also_allowed);

G_END_DECLS
