/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-guard-checker.h — the conduct checker inside the web process, for the
 * guard's private world
 *
 * The guard (nc-guard.js, in the private world named by the UI process)
 * finds `ncGuardNative` there: `check (text)` returns the draft's findings
 * as the JSON string the UI process would send (nc-report-json.h, UTF-16
 * offsets, texts translated), or null when the draft must go to the UI
 * process after all (over 2 KB, texts not received yet, a text missing,
 * no checker); `warm ()` loads the checker in a thread ahead of the first
 * check; `load ()` evaluates the rest of the guard's script in that world
 * (nc-guard-ui.js, nc-guard.js, nc-guard-ui.css, from the resources) and
 * returns a function (NC_CONFIG, NC_HIGHLIGHT) that returns ncGuardStart,
 * or null. The page's own world never sees it. The draft is checked where
 * it was typed: it crosses no process boundary, and the nudge does not
 * wait for the UI process to be scheduled.
 *
 * The checker's texts come from the UI process (nc-browser-context.h):
 * "guard-texts" a{ss} (msgid -> translation) and "guard-rules" a{ss}
 * (reference id -> the finding's "rule"), in the initialization data and
 * in each "current-rules" reply.
 */
#pragma once

#include <webkit/webkit-web-process-extension.h>

G_BEGIN_DECLS

void nc_guard_checker_init       (const char *world_name);
void nc_guard_checker_take_texts (GVariant   *data);

G_END_DECLS
