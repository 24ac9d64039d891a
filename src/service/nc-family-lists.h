/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-lists.h — the category lists a parent imported into the
 * family service
 *
 * The service keeps them as it keeps everything: rows of family.db and
 * compiled domain sets in lists/ next to it (mode 0600, the service's own
 * user), so a child's account can neither read nor change them and the
 * service never reads a parent's home (ProtectHome). A parent hands a list
 * over as a file descriptor (ImportCategoryList); a child's app gets the
 * lists of its own profile's categories as sealed memfds
 * (GetMyCategoryLists), and the rules' "category-lists" stamp tells it
 * when they changed.
 */
#pragma once

#include <gio/gunixfdlist.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_FAMILY_MAX_LISTS       64                  /* imported lists kept */
#define NC_FAMILY_MAX_LIST_BYTES  (64 * 1024 * 1024)  /* one list handed over */

/* The categories whose lists reach @rules' profile: those it blocks, those
 * the administrator locks, and social sites (the guard runs there). */
guint32   nc_family_lists_categories (const NcProfileRules *rules);
/* The ids of the lists of @categories ("3,7"; "" for none): it changes
 * whenever a list of those categories comes or goes. NULL with @error. */
char     *nc_family_lists_stamp      (NcStore              *store,
                                      guint32               categories,
                                      GError              **error);
/* Every imported list: a(xssus) id, category, name, domains, source. */
GVariant *nc_family_lists_describe   (NcStore              *store,
                                      GError              **error);
/* The sealed memfds made so far, by compiled file (for
 * nc_family_lists_hand_over(); free with g_hash_table_unref()). */
GHashTable *nc_family_lists_cache_new (void);
/* The compiled lists of @categories, each a sealed memfd (made once, kept
 * in @cache) appended to @fds; returns (s stamp, ah handles), floating. */
GVariant *nc_family_lists_hand_over  (NcStore              *store,
                                      guint32               categories,
                                      GHashTable           *cache,
                                      GUnixFDList          *fds,
                                      GError              **error);

/* Reads and compiles (in a worker thread) the list open as @fd — a regular
 * file or a memfd, at most NC_FAMILY_MAX_LIST_BYTES: a text list or a
 * compiled set (nc_category_compile()) — then records it as @name of
 * @category from @source. Finish with nc_family_lists_import_finish(). */
void      nc_family_lists_import_async  (NcStore             *store,
                                         int                  fd,
                                         NcSiteCategory       category,
                                         const char          *name,
                                         const char          *source,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
/* The new list's id, its domains and the lines skipped; 0 with @error. */
gint64    nc_family_lists_import_finish (NcStore             *store,
                                         GAsyncResult        *result,
                                         guint32             *n_domains,
                                         guint32             *n_skipped,
                                         GError             **error);

G_END_DECLS
