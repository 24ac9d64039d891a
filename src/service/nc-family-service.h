/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-service.h — the object io.github.netconduct.Family1 on the bus
 *
 * Serves /io/github/netconduct/Family1 on @connection from one NcStore (the
 * service's database, which nothing else opens). Each call is checked
 * before it runs: every string at most NC_FAMILY_MAX_STRING_BYTES, the
 * caller's uid from the bus, a child's account for the child's methods,
 * and nc_family_auth for a parent's. Emits RulesChanged after a change to
 * profiles, lists or settings.
 */
#pragma once

#include <gio/gio.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_FAMILY_OBJECT_PATH       "/io/github/netconduct/Family1"
#define NC_FAMILY_INTERFACE         "io.github.netconduct.Family1"
#define NC_FAMILY_MAX_STRING_BYTES  (64 * 1024)

#define NC_TYPE_FAMILY_SERVICE (nc_family_service_get_type ())
G_DECLARE_FINAL_TYPE (NcFamilyService, nc_family_service, NC, FAMILY_SERVICE, GObject)

/* Registers the object; NULL with @error when it cannot. */
NcFamilyService *nc_family_service_new (NcStore          *store,
                                        GDBusConnection  *connection,
                                        GError          **error);

G_END_DECLS
