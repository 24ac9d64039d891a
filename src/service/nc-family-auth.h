/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-auth.h — who is calling the family service, and may they
 *
 * The caller's uid comes from the bus (GetConnectionUnixUser on the
 * sender), never from the message. A parent's method is allowed when:
 *   - the caller is root (uid 0: the administrator, netconductctl);
 *   - the caller's connection was unlocked with the parent's PIN
 *     (nc_family_auth_unlock(); ten minutes, at most 64 connections);
 *   - or polkit (org.freedesktop.PolicyKit1) answers yes to
 *     CheckAuthorization for the action, prompting the user only when the
 *     message allows interactive authorization.
 * Without polkit on the bus the answer is no: fail closed. At most
 * NC_FAMILY_AUTH_MAX_PENDING checks wait for polkit at once; more get
 * NC_FAMILY_ERROR_BUSY.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NC_FAMILY_ACTION_MANAGE       "io.github.netconduct.Family.manage"
#define NC_FAMILY_ACTION_READ_REPORTS "io.github.netconduct.Family.read-reports"
#define NC_FAMILY_AUTH_MAX_PENDING    32
#define NC_FAMILY_UNLOCK_SECONDS      (10 * 60)

#define NC_TYPE_FAMILY_AUTH (nc_family_auth_get_type ())
G_DECLARE_FINAL_TYPE (NcFamilyAuth, nc_family_auth, NC, FAMILY_AUTH, GObject)

NcFamilyAuth *nc_family_auth_new           (GDBusConnection       *connection);
/* The uid of the connection @sender; FALSE with @error when the bus
 * cannot tell. */
gboolean      nc_family_auth_get_uid       (NcFamilyAuth          *self,
                                            const char            *sender,
                                            guint32               *uid,
                                            GError               **error);
/* Whether the caller of @invocation (whose uid is @uid) may do @action_id. */
void          nc_family_auth_check_async   (NcFamilyAuth          *self,
                                            GDBusMethodInvocation *invocation,
                                            guint32                uid,
                                            const char            *action_id,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
/* TRUE when allowed; FALSE with NC_FAMILY_ERROR_NOT_AUTHORIZED or _BUSY. */
gboolean      nc_family_auth_check_finish  (NcFamilyAuth          *self,
                                            GAsyncResult          *result,
                                            GError               **error);
/* After the parent's PIN: @sender's parents' methods are allowed for
 * NC_FAMILY_UNLOCK_SECONDS. */
void          nc_family_auth_unlock        (NcFamilyAuth          *self,
                                            const char            *sender);

G_END_DECLS
