/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-guard-channel.h — the guard's side in the UI process, for one web view
 *
 * Installs the guard in the view's user content manager: its script in the
 * private world NC_GUARD_WORLD (with the profile's settings and strings,
 * from NcBrowserContext), the small script in the page's world that leaves
 * no shadow root closed to it, and the problem highlight's style sheet
 * under a random name; installs them again when the context's guard
 * settings change.
 *
 * Answers the guard's messages on the "netconduct" handler. Every message
 * is untrusted: at most 64 KB, a known kind, and accepted only while the
 * view shows a page the policy guards (asked from the view's own URI, and
 * narrowed by the frame the message says it comes from). The kinds:
 *  - "hello": whether this page is guarded ({"active": bool});
 *  - "draft": the text is checked by the context's checker (a short
 *    draft at once, a long one in a worker thread) and the reply is the
 *    report as a JSON string (nc-report-json.h, UTF-16 offsets); when it
 *    cannot be checked, an error reply (and a warning in the log, never
 *    the text);
 *  - "outcome": one of warning-shown, post-stopped, edited, posted-anyway,
 *    share-reminder, with up to 8 Code references, counted in the
 *    activity log with the page's host;
 *  - "learn": a lesson id to open;
 *  - "timing": benchmarks only, emitted as ::timing when the context
 *    asked for it.
 * No message can change a setting. Nothing of the draft is kept.
 */
#pragma once

#include <webkit/webkit.h>

#include "nc-browser-context.h"

G_BEGIN_DECLS

#define NC_TYPE_GUARD_CHANNEL (nc_guard_channel_get_type ())
G_DECLARE_FINAL_TYPE (NcGuardChannel, nc_guard_channel, NC, GUARD_CHANNEL, GObject)

NcGuardChannel *nc_guard_channel_new     (WebKitWebView    *view,
                                          NcBrowserContext *context);
void            nc_guard_channel_install (NcGuardChannel   *self);

G_END_DECLS
