/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-rules.h — a profile's rules as a D-Bus dictionary (a{sv})
 *
 * The keys are listed in data/dbus/io.github.netconduct.Family1.xml. This
 * is the service's one use of NcProfileRules (the merged lists, the
 * administrator's locks, and the strictest rules while the database is
 * being recovered).
 */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

/* The rules of @profile_id, a floating a{sv}; NULL with @error (from the
 * store) when the profile cannot be read. */
GVariant  *nc_family_rules_to_variant (NcStore     *store,
                                       gint64       profile_id,
                                       GError     **error);
/* Sets in @profile every field @rules names, after checking each (an
 * unknown key, a wrong type or a value out of range: NC_STORE_ERROR_INVALID,
 * @profile unchanged). */
gboolean   nc_family_rules_apply      (NcProfile   *profile,
                                       GVariant    *rules,
                                       GError     **error);

G_END_DECLS
