/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-sessions.h — whole-session time of child accounts, through logind
 *
 * Follows every session that systemd-logind (org.freedesktop.login1 on the
 * service's bus) knows: ListSessions at start and whenever logind appears,
 * then SessionNew / SessionRemoved and each session's Active, IdleHint and
 * LockedHint. A child account's time counts while one of its sessions is
 * active, not idle and not locked, and none of its app's connections is in
 * the Learn area (nc_family_sessions_set_learning()). Time is measured on
 * the monotonic clock and filed under the day of the trusted clock (the
 * time keeper's, nc-time-keeper.h), in nc-family-session-ledger.h: at
 * least every 10 seconds and at each change, so a SIGKILL loses at most
 * that much.
 *
 * The limit is the profile's daily limit plus the parent's "more time" for
 * the day (the same grant as for browsing), and none outside the profile's
 * allowed hours; a profile that is gone leaves no time (fail closed). At 5
 * and 1 minutes left the object emits "warning" (uid, minutes), for the
 * child's app to show (the service sends SessionTimeWarning). At zero:
 * "time-up" (uid, end action, grace seconds; SessionTimeUp on the bus),
 * then Session.Lock on each of the account's sessions;
 * after the grace period the parent set, Session.Terminate (end action
 * "terminate") or Lock again whenever the session is unlocked ("lock").
 * During the grace period the child may unlock to ask a parent for more
 * time (MoreTime with the PIN); that time does not count.
 */
#pragma once

#include <gio/gio.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_FAMILY_SESSION_END_KEY    "family-session-end"            /* "terminate" or "lock" */
#define NC_FAMILY_SESSION_GRACE_KEY  "family-session-grace-seconds"
#define NC_FAMILY_SESSION_GRACE_DEFAULT 300
#define NC_FAMILY_SESSION_GRACE_MAX  3600

#define NC_TYPE_FAMILY_SESSIONS (nc_family_sessions_get_type ())
G_DECLARE_FINAL_TYPE (NcFamilySessions, nc_family_sessions, NC, FAMILY_SESSIONS, GObject)

NcFamilySessions *nc_family_sessions_new          (NcStore          *store,
                                                   GDBusConnection  *connection);
/* The connection @sender of account @uid is (or no longer is) in the
 * Learn area; it stops counting until it says otherwise or leaves the bus.
 * FALSE when too many connections are followed already. */
gboolean          nc_family_sessions_set_learning (NcFamilySessions *self,
                                                   guint32           uid,
                                                   const char       *sender,
                                                   gboolean          learning);
/* @uid's whole-session time today: seconds left (-1 = no limit) and used. */
void              nc_family_sessions_get_today    (NcFamilySessions *self,
                                                   guint32           uid,
                                                   gint64            profile_id,
                                                   int              *left,
                                                   int              *used);
/* (day, seconds) of @uid for the last @days days: "a(si)". */
GVariant         *nc_family_sessions_get_days     (NcFamilySessions *self,
                                                   guint32           uid,
                                                   int               days);
/* The parent's end action ("terminate" or "lock") and grace period. */
const char       *nc_family_sessions_get_end      (NcFamilySessions *self,
                                                   int              *grace_seconds);

G_END_DECLS
