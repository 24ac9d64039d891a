/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-session-notices.h — the family service's whole-session time, shown
 *
 * In family mode, the family service (netconduct-familyd) counts a child
 * account's whole-session time and emits SessionTimeWarning and
 * SessionTimeUp on the system bus (docs/family-mode.md). This object
 * listens for those of the user's own account and shows each as a desktop
 * notification (GNotification) of @app. It also tells the service when the
 * Learn area is shown, so that lessons do not count
 * (nc_session_notices_set_learning()). Without the service it does nothing.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NC_TYPE_SESSION_NOTICES (nc_session_notices_get_type ())
G_DECLARE_FINAL_TYPE (NcSessionNotices, nc_session_notices, NC, SESSION_NOTICES, GObject)

NcSessionNotices *nc_session_notices_new          (GApplication     *app);
/* TRUE while the Learn area is shown (its time does not count). */
void              nc_session_notices_set_learning (NcSessionNotices *self,
                                                   gboolean          learning);

G_END_DECLS
