/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-family.h — rules from the family service (family mode)
 *
 * Asks io.github.netconduct.Family1 for the calling account's rules
 * (GetMyRules), keeps them until the service's RulesChanged signal, then
 * emits "changed" (also when the service goes away or comes back). When
 * the service cannot answer, get_rules fails: the caller fails closed.
 * PIN checks, time and outcome counts are the service's methods for the
 * caller's own account; "always allow" unlocks the connection with the
 * PIN (UnlockWithPin) before AddHost.
 */
#pragma once

#include "nc-rules-source.h"

G_BEGIN_DECLS

#define NC_FAMILY_DBUS_PATH      "/io/github/netconduct/Family1"
#define NC_FAMILY_DBUS_INTERFACE "io.github.netconduct.Family1"
#define NC_FAMILY_DBUS_NOT_A_CHILD "io.github.netconduct.Family1.Error.NotAChild"
#define NC_FAMILY_DBUS_PIN_NOT_SET "io.github.netconduct.Family1.Error.PinNotSet"

#define NC_TYPE_RULES_SOURCE_FAMILY (nc_rules_source_family_get_type ())
G_DECLARE_FINAL_TYPE (NcRulesSourceFamily, nc_rules_source_family, NC, RULES_SOURCE_FAMILY, GObject)

/* The service named @bus_name on @connection (a message bus). */
NcRulesSource *nc_rules_source_family_new (GDBusConnection *connection,
                                           const char      *bus_name);

/* The connection to the real system bus: the built-in address unless
 * nc_paths_overrides_allowed() (root, or a test build) lets
 * NETCONDUCT_FAMILY_BUS move it. $DBUS_SYSTEM_BUS_ADDRESS is not used: a
 * child's own environment must not pick the service. */
GDBusConnection *nc_rules_source_family_connect (GError **error);

/* Chosen once at start-up: the family service's rules when it is there and
 * this account is a child's, else @home (a reference is taken): no system
 * bus, no service installed (ServiceUnknown) or Error.NotAChild. A service
 * that is installed but answers otherwise gets the family source anyway,
 * in its failing state, since the account may be a child's: fail closed. */
NcRulesSource *nc_rules_source_choose (NcRulesSource *home);

/* A D-Bus a{sv} of rules (data/dbus/io.github.netconduct.Family1.xml) as
 * NcProfileRules; NULL when it lacks a field. */
NcProfileRules *nc_rules_source_family_parse (GVariant *rules);

/* A parents' method of the service (GetSessionDays, GetStatus…), without
 * blocking; finish with g_dbus_connection_call_finish() on the connection
 * given as the callback's source. The connection is a parent's after
 * nc_rules_source_check_pin() with the purpose "parents" (UnlockWithPin). */
void nc_rules_source_family_call_async (NcRulesSourceFamily *self,
                                        const char          *method,
                                        GVariant            *parameters,
                                        const char          *reply_type,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

/* The same, waiting for the answer (at most 10 s): the parents' area's
 * changes (NcRulesEditorFamily). NULL with @error (a remote error keeps
 * its D-Bus name). */
GVariant *nc_rules_source_family_call (NcRulesSourceFamily  *self,
                                       const char           *method,
                                       GVariant             *parameters,
                                       const char           *reply_type,
                                       GError              **error);

/* The name of this account's profile in the service, from the rules last
 * read; NULL before they are read. */
const char *nc_rules_source_family_get_profile_name (NcRulesSourceFamily *self);

G_END_DECLS
