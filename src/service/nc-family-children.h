/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-children.h — which Unix accounts are children, and their profile
 *
 * Kept in the service's own database (settings "family-child-<uid>" =
 * profile id), written only through NcStore. An account that is not listed
 * is not a child and is not restricted. Root (uid 0) is never a child.
 */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

typedef struct {
  guint32  uid;
  gint64   profile_id;
} NcFamilyChild;

/* The profile of @uid, or 0 when @uid is not a child's account. */
gint64     nc_family_children_lookup (NcStore     *store,
                                      guint32      uid);
gboolean   nc_family_children_set    (NcStore     *store,
                                      guint32      uid,
                                      gint64       profile_id,
                                      GError     **error);
/* FALSE with NC_STORE_ERROR_NOT_FOUND when @uid is not a child's. */
gboolean   nc_family_children_remove (NcStore     *store,
                                      guint32      uid,
                                      GError     **error);
/* Every child account, by uid; an array of NcFamilyChild. */
GArray    *nc_family_children_list   (NcStore     *store,
                                      GError     **error);

G_END_DECLS
