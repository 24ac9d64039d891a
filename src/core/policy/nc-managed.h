/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-managed.h — settings an administrator deploys to managed machines
 *
 * Keyfiles in the build's policy_dir (/etc/netconduct/policy.d/NAME.ini;
 * $NETCONDUCT_POLICY_DIR only for root or in a test_overrides build), read
 * in name order; a file or value that cannot be read fails closed (the
 * strictest value, and a notice from nc_managed_get_problems()); a later file wins for the same key, host lists are
 * joined. Groups:
 *
 *   [settings]   any store setting, e.g. retention-days=30
 *   [profiles]   applies to every profile: social-allowed, post-anyway-allowed,
 *                allow-list-only, daily-limit-minutes, blocked-categories
 *   [lists]      block=host;host;…  allow=host;host;…  (for everyone)
 *
 * A key set here is locked: the store reads the administrator's value and
 * refuses to write it. See docs/managed-machines.md.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_MANAGED_DIR_ENV     "NETCONDUCT_POLICY_DIR"
#define NC_MANAGED_DEFAULT_DIR NC_POLICY_DIR   /* meson option policy_dir */

typedef struct _NcManaged NcManaged;

NcManaged          *nc_managed_load             (const char  *dir,
                                                 GError     **error);
NcManaged          *nc_managed_load_default     (GError     **error);
NcManaged          *nc_managed_new_from_data    (const char  *name,
                                                 const char  *data,
                                                 gsize        len);
/* The folder nc_managed_load_default() reads. */
const char         *nc_managed_get_default_dir  (void);
void                nc_managed_free             (NcManaged   *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcManaged, nc_managed_free)

/* The value for a store key ("retention-days", "profile.social-allowed"),
 * or NULL when not managed. @self may be NULL. */
const char         *nc_managed_get              (NcManaged   *self,
                                                 const char  *key);
/* Every managed key, sorted; free with g_strfreev(). */
GStrv               nc_managed_list_keys        (NcManaged   *self);
const char * const *nc_managed_get_hosts        (NcManaged   *self,
                                                 gboolean     block);
/* The files read, in order (for `netconductctl status`). */
const char * const *nc_managed_get_files        (NcManaged   *self);
/* What could not be read or parsed, each "FILE:LINE: what is wrong and
 * what applies instead" (translated), NULL-terminated. @self may be NULL. */
const char * const *nc_managed_get_problems     (NcManaged   *self);

gboolean            nc_managed_parse_boolean    (const char  *value,
                                                 gboolean     fallback);
gboolean            nc_managed_check_categories (const char  *value,
                                                 guint32     *bits);
/* "adult;gambling" -> bits (1 << NcSiteCategory); unknown names ignored. */
guint32             nc_managed_parse_categories (const char  *value);
const char         *nc_managed_category_name    (int          category);

G_END_DECLS
