/* nc-socket-filter.h — the WebSocket rules of a profile, as a WebKit
 * content filter
 *
 * WebSocket handshakes never pass through WebKitWebPage::send-request
 * (WebKitGTK 2.50), where the web extension decides every other request.
 * They are blocked instead by a content filter (WebKit's content blocker
 * JSON, resource type "websocket"), compiled per profile from what the
 * policy can name: the shipped lists of the blocked categories, social
 * sites when they are off, the parent's block list; the parent's allow
 * list (and hosts allowed for this session) are exceptions, the block list
 * beats them. Without a usable policy (not loaded yet, or lists damaged) a
 * child's pages may open WebSockets only to their own site ("third-party"
 * ones are blocked), as nc-request-policy.h does for other requests.
 */
#pragma once

#include "nc-site-policy.h"

G_BEGIN_DECLS

char *nc_socket_filter_build_json (NcSitePolicy         *policy,
                                   const NcProfileRules *rules,
                                   const char * const   *also_allowed);

G_END_DECLS
